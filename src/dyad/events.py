"""Events: who did what to whom, coded from the dependency parse with the verb lexicon.

First version, per clause: a verb (or a light verb with an event noun, or an event noun
alone) found in the lexicon; its subject (or passive agent) as source; its object, passive
subject, or a prepositional object the lexicon names as target; conjuncts expanded;
negation, modality, hedges and attribution read from the clause and the quotes around it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from dyad import actors, lexicon, parse, timex
from dyad.actors import (
    ARMED_SECTORS,
    BUSINESS_NOUNS,
    FOLLOWER_NOUNS,
    NON_STATE_CODES,
    actor_at,
    actors_at,
    country_of,
    in_longer_name,
)
from dyad.model import Actor, Attribution, Document, Event, Place, Quote, stable_id
from dyad.model import Span as TextSpan
from dyad.places import PLACE_LABELS
from dyad.quotes import (
    CRITICISM_PREPS,
    EVIDENTIAL_VERBS,
    NEG_RAISING_VERBS,
    RELATIVE_WORDS,
    REPORTED_PASSIVES,
    claim_clause,
    denies,
    holds_claim,
    in_words,
    presupposes,
    quotes_another,
)

RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# How many a source's description counts: "two Iranian officials", "a senior official"
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
SINGLE_SOURCES = frozenset({"source", "official", "diplomat", "insider", "aide", "person"})
# Passives that state the subject's own stance: "X is opposed to Y" is X opposing Y.
STATIVE_PASSIVES = frozenset({"oppose", "commit"})  # "is opposed to", "is committed to"
DEMAND_AUX = frozenset({"must"})
DEMAND_CODE = "100"  # CAMEO: make a demand, not specified below
RIOT_CODE = "145"  # CAMEO: protest violently, riot
ATTEMPT_CODE = "185"  # CAMEO: attempt to assassinate
ATTEMPT_VERBS = frozenset({"attempt", "try"})
DECLINE_COMMENT_CODE = "011"  # CAMEO: decline comment
# Verbs of saying more, which no quote is cued by, that one declines as one declines to
# comment: "refused to speculate", "declined to elaborate"
COMMENT_VERBS = frozenset({"speculate", "elaborate", "specify", "identify", "disclose",
                           "detail", "discuss"})
REFUSE_CODE = "120"  # CAMEO: reject, not specified below
DAMAGE_CODES = frozenset({"180", "1712"})  # unconventional violence, destroying property
DEMONSTRATE_CODE = "141"  # CAMEO: demonstrate or rally
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "'d", "’d", "can", "ca"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})
INTENT_VERBS = frozenset({"plan", "intend", "seek", "want", "try", "aim", "hope", "prepare",
                          "mean", "expect", "consider", "attempt", "wish", "agree",
                          "promise", "pledge", "vow", "undertake", "offer", "propose",
                          "schedule", "design"})
THREAT_VERBS = frozenset({"threaten"})
# Verbs of seeking, which declare a cooperative act sought but no harmful one
SEEK_VERBS = frozenset({"seek", "hope", "aim", "strive", "endeavor", "endeavour"})
# Verbs that take a participle with its undergoer: "wanted them deported", "ordered the
# prisoners released"
WANT_VERBS = frozenset({"want", "wish", "need", "like", "prefer"})
ORDER_VERBS = frozenset({"order", "demand"})
PERCEIVE_VERBS = frozenset({"see", "watch", "witness"})  # ("saw the protesters arrested")
# Verbs of striving: what one works or struggles to do is not yet done ("is working to
# deny him even that path", "scrambled to contain the damage")
EFFORT_VERBS = frozenset({"work", "strive", "endeavor", "endeavour", "labor", "labour",
                          "struggle", "fight", "battle", "scramble", "vie", "compete"})
POSTURE_VERBS = frozenset({"prepare", "ready", "gear"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
DEMAND_ROOTS = frozenset({"02", "10"})  # CAMEO: appeals and demands
POSTURE_CODE = "150"  # CAMEO: demonstrate military or police power
CAPACITY_ADJECTIVES = frozenset({"capable", "incapable", "able", "unable", "likely",
                                 "unlikely", "close", "near", "afraid", "wary", "fearful",
                                 "free", "worth",  # ("was worth examining")
                                 # ("its naval force is adequate to carry out a blockade")
                                 "adequate", "sufficient", "inadequate", "insufficient",
                                 # how hard it would be: "it's hard to blame him"
                                 "hard", "difficult", "impossible", "tough", "easy"})
INCAPABLE = frozenset({"incapable", "unable"})  # what they cannot do, they do not
GENERIC_FORCE_CODES = frozenset({"180", "190"})  # unconventional, conventional force
REPRESSION_CODE = "175"  # CAMEO: use tactics of violent repression
MEDIATE_CODES = frozenset({"045"})  # CAMEO: mediate
GENERIC_INTENT_CODE = "030"  # CAMEO: express intent to cooperate, not specified below
# Demands, accusations, rejections, threats and protests (CAMEO 10-14), and the prepositions
# of what they are over ("protested over the raids")
VERBAL_CONFLICT_ROOTS = frozenset({"10", "11", "12", "13", "14"})
GRIEVANCE_PREPS = ("about", "over", "against")
# Types besides material conflict whose act is done to a territory ("lifted the curfew in X")
TERRITORIAL = frozenset({"RETREAT", "CONCEDE", "AID"})
# "is ready to send troops": a declared willingness, like "plans to".
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager",
                               "committed", "dedicated", "set", "poised", "poise"})
# Adjectives of a leaning, no declaration: "is inclined to attack Clinton"
DISPOSED_ADJECTIVES = frozenset({"inclined", "keen", "minded", "disposed", "anxious", "desperate",
                                 "impatient", "itching"})
# Adjectives whose "to" gerund one is willing to do: "open to negotiating"
WILLING_ADJECTIVES = frozenset({"open", "receptive", "amenable"})
# Governing verbs that declare an action ahead: the declaration is itself an event.
ANNOUNCE_VERBS = frozenset({"plan", "intend", "promise", "pledge", "vow", "undertake", "offer",
                            "propose", "prepare", "decide", "want", "wish"})
REQUEST_VERBS = frozenset({"ask", "urge", "demand", "call", "request", "press", "appeal",
                           "invite", "encourage", "advise",
                           "need", "require", "obligate", "oblige"})
# Verbs whose object does what their infinitive says: "urged Iran to halt enrichment"
OBJECT_CONTROL = frozenset({"urge", "ask", "persuade", "force", "prompt", "order", "tell",
                            "invite", "encourage", "convince", "press", "pressure", "advise",
                            "compel", "lead", "cause", "enable", "push", "call on", "allow"})
# What one holds in words, which retreating from gives up, no ground: "retreated from its
# position" (an armed force's "positions" are ground)
STANDPOINT_NOUNS = frozenset({"position", "stance", "stand", "view", "claim", "demand",
                              "promise", "pledge", "commitment", "assertion", "rhetoric"})
# Verbs that end the act their gerund names: "stopped providing the team with escorts"
CEASE_VERBS = frozenset({"stop", "cease", "halt", "quit", "discontinue", "suspend"})
# Verbs of needing what one has not had yet: "the deal requires the approval of"
NEED_VERBS = frozenset({"need", "require", "await"})
# Verbs that keep what they govern from happening: "a strategy to prevent terrorist attacks"
PREVENT_VERBS = frozenset({"prevent", "avert", "thwart", "foil", "deter", "avoid", "forestall"})
# Verbs whose gerund is an act argued for, or weighed, not done: "advocated bombing Syria",
# "supports sending troops"; "opposes attacking Iran", "discussed lifting the sanctions"
ADVOCATE_VERBS = frozenset({"favor", "favour", "recommend", "suggest", "support", "back",
                            "endorse", "champion", "lobby", "argue", "push", "campaign"})
WEIGH_VERBS = frozenset({"oppose", "resist", "discuss", "debate", "weigh", "contemplate",
                         "imagine", "fear", "delay", "postpone", "risk", "question",
                         "warn", "caution"})
# Verbs that weigh an act their object names without its having happened: "to discuss an
# Iraqi withdrawal", "considered a boycott"
PONDER_VERBS = frozenset({"discuss", "debate", "weigh", "contemplate", "consider", "imagine",
                          "fear", "envision", "envisage"})
# Nouns of a stance that an act is "in": "in favor of attacking", "in support of bombing"
STANCE_PHRASE_NOUNS = frozenset({"favor", "favour", "support"})
# Animals killed or harmed are no one attacked (sacrifice, culls, hunting)
ANIMAL_WORDS = frozenset({"animal", "cattle", "cow", "sheep", "goat", "pig", "chicken",
                          "poultry", "bird", "dog", "cat", "horse", "deer", "livestock",
                          "lamb", "camel", "fish", "wildlife"})
# Nouns of giving that, to a thing, are a share in it: "contribution to carbon emissions"
SHARE_SENSE = frozenset({"contribution"})
# What a candidate runs, which suspending or ending cuts no relations: "suspended his own
# presidential campaign"
CANDIDACY_WORDS = frozenset({"campaign", "candidacy", "bid", "run"})
# Verbs that call for what their object names, which is not told as done: "incites violence"
INCITE_VERBS = frozenset({"incite", "encourage", "advocate", "promote", "glorify", "instigate"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Marks of an occasion: "when visiting Kenya"
WHEN_MARKS = frozenset({"when", "whenever", "while"})
# Prepositions that give an example of a noun: "projects like giving states $60 billion"
EXAMPLE_PREPS = frozenset({"like", "including"})
# Marks of a clause whose act is open: a condition, or a question ("to say whether she agrees
# or disagrees")
OPEN_MARKS = CONDITION_MARKS | {"whether"}
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
# Nouns whose "of" phrase is an event that happened, which they date by ("in the wake of
# the attacks") or record ("plans to release two recordings of the shooting": released or
# not, the shooting took place)
OCCURRED_OF_NOUNS = frozenset({"wake", "aftermath", "video", "footage", "recording", "tape",
                               "photo", "photograph", "picture", "image", "transcript"})
# Words that make an infinitive a question: "how to ease tensions", "whether to attack"
WH_INFINITIVE = frozenset({"how", "whether", "when", "where", "what", "why"})
AWAITED_MARKS = frozenset({"before", "until", "till", "once"})  # with a present tense
# Prepositions of a phrase that sets the scene ("following the arrest of", "after the
# attack", "since the war")
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following"})
# Prepositions of what goes on at the same time as an event, not inside it
CONCURRENT_PREPS = frozenset({"during", "amid", "amidst"})
# Verbs and nouns of owning up to an act, whose subject did it: "claimed responsibility for
# the attack", "took credit for the bombing" (not "denied responsibility")
CLAIM_VERBS = frozenset({"claim", "accept", "take", "admit", "acknowledge"})
CREDIT_NOUNS = frozenset({"responsibility", "credit", "responsible"})
# Verbs whose "with" phrase is the act they answer with: "Israel retaliated with air strikes"
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "counter",
                            "hit back", "strike back", "fire back", "lash out"})
# Verbs that react to an event named as their object, or would end it, which a negation
# or a modal leaves told as having happened: "failed to mention the attack on the
# consulate", "did not respond to AP's requests", "did not condone violence", "we have to
# stop the violence", "to protest the seizure of land"
REACTION_VERBS = frozenset({"respond", "mention", "condemn", "condone", "defend", "call",
                            "discuss", "debate", "address", "miss", "forget", "ignore",
                            "acknowledge", "recognize", "investigate", "explain", "describe",
                            "understand", "blame", "cover", "comment", "remember", "notice",
                            "see", "know", "report", "say", "stop", "end", "halt", "cease",
                            "quell", "curb", "protest", "denounce", "decry", "mourn",
                            "avenge"})
# Verbs that tell whether the event their subject names took place: "the talks did not
# take place", "the strike never happened" (another negated verb leaves its subject told:
# "Kadzik's refusal did not go over well", "the attack did not kill anyone")
OCCURRENCE_VERBS = frozenset({"happen", "occur", "take", "begin", "start", "materialize",
                              "exist", "proceed", "resume", "continue", "come", "erupt",
                              "break", "unfold", "arise", "ensue", "emerge", "escalate",
                              "spread"})
# Subordinators of a clause that sets the scene for its sentence's report (time, reason)
BACKGROUND_MARKS = frozenset({"after", "before", "since", "when", "while", "once", "until",
                              "because"})
# Nominal arguments: where a cause of harm stands in its clause ("the earthquake killed",
# "killed in a crash"), as opposed to a modifier ("flood relief camp").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj", "conj", "ROOT", "attr",
                           "appos"})
EXPLOSION_WORDS = frozenset({"explosion", "explode", "blast"})
# Acts only a state does (CAMEO 090-091 investigate, 173 arrest or charge, 174 expel or
# deport): done in a country by no one named, they are its state's.
STATE_ACTS = frozenset({"090", "091", "173", "174"})
# Verbs of expelling (CAMEO 166, which also holds withdrawing one's own): done in a country
# by no one named, they are its state's as well ("were expelled from Russia")
EXPEL_VERBS = frozenset({"expel", "oust"})
# Prepositions that time one act by another: "informed Washington before the strike"
TIME_PREPS = frozenset({"before", "after", "since", "until", "following", "during"})
# Prepositions that bound a time, whose objects name when, not where: "fought three wars
# since independence from Britain"
SINCE_PREPS = frozenset({"since", "until", "till"})
# Prepositions of the state a verb puts its object in ("under arrest", "into custody").
PLACING_PREPS = frozenset({"under", "into", "in", "on"})  # ("set the shops on fire")
# Verbs that with a predicate after their object name it ("called them an army").
NAMING_VERBS = frozenset({"call", "name", "dub", "label", "brand", "term"})
# Verbs of meeting that need a party met: "talked with Macron", "Putin and Macron talked";
# with no one, what they take is a topic ("talking policy", "discussed Trump's wall")
PARTY_VERBS = frozenset({"talk", "discuss"})
# Verbs of hosting whose object must be a guest: "received the envoy", not "received it"
GUEST_VERBS = frozenset({"receive"})
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which"})
# Verbs of hosting that, of a thing, praise it: "welcomed the decision", "welcoming the
# administration's plans" (CAMEO 051)
WELCOME_SENSE = frozenset({"welcome"})
PRAISE_CODE = "051"
# Verbs of asking that demand only with what is asked for: "asked Congress for funding",
# "asked the candidates to discuss", "asked that ..."; not a question asked, nor one put to
# someone by no one named ("Asked to describe the device, O'Neill said")
ASKING_VERBS = frozenset({"ask", "press"})
# Verbs whose infinitive did not happen: "declined to resign", "refused to lift".
REFUSE_VERBS = frozenset({"refuse", "decline", "reject", "fail", "rule out", "turn down",
                          "rebuff", "spurn"})
# What is turned down and so not done: an act of cooperation ("ruled out talks with the
# Taliban", "refused aid"), not a stance or a harm that another did ("rejected the offer",
# "rejected the accusations")
REFUSABLE_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# Subjects that say no one did it
NO_ONE = frozenset({"none", "nobody", "neither", "nothing"})
# Words whose "from" or "of" phrase is an act not done: "refrained from endorsing",
# "stopped short of calling", "steering clear of criticizing"
REFRAIN_WORDS = frozenset({"refrain", "abstain", "desist", "short", "clear"})
# Verbs whose "from" gerund is an act kept from happening: "was barred from entering the
# country", "prevented Obama from closing the prison"
BAR_VERBS = frozenset({"bar", "ban", "prevent", "prohibit", "block", "stop", "keep",
                       "preclude", "forbid", "restrain", "constrain", "restrict", "hinder",
                       "inhibit", "disqualify", "deter", "dissuade", "discourage"})
# Verbs whose object is an act not done: "withholding his endorsement"
WITHHOLD_VERBS = frozenset({"withhold"})
# Nouns of what is done toward an end, whose taking does it: "has taken several tentative
# steps to enhance political freedoms" (the purpose of other acts is not yet done)
STEP_NOUNS = frozenset({"step", "measure", "action"})
# Verbs whose subject owns the plan, step or promise that is their object: "announced
# plans to travel", "repeated his promise to repeal"
OWN_PLAN_VERBS = frozenset({"announce", "unveil", "make", "take", "launch", "have", "keep",
                            "repeat", "renew", "reiterate", "pursue", "outline", "present",
                            "propose", "issue", "begin", "start", "continue", "abandon",
                            "drop", "shelve", "scrap", "develop", "mount", "intensify",
                            "redouble", "signal", "express", "declare", "confirm", "detail",
                            "submit", "finalize", "approve", "adopt", "step", "lay", "draw",
                            "put", "give", "fulfil", "fulfill", "honor", "honour", "break"})
# Nouns whose infinitive clause has not happened: "a call for troops to be deployed".
NOUN_MODALITY = {"call": "requested", "demand": "requested", "request": "requested",
                 "appeal": "requested", "plea": "requested", "plan": "intended",
                 "proposal": "intended", "offer": "intended", "promise": "intended",
                 "pledge": "intended", "bid": "intended", "effort": "intended",
                 "attempt": "intended", "threat": "threatened", "order": "requested",
                 "desire": "intended",
                 "decision": "intended", "invitation": "requested", "ultimatum": "threatened",
                 "warning": "threatened", "readiness": "intended", "willingness": "intended",
                 "intention": "intended", "intent": "intended", "aim": "intended",
                 "goal": "intended", "hope": "intended", "wish": "intended",
                 "quest": "intended", "fight": "intended", "struggle": "intended",
                 "battle": "intended", "commitment": "intended", "vow": "intended",
                 # a bill's purpose is not law yet: "her bill to curb corporate pay"
                 "bill": "intended", "legislation": "intended", "amendment": "intended",
                 "determination": "intended", "resolve": "intended", "ambition": "intended",
                 "plot": "intended", "scheme": "intended", "push": "intended",
                 "move": "intended", "drive": "intended", "campaign": "intended",
                 # a power or a chance to act is not the act: "the authority to admit
                 # Syrian refugees"
                 "authority": "hypothetical", "power": "hypothetical",
                 "right": "hypothetical", "permission": "hypothetical",
                 "ability": "hypothetical", "capacity": "hypothetical",
                 "option": "hypothetical"}
# Nouns whose infinitive did not happen: "its failure to speak out", "the leadership's
# refusal to take up any nominee"
FAILURE_NOUNS = frozenset({"failure", "refusal", "reluctance", "inability", "unwillingness"})
# What a verb of these types does to an event noun it takes as object: "demanded the
# withdrawal", "threatened a blockade", "offered concessions".
GOVERNING_MODALITY = {"REQUEST": "requested", "THREATEN": "threatened", "AGREE": "intended"}
# Entity labels of names (whose words a list may hang on), not of dates or amounts.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Verbs whose subject receives the event their object names, from whoever "from" names:
# "received assurances from", "got support from", "faces pressure from Congress".
CONVERSE_VERBS = frozenset({"receive", "get", "obtain", "face"})
# Actions a list of parties does with each other when no other party is named: consult,
# negotiate, cooperate, agree, fight ("X and Y met", "rebels and troops clashed").
RECIPROCAL_CODES = frozenset({"030", "031", "036", "037", "040", "041", "044", "046", "050",
                              "057", "060", "061", "062", "063", "064", "190", "193"})
# Verbs of giving each other what their object names, whatever it is: "Russia and Ukraine
# swapped prisoners" (each released the other's)
EXCHANGE_VERBS = frozenset({"swap", "exchange"})
# Codes the CAMEO manual calls reciprocal whoever the sentence makes the subject
BOTH_WAYS_CODES = frozenset({"046"})
# Nouns that take their event from a compound modifier: "a mediation effort", "a
# bombing campaign", "a rescue operation".
LIGHT_NOUNS = frozenset({"effort", "bid", "campaign", "attempt", "operation", "process",
                         "mission", "drive", "initiative"})
# Kinds that make a light noun a use of armed force: "military operations", "an armed
# campaign" (not "a peacekeeping mission": a compound event noun names that kind)
ARMED_KINDS = frozenset({"military", "armed", "combat"})
ARMED_LIGHT_NOUNS = frozenset({"operation", "campaign"})  # (a "military mission" may aid)
# Event nouns that are news with or without named actors ("an explosion", "riots").
NEWS_ITSELF = frozenset({"ASSAULT", "PROTEST"})
# Modifiers that say an event noun has not happened: "a possible attack by the Taliban",
# "the planned offensive", "an imminent invasion".
NOUN_MODIFIER_MODALITY = {"possible": "hypothetical", "potential": "hypothetical",
                          "likely": "hypothetical", "feared": "hypothetical",
                          "hypothetical": "hypothetical", "planned": "intended",
                          "proposed": "intended", "future": "intended",
                          "imminent": "intended", "expected": "intended",
                          "upcoming": "intended", "threatened": "threatened"}
# Nouns of protest that, of a thing shown, are a proof: "a demonstration of the fact"
PROOF_SENSE = frozenset({"demonstration", "show"})
# Adverbs that make a future a guess: "the government probably wouldn't give in"
GUESS_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe", "likely"})
# Modifiers that place an event noun in the past: "will discuss a recent hotel assault"
PAST_MODIFIERS = frozenset({"recent", "last", "previous", "earlier", "past"})
# What an event noun that is a clause's subject is called when it is weighed, not told: "a
# strike on Iran is unlikely", "talks are off the table", "war is an option" (with the
# modifiers above: "an attack is imminent" is intended)
PROSPECT_PREDICATES = frozenset({"impossible", "unlikely", "inevitable", "unavoidable",
                                 "unthinkable", "option", "possibility", "question", "table"})
CUSTODY_NOUNS = frozenset({"custody", "detention"})
# Who work for the press, rather than the press itself
PRESS_PEOPLE = frozenset({"reporter", "journalist", "correspondent", "newsman", "newsmen"})
DEATH_VERBS = frozenset({"die", "succumb", "perish"})
# Verbs whose subject bears the harm an event in their phrase did: "Iran lost two soldiers
# in the bombing", "Israel suffered heavy losses in the attack"
LOSS_VERBS = DEATH_VERBS | {"lose", "suffer", "sustain"}
# Phrases that rule out the act a clause is about, by the noun and the preposition before
# it: "out of the question", "off the table"
RULED_OUT_PHRASES = {"question": "out", "table": "off"}
# Nouns whose "of" phrase names what has not (yet) happened: "in anticipation of mass
# protests", "the prospect of war", "fears of a crackdown", "the risk of an attack"
AWAITING_NOUNS = frozenset({"anticipation", "expectation", "prospect", "fear", "risk",
                            "danger", "possibility", "likelihood", "spectre", "specter",
                            "talk", "speculation", "rumor", "rumour", "idea", "notion",
                            "chance", "hope", "threat", "brink", "verge", "edge", "cusp",
                            "threshold"})  # ("on the brink of an all-out regional war")


def base_forms(tok: Token) -> list[str]:
    """The lemma, then base forms guessed from the word itself: the small model's
    lemmatizer misses some ("staged" -> "stag"), and a lexicon lookup should not."""
    word = tok.lower_
    forms = [tok.lemma_.lower(), word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            forms.append(stem)
            if suffix in {"ing", "ed"} and len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "stopped" -> "stop"
    return list(dict.fromkeys(forms))


QUANTITY_NOUNS = frozenset({"ten", "hundred", "thousand", "million", "dozen", "score", "group",
                            "number", "crowd", "handful", "batch", "patch", "team", "band",
                            "member", "some", "many", "most", "all", "one", "two", "few",
                            "percent", "majority", "minority", "half", "third", "quarter",
                            "part", "portion"})


def _through_quantity(tok: Token) -> Token:
    """"Tens of thousands of students": the students are the actor."""
    for _ in range(3):
        if tok.lemma_.lower().rstrip("s") not in QUANTITY_NOUNS and tok.lower_ not in {
                "tens", "hundreds", "thousands", "millions", "dozens", "scores"}:
            return tok
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is None:
            return tok
        tok = obj
    return tok


def _told_lemmas(sent: Span) -> set[str]:
    """The lemmas of what a sentence tells, less who reports it ("..., said police",
    "according to the army"): the subject of a verb of speech, the object of "according
    to"."""
    def reporter(tok: Token) -> bool:
        if tok.dep_ == "compound":
            tok = tok.head
        return (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon.reporting_verbs()
                ) or (tok.dep_ == "pobj" and tok.head.lower_ == "to"
                      and tok.head.head.lower_ == "according")
    return {t.lemma_.lower() for t in sent if not reporter(t)}


def _contraband(tok: Token) -> bool:
    """Whether what a seizure takes is contraband: weapons, drugs, counterfeit goods
    (data/contraband.txt), through quantities and measures ("40 tons of fake cosmetics")."""
    tok = _through_quantity(tok)
    for _ in range(3):
        of = _prep_objects(tok, ("of",))
        if tok.lemma_.lower() not in MEASURE_WORDS or not of:
            break
        tok = _through_quantity(of[0])
    return tok.lemma_.lower() in lexicon.word_list("contraband.txt") or any(
        c.dep_ == "amod" and c.lower_ in CONTRABAND_MARKS for c in tok.children)


def _in_clause(tok: Token, anchors: set[int]) -> bool:
    """Is tok governed by one of the anchor tokens before any other verb intervenes?"""
    node = tok.head
    while True:
        if node.i in anchors:
            return True
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return False
        node = node.head


def _asked_by(noun: Token) -> Token | None:
    """The word whose "for" phrase names the noun, also as one of a list ("called for tax
    fairness, the closure of loopholes and for relief", "ask for His forgiveness")."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.dep_ in {"prep", "conj"}:
        prep = prep.head
    if prep.dep_ == "conj" and prep.lower_ == "for":
        # (a "for" the parser joined to a word inside the list: the list's own "for" is the
        # last one before it that a verb governs)
        prep = next((p for p in reversed(noun.doc[noun.sent.start : prep.i])
                     if p.lower_ == "for" and p.dep_ == "prep" and p.head.pos_ == "VERB"), prep)
    return prep.head if prep.lower_ == "for" else None


def _own_tense(tok: Token, head: Token) -> bool:
    """Is tok in a clause joined to the event's own that has its own auxiliary or
    subject ("has been helping with talks ... and was named ... in January"), so that its
    time is its own? ("attacked and killed him on Monday" shares one.)"""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i == head.i:
        return False
    first, second = (head, verb) if verb.head.i == head.i else (verb, head)
    return second.dep_ == "conj" and second.head.i == first.i and any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in second.children)


def _controller(verb: Token) -> list[Token]:
    """Whom an infinitive is of: the object of its governor, or the one its governor's "for"
    or "on" phrase names before it ("called for Sinn Fein to be expelled"), else the
    governor's subject ("Hamas is expected to be attacked")."""
    gov = verb.head
    return (_args(gov, {"dobj"})
            or [o for p in _args(gov, {"prep"}) if p.i < verb.i and p.lower_ in {"for", "on"}
                for o in _args(p, {"pobj"})]
            or _args(gov, {"nsubjpass", "nsubj"}))


def _gapped_passive(verb: Token) -> bool:
    """Is the verb a passive whose auxiliaries are left out, after a modal passive joined to
    it ("Obama should be hanged and the White House burned")? The parser reads such a
    participle as a past tense with the undergoer as its subject."""
    if _small_clause(verb) or _headline_passive(verb):
        return True
    head_aux = {c.lower_ for c in verb.head.children if c.dep_ in {"aux", "auxpass"}}
    return (verb.dep_ == "conj" and verb.tag_ in {"VBN", "VBD"} and bool(_args(verb, {"nsubj"}))
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "neg"} for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children)
            and bool(head_aux & (DEMAND_AUX | HYPOTHETICAL_AUX | FUTURE_AUX)))


def _modal_of(verb: Token) -> str | None:
    """The modality a verb's own modal gives what goes with it: "hypothetical" under
    "could", "would", "may"; "intended" under "will"; None with neither."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    return "intended" if aux & FUTURE_AUX else None


def _headline_passive(verb: Token) -> bool:
    """Is the verb a passive written as a headline writes it, with no auxiliary: "Hillary
    Clinton Accused Of Shocking Act", "Man Charged With Murder"? A verb that always takes
    its object, with none and its own preposition right after it, is one."""
    return (verb.tag_ in {"VBD", "VBN"} and bool(_args(verb, {"nsubj"}))
            and verb.lemma_.lower() in CHARGE_PREPS
            and not any(c.dep_ in {"dobj", "aux", "auxpass"} for c in verb.children)
            and verb.i + 1 < len(verb.doc)
            and verb.nbor().lower_ == CHARGE_PREPS[verb.lemma_.lower()])


def _small_clause(verb: Token) -> bool:
    """Is the verb a participle a verb of wanting, ordering or seeing takes with its
    undergoer ("supporters who wanted all undocumented immigrants deported", "saw the
    protesters arrested")? The parser makes the undergoer its subject."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VBN" and bool(_args(verb, {"nsubj"}))
            and not any(c.dep_ in {"aux", "auxpass", "dobj", "mark"} for c in verb.children)
            and verb.head.lemma_.lower() in WANT_VERBS | ORDER_VERBS | PERCEIVE_VERBS)


def _placed_doers(doc: Doc, start: int, doers: list[Token], event: set[int]) -> bool:
    """Does the place at character start describe one of the doers ("residents in Jupiter,
    Florida complained"): inside a doer's phrase, not in the event's own?"""
    tok = next((t for t in doc if t.idx == start), None)
    doer_ids = {t.i for t in doers}
    while tok is not None and tok.i not in event:
        if tok.i in doer_ids:
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _legal_peril(word: Token) -> bool:
    """Is what a protection guards against a peril of law ("from criminal charges", "from
    deportation")?"""
    return any(o.lemma_.lower() in LEGAL_PERILS for o in _prep_objects(word, ("from", "against")))


def _definite(noun: Token) -> bool:
    """Does the noun name one known thing: "the attack", "his endorsement", "the group's
    funding" (not "sweeping crackdowns", "an attack")?"""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss"
               for c in noun.children)


def _unrealized(pred: Token) -> bool:
    """Does a clause weigh its subject rather than tell it: a simple present ("is a bad
    idea", "are off the table") or a modal ("would be a mistake"), not a past ("was a
    mistake"), a perfect ("has proved costly") or a progressive ("is proving difficult")?"""
    aux = {c.lower_ for c in pred.children if c.dep_ in {"aux", "auxpass"}}
    if aux & (HYPOTHETICAL_AUX | FUTURE_AUX | DEMAND_AUX):
        return True
    return not aux and pred.tag_ in {"VBZ", "VBP"}


def _prospect(noun: Token) -> str | None:
    """The modality of an event noun that is the subject of a clause weighing it: "a
    strike on Iran is unlikely", "talks with the Taliban are off the table", "an attack is
    imminent" (not "the attack is unacceptable": a known one took place)."""
    pred = noun.head
    if (noun.dep_ != "nsubj" or pred.lemma_.lower() != "be" or _definite(noun)
            or not _unrealized(pred)):
        return None
    words = [c for c in pred.children if c.dep_ in {"acomp", "attr"}]
    words += [o for p in pred.children if p.dep_ == "prep" for o in p.subtree
              if o.dep_ == "pobj"]  # ("off the table", "out of the question")
    for w in words:
        lemma = w.lemma_.lower()
        if lemma in NOUN_MODIFIER_MODALITY:
            return NOUN_MODIFIER_MODALITY[lemma]
        if lemma in PROSPECT_PREDICATES:
            return "hypothetical"
    return None


def _asks_whether(verb: Token) -> bool:
    """Is the verb's clause a yes-no question, opening with its auxiliary before the
    subject ("Did Crooked Hillary help ...", "Will Iran attack?"; not "Why did Russia
    attack?", which takes the attack as done)?"""
    subjects = _args(verb, {"nsubj", "nsubjpass"})
    if not subjects:
        return False
    before = list(verb.doc[verb.left_edge.i : verb.i])
    colon = next((i for i in range(len(before) - 1, -1, -1) if before[i].text == ":"), None)
    if colon is not None:
        before = before[colon + 1:]  # (after a speaker's label: "Q: Have you talked to ...")
    first = next((t for t in before if not t.is_punct and not t.is_quote), None)
    # (opening its sentence, what follows a colon or a quotation mark, or one of a list of
    # questions: "or will he strike a discordant note?"; "nor did it seize Crimea" denies)
    if (first is None or first.head.i != verb.i or first.dep_ not in {"aux", "auxpass"}
            or first.i > subjects[0].i):
        return False
    if first.i == first.sent.start:
        return True
    before = first.nbor(-1)
    return before.lower_ not in {",", ";"} and (
        before.is_punct or before.is_quote or before.lower_ in {"or", "and", "but"})


def _ruled_out(act: Token) -> Token | None:
    """The word by which a clause rules out the act that is its subject ("lifting the
    sanctions is out of the question", "talks are off the table", "a deal is not an
    option"), if it does."""
    pred = act.head
    if act.dep_ not in {"csubj", "nsubj"} or pred.lemma_.lower() != "be":
        return None
    for c in pred.children:
        if c.dep_ == "prep":
            found = next((o for o in c.subtree if o.dep_ == "pobj"
                          and RULED_OUT_PHRASES.get(o.lemma_.lower()) == c.lower_), None)
            if found is not None:
                return found
        if c.dep_ == "attr" and c.lemma_.lower() == "option" and (
                _negated(pred) or any(d.lower_ == "no" for d in c.children)):
            return c
    return None


def _for_clause(verb: Token) -> Token | None:
    """The "for ... to" clause a verb governs, which the parser makes a clause of its own
    with "for" as its mark: "called for Israel to withdraw", "is pushing for the US to
    support its plan"."""
    return next((c for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.i > verb.i
                 and (parse.to_infinitive(c) or c.tag_ == "VB")  # ("for the US support it")
                 and _args(c, {"nsubj", "nsubjpass"})
                 and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)


def _custodians(verb: Token) -> list[Token]:
    """Who holds those the clause tells of: "in Israeli police custody", "in the custody of
    the army" (the words that name them)."""
    clause = [verb] + ([verb.head] if verb.dep_ in {"pcomp", "advcl"} else [])
    if verb.dep_ == "pcomp":
        clause.append(verb.head.head)  # ("died in police custody after being beaten")
    for prep in (c for v in clause for c in v.children):
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "under"}:
            continue
        for held in prep.children:
            if held.dep_ == "pobj" and held.lemma_.lower() in CUSTODY_NOUNS:
                # the holder named by a noun ("police custody", "the custody of the army"),
                # else by an adjective ("Israeli custody")
                named = [c for c in held.children if c.dep_ in {"compound", "poss"}] + [
                    o for p in held.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
                return named or [c for c in held.children if c.dep_ == "amod"]
    return []


def _died_of(noun: Token) -> list[Token]:
    """Who died of the harm a noun names: "a prisoner died as a result of torture", "died
    of his wounds", "died from injuries"."""
    tok, hops = noun, 0
    while tok.dep_ in {"pobj", "prep"} and hops < 4:
        tok, hops = tok.head, hops + 1
    if tok.pos_ == "VERB" and tok.lemma_.lower() in DEATH_VERBS:
        return _args(tok, {"nsubj"})
    return []


def _refrained(prep: Token) -> bool:
    """Is a "from" or "of" phrase what someone keeps from doing: "refrained from",
    "stopped short of", "steering clear of" (the parser may hang "of" on the verb)?"""
    return prep.lower_ in {"from", "of"} and (
        prep.head.lemma_.lower() in REFRAIN_WORDS
        or (prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in REFRAIN_WORDS))


def _barred(verb: Token) -> bool:
    """Is a gerund what someone is kept from doing: "was barred from attacking Israel",
    "the court blocked Iran from selling oil"?"""
    return (verb.dep_ == "pcomp" and verb.head.lower_ == "from"
            and verb.head.head.lemma_.lower() in BAR_VERBS)


def _described(tok: Token, trigger: Token, head: Token) -> bool:
    """Is tok within a clause that describes a noun ("the deal reached in 2015", "a man
    who was born in 1950") that neither holds the event ("a picture taken in 1986 that
    showed them burning the mortgage") nor is its head, nor tells it
    ("Information provided in September revealed that Iran was seeking ...": the date of
    the telling is the nearest the text gives; not a relative clause, whose time is its
    own: "Russia, which deployed peacekeepers after the 2020 war, welcomed the deal")?"""
    node = tok
    while node.head.i != node.i:
        noun = node.head
        if ((node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ in {"VBN", "VBG"}))
                and noun.i != head.i
                and not noun.left_edge.i <= trigger.i <= noun.right_edge.i
                and not (node.dep_ == "acl" and noun.dep_ in {"nsubj", "nsubjpass"}
                         and trigger in noun.head.subtree)):
            return True
        node = node.head
    return False


NEAR_NEGATIONS = frozenset({"hardly", "scarcely"})  # "the meeting hardly improved relations"


def _press_people(doc: Doc, actor: Actor) -> bool:
    """Whether an actor is journalists, not an outlet: "told reporters" (where "quoted by
    local media", "told state television" name outlets)."""
    return any((tok := parse.token_at(doc, m.end - 1)) is not None
               and tok.lemma_.lower() in PRESS_PEOPLE for m in actor.mentions)


def _negated(verb: Token) -> bool:
    """Does the verb carry a negation of its own (not one the parser hung on it from an
    aside after a dash)?"""
    return any((c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEAR_NEGATIONS))
               and not (c.i > verb.i
                        and any(t.text in parse.DASHES for t in verb.doc[verb.i + 1:c.i]))
               for c in verb.children)


def _infinitive(tok: Token) -> bool:
    """Is tok the action its head governs: "threatened to resume", which the parser
    labels xcomp, or advcl when a phrase comes between ("threatened on Monday to resume")?"""
    return tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and parse.to_infinitive(tok))


def _args(tok: Token, deps: set[str]) -> list[Token]:
    found = [c for c in tok.children if c.dep_ in deps]
    if "dobj" in deps and not found:
        found = _lost_object(tok)
    if "pobj" in deps and not found and tok.dep_ == "prep":
        found = _stranded_object(tok)
    return found


def _fronted_subject(verb: Token) -> Token | None:
    """The subject the parser joined to a fronted phrase: "With the signing of a Memorandum
    ..., the Sudanese government and SPLM/A have agreed" makes "government" a conjunct of
    "Memorandum"; "After the talks in Geneva, Iran and France agreed" makes "talks" the
    subject and "Iran" a conjunct of "Geneva". The noun phrase between the last comma and
    the verb (with its auxiliaries), whose head is a conjunct of a word before the comma."""
    first = min([verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}
                         and c.i < verb.i)], key=lambda t: t.i)
    doc = verb.doc
    comma = next((i for i in range(first.i - 1, verb.sent.start, -1) if doc[i].text == ","),
                 None)
    subjects = _args(verb, {"nsubj", "nsubjpass", "expl", "csubj"})
    if comma is not None and comma == first.i - 1 and not subjects:
        # "As Trump prepares to deal with conflicts in Ukraine and the Middle East, Musk, the
        # world's richest man, has been helping": the subject's apposition stands before
        # the verb, and the subject, joined by a bare comma, is a conjunct of the phrase
        # before it
        appos = doc[comma - 1]
        while appos.dep_ != "appos" and appos.head.i < appos.i:
            appos = appos.head
        named = appos.head
        if (appos.dep_ == "appos" and named.dep_ == "conj" and named.pos_ == "PROPN"
                and named.i > 0 and doc[named.i - 1].text == ","):
            return named
        return None
    if comma is None or comma == first.i - 1:
        return None
    opener = doc[verb.sent.start]
    if subjects and not (opener.pos_ in {"ADP", "SCONJ"}
                         and all(t.i < comma for t in subjects)):
        return None
    head = doc[first.i - 1]
    while comma < head.head.i < first.i and head.dep_ != "conj":
        head = head.head
    while head.dep_ == "conj" and comma < head.head.i < first.i:
        head = head.head  # the first of the listed subjects
    if head.dep_ != "conj" or head.pos_ not in {"NOUN", "PROPN"} or head.head.i >= comma:
        return None
    return head


def _swallowed(noun: Token) -> bool:
    """"began fleeing the village and al-Shabab captured it": the parser joins the second
    clause's subject to the first clause's object and leaves the verb after it subjectless;
    such a noun is that verb's subject, not one of the list it hangs on."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    return (noun.pos_ in {"PROPN", "NOUN"} and noun.dep_ == "conj" and noun.head.i < noun.i
            and noun.right_edge.i == noun.i and after.dep_ == "conj"
            and after.tag_ in {"VBD", "VBZ", "VBP"} and after.head.i < noun.head.i
            and not _args(after, {"nsubj", "nsubjpass"})
            and any(c.dep_ == "cc" for c in noun.head.children))


def _committed(verb: Token) -> list[Token]:
    """Whom an intent adjective over a "to" gerund is said of: "Israel is committed to
    fighting Hamas", "we remain committed to welcoming the stranger"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "to":
        return []
    holder = verb.head.head
    if holder.lower_ not in INTENT_ADJECTIVES:
        return []
    return _args(holder, {"nsubj", "nsubjpass"}) or (
        _args(holder.head, {"nsubj"}) if holder.dep_ == "acomp" else [])


def _under_since(tok: Token, anchors: set[int]) -> bool:
    """Whether a word is in a phrase of "since" or "until" between it and the event's words
    ("fought three wars since independence from Britain"; not "since the bombing of a
    clinic in Alabama", whose bombing is the event)."""
    for t in tok.ancestors:
        if t.i in anchors:
            return False
        if t.lower_ in SINCE_PREPS and t.dep_ == "prep":
            return True
    return False


def _force_noun(tok: Token) -> bool:
    """Whether a word is a noun of an act of force ("attack", "strike", "shootings")."""
    act = lexicon.event_nouns().get(tok.lemma_.lower())
    return act is not None and act.cameo[:2] in FORCE_ROOTS


def _possessed(tokens: list[Token]) -> bool:
    """Whether a possessive is among the phrases ("a call for its forces"): only then can a
    target be a body's own people."""
    return any(t.dep_ == "poss" for x in tokens for t in x.subtree)


def _split_gerund(verb: Token) -> Token | None:
    """The noun a gerund event belongs with, where the parser split "in Israeli tank
    shelling" into a phrase "in Israeli tank" and a clause "shelling": the gerund, with no
    subject or object, right after a preposition's object hung on the same verb."""
    if (verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0
            or _args(verb, {"nsubj", "nsubjpass", "dobj"})):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.head.head.i == verb.head.i:
        return noun
    return None


def _stranded_object(prep: Token) -> list[Token]:
    """The object of a preposition the parser took for the subject of a participle after it
    ("granted asylum to five officers holed up in a residence": "officers" parsed as the
    subject of "holed", a clause of "granted")."""
    return [s for c in prep.head.children
            if c.dep_ in {"advcl", "ccomp"} and c.tag_ in {"VBD", "VBN"} and c.i > prep.i
            for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == prep.i + 1]


def _lost_object(verb: Token) -> list[Token]:
    """The object the parser lost: to a count ("kidnapped up to 16 Russian advisers" is
    parsed as the particle "up" and a phrase "to 16 ... advisers"), or behind what it is
    called ("denounced as an ugly crime Serbia's suppression of ...": the object parsed as
    an apposition of "crime")."""
    up = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
    if up is not None:
        return [o for p in (*up.children, *verb.children)
                if p.dep_ == "prep" and p.lower_ == "to" and p.i == up.i + 1 for o in p.children
                if o.dep_ == "pobj" and any(n.dep_ == "nummod" for n in o.children)]
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
            for o in p.children if o.dep_ == "pobj"
            for a in o.children if a.dep_ == "appos" and a.i > o.i]


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The tokens and the ones listed with them. The small model sometimes hangs a list
    on an apposition ("The US, Russia, and Switzerland": Russia an appos of US) or on
    another word of a name ("Barack Obama and Vladimir Putin": Putin a conjunct of Obama
    under Barack), so those count too."""
    out: list[Token] = []
    for t in tokens:
        group = [*_entity_tokens(t)]
        group += [x for c in t.children if c.dep_ == "appos" and c.conjuncts
                  for x in (c, *c.conjuncts)]
        listed = [] if _swallowed(t) or t not in _listed(t) else [
            c for g in group for c in _listed(g) if c == t or not _swallowed(c)]
        for x in [t, *listed]:
            if x not in out:
                out.append(x)
    return out


def _listed(tok: Token) -> list[Token]:
    """The members of the list a token is in, which ends at the member after its "and":
    in "conflicts in Ukraine and the Middle East, Musk, the world's richest man, has been
    helping" the parser joins "Musk" to the list, which had ended."""
    members = sorted([tok, *tok.conjuncts], key=lambda t: t.i)
    joins = [c.i for m in members for c in m.children if c.dep_ == "cc"]
    if not joins:
        # no "and" or "or": no list, but a name the parser joined to the phrase before it
        # ("sent troops to Syria, Defense Minister Sergei Shoigu told Interfax")
        return [tok]
    last = next((m for m in members if m.i > min(joins)), members[-1])
    return [m for m in members if m.i <= last.i]


def _entity_tokens(tok: Token) -> list[Token]:
    """The tokens of the name the token is in (just the token if none)."""
    if tok.ent_iob_ not in {"B", "I"} or tok.ent_type_ not in NAME_LABELS:
        return [tok]
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


OWNER_PREPS = ("by", "for", "of", "from", "with")
# Prepositions of a destination: where a word's motion goes, not where the event is
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
NESTED_PREPS = ("to", "with", "against", "on", "from", "for", "into", "toward", "towards")


def _governor(verb: Token, deps: set[str]) -> Token:
    """The top of the chain of complements a verb is in ("prepared to resume shelling")."""
    while verb.dep_ in deps and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _between(noun: Token) -> list[Token]:
    """The parties a noun's "between" or "among" phrase lists: "a meeting between X and Y",
    "mediation efforts among Serbia's feuding republics"."""
    objects = [o for b in noun.children if b.dep_ == "prep" and b.lower_ in {"between", "among"}
               for o in _args(b, {"pobj"})]
    # (a first party the parser made a modifier of the last one: "between President Trump
    # and Ukrainian President Volodymyr Zelensky", "Trump" a compound of "Zelensky")
    firsts = [c for o in objects for c in o.children if c.dep_ == "compound"
              and any(a.dep_ == "cc" for a in c.children)
              and any(a.dep_ == "conj" for a in c.children)]
    return firsts + _with_conjuncts(objects)


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            out.extend(_args(child, {"pobj"}))
        elif child.dep_ == "dative" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            out.append(child)
    return out


def _left(verb: Token) -> list[Token]:
    """What a verb of withdrawal leaves: "withdrew from Gaza", "pulled out of Syria" (the
    parser makes "out" a particle or a preposition that governs "of")."""
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in {"prt", "prep",
                                                                            "advmod"}]
    return (_prep_objects(verb, ("from",) + (("of",) if outs else ()))
            + [o for c in outs for o in _prep_objects(c, ("of",))])


def _particle(verb: Token, lemma: str, table: Collection[str]) -> str | None:
    """The verb's particle where the table has the phrasal verb it makes. The small model
    parses some particles as adverbs ("stepped down", "pulled back"), so those count."""
    kids = _with_stray_out(verb) if f"{lemma} out" in table else verb.children
    return next((c.lower_ for c in kids if (c.dep_ in {"prt", "advmod"} or _out_of(verb, c))
                 and not any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}
                             for o in c.children)  # ("polls taken over the past two weeks")
                 and f"{lemma} {c.lower_}" in table), None)


def _out_of(verb: Token, tok: Token) -> bool:
    """Is tok an "out" right after the verb before "of", a particle the small model parses
    as a preposition ("backed out of the conference", "walked out of the talks")?"""
    return (tok.dep_ == "prep" and tok.lower_ == "out" and tok.i == verb.i + 1
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in tok.children))


def _with_stray_out(verb: Token) -> Iterable[Token]:
    """A verb's children, and an "out" of "out of" right after it that the parser hung
    elsewhere ("the humiliation of backing out of Kuwait": "out" on "go")."""
    doc = verb.doc
    if (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "out"
            and doc[verb.i + 1].head.i != verb.i and _out_of(verb, doc[verb.i + 1])):
        return [*verb.children, doc[verb.i + 1]]
    return verb.children


def _refuses(verb: Token) -> bool:
    """Does the verb turn down what it governs ("refused", "ruled out")?"""
    lemma = verb.lemma_.lower()
    return lemma in REFUSE_VERBS or _particle(verb, lemma, REFUSE_VERBS) is not None


# Tokens from a verb within which a preposition after another one still makes a phrasal
# verb with it ("fired from southern Lebanon at northern Israel")
PREP_REACH = 5
# Particles that leave a verb's sense as it is: "fought back", "attacked again"
KEPT_PARTICLES = frozenset({"back", "again", "together"})
# Verbs of fighting whose object may be a cause as well as an enemy, of destroying, whose
# object may be a standing as well as a thing ("destroying the reputation of ..."), and of
# guarding, which may keep off a process ("to guard against coastal erosion").
CAUSE_VERBS = frozenset({"fight", "combat", "battle", "destroy", "protect", "guard",
                         "safeguard", "capture"})
# Causes fought that no ending marks abstract: "fighting climate change", "combat crime"
CAUSES = frozenset({"change", "crime", "hunger", "disease", "inflation", "drug", "addiction",
                    "cancer", "fire", "flood", "pollution", "racism", "injustice", "fraud"})
# Verbs of agreeing that, with a that-clause on what others should do, are of one mind
# (CAMEO 019, express accord): "agreed that the party's rules should be modernized"
OPINION_SENSE = frozenset({"agree"})
# Pronouns that may stand for parties agreeing on what they are to do themselves
PARTY_PRONOUNS = frozenset({"we", "they", "us", "them", "our", "their", "ourselves",
                            "themselves"})
ACCORD_CODE = "019"
# Verbs of denying that, with a clause for what is denied, deny a charge (CAMEO 016, deny
# responsibility: "denied that civilians had been killed"), and refuse nothing
DENIAL_SENSE = frozenset({"deny"})
DENY_CHARGE_CODE = "016"
# Verbs of permission that, as "let's", invite: "Let's start with the news"
LET_SENSE = frozenset({"let"})
# Verbs of permission that are CAMEO's "allow international involvement" (086) only where
# someone is let in: into a place ("allowed inspectors into the country") or to enter,
# visit or work there; "let me tell you", "let alone", "allowed veterans to get care" and
# "allows Rubio to offer two answers" permit nothing of the kind
ADMIT_SENSE = frozenset({"allow", "let", "permit"})
ADMIT_PREPS = frozenset({"into", "inside", "through"})
PROTEST_ROOT = "14"  # CAMEO: protest
# Prepositions of the site of an act: "protested outside the US embassy", "at the ministry"
SITE_PREPS = ("outside", "at", "near", "before")
# Nouns of a state whose "of" phrase names it: "a state of emergency", "a state of siege"
STATE_NOUNS = frozenset({"state"})
# Constructions whose object names the act only as a mass noun: "used force" (its plural,
# "forces", is troops, as "sent forces" has them)
MASS_CONSTRUCTIONS = frozenset({"use force"})
RETURN_PROPERTY_CODE = "0842"  # CAMEO: return, release property
# Kinds of made thing (data/product_nouns.tsv) that are held and let go as property: "the
# detained British tanker"
CRAFT_KINDS = ("ship", "aircraft")
EMERGENCY_CODE = "1724"  # CAMEO: impose state of emergency or martial law
# Prepositions of a means: "retaliated by imposing tariffs", "through attacking"
MEANS_PREPS = frozenset({"by", "through"})
# Verbs of taking up a course, whose "to" gerund is their subject's act: "youths resorted to
# throwing stones", "turned to attacking"
RESORT_VERBS = frozenset({"resort", "turn", "proceed", "switch", "revert", "return"})
ENTRY_VERBS = frozenset({"enter", "visit", "inspect", "return", "come", "travel", "land",
                         "deliver", "monitor", "observe", "access", "operate", "deploy",
                         "resettle", "immigrate", "cross", "pass", "proceed", "reach",
                         "move", "relocate", "settle"})
# Verbs of holding back that, of information, keep it, cutting no aid
WITHHOLD_SENSE = frozenset({"withhold"})
# Verbs of trade: CAMEO's economic cooperation (061) is between the trading parties, so
# with no one named to trade with ("is selling ice cream", "bought the mortgage") it is
# commerce, no event; what is sold or bought is goods, never the target
TRADE_SENSE = frozenset({"sell", "buy", "purchase", "trade", "import", "export", "invest"})
# Verbs and nouns of withdrawing, a military retreat (0874) only of armed forces or
# weapons; from a pact they reduce relations (161), else they yield (080)
WITHDRAW_SENSE = frozenset({"withdraw", "pull out", "pull back", "retreat", "evacuate",
                            "withdrawal", "pullout", "pullback", "evacuation"})
PACT_NOUNS = frozenset({"deal", "treaty", "agreement", "accord", "pact", "coalition",
                        "alliance", "convention", "protocol", "partnership", "talks"})
RELATIONS_CUT_CODE = "161"
FRONT_NOUNS = frozenset({"border", "zone", "front", "frontline", "region", "sector"})
# CAMEO roots of conflict that refusing withholds, rejecting no one: criticism, threats,
# protest, violence, fighting (not demands, "refused to order a hearing", nor sanctions,
# "refused to halt enrichment despite calls": those refuse what others ask)
WITHHELD_CONFLICT_ROOTS = frozenset({"11", "13", "14", "18", "19", "20"})
# Verbs of suspending, and what they suspend that is no tie between actors: "Twitter
# suspends one account", "suspended his campaign" (aid, talks, flights and membership are)
SUSPEND_SENSE = frozenset({"suspend"})
SUSPENDED_THINGS = frozenset({"account", "campaign", "license", "licence", "game", "season",
                              "production", "trading", "player", "student", "sentence",
                              "disbelief"})
# What one occupies that is a standing, not land: "occupied a third tier"
RANK_NOUNS = frozenset({"tier", "spot", "seat", "role", "slot", "rung", "office", "top",
                        "lead", "middle", "niche", "rank", "echelon"})
YIELD_CODE = "080"
# Verbs of leaving office that, of a habit, drop it: "quit giving paid speeches"
QUIT_SENSE = frozenset({"quit"})
# Verbs of detonating and of building forces up that are force only with weapons or armed
# people: "set off an explosive device", "strengthened its army"; not "set off a
# controversy", "strengthening her image", "reinforces what supporters believe"
DETONATE_SENSE = frozenset({"set off"})
BUILDUP_SENSE = frozenset({"strengthen", "reinforce"})
# Verbs of burning that, "through" money, spend it
ARSON_SENSE = frozenset({"burn"})
# Verbs of arming that, as a bare participle, describe ("terrorists armed with revolvers")
ARM_SENSE = frozenset({"arm"})
# Verbs of travel that are a visit (042) only with somewhere or someone to go to
TRAVEL_SENSE = frozenset({"fly", "travel"})
# Verbs of sponsoring that, of an occasion, pay for a show, no aid: "a debate sponsored by
# NBC News", "a dinner sponsored by the foundation"
SPONSOR_SENSE = frozenset({"sponsor"})
OCCASION_NOUNS = frozenset({"debate", "dinner", "event", "forum", "conference", "gala",
                            "concert", "show", "contest", "race", "party", "fundraiser",
                            "breakfast", "luncheon", "lunch", "reception", "festival", "panel",
                            "town", "hall", "tour", "summit", "poll", "survey", "ad"})
# Verbs of demonstrating that, with an object or a clause, show: "demonstrate its political
# clout", "demonstrate that he is willing"
SHOW_SENSE = frozenset({"demonstrate"})
# Verbs of handing over that, of a thing, yield it: "handed over management of the
# mine to the state" (of people, they hand them over to justice: CAMEO 063)
HAND_OVER_SENSE = frozenset({"hand over", "turn over"})
# Verbs of calling that, to a thing, summon (to service: CAMEO 154, mobilize armed forces)
# or do nothing one could phone: "called to service by the governor", "called to testify"
CALL_SENSE = frozenset({"call"})
CALL_UP_NOUNS = frozenset({"service", "duty", "arms", "action"})
MOBILIZE_CODE = "154"
# Acts of joining against someone that, asked of others, rally opposition against them
# (CAMEO 113): "called on Arabs to unite and mobilize against Sharon", "urged Muslims to
# rise up against Israel"
JOIN_AGAINST_VERBS = frozenset({"unite", "mobilize", "mobilise", "rally", "rise", "stand",
                                "band", "join"})
RALLY_CODE = "113"  # CAMEO: rally opposition against
# What one meets that is a standard reached, no one met: "meet the bar", "meet sales
# targets" (a target may be a person elsewhere, so the standards are named)
STANDARD_NOUNS = frozenset({"target", "goal", "bar", "standard", "deadline", "requirement",
                            "threshold", "quota", "criterion", "expectation", "need",
                            "obligation", "benchmark"})
# Verbs of military exercise that, with no partner and no force exercising, are exercise of
# the body or of a right: "pulled a muscle exercising", "exercise their right"
EXERCISE_SENSE = frozenset({"exercise"})
# Verbs of taking that, of a place by a person or party, win an election ("captured Florida
# by 74,000 votes") and, of things, record them ("a screen image captured by ...")
CAPTURE_SENSE = frozenset({"capture"})
TAKEOVER_SENSE = frozenset({"take over"})  # ("took over reclamation obligations")
# Verbs of contesting that, of a place by those who run in a contest, campaign there
# ("Clinton and Trump are heavily contesting Ohio"), and of a race with no doer, run it
# closely ("the race is still contested", "a contested convention"; what is disputed has a
# doer: "results contested by the losers")
CONTEST_PLACE_SENSE = frozenset({"contest"})
# Verbs of recognition that, with a clause, grant a fact, not a state or government:
# "perhaps recognizing that imitation is the best form of flattery"
RECOGNIZE_SENSE = frozenset({"recognize", "recognise"})
# What is taken by force that is a place, not a thing: "captured the rebel stronghold"
TERRITORY_NOUNS = frozenset({"town", "city", "village", "territory", "area", "region",
                             "district", "province", "hill", "ridge", "airport", "port",
                             "harbor", "harbour", "bridge", "crossing", "road", "highway",
                             "island", "capital", "oilfield", "field", "dam", "pass",
                             "locality", "base", "post", "checkpoint"})
# Verbs of protection that, of rights, rulings or oneself, are no protection by arms
PROTECT_SENSE = frozenset({"protect"})
PROTECTION_NOUNS = frozenset({"protection"})
# A threat that, posed by no one named to a thing, is a risk: "citing a threat to public
# health and safety", "a threat to national security" (not "Iran's threat to shipping")
RISK_SENSE = frozenset({"threat"})
POSE_VERBS = frozenset({"pose", "represent", "constitute", "present"})
# Shields of law, not of arms: "legal protection", "consumer protections", protection
# "from criminal charges" or "from deportation" (CAMEO 074 is military protection)
LEGAL_SHIELDS = frozenset({"legal", "constitutional", "consumer", "privacy", "data",
                           "environmental", "equal", "patent", "copyright", "bankruptcy",
                           "tariff", "trade", "investor", "worker", "labor", "labour",
                           "whistleblower", "immunity", "insurance", "pension"})
LEGAL_PERILS = frozenset({"charge", "prosecution", "liability", "lawsuit", "suit", "subpoena",
                          "indictment", "deportation", "eviction", "foreclosure",
                          "discrimination", "fraud", "scrutiny", "competition", "tax",
                          "penalty", "fine", "audit"})
# Verbs of warning that, with a clause on what others or events will do, predict: "The IMF
# warned that the Brexit vote could depress growth" is a pessimistic comment (CAMEO 012),
# not a threat; "warned Israel of retaliation" stays one
WARNING_VERBS = frozenset({"warn", "caution"})
WARNING_NOUNS = frozenset({"warning", "caution"})
# A state's advice against travel to a country reduces relations with it (CAMEO 160, as the
# PETRARCH gold codes "advised against travel to Tunisia"): verbs and nouns of advice, the
# words of travel, and the verbs that take such advice back (no advice then stands)
ADVICE_VERBS = WARNING_VERBS | {"advise", "counsel"}
ADVICE_NOUNS = WARNING_NOUNS | {"advisory", "advice", "alert"}
TRAVEL_NOUNS = frozenset({"travel", "trip", "visit", "journey", "travelling", "traveling"})
WITHDRAWN_ADVICE_VERBS = frozenset({"lift", "end", "rescind", "withdraw", "cancel", "drop",
                                    "ease", "relax", "revoke"})
TRAVEL_WARNING_CODE = "160"  # CAMEO: reduce relations, not specified below
SELF_PRONOUNS = frozenset({"we", "i", "us"})
PESSIMISM_CODE = "012"
# Verbs of seizing, and the chances they seize that are no one's: "seize the initiative
# from an Iraq seemingly bent on dictating peace terms"
CHANCE_VERBS = frozenset({"seize", "grab", "capture"})
SEIZED_CHANCES = frozenset({"initiative", "opportunity", "chance", "moment", "momentum",
                            "spotlight", "headline", "imagination", "attention", "day",
                            "occasion", "nomination", "mantle"})
# Things killed that are no one: "will kill animals", "killed the bill", "kill jobs"
KILLED_THINGS = frozenset({"animal", "bill", "deal", "plan", "idea", "job", "proposal",
                           "chance", "momentum", "measure", "legislation", "story"})
# Verbs of defeat that, of a politician, a party or a contest, mean winning it: "Kasich has
# the best chance of beating Clinton", "beat expectations"
CONTEST_SENSE = frozenset({"beat", "rout", "crush", "trounce", "battle"})
CONTEST_WORDS = frozenset({"expectation", "odds", "record", "deadline", "estimate", "forecast",
                           "poll", "rival", "opponent", "challenger", "challenge", "bid",
                           "incumbent", "field",
                           "competition", "candidate", "nominee", "contender", "frontrunner"})
# Verbs of fighting that, with an infinitive and no enemy, mean striving: "The companies
# are fighting to protect their business"
STRIVE_SENSE = frozenset({"fight", "battle", "struggle"})
# What records a scene: capturing done by one, or "on" one, films it ("Footage captured
# Warren getting out of an SUV", "captured on camera")
RECORD_NOUNS = frozenset({"footage", "video", "camera", "photo", "photograph", "image",
                          "picture", "tape", "recording", "film", "lens", "videotape",
                          "microphone", "mic", "photographer", "cameraman", "livestream"})
# Contests that can be run closely (see CONTEST_PLACE_SENSE)
RACE_NOUNS = frozenset({"race", "primary", "caucus", "seat", "nomination", "contest",
                        "convention", "district", "battleground"})
# Verbs of charging, with the preposition of the charge: with no object before it, the
# verb is a headline's passive ("Clinton Accused Of Shocking Act")
CHARGE_PREPS = {"accuse": "of", "charge": "with", "suspect": "of", "convict": "of"}
# Particles that make a verb of accord one of enlisting: "signed up to serve"
ENLIST_PARTICLES = {"sign": frozenset({"up", "in"})}
# Views that, shared, are held in common, no intelligence shared: "her view is shared by"
OPINION_NOUNS = frozenset({"view", "opinion", "belief", "concern", "sentiment", "frustration",
                           "goal", "vision", "value", "enthusiasm", "skepticism", "fear",
                           "worry", "outlook", "assessment", "conviction", "feeling", "hope",
                           "dream", "interest", "passion", "anger", "disdain", "distrust"})
# Verbs of care that, done "with" or "as" something, tell a manner: "treat X with respect"
MANNER_SENSE = frozenset({"treat"})
MANNER_NOUNS = frozenset({"respect", "contempt", "disdain", "suspicion", "care", "caution",
                          "dignity", "sanctity", "kindness", "hostility", "skepticism"})
# Modifiers that make an event noun a thing: "a press release", "a news release"
KIND_NOT_EVENT = {"release": frozenset({"press", "news"}),
                  # ("a bruising price war", "since the second world war": a rivalry of
                  # trade, or an era, no fighting told)
                  "war": frozenset({"price", "bidding", "culture", "fare", "rating", "world",
                                    "cold"})}
# Objects that make a verb an idiom of no event: "beating their chest", "beat the drum",
# "will return the favor", "meet the target temperature"
IDIOM_OBJECTS = {"beat": frozenset({"chest", "breast", "drum"}),
                 "pound": frozenset({"chest", "table", "pavement"}),
                 "return": frozenset({"favor", "favour", "compliment"}),
                 "hijack": frozenset({"floor", "debate", "conversation", "agenda", "process",
                                      "narrative", "convention", "hearing", "meeting"}),
                 "reopen": frozenset({"wound", "scar"}),
                 # ("burning the mortgage to the farm": paid off; "surrendering the contest
                 # to Cruz": given up in a race)
                 "burn": frozenset({"mortgage", "calorie", "bridge", "rubber"}),
                 "surrender": RACE_NOUNS | {"lead", "election", "state", "majority"},
                 "meet": frozenset({"target", "goal", "deadline", "requirement",
                                    "standard", "expectation", "need", "criterion",
                                    "threshold", "quota", "obligation", "test", "end"})}
# Verbs of easing that concede only a restraint eased ("eased the rules for foreign
# journalists"; not "eased his defiant tone")
EASE_SENSE = frozenset({"ease", "relax", "loosen"})
RESTRAINT_NOUNS = frozenset({"rule", "restriction", "regulation", "control", "limit", "law",
                             "measure", "policy", "requirement", "ban", "curfew", "sanction",
                             "embargo", "tariff", "blockade", "siege", "lockdown", "quota",
                             "grip", "crackdown", "censorship", "penalty", "condition",
                             "tension", "pressure"})
PHONE_CODE = "041"  # CAMEO: discuss by telephone
# Verbs of asking (or declining) that, for not being named, ask (or refuse) no one
# anything: "asked not to be named", "declined to be named"
ASK_SENSE = frozenset({"ask", "request", "decline"})
# Verbs of yielding that, with a that-clause, admit what it says: "conceded it had tried"
ADMIT_SAYING_SENSE = frozenset({"concede"})
# Verbs of blaming that, of things and no one, accuse no one: "blamed softer sales"
BLAME_SENSE = frozenset({"blame"})
# Verbs of refusing that, by an amount, tell a fall: "declined to $6.3 million"
DECREASE_SENSE = frozenset({"decline"})
# Verbs of pledging oneself that, said of forces, assign them: "troops committed to"
PLEDGE_TO_SENSE = frozenset({"commit to"})
# Verbs of massing that, done by no armed force, gather a crowd: "workers had amassed"
GATHER_SENSE = frozenset({"amass", "mass", "muster"})
# Dismissing a person as something disparages them: "dismissed Walker as ineffective"
DISMISS_SENSE = frozenset({"dismiss"})
# Verbs of sealing or securing that, of a prize, win a contest: "seal the nomination"
WINNING_SENSE = frozenset({"seal", "clinch", "secure", "lock"})
# Nouns of asking that "at" or "on" makes the reason one acts: "at the request of police"
BEHEST_NOUNS = frozenset({"request", "invitation", "behest", "urging", "insistence",
                          "suggestion", "demand", "order", "direction", "instruction"})
# Nouns of talk that, of a topic with no one to talk with, are one person's account of it
TOPIC_TALK_NOUNS = frozenset({"discussion"})
# "as opposed to": a preposition of contrast, no opposition
CONTRAST_SENSE = frozenset({"oppose"})
# Looking into eyes, faces, a camera or an idea is no inquiry
GAZE_SENSE = frozenset({"look into"})
GAZE_OBJECTS = frozenset({"eye", "face", "camera", "mirror", "sky", "distance", "future",
                          "idea", "possibility", "option", "notion"})
# Verbs that pledge only with the act pledged: "undertook to withdraw" (not "undertook a
# review", which carries it out)
PLEDGE_ONLY_SENSE = frozenset({"undertake"})
# Verbs of meeting that, passive with "with", tell how a thing was received: "was met with
# anger", "was greeted with skepticism"
RECEPTION_SENSE = frozenset({"meet", "greet", "receive"})
# Dispersal verbs whose object must be a gathering: not "breaking up the big banks"
DISPERSE_SENSE = frozenset({"break up"})
# Verbs of cutting that, done to no person and short of "to death", are a break-in:
# "Russia hacked into the emails" (PLOVER: COERCE, mode cyber; CAMEO has no code, so 170)
CYBER_SENSE = frozenset({"hack"})
CYBER_CODE = "170"
# Verbs of command that, with a thing for object and no action commanded, buy it
PURCHASE_SENSE = frozenset({"order"})
DESTROY_SENSE = frozenset({"blow up"})  # a bombing, or, of a structure, its destruction
DESTROY_CODE = "1712"  # CAMEO: destroy property
# Words for some of a group the sentence names: "others clashed with police"
PARTITIVE_DOERS = frozenset({"others", "some", "many", "most", "several"})
UNREST_WORDS = frozenset({"violence"})  # violence in general: a riot where a crowd does it
# Ordnance whose destruction, with no owner named, is its disposal: "destroyed 342 mines"
DISPOSED_ORDNANCE = frozenset({"mine", "landmine", "ied", "device", "explosive", "ordnance",
                               "bomb", "shell"})
OCCUPY_CODE = "192"  # CAMEO: occupy territory
ALLEGE_SENSE = frozenset({"claim"})  # a claim of responsibility, or an allegation
ALLEGE_CODE = "112"  # CAMEO: accuse, not specified below
# Verbs of firing a weapon, whose "from" phrase in the passive is where the doer was
FIRED_FROM = frozenset({"fire", "launch", "lob"})
PUBLISH_SENSE = frozenset({"release", "free"})  # verbs of freeing that also mean publishing
# Verbs and nouns of taking that, of contraband from no one named, enforce the law on things:
# "Police seized guns and drugs at a raid" (data/contraband.txt)
SEIZE_SENSE = frozenset({"seize", "confiscate", "impound", "seizure", "confiscation"})
CONTRABAND_MARKS = frozenset({"fake", "counterfeit", "illegal", "illicit", "smuggled"})
# Words of amount whose "of" names what was taken: "40 tons of counterfeit cosmetics"
MEASURE_WORDS = frozenset({"ton", "tonne", "kilogram", "kg", "gram", "pound", "kilo", "cache",
                           "haul", "consignment", "quantity", "amount", "stash", "lot",
                           "shipment", "batch", "bag", "packet", "box", "crate"})
# Verbs of putting a document out, whose place names the state that did ("A report released
# Tuesday in the Rwandan capital alleged ...")
ISSUE_VERBS = frozenset({"release", "publish", "issue", "unveil", "present"})
# Verbs of putting out, passing or sending a document, whose doer speaks or acts through it:
# "The UN released a report accusing Israel", "The Senate passed a resolution condemning
# Russia", "filed a lawsuit accusing", "sent a letter urging"
AUTHOR_VERBS = ISSUE_VERBS | frozenset({
    "pass", "approve", "adopt", "enact", "sign", "introduce", "file", "submit", "draft",
    "write", "send", "post", "run", "air"})
# Of those, the verbs that endorse a document: where the document names an act of its own
# ("approved a law recognizing the opposition's victories"), that act is what was done, by
# the one who approved it, and the approval no endorsement of anyone
ENACT_SENSE = frozenset({"pass", "approve", "adopt", "enact", "sign", "ratify", "endorse",
                         "back"})
# Verbs that name a show of force only with armed people as their object: "mobilized
# reservists", not "mobilized pressure groups" (or voters, resources, support)
FORCE_SENSE = frozenset({"mobilize", "mobilise", "reinforce", "bolster", "scramble"})
# Verbs of force that also mean to hurry: "scrambled to keep the deal from falling apart"
HURRY_SENSE = frozenset({"scramble"})
# Verbs of giving, trading or investing whose object may be no gift, good or stake
# (data/figurative_gifts.txt; "invested too much time and energy", "sell herself")
GIVING_VERBS = frozenset({"give", "provide", "offer", "invest", "sell", "lend", "grant"})
# Nouns of kind whose "of" phrase is what is given: "the kind of exposure"
KIND_WORDS = frozenset({"kind", "sort", "type"})
# Verbs of sharing that share information only: not "share the belief"
SHARING_VERBS = frozenset({"share"})
SHARED_THINGS = frozenset({"intelligence", "information", "evidence", "data", "technology",
                           "expertise", "secret", "know-how", "details"})
# Verbs of blocking: of a way (data/route_nouns.txt) or a place, obstruction (144);
# of a bill or a discussion, a refusal
BLOCKING_VERBS = frozenset({"block"})
# Event nouns whose possessor is the one it is done to: "Suu Kyi's incarceration"
PATIENT_NOUNS = frozenset({"arrest", "detention", "incarceration", "imprisonment", "release",
                           "deportation", "expulsion", "execution", "abduction", "kidnapping",
                           "assassination", "extradition", "conviction", "indictment",
                           "shooting", "murder", "killing", "stabbing", "beating", "lynching"})
# Prefixes that make an event noun a stance or a time: "non-endorsement", "anti-war",
# "pro-war", "post-war", "pre-war"
HYPHEN_PREFIXES = frozenset({"non", "anti", "pro", "post", "pre"})
# Wars that name a kind of person or thing rather than a war told: "prisoners of war",
# "veterans of war", "the Secretary of War", "the fog of war", "the spoils of war"
WAR_SENSE = frozenset({"war"})
WAR_KINDS = frozenset({"prisoner", "veteran", "widow", "orphan", "hero", "correspondent",
                       "secretary", "minister", "department", "fog", "spoils", "art",
                       "tug", "theater", "theatre", "game"})
# Months that are also event nouns ("march")
MONTH_NOUNS = frozenset({"march", "may"})
# Event nouns of taking land, whose place named before them is the land taken
TERRITORY_EVENT_NOUNS = frozenset({"invasion", "occupation", "annexation", "conquest",
                                   "investigation", "probe", "inquiry"})
# Event nouns that, in the singular, are a speech: "Trump's talk" (talks negotiate)
SPEECH_SENSE = frozenset({"talk"})
# Event nouns that, of things, remove them: "Ohio's purges of voter rolls"
PURGE_SENSE = frozenset({"purge"})
# Event nouns that, among voters or as a share, are a poll's finding: "her support among
# millennials", "5 percent support"
POLL_SENSE = frozenset({"support", "approval", "backing"})
# What a poll's support does: "the rise in support for", "a boost in their support"
POLL_SHIFTS = frozenset({"rise", "surge", "boost", "drop", "decline", "dip", "gain", "jump",
                         "increase", "slip", "erosion", "fall", "spike", "bump", "lead"})
# Event nouns that, as the place where a politician speaks or named for one, are no
# protest and no drive: "Trump said during a rally in Michigan", "the Clinton campaign"
VENUE_SENSE = frozenset({"rally", "march", "campaign"})
VISIT_NOUNS = frozenset({"visit", "tour", "trip"})
# Kinds of tour that are a campaign's or a performer's round, not a visit to anyone
TOUR_KINDS = frozenset({"bus", "campaign", "county", "stop", "listening", "book", "victory",
                        "speaking", "concert", "whistle", "press", "media", "road"})
SHARE_WORDS = frozenset({"majority", "percent", "%"})  # a poll's share of a group
VISIT_CODE = "042"  # CAMEO: make a visit
STUMP_SENSE = frozenset({"rally"})
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "reelection", "re-election"})
# Verbs of help that say what brought something about where no one helps: "it helps"
CAUSATIVE_SENSE = frozenset({"help"})
# Verbs of agreeing whose object must be a thing agreed: "concluded a treaty", "accepted
# the mediation"; not "concluded that ...", "accepted the reality", "accepted himself"
AGREED_OBJECT_VERBS = frozenset({"conclude", "accept"})
# What one signs that is no agreement between parties: "signed the bill into law"
DOMESTIC_ACTS = frozenset({"bill", "law", "legislation", "decree", "order", "measure",
                           "petition", "budget", "ordinance"})
# Givers whose money is political: "funded by major GOP donors"
DONOR_WORDS = frozenset({"donor", "contributor", "fundraiser", "bundler", "giver"})
# Verbs of giving back that, with nothing given, go back: "return to normal"
RETURN_SENSE = frozenset({"return"})
# Verbs of lawmaking whose bill or law is domestic: "sponsored the reauthorization of the
# act", "repealed the law" (not "repealed the embargo on Iran")
LEGISLATIVE_SENSE = frozenset({"sponsor", "repeal"})
LEGISLATIVE_WORDS = frozenset({"act", "reauthorization", "amendment", "resolution",
                               "statute", "provision", "mandate"})
# Verbs of abandoning that, of a thing, leave it: "abandoning its plants"
ABANDON_SENSE = frozenset({"abandon"})
# Verbs of meeting that, "with" a response, are received so ("met with opposition"), and
# of a thing reach it ("meet the bar")
MEET_SENSE = frozenset({"meet"})
# Verbs of agreeing that, "with" a person and nothing agreed on or to, share an opinion
CONCUR_SENSE = frozenset({"agree"})
# What is cut that is not given: taxes, prices, jobs (CAMEO 162 is aid reduced)
REDUCE_AID_CODE = "162"
CUT_THINGS = frozenset({"tax", "rate", "price", "cost", "emission", "job", "salary", "wage",
                        "deficit", "debt", "regulation", "red tape", "spending", "prospect",
                        "forecast", "outlook", "estimate", "projection", "growth"})
# Verbs of escorting that, off or out of a place, remove someone
ESCORT_SENSE = frozenset({"escort"})
PROTECT_CODE = "074"  # CAMEO: provide military protection or peacekeeping
# CAMEO's sector of unidentified armed forces, given to attackers no one names
UNIDENTIFIED_SECTOR = "UAF"
# CAMEO 081 and 172, easing and imposing administrative sanctions: a state's own rules, done
# to its own people where no one else is named
ADMINISTRATIVE_CODES = frozenset({"081", "172"})
# CAMEO 0861, receive deployment of peacekeepers: its codebook makes the place of deployment
# the source and the provider the target. Verbs of peacekeepers coming to a place, and
# the words that name them.
RECEIVE_PEACEKEEPERS_CODE = "0861"
ARRIVAL_VERBS = frozenset({"arrive", "land", "deploy", "station", "base"})
ARRIVAL_PREPS = ("in", "into", "to", "at")
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeeping", "peacekeepers"})
# Verbs of making or gathering arms, which "to use against" someone makes a threat of force
# (CAMEO 138; 1385 for weapons of mass destruction): "manufacturing chemical and biological
# weapons to use against the United States"
ARMING_VERBS = frozenset({"manufacture", "make", "produce", "develop", "build", "acquire",
                          "stockpile", "amass", "buy", "obtain", "assemble", "gather",
                          "prepare", "store", "smuggle"})
# Verbs of opposing whose participle, before views (NOTIONS), describes them: "opposing
# viewpoints"
OPPOSE_SENSE = frozenset({"oppose"})
# Verbs of lifting that, of a text or a plan, copy it: "lifted almost whole cloth from a
# paper"
COPY_SENSE = frozenset({"lift"})
COPIED_WORDS = frozenset({"plan", "idea", "text", "language", "passage", "paragraph",
                          "line", "phrase", "quote", "speech", "material", "proposal",
                          "cloth"})  # ("lifted whole cloth")
# Verbs of embracing or offering that, of a notion, adopt or voice it: "slow to embrace new
# ideas", "experts offering their assessments"
EMBRACE_SENSE = frozenset({"embrace", "offer"})
# What is proposed, embraced or opposed that is a notion, no meeting and no one: "the sort
# of things he is proposing", "embraced the idea", "opposing viewpoints"
NOTIONS = frozenset({"idea", "notion", "concept", "thing", "sort", "kind", "position",
                     "view", "viewpoint", "opinion", "perspective", "argument", "side",
                     "camp", "approach", "strategy", "agenda", "path", "solution", "debt",
                     "theory", "principle", "value", "vision", "assessment", "analysis",
                     "insight", "advice", "thought", "explanation", "hope"})
# Verbs of contributing that, of reporting or research, credit work on an article
CONTRIBUTE_SENSE = frozenset({"contribute"})
CREDITED_WORK = frozenset({"report", "reporting", "research", "writing", "write", "article",
                           "story", "dispatch"})
# Verbs of compensating that, "for" a thing and with no one paid, offset it
OFFSET_SENSE = frozenset({"compensate"})
# Verbs of campaigning that, "against" a rival, are electoral
CAMPAIGN_VERBS = frozenset({"campaign"})
RECEPTION_WORDS = frozenset({"opposition", "resistance", "skepticism", "scepticism",
                             "criticism", "silence", "approval", "applause", "derision",
                             "success", "hostility", "disbelief", "outrage", "laughter"})
# Sectors of bodies that are taken over, not occupied: a party, a company, a paper
CIVIL_BODIES = frozenset({"PTY", "BUS", "MED", "NGO", "EDU", "LAB"})
# Verbs of calling that, of no one, call something: "called attention to"
PHONE_SENSE = frozenset({"call"})
# Verbs of executing that, of no one, carry out: "executed a marketing campaign"
EXECUTE_SENSE = frozenset({"execute"})
PEOPLE_WORDS = frozenset({"man", "woman", "person", "people", "child", "boy", "girl",
                          "suspect", "convict", "inmate", "member", "spy", "traitor"})
# Verbs of preference that polls report, and those polled: "most oppose it, 59%-28%",
# "voters who favor its use"
OPINION_VERBS = frozenset({"support", "favor", "favour", "back", "oppose", "approve",
                           "disapprove", "prefer", "scorn", "reject"})
POLLED = frozenset({"voter", "respondent", "percent", "majority", "minority", "plurality",
                    "electorate", "poll", "survey", "independent", "likely"})
# Verbs of shooting that, "for" something, aim at it: "gunning for the nomination"
CHASE_SENSE = frozenset({"gun"})
# Verbs of training that, of no armed force, teach: "workers are constantly trained", "a
# nurse trained in Montreal", "the police had trained for 18 months"
TRAIN_SENSE = frozenset({"train"})
# Verbs of thanks whose object is an exclamation: "Thank God"
THANK_SENSE = frozenset({"thank"})
DEITIES = frozenset({"god", "goodness", "heaven", "heavens", "lord"})
# Verbs of marching that, onward, go ahead: "marching forward with some ideas"
MARCH_SENSE = frozenset({"march"})
ONWARD = frozenset({"forward", "ahead", "on", "onward"})
# Verbs of mobilising that, with an object, drum up support: "rally young voters"
RALLY_SENSE = frozenset({"rally"})
# Verbs of recalling that, of no diplomat, remember: "recalling an anecdote"
RECALL_SENSE = frozenset({"recall"})
# Verbs of charging that, of no one, set a price: "charging tuition"
CHARGE_SENSE = frozenset({"charge"})
# What a charge with force is made with or against: "baton charged", "charged at the crowd"
CHARGE_WEAPONS = frozenset({"baton", "lathi", "bayonet", "cavalry"})
RUSH_PREPS = ("on", "at", "into", "toward", "towards")
FORCE_CODE = "190"  # CAMEO: use conventional military force
# Verbs of striking that are force only from armed hands or on military targets: "Israeli
# jets hit Hamas positions", not "hit a record high" or "hit the campaign trail"
STRIKE_SENSE = frozenset({"hit", "target"})
MILITARY_TARGETS = frozenset({"target", "position", "base", "convoy", "outpost", "checkpoint",
                              "post", "stronghold", "camp", "depot", "barracks", "hideout"})
# Verbs of arriving that, of weapons, strike: "rockets landed in a border town"
LANDING_SENSE = frozenset({"land"})
# Verbs of imposing that, on no one, make policy: "imposing a tax on transactions"
IMPOSE_SENSE = frozenset({"impose"})
# Verbs of freeing that, of money, give it: "released $5 million in aid" (CAMEO 071)
RELEASE_SENSE = frozenset({"release"})
ECONOMIC_AID_CODE = "071"
# What is given as money: a donation, not asylum or arms
MONEY_WORDS = frozenset({"money", "cash", "fund", "check", "cheque", "donation",
                         "contribution", "gift", "loan", "dollar", "$"})
# Who receives a political donation, not aid: "gave $2.5 million to a super PAC"
CAMPAIGN_RECIPIENTS = frozenset({"campaign", "pac", "candidate", "committee", "party",
                                 "candidacy", "bid", "nominee", "fundraiser", "caucus"})
# Verbs of proposing that, of a policy and to no one, make domestic policy: "the EPA
# proposed a volume mandate" (not "Turkey proposed talks with Greece")
PROPOSE_SENSE = frozenset({"propose"})
PROPOSE_NOUNS = frozenset({"proposal"})
# The parts of a clause that say what is proposed and to whom
PROPOSED_DEPS = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative", "pobj", "acl", "relcl"})
POLICY_WORDS = frozenset({"mandate", "rule", "regulation", "tax", "amendment", "cut",
                          "reform", "change", "policy", "standard", "limit", "cap", "ban",
                          "law", "bill", "legislation", "measure", "budget", "program"})
# Verbs of hosting whose object must be a guest or a meeting: not "hosted holiday parties"
HOST_SENSE = frozenset({"host"})
HOST_CODE = "043"  # CAMEO: host a visit
# Verbs of taking part in what their "with" phrase names: "helping with talks"
HELPING_VERBS = frozenset({"help", "assist"})
# Hosting, welcoming or admitting those who fled is giving them refuge, CAMEO 075, not a
# visit nor an accepted mediation: "laments hosting the growing number of migrants and
# refugees", "the U.S. had accepted 11,491 Syrian refugees"
REFUGE_SENSE = frozenset({"accept", "admit"})
ASYLUM_CODE = "075"  # CAMEO: grant asylum
DISPLACED_WORDS = frozenset({"refugee", "migrant", "asylum", "evacuee"})
# What an amount, not an enemy, is: "wiped out $136 billion", "cut 5 percent"
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
# Verbs of care that, with "as", say how a thing is regarded: "treated as a crime"
TREAT_SENSE = frozenset({"treat"})
# Verbs whose "on" phrase makes them figurative: "seized on cap-and-trade as a weapon"
FIGURATIVE_PREPS = {"seize": frozenset({"on", "upon"})}
# What one occupies that is no territory: "occupies one of the key positions of power"
OFFICE_NOUNS = frozenset({"position", "post", "seat", "office", "role", "job", "spot"})
# What is taken or held in a contest or in the public eye, no territory or property:
# "captured the GOP nomination", "have occupied the spotlight"
PRIZE_NOUNS = frozenset({"nomination", "vote", "delegate", "primary", "caucus", "majority",
                         "presidency", "lead", "title", "crown", "victory", "win",
                         "spotlight", "limelight", "headline", "attention", "imagination"})
SEIZE_CODE = "171"  # CAMEO: seize or damage property
COOPERATIVE_ROOT_MAX = "08"  # CAMEO roots 01-08: statements and cooperation
# Verbs of force that a politician uses of words: "Senator Cruz attacked Trump" criticizes
# Accusations and rejections are aimed at someone, not at where they are made: "Clinton
# and Sanders clashed on the Miami debate stage" is no act on the US (a place they name
# as their object is: "accused Washington of", "suing North Carolina")
WORDS_AT_SOMEONE = frozenset({"11", "12"})
VERBAL_SENSE = frozenset({"attack", "pound", "fight", "battle", "clash", "fire"})
# Who attack their rivals in a contest, whose attacks are words
CONTEST_DOERS = frozenset({"rival", "opponent", "challenger", "competitor", "critic"})
CRITICIZE_CODE = "111"  # CAMEO: criticize or denounce
FALSE_WORDS = frozenset({"false", "falsify", "falsified", "fake", "bogus", "fabricated",
                         "fabricate", "unfounded", "baseless", "erroneous", "spurious", "hoax",
                         "untrue", "phony"})
VERBAL_MODIFIERS = frozenset({"verbal", "rhetorical", "political", "personal", "partisan",
                              "populist", "negative", "scathing", "withering", "twitter", "ad",
                              "inflammatory"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "OPP", "ELI", "PTY", "JUD"})
ARMED_WORDS = frozenset({"force", "reservist", "reserve", "unit", "conscript", "recruit",
                         "army", "troop", "navy", "fleet", "garrison", "arsenal", "weapon",
                         "missile", "jet", "warship", "aircraft", "defence", "defense"})
# Endings of nouns that name a person: "activist", "economist", "politician", "chairman"
PERSON_ENDINGS = ("ist", "ian", "man", "woman")
# Endings of nouns that name a process, a state or a cause ("deportation", "corruption",
# "extremism", "poverty", "violence"): what a verb of fighting acts on when it is no enemy.
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ism", "ity", "ance", "ence", "ness")


def _reflexive(tok: Token) -> bool:
    """A reflexive pronoun: "sell herself", "shooting yourself in the foot", "killing
    themselves"."""
    return tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves"))


def _politician(actor: Actor) -> bool:
    """A person of government, parliament, party or bench, in office or out of it."""
    return actor.kind == "person" and actor.sector in POLITICAL_SECTORS


def _abstract(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma.endswith(ABSTRACT_ENDINGS)
                                   or lemma in lexicon.event_nouns())


def _in_hyphenated_modifier(tok: Token) -> bool:
    """ "war-torn Libya", "conflict-hit areas": the noun describes a place or a thing
    (a "riot-like situation", by contrast, is one)."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
            and not doc[tok.i].whitespace_ and tok.head.i > tok.i
            and tok.head.tag_ in {"VBN", "VBG"})


class _Coder:
    def __init__(self, d: Document) -> None:
        self.d = d
        self.doc: Doc = d.doc  # type: ignore[assignment]
        self.consumed: set[int] = set()  # event nouns already coded through a verb
        self.emitted: set[tuple[int, str]] = set()  # (trigger token, code) coded
        # places that stand for their state where they are named: where a weapon was fired
        # from, where a report was put out
        self.state_places: set[int] = set()
        self.codes = lexicon.cameo_codes()
        # characters inside some actor's mention
        self.covered = {i for a in d.actors for m in a.mentions for i in range(m.start, m.end)}
        # lemmas a verb may be looked up by (its own table, the light verbs and the verbs of
        # constructions), built once
        self.known_verbs = (lexicon.event_verbs().keys() | lexicon.light_verbs()
                            | {k.split()[0] for k in lexicon.constructions()})
        # each token's sentence as (start, end) token indices, looked up per quote and event
        # (spaCy's Token.sent walks the sentence each time)
        self.sentence: list[tuple[int, int]] = [
            (s.start, s.end) for s in self.doc.sents for _ in range(len(s))]

    # --- actors of an argument ---
    def actors_of(self, tokens: list[Token], _seen: frozenset[int] = frozenset()) -> list[str]:
        ids: list[str] = []
        for tok in _with_conjuncts([_through_quantity(t) for t in tokens]):
            if tok.i in _seen:
                continue  # a parse's cycle of owners and conjuncts ("games with seats and ...")
            if (tok.dep_ == "conj" and tok.head.dep_ == "compound"
                    and tok.head.head.pos_ == "PROPN" and tok.i < tok.head.head.i):
                # the title of the last of two names the parser ran together: "President
                # Trump and Ukrainian President Volodymyr Zelensky" (see _between)
                continue
            # "US and British activists": one phrase, an actor per country
            here = actors_at(self.d, tok.idx, tok.idx + len(tok.text))
            actor = here[0] if here else None
            if actor is None and tok.dep_ in {"amod", "compound"} and tok.pos_ in {"ADJ", "PROPN"}:
                # the gentilic an event noun names its doer by: "an Israeli air strike"
                actor = self.state_actor(tok)
            if actor is None and tok.i in self.state_places:
                actor = self.place_state(tok)
            if actor is None and tok.pos_ == "NOUN":
                # "investigating his wife, Hillary Clinton": the one the apposition names
                actor = next((a for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                              and (a := actor_at(self.d, c.idx, c.idx + len(c.text)))), None)
            if actor is None:  # "Iranian banks", "Israeli changes": a modifier names the actor
                # A name among the modifiers before a pronoun's: "its European Community
                # partners" are the EC's partners here, whoever "its" stands for.
                for child in sorted(self.nominal_source(tok), key=lambda c: c.pos_ == "PRON"):
                    if child.i < tok.i:
                        actor = actor_at(self.d, child.idx, child.idx + len(child.text))
                        actor = actor or self.state_actor(child)
                        if actor:
                            break
                if actor is not None and tok.lemma_.lower() in FOLLOWER_NOUNS and (
                        actor.kind == "person" or actor.sector == "PTY"):
                    # "Sanders' supporters attacked a police officer", "Trump voters": a
                    # person's or party's followers are not that person or party
                    actor = None
            if actor is None and tok.pos_ == "NOUN" and not any(
                    c.dep_ == "poss" and c.pos_ == "NOUN" for c in tok.children):
                # "rejected calls by Belarus's rulers", "suspended aid for Bosnia", "ratified
                # an agreement with the EU": a thing done to a country's demand, program or
                # agreement is done to that country. (Not a thing someone unnamed owns:
                # "defended the nominee's description of African-Americans' lives" is his.)
                for obj in _prep_objects(tok, OWNER_PREPS):
                    found = self.actors_of([obj], _seen | {tok.i})
                    if found:
                        actor = self.d.actor(found[0])
                        break
            for a in [actor, *here[1:]]:
                if a and a.id not in ids:
                    ids.append(a.id)
        return ids

    def vague(self, actor_id: str) -> bool:
        """Whether an actor is a group of no known country ("people", "protesters")."""
        actor = self.d.actor(actor_id)
        return actor is not None and actor.kind == "group" and not actor.country

    def foreign(self, obj: Token, sources: list[Token]) -> bool:
        """Whether a noun itself names people of a known country other than the sources'
        known one ("the Chinese ambassador" when Iran summons him; not "Libyan troops were
        deployed" by no one named)."""
        start = obj.left_edge.idx
        end = obj.right_edge.idx + len(obj.right_edge.text)
        # (the phrase's own people: not a description it ends, "the millionaire who is
        # accused of organizing the Embassy bombings")
        theirs = {a.country for a in self.d.actors for m in a.mentions
                  if a.country and start <= m.start and m.end <= end
                  and m.start <= obj.idx < m.end}
        ours = self.countries(sources)
        return bool(theirs) and bool(ours) and not theirs & ours

    def own_members(self, actor_id: str, sources: list[str], sent: Span) -> bool:
        """Whether the actor is a body's own people named by its possessive ("The United
        Nations rejected a call for its peacekeeping forces to be deployed"): the body acts
        through them, not on them."""
        bodies = {s for s in sources if (a := self.d.actor(s)) is not None and a.kind != "person"}
        actor = self.d.actor(actor_id)
        if not bodies or actor is None or actor.kind != "group":
            return False
        doc = sent.doc
        for m in actor.mentions:
            if not sent.start_char <= m.start < sent.end_char:
                continue
            head = doc.char_span(m.start, m.end, alignment_mode="expand")
            if head is None:
                continue
            if any(a.id in bodies for c in head.root.children if c.dep_ == "poss"
                   for a in actors_at(self.d, c.idx, c.idx + len(c.text))):
                return True
        return False

    def others(self, targets: list[Token], sources: list[Token]) -> list[Token]:
        """Targets that are not all the sources' own people ("rejected a call for its
        forces to be deployed in East Timor": the body's forces are no target)."""
        if (_possessed(targets) and (aimed := self.actors_of(targets)) and all(
                self.own_members(a, self.actors_of(sources), targets[0].sent) for a in aimed)):
            return []
        return targets

    def home_people(self, src: list[str], head: Token) -> list[str]:
        """The state the clause names that is the sources' own, other than a source: whom
        a government's easing or tightening of its own rules is done to ("al-Bashir has
        taken steps to enhance political freedoms ... in Sudan"; not a place the subject's
        description names, "attacks that were targeted at the United States")."""
        homes = {a.country for i in src if (a := self.d.actor(i)) is not None and a.country}
        clause = {t.i for t in head.subtree} - {
            t.i for s in _args(head, {"nsubj", "nsubjpass"}) for t in s.subtree} - {
            # (not another word's destination: "bans on travel to Canada")
            w.i for t in head.subtree if t.dep_ == "prep" and t.lower_ in DESTINATION_PREPS
            for w in t.subtree}
        for place in self.d.places:
            if (place.country in homes
                    and (tok := parse.token_at(self.doc, place.start)) is not None
                    and tok.i in clause
                    and (state := self.place_state(tok)) is not None and state.id not in src):
                return [state.id]
        return []

    def person_before(self, trigger: Token, exclude: set[str]) -> str | None:
        """The person named last before the trigger in its sentence, other than exclude."""
        start = trigger.sent.start_char
        best: tuple[int, str] | None = None
        for a in self.d.actors:
            if a.kind != "person" or a.id in exclude:
                continue
            for m in a.mentions:
                if start <= m.start < trigger.idx and (best is None or m.start > best[0]):
                    best = (m.start, a.id)
        return best[1] if best else None

    def unidentified(self, place: Place, tgt: list[str]) -> Actor | None:
        """Unidentified attackers of the place's country, where every target is of another
        state, as its own words say ("Three US servicemen"; not "Eleven people" placed by
        the one country an article names); added to the actors, with the place as their
        mention."""
        countries = lexicon.countries()
        country = countries.get(place.country or "")
        victims = [a for i in tgt if (a := self.d.actor(i)) is not None]
        if country is None or not victims or any(
                a.country not in countries or a.country == country.iso3
                or not self.self_placed(a) for a in victims):
            return None
        # (described, not named: they belong to their article, as "R" ids do)
        actor_id = stable_id("R", self.d.article.id, "unidentified", country.iso3)
        actor = self.d.actor(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=f"unidentified attackers in {country.name}",
                          kind="group", country=country.iso3, sector=UNIDENTIFIED_SECTOR)
            self.d.actors.append(actor)
        actor.add_mention(self.d.span(place.start, place.end))  # (once per start)
        return actor

    def doer_word(self, noun: Token) -> Actor | None:
        """The armed people a noun of force names by a word of their kind before it ("a
        militant attack", "terrorist bombings", "sniper shootings"), as a group actor of the
        article added with that word its mention; else None. (Not a body's word, "military
        strikes", whose doer is some state's forces.)"""
        if not _force_noun(noun):
            return None
        roles = lexicon.roles()
        word = next((c for c in noun.children if c.dep_ in {"amod", "compound"}
                     and c.i < noun.i and not c.ent_type_
                     and (role := roles.get(c.lemma_.lower())) is not None
                     and role.kind == "person" and role.sector in ARMED_SECTORS), None)
        if word is None or actor_at(self.d, word.idx, word.idx + len(word.text)) is not None:
            return None
        role = roles[word.lemma_.lower()]
        actor_id = stable_id("R", self.d.article.id, "doers", role.role)
        actor = self.d.actor(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=word.text.lower(), kind="group",
                          sector=role.sector, ner_label="ROLE")
            self.d.actors.append(actor)
        actor.add_mention(self.d.span(word.idx, word.idx + len(word.text)))
        return actor

    def self_placed(self, actor: Actor) -> bool:
        """Whether an actor is a state, or one of its mentions names its country."""
        if actor.kind == "state":
            return True
        for m in actor.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(country_of(x) == actor.country for x in (
                    *(e.text for e in span.ents), *(t.text for t in span))):
                return True
        return False

    def country_actor(self, code: str | None) -> Actor | None:
        """The state actor of a country code, added to the actors if new."""
        country = lexicon.countries().get(code or "")
        if country is None:
            return None
        actor_id = stable_id("A", "state", country.iso3)
        actor = self.d.actor(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=country.name, kind="state", country=country.iso3,
                          ner_label="GPE")
            self.d.actors.append(actor)
        return actor

    def argument_place(self, place: Place, head: Token) -> bool:
        """Whether a place is what a clause acts on ("accused Washington of", "suing North
        Carolina", "a lawsuit against the state of North Carolina"), not where it happens
        ("clashed on the Miami debate stage")."""
        tok = parse.token_at(self.doc, place.start)
        while tok is not None and tok.dep_ in {"compound", "amod", "pobj"} and (
                tok.dep_ != "pobj" or tok.head.lower_ == "of"):
            tok = tok.head.head if tok.dep_ == "pobj" else tok.head
        return tok is not None and (
            (tok.dep_ in {"dobj", "nsubjpass", "dative"} and tok.head.i == head.i)
            or (tok.dep_ == "pobj" and tok.head.lower_ in {"against", "with", "to"}))

    def place_at(self, tok: Token) -> Place | None:
        """The place whose name the token is in, if any."""
        return next((p for p in self.d.places if p.start <= tok.idx < p.end), None)

    def place_state(self, tok: Token) -> Actor | None:
        """The state of the place a token names, with the place's mention."""
        place = self.place_at(tok)
        actor = self.country_actor(place.country) if place is not None else None
        if actor is not None and all(m.start != place.start for m in actor.mentions):
            actor.mentions.append(self.d.span(place.start, place.end))
        return actor

    def state_actor(self, tok: Token) -> Actor | None:
        """The state a gentilic or country name stands for, with this mention."""
        if in_longer_name(tok):
            return None  # "New Jersey" is no Jersey
        actor = self.country_actor(country_of(tok.text))
        if actor is None:
            return None
        span = self.d.span(tok.idx, tok.idx + len(tok.text))
        if all(m.start != span.start for m in actor.mentions):
            actor.mentions.append(span)
            if tok.text != actor.name and tok.text not in actor.aliases:
                actor.aliases.append(tok.text)
        return actor

    def sent_off(self, verb: Token, code: str | None = None) -> bool:
        """Whether a verb's object is what is given or sent, not whom it is done to: aid
        given to someone ("provided police officers to Kosovo"), forces moved ("mobilized
        reservists", "agreed to send more troops to Afghanistan")."""
        code = code or self.act_code(verb) or ""
        return (code[:2] == "07" and bool(_prep_objects(verb, ("to",)))) or (
            code[:2] == "15" and self.forceful(_args(verb, {"dobj"})))

    def nested_targets(self, verb: Token) -> list[Token]:
        """Targets of the action a verb governs: "threatened to break off relations with
        Congo", "demanded that Sudan end curbs"."""
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
                return self.act_targets(child)
            if child.dep_ == "ccomp":
                if (named := _args(child, {"oprd"})) and any(
                        c.tag_ in {"WP", "WDT"} and c.dep_ in {"dobj", "attr"}
                        for c in child.children):
                    # "denounce what Turnbull called North Korea's reckless actions": a thing
                    # named in another's words, aimed at whose it is ("a breach of U.N.
                    # resolutions" is no act on the UN)
                    return [c for o in named
                            for c in self.nominal_source(o) + _prep_objects(o, ("from", "by"))]
                subj = _args(child, {"nsubj", "nsubjpass"})
                if subj and subj[0].pos_ != "PRON":
                    return subj
        return []

    def act_targets(self, act: Token) -> list[Token]:
        """The actors a governed act is done to: its objects and what its prepositions,
        its own lexicon's among them, name ("to be deployed in East Timor")."""
        preps = NESTED_PREPS + getattr(lexicon.event_verbs().get(act.lemma_.lower()),
                                       "target_preps", ())
        found = _args(act, {"dative"}) + ([] if self.sent_off(act) else _args(act, {"dobj"}))
        found += _prep_objects(act, preps)
        for obj in _args(act, {"dobj"}):
            found += _prep_objects(obj, preps)
        found = [t for t in found if self.actors_of([t])]
        return found or self.nested_targets(act)

    def proposed_targets(self, verb: Token) -> list[Token]:
        """Whom the act an object proposes is done to, where the object names no proposer:
        "rejected an invitation to attend a meeting of Palestinian factions", "rejected a
        call for its peacekeeping forces to be deployed in East Timor"."""
        for obj in _args(verb, {"dobj"}):
            if obj.lower_ not in NOUN_MODALITY or any(
                    c.dep_ == "poss" for c in obj.children) or _prep_objects(obj, ("by", "from")):
                continue
            for act in obj.subtree:
                if act.dep_ in {"acl", "relcl"} and parse.to_infinitive(act) and (
                        found := self.act_targets(act)):
                    return found
        return []

    def aim(self, verb: Token) -> list[Token]:
        """Whom an action with no object of its own is aimed at, from the objects of what
        it is done for: "opened fire to disperse the demonstrators", "began a hunger strike
        to protest against Sweden's decision". Only actors of a known country: a vaguer one
        ("to demand reforms by the government") says less than where the action was."""
        for child in verb.children:
            if (child.dep_ == "advcl" and parse.to_infinitive(child)
                    and not _args(child, {"nsubj", "nsubjpass"})):
                found = _args(child, {"dobj", "dative"}) + _prep_objects(child, NESTED_PREPS)
                # ("to show their disapproval for the United States' policies")
                found += [o for d in _args(child, {"dobj"}) for o in _prep_objects(d, NESTED_PREPS)]
                # ("send material to help defend Saudi Arabia": through what it is to help do)
                found = found or self.nested_targets(child)
                if (act := self.act_code(child)) is not None and act[:2] in VERBAL_CONFLICT_ROOTS:
                    # ("to demand the return of property seized by government forces":
                    # whoever did what a demand or protest is against)
                    found += list(dict.fromkeys(
                        a for t in list(found) for n in (t, *_prep_objects(t, ("of",)))
                        for a in self.doers(n, n)))
                found = [t for t in found
                         if any((a := self.d.actor(i)) is not None and a.country
                                for i in self.actors_of([t]))]
                if found:
                    return found
        return []

    def subject(self, verb: Token) -> list[Token]:
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ":  # "France is ready to ..."
            verb = verb.head.head if verb.head.head.i != verb.head.i else verb.head
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in {"for", "of"}
                and verb.head.dep_ == "prep" and (done_by := _args(verb.head.head, {"dobj"}))):
            # "thanking Musk for providing satellites", "accused Iran of attacking the
            # ship": the one thanked or accused did it ("accused each other of violating
            # the ceasefire": the accusers, each)
            return self.subject(verb.head.head) if _each_other(done_by[0]) else done_by
        if _barred(verb):
            # "was barred from attacking Israel", "barred Iran from attacking": the one
            # kept from it would have done it
            return _args(verb.head.head, {"dobj", "nsubjpass"}) or self.subject(verb.head.head)
        if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.pos_ == "ADJ"
                and verb.head.head.dep_ == "acomp"):
            # "X and Y are guilty of violating the ceasefire": the adjective's subject
            verb = verb.head.head.head
        elif committed := _committed(verb):
            return committed  # "Israel is committed to fighting Hamas"
        subj = _args(verb, {"nsubj"})
        agent = [o for a in _args(verb, {"agent"}) for o in _args(a, {"pobj"})]
        if agent and not (subj and verb.tag_ != "VBN"):
            # (an active verb's "agent" is the parser's slip for its object's: "blocked a
            # march by opposition supporters")
            return agent
        if verb.dep_ == "ROOT" and (fronted := _fronted_subject(verb)) is not None:
            subj = [fronted]
        if not subj and (noun := _split_gerund(verb)) is not None:
            # "killed in Israeli tank shelling": the parser took "shelling" for a verb of
            # its own; whoever the phrase before it names shelled
            return [noun]
        if (len(subj) == 1 and subj[0].tag_ == "VBG"
                and (doer := _args(subj[0], {"nsubj"}))):
            # "The Red Cross operating in Iraq said": the parser makes the participle the
            # subject, with the body as its own
            subj = doer
        if len(subj) == 1:
            subj = self.vehicle(subj[0])
        if len(subj) == 1 and subj[0].lower_ in CHARGE_WEAPONS:
            # "Police baton charged on a human chain": the weapon's holders charged
            subj = [c for c in subj[0].children if c.dep_ == "compound"] or subj
        if subj and _gapped_passive(verb):
            return []  # (its subject is the undergoer; the doer goes unsaid)
        if subj:
            if subj[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return self.vehicle(verb.head)
            if (subj[0].pos_ == "PRON" and verb.dep_ == "ccomp" and not self.actors_of(subj)
                    and verb.head.i != verb.i):
                # "The rebels said they will release ...": the speaker's own action (not
                # where one person says "they": "“They can shoot us,” said a student")
                speaker = self.subject(verb.head)
                if subj[0].lower_ == "they" and ([
                        a.kind for a in map(self.d.actor, self.actors_of(speaker))] == ["person"]
                        or actors.after_things(subj[0], self.covered)):
                    # (nor where "they" are things told before: "condemned the strikes,
                    # saying they killed eight civilians")
                    return subj
                return speaker or subj
            return subj
        if (verb.dep_ in {"acl", "relcl"} and parse.to_infinitive(verb)
                and not _args(verb, {"nsubjpass"}) and (noun := verb.head).dep_ == "dobj"
                and (noun.lemma_.lower() in STEP_NOUNS
                     or NOUN_MODALITY.get(noun.lemma_.lower()) in {"intended", "threatened"})):
            # "Iran announced plans to attack Israel", "took steps to ease sanctions", "Yigal
            # Amir's plan to kill Rabin", "an attempt by his relatives to block": what one's
            # plan, step or threat is to do, one would do (not a call or request, which
            # another would answer; not another's plan resisted or weighed)
            return ([c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
                    or _prep_objects(noun, ("by",))
                    or (self.subject(noun.head)
                        if noun.head.lemma_.lower() in OWN_PLAN_VERBS else []))
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
            # "an ad attacking Rubio", "troops guarding the border"; through a document, its
            # author ("The UN released a report accusing Israel")
            return self.vehicle(verb.head)
        if verb.dep_ in {"xcomp", "conj", "advcl", "relcl"} and verb.head.i != verb.i:
            if verb.dep_ == "xcomp" and _args(verb, {"auxpass"}):
                return []  # "Hamas is expected to be attacked": done to it, by someone unsaid
            if verb.dep_ in {"advcl", "conj"} and _args(verb, {"nsubjpass"}):
                # "opposed it until their demands are met": met by someone unsaid; "Police
                # fired tear gas ..., and at least 18 people have been killed": a clause
                # of its own, its doer unsaid
                return []
            if verb.dep_ == "relcl":
                # (a passive's noun is what it was done to: "the soldiers who were killed")
                return [] if _args(verb, {"nsubjpass"}) else [verb.head]
            if verb.dep_ == "conj" and verb.i and _swallowed(verb.doc[verb.i - 1]):
                return [verb.doc[verb.i - 1]]
            if (verb.dep_ == "conj" and verb.tag_ != "VBN"
                    and (undergoer := _args(verb.head, {"nsubjpass"}))):
                # "has been indicted by the court and will resign": an active verb joined to
                # a passive one is done by the passive's subject, not by its agent
                return undergoer
            if (verb.dep_ == "xcomp" and self.lemma_of(verb.head) in OBJECT_CONTROL
                    and (controller := _args(verb.head, {"dobj"}))):
                # "prompted Huma Abedin to ask for a separation", "urged Iran to halt
                # enrichment": the one urged or prompted is the one who would do it
                return controller
            if (verb.dep_ == "xcomp" or _called_on(verb)) and (
                    controller := [o for p in _args(verb.head, {"prep"}) if p.i < verb.i
                    and f"{self.lemma_of(verb.head)} {p.lower_}" in OBJECT_CONTROL
                    for o in _args(p, {"pobj"})]):
                return controller  # "called on Russia to withdraw": Russia would
            if verb.dep_ == "xcomp" and not _args(verb.head, {"agent"}):
                # "Obama is scheduled to attend", "was forced to resign": the passive's
                # subject does what it is scheduled or forced to do
                return _args(verb.head, {"nsubjpass"}) or self.subject(verb.head)
            return self.subject(verb.head)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.pos_ in {
                "VERB", "AUX"} and (verb.head.lower_ in MEANS_PREPS or (
                    verb.head.lower_ == "to" and verb.head.head.lemma_.lower() in RESORT_VERBS)):
            # "retaliated by imposing tariffs": the means is the doer's; "resorted to
            # throwing stones", the course
            return self.subject(verb.head.head)
        return []

    def one_per_code(self, ids: list[str]) -> list[str]:
        """Actors less the described groups listed with another of the same country and
        sector: "Israeli helicopters and tanks shelled ..." is one force's act, not two.
        (Described actors, named by role alone, have article-local ids: "R...".)"""
        seen: set[tuple[str, str | None]] = set()
        out: list[str] = []
        for i in ids:
            a = self.d.actor(i)
            if a is not None and a.id.startswith("R") and a.kind == "group" and a.country:
                if (a.country, a.sector) in seen:
                    continue
                seen.add((a.country, a.sector))
            out.append(i)
        return out

    def state_force(self, tokens: list[Token]) -> bool:
        """Whether the tokens name a state's military or police."""
        return any((a := self.d.actor(i)) is not None and a.sector in {"MIL", "COP"}
                   and a.country and a.country not in NON_STATE_CODES
                   for i in self.actors_of(tokens))

    def crowd_of(self, tokens: list[Token]) -> bool:
        """Whether the tokens name protesters ("demonstrators", "the crowd")."""
        words = lexicon.word_kinds("riots.tsv")
        return any(_through_quantity(t).lemma_.lower() in words["crowd"] | words["rioters"]
                   for t in _with_conjuncts(tokens))

    def no_one(self, noun: Token) -> bool:
        """Whether a verb's object names no one to receive, call, charge or execute: no
        actor of its own mention, no role or person word ("a D- rating", "tuition",
        "attention"); "it" and "this" are no one, "him" is someone."""
        noun = _through_quantity(noun)
        if noun.pos_ == "PRON":
            return noun.lower_ in THING_PRONOUNS
        lemma = noun.lemma_.lower()
        return (not actors_at(self.d, noun.idx, noun.idx + len(noun.text))
                and lemma not in lexicon.roles() and lemma not in PEOPLE_WORDS)

    def campaign_gift(self, recipients: list[Token]) -> bool:
        """Whether those given to are a campaign, a candidate or a party ("to his
        campaign", "to a super PAC", "to federal candidates"): a political donation."""
        def campaign(word: Token) -> bool:
            return word.lemma_.lower() in CAMPAIGN_RECIPIENTS or (
                word.lower_.endswith("s") and word.lower_[:-1] in CAMPAIGN_RECIPIENTS)
        return bool(recipients) and all(
            campaign(t) or any(campaign(c) for c in t.children if c.dep_ in {"compound", "amod"})
            or ((a := actor_at(self.d, t.idx, t.idx + len(t.text))) is not None
                and ((_politician(a) and a.sector != "OPP") or a.sector == "PTY"))
            for t in recipients)

    def withdrawal(self, doers: list[Token], moved: list[Token], left: list[Token],
                   code: str) -> str:
        """The code of a withdrawal: from a deal, treaty or alliance it reduces relations
        (161: "withdraw the United States from the Iran nuclear deal"); of armed forces or
        weapons, or from a place, it is a military retreat (the lexicon's 0874); of anyone
        else from anything else it is a yield (080: "withdrew from the race")."""
        if any(t.lemma_.lower() in PACT_NOUNS for t in left):
            return RELATIONS_CUT_CODE
        if self.forceful(doers + moved) or any(
                t.ent_type_ in PLACE_LABELS
                or t.lemma_.lower() in TERRITORY_NOUNS | MILITARY_TARGETS | FRONT_NOUNS
                for t in left):
            # (from a place, a withdrawal is of the forces there: "Iran's withdrawal from
            # the border", "withdrew from Bosnia")
            return code
        return YIELD_CODE

    def counterparts(self, verb: Token, trig: lexicon.Trigger) -> list[Token]:
        """Who a verb of trade deals with: the one sold to, bought from or traded with
        ("sold oil to China", "sold China oil"), not the goods."""
        return _args(verb, {"dative"}) + _prep_objects(verb, trig.target_preps)

    def published(self, released: Token) -> bool:
        """Whether what is released is information or a thing ("emails", "a video", "the
        order", "its"), not a person: made public or let go of, no one set free."""
        return (released.lemma_.lower() in lexicon.word_list("information_nouns.txt")
                or released.lower_ == "its" or self.things([released]))

    def published_of(self, noun: Token) -> bool:
        """Whether a noun of release names a publication: of information or a thing ("the
        release of emails", "the video's release", "its monthly release"), or of nothing
        said, with no one it could free ("a release Tuesday")."""
        released = _prep_objects(noun, ("of",)) or [c for c in noun.children
                                                     if c.dep_ == "poss"]
        if not released:
            return not self.actors_of(_prep_objects(noun, ("from",)))
        return any(self.published(t) for t in released)

    def contestants(self, tokens: list[Token]) -> bool:
        """Whether the tokens name those who run in a contest: people or parties, none
        armed, or candidates and rivals ("the other candidates"), or no one named ("the
        best chance of beating Clinton")."""
        if not tokens or any(_through_quantity(t).lemma_.lower() in CONTEST_WORDS
                             for t in tokens):
            return True
        doers = [a for i in self.actors_of(tokens) if (a := self.d.actor(i)) is not None]
        return bool(doers) and all((a.kind == "person" or a.sector == "PTY")
                                   and a.sector not in ARMED_SECTORS for a in doers)

    def of_one_mind(self, doers: list[Token]) -> bool:
        """Whether those who agree with nothing named share an opinion rather than settle
        a deal: one person ("His ex-wife agreed"), or a share of a group ("Sixty-two
        percent of Republicans agreed"), not two sides."""
        words = [d for d in doers if not d.is_punct]  # (the parser splits "ex-wife")
        if not words or any(d.conjuncts for d in words):
            return False
        if any(d.ent_type_ == "PERCENT" or d.lemma_.lower() in SHARE_WORDS for d in words):
            return True
        actors = {a.id: a for i in self.actors_of(words) if (a := self.d.actor(i)) is not None}
        return len(actors) == 1 and next(iter(actors.values())).kind == "person"

    def things(self, tokens: list[Token]) -> bool:
        """Whether the tokens name things only, no one who could act: common nouns that
        name no actor, no role, business, crowd, body of people or weapon
        (data/doer_nouns.txt) and no event ("the shooting killed 14"), or "it" or "this"
        standing for no actor."""
        doers = lexicon.word_list("doer_nouns.txt")
        crowds = lexicon.word_kinds("riots.tsv")
        nouns = [_through_quantity(t) for t in _with_conjuncts(tokens)]
        return bool(nouns) and all(
            (t.lower_ in THING_PRONOUNS
             # (a "That" the tagger took for a conjunction: "'That,' he added, 'promises'")
             and (t.pos_ == "PRON" or (t.tag_ == "IN" and t.dep_ in {"nsubj", "nsubjpass"}
                                       and t.head.dep_ not in {"relcl", "acl"}))
             and not actors_at(self.d, t.idx, t.idx + len(t.text))) or (
            t.pos_ == "NOUN" and t.is_alpha and not t.ent_type_
            and not (t.is_title and t.i != t.sent.start)  # (a name the tagger took for a noun)
            and (lemma := t.lemma_.lower()) not in doers
            and lemma not in lexicon.roles() and lemma not in ARMED_WORDS
            and lemma not in BUSINESS_NOUNS
            and lemma not in lexicon.event_nouns() and t.lower_ not in lexicon.event_nouns()
            and not lemma.endswith(PERSON_ENDINGS)
            and lemma not in crowds["crowd"] | crowds["rioters"]) for t in nouns)

    def weapons(self, tokens: list[Token]) -> bool:
        """Whether the tokens name weapons, their fire or armed people ("rockets", "an air
        strike", "gunmen", "troops"): data/mishaps.tsv's weapons and ARMED_WORDS."""
        words = lexicon.word_kinds("mishaps.tsv")["weapon"] | ARMED_WORDS
        # (the tagger takes a capitalized plural opening a sentence for a name: "Rockets")
        return any(n.lemma_.lower() in words or n.lower_.removesuffix("s") in words
                   for n in map(_through_quantity, tokens))

    def agents(self, verb: Token) -> list[Token]:
        """Who does a verb: its subject, else its passive's "by" phrase."""
        return self.subject(verb) or [o for a in _args(verb, {"agent"})
                                      for o in _args(a, {"pobj"})]

    def strike(self, verb: Token, obj: Token | None) -> bool:
        """Whether a verb of striking ("hit") strikes with force: armed forces or weapons
        strike, or what is struck is armed or a military target ("hit Hamas positions")."""
        doers = self.agents(verb)
        struck = obj if obj is not None else next(iter(_args(verb, {"nsubjpass"})), None)
        # (an attack that hits is force too: "An Israeli air strike hit Beirut's suburbs")
        return self.forceful(doers) or any(_force_noun(t) for t in doers) or (
            struck is not None and (self.armed([struck])
                                    or struck.lemma_.lower() in MILITARY_TARGETS))

    def forceful(self, tokens: list[Token]) -> bool:
        """Whether the tokens name an armed actor, weapons or armed people: who or what can
        use force."""
        return self.armed(tokens) or self.weapons(tokens)

    def countries(self, tokens: list[Token]) -> set[str]:
        """The known countries of the actors the tokens name."""
        return {a.country for i in self.actors_of(tokens)
                if (a := self.d.actor(i)) is not None and a.country}

    def armed(self, tokens: list[Token]) -> bool:
        """Whether the tokens name an armed actor (military, police or rebel)."""
        return any((a := self.d.actor(i)) is not None and a.sector in ARMED_SECTORS
                   for i in self.actors_of(tokens))

    def politician_speaks(self, tok: Token) -> bool:
        """Whether the clause around a phrase ("at a rally") is a politician's doing."""
        clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if clause is None:
            return False
        if clause.dep_ in {"advcl", "xcomp"} and not _args(clause, {"nsubj"}):
            clause = clause.head  # ("Speaking at a rally in Novi, Trump says ...")
        subjects = self.subject(clause)
        return any((a := self.d.actor(i)) is not None and _politician(a)
                   for i in self.actors_of(subjects)) or any(
            # ("the former president said": an office named, its holder not resolved)
            (role := lexicon.roles().get(s.lemma_.lower())) is not None
            and role.kind == "person" and role.sector in POLITICAL_SECTORS for s in subjects)

    def idle(self, noun: Token) -> bool:
        """Whether an event noun names no event here: the release of documents ("ordering
        the release of emails"), a poll's finding ("5 percent support", "her support among
        millennials"), a politician's own campaign or rally ("the Clinton campaign", "held
        a rally in Ohio")."""
        lemma = noun.lemma_.lower()
        if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in KIND_NOT_EVENT.get(
                lemma, ()) for c in noun.children):
            return True  # "Rubio's press release": a document, no one released
        if (lemma in WAR_SENSE and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and noun.head.head.lemma_.lower() in WAR_KINDS):
            return True  # "former prisoners of war", "the fog of war": who or what, no war
        if lemma in PROOF_SENSE and (shown := _prep_objects(noun, ("of",))) and self.things(
                shown):
            return True  # "the clearest demonstration of the fact that ...": a proof

        if lemma in SEIZE_SENSE and any(_contraband(o) for o in _prep_objects(noun, ("of",))) \
                and not self.actors_of(_prep_objects(noun, ("from",))):
            return True  # "the biggest seizure of fake currency notes": no one it is taken from
        if lemma in SPEECH_SENSE and noun.tag_ == "NN":
            return True  # "Trump's talk starts about the 7 minute mark": a speech
        if (lemma in TOPIC_TALK_NOUNS and _prep_objects(noun, ("of", "about", "on"))
                and not _prep_objects(noun, ("with", "between", "among"))
                and noun.tag_ == "NN" and not any(
                    c.dep_ == "poss" and (c.conjuncts or c.tag_ == "NNS"
                                          or c.lower_ in {"their", "our"})
                    for c in noun.children)):
            # "continued in her discussion of Trump's recent behavior": one person's
            # account of a topic, with no one ("their discussion of" is among them)
            return True
        if lemma in MONEY_WORDS and self.campaign_gift(
                _prep_objects(noun, ("to", "for"))):
            return True  # "donations to super PACs": political giving
        if lemma in SHARE_SENSE and (given := _prep_objects(noun, ("to",))) and self.things(
                given):
            return True  # "the coal industry's contribution to carbon emissions": a share
        if lemma in PURGE_SENSE and any(
                not actors_at(self.d, o.idx, o.idx + len(o.text))
                and o.lemma_.lower() not in lexicon.roles() for o in _prep_objects(noun, ("of",))):
            return True  # "purges of voter rolls": names struck off, no repression
        if lemma in PUBLISH_SENSE and self.published_of(noun):
            return True  # "the release of emails", "the video's release": made public
        if (lemma == "deal" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "make"
                and any(c.dep_ == "amod" and c.lower_ in {"big", "huge"} for c in noun.children)
                and not _prep_objects(noun, ("with",)) and not _prep_objects(noun.head, ("with",))):
            return True  # "He's made a big deal about how ...": an idiom, no agreement
        if lemma in RISK_SENSE and not self.actors_of(
                self.nominal_source(noun) + _prep_objects(noun, ("from", "by"))
                + (poser := self.subject(noun.head) if noun.dep_ == "dobj"
                   and noun.head.lemma_.lower() in POSE_VERBS else [])) and (
                ((endangered := _prep_objects(noun, ("to",))) and self.things(endangered)
                 and not self.actors_of(endangered))
                or (poser and self.things(poser))):
            # "citing a threat to public health and safety", "views that pose an existential
            # threat to the homes of millions": a risk
            return True
        if lemma in PROPOSE_NOUNS and (not any(
                self.actors_of([t]) or t.lemma_.lower() in lexicon.event_nouns()
                for c in noun.children if c.dep_ in PROPOSED_DEPS for t in c.subtree) or any(
                c.dep_ == "acl" and parse.to_infinitive(c)
                and (act := self.act_code(c)) is not None and act[:2] > COOPERATIVE_ROOT_MAX
                for c in noun.children)):
            # "Trump's new proposal for paid maternity leave", "her proposals would simplify
            # returns": a policy, proposed to no one; "his proposal to ban Muslims from
            # entering": a measure against others (the ban is coded, as intended), no offer
            return True
        if lemma in PROTECTION_NOUNS and (any(
                c.dep_ in {"amod", "compound"} and c.lemma_.lower() in LEGAL_SHIELDS
                for c in noun.children) or _legal_peril(noun)):
            return True  # "receiving legal protection", "protection from prosecution"
        if lemma in VISIT_NOUNS and any(
                o.ent_type_ not in PLACE_LABELS and not self.actors_of([o])
                for o in _prep_objects(noun, ("of", "through"))):
            # "his tour of the wildlife on Midway", "that first trip through bankruptcy":
            # sightseeing or a passage, no visit
            return True
        if lemma in VISIT_NOUNS and any(c.dep_ in {"amod", "compound"}
                                        and c.lemma_.lower() in TOUR_KINDS
                                        for c in noun.children):
            return True  # "his six-day, 28-stop Iowa bus tour": a campaign's round, no visit
        return self.stump(noun) or (lemma in POLL_SENSE and (any(
            (c.dep_ == "prep" and c.lower_ == "among") or c.ent_type_ == "PERCENT"
            or c.lemma_.lower() in SHARE_WORDS for c in noun.children) or (
                noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and noun.head.head.lemma_.lower() in POLL_SHIFTS))) or (
                lemma in VENUE_SENSE and self.campaign_event(noun))

    def stump(self, noun: Token) -> bool:
        """Whether a rally is a politician's stump, no protest: it is against or for
        nothing, no protester is near, and a politician (not of the opposition) is the
        one its sentence is about ("At rally after rally, he vows ...", "comments Trump
        made at a Dec. 4 rally")."""
        if noun.lemma_.lower() not in STUMP_SENSE or _prep_objects(
                noun, ("against", "for")) or self.crowd_of(list(noun.sent)):
            return False
        sent = noun.sent
        return any(_politician(a) and a.sector != "OPP" and any(
            sent.start_char <= m.start < sent.end_char for m in a.mentions)
            for a in self.d.actors)

    def campaign_event(self, tok: Token, beneficiaries: Sequence[Token] = ()) -> bool:
        """Whether an event noun is named for a politician or a campaign ("a Trump rally",
        "one of his rallies", "a campaign rally", "Clinton's march to the nomination", "a
        rally for Clinton"): his own event, no protest (an opposition leader's rally is
        one)."""
        # (beneficiaries: a "for" phrase the parser hung on the verb, "attended a rally for
        # Hillary Clinton")
        owners = [c for c in tok.children if c.dep_ in {"poss", "compound"}] + [
            *_prep_objects(tok, ("for",)), *beneficiaries]
        return any(c.lemma_.lower() in CAMPAIGN_WORDS for c in owners) or any(
            (a := self.d.actor(i)) is not None and _politician(a) and a.sector != "OPP"
            for i in self.actors_of(owners))

    def in_words(self, doers: list[Token], aimed: list[Token], trigger: Token) -> bool:
        """Whether an attack is made in words (`quotes.in_words`, which the quotes stage
        asks too), with the actors this stage finds; where nothing decides, an attack is
        one of force, as in most news of the world."""
        def actors(tokens: list[Token]) -> list[Actor]:
            return [a for i in self.actors_of(tokens) if (a := self.d.actor(i)) is not None]
        return in_words(trigger, actors(doers), actors(aimed), doers, aimed) is True

    def doers(self, noun: Token, verb: Token) -> list[Token]:
        """Who does what an event noun names: its possessor, its "by" phrase, or its
        participle's agent ("the demonstration staged by students"), also where the parser
        hangs the "by" phrase on the verb that governs the noun."""
        phrases = [noun, *(c for c in noun.children if c.dep_ == "acl")]
        if not _args(verb, {"nsubjpass"}):
            phrases.append(verb)
        return ([c for c in noun.children if c.dep_ == "poss"]
                + [o for p in phrases for a in p.children
                   if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                   for o in _args(a, {"pobj"})])

    def vehicle(self, noun: Token) -> list[Token]:
        """Who acts through a noun: the author of a document that names no actor of its
        own, where the text says who put it out; else the noun itself."""
        if (noun.lemma_.lower() in lexicon.word_list("information_nouns.txt")
                and not self.actors_of([noun])):
            return self.publisher(noun) or [noun]
        return [noun]

    def publisher(self, document: Token) -> list[Token]:
        """Who put out a report or passed a law that says or does something: the one it is
        from ("a letter from Elian's grandmothers"), else the one who put it out, passed or
        sent it ("The UN released a report accusing Israel", "The Senate passed a
        resolution condemning Russia"), else the one its participle names ("a report
        released by the UN"), else the state where it was put out ("A 500-page report
        released Tuesday in the Rwandan capital alleged ...")."""
        if by := _prep_objects(document, ("from", "by")):
            return by  # "published a letter from Elian's grandmothers": theirs, whoever they are
        if _authored(document):
            return self.agents(document.head) if document.dep_ == "dobj" else [
                o for a in _args(document.head, {"agent"}) for o in _args(a, {"pobj"})]
        for acl in (c for c in document.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            by = [o for a in acl.children if a.dep_ == "agent" for o in _args(a, {"pobj"})]
            if self.actors_of(by):
                return by
            if acl.lemma_.lower() not in ISSUE_VERBS:
                continue  # ("lawsuits being considered in San Diego": no state's)
            for place in (o for p in acl.children if p.dep_ == "prep" and p.lower_ == "in"
                          for o in _args(p, {"pobj"})):
                if self.place_at(place) is not None:
                    self.state_places.add(place.i)
                    return [place]
                # ("in the Rwandan capital")
                gentilic = [t for t in place.children if t.dep_ == "amod" and country_of(t.text)]
                if gentilic:
                    return gentilic
        return []

    def defied(self, verb: Token) -> list[Token]:
        """Whose demand a refusal defies: "declined to resign despite growing pressure by
        the Kenya Anti-Corruption Commission" refuses the commission."""
        nouns = lexicon.event_nouns()
        for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
            for p in clause.children:
                if p.dep_ != "prep" or p.lower_ != "despite":
                    continue
                for demand in _args(p, {"pobj"}):
                    code = nouns.get(demand.lemma_.lower())
                    if code is not None and code.cameo[:2] in DEMAND_ROOTS:
                        return self.doers(demand, demand) + _prep_objects(demand, ("from",))
        return []

    def protesters(self, clause: Token) -> list[Token]:
        """Who in a clause could be protesting: its subject (or the one a passive verb is
        done to) where that is a group of people named by a plural noun and no armed force
        ("police fired tear gas during the protests" does not make the police protesters,
        nor "Yanukovych fled during a popular revolt" him)."""
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        people = _args(clause, {"nsubjpass"}) or self.subject(clause)
        return people if (self.actors_of(people) and not self.armed(people) and all(
            _through_quantity(t).tag_ == "NNS" for t in people)) else []

    def nominal_source(self, noun: Token) -> list[Token]:
        """The actor of an event noun: "Israel's war", "a U.S. strike", and through a
        compound, "Israeli tank shelling"."""
        mods = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        return mods + [g for c in mods if c.dep_ == "compound" for g in c.children
                       if g.dep_ in {"amod", "compound", "poss"}]

    # --- clause properties ---
    def modality(self, verb: Token) -> tuple[str, bool, bool]:
        """(modality, negated, announced): announced when someone declares the action
        ahead ("will visit", "would blockade", "pledged to release")."""
        negated = _negated(verb)
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        modality = "asserted"
        announced = bool(aux & (FUTURE_AUX | {"would"}))
        if aux & DEMAND_AUX:
            modality = "requested"  # "Sudan must return the helicopter": demanded, not done
        elif aux & HYPOTHETICAL_AUX:
            modality = "hypothetical"
        elif aux & FUTURE_AUX:
            modality = "intended"
        if any(m.lower_ in CONDITION_MARKS for c in verb.children if c.dep_ == "advcl"
               for m in c.children if m.dep_ == "mark"):
            modality = "hypothetical"
            # "may halt mediation efforts if cooperation founders": an act declared on a
            # condition is declared all the same (a threat, or an offer)
            announced = announced or bool(aux & HYPOTHETICAL_AUX)
        if any(m.lower_ in OPEN_MARKS for m in verb.children if m.dep_ == "mark") or (
                verb.dep_ == "advcl" and any(
                    p.dep_ == "prep" and p.lower_ == "in" and p.i < verb.i
                    and any(o.lower_ in {"event", "case"} for o in p.children)
                    for p in verb.children)):
            modality = "hypothetical"  # ("in the event she was injured", "in case")
        if (verb.dep_ == "ROOT" and parse.to_infinitive(verb)
                and _args(verb, {"nsubj", "nsubjpass"})):
            modality = "intended"  # a headline's future: "Democrats to sue Ariz. on poll access"
        if parse.to_infinitive(verb) and any(c.dep_ in {"advmod", "mark"}
                                             and c.lower_ in WH_INFINITIVE for c in verb.children):
            modality = "hypothetical"  # "discussed how to ease tensions": a question, no act
        if verb.dep_ == "advcl" and verb.tag_ in {"VB", "VBP", "VBZ"} and any(
                m.lower_ in AWAITED_MARKS for m in verb.children if m.dep_ == "mark"):
            # "must agree to changes before they demobilize", "until their demands are
            # met": a time still to come, not an act done
            modality = "hypothetical"
        if (verb.dep_ == "pcomp" and verb.head.head.pos_ == "ADJ"
                and verb.head.head.lemma_.lower() in CAPACITY_ADJECTIVES):
            # "Iran is capable of attacking Israel", "close to signing": could, not did
            modality = "hypothetical"
        if (verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.head.pos_ == "ADJ"
                and verb.head.head.lemma_.lower() in WILLING_ADJECTIVES):
            modality = "intended"  # "is open to negotiating a deal with Cuba"
        if (verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.i > 0
                and verb.doc[verb.head.i - 1].lower_ == "forward"):
            modality = "intended"  # "looked forward to visiting Kenya"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and any(
                m.dep_ == "mark" and m.lower_ in OPEN_MARKS for m in verb.head.head.children):
            modality = "hypothetical"  # "If the government succeeds in seizing his assets"
        if (verb.dep_ == "advcl" and not _args(verb, {"nsubj", "nsubjpass"})
                and any(m.dep_ in {"mark", "advmod"} and m.lower_ in WHEN_MARKS
                        for m in verb.children)
                and (held := self.modality(verb.head)[0]) != "asserted"):
            # "urged that Americans exercise caution when visiting Kenya": the occasion of
            # an act asked for, or foreseen, is asked for or foreseen with it
            modality = held
        if verb.dep_ == "pcomp" and verb.head.lower_ in MEANS_PREPS:
            # "could start hostilities ... by attacking Jordan": a means shares the modal of
            # the act it is the means of
            means = verb.head
            while means.dep_ == "conj" and means.head.i != means.i:
                means = means.head  # ("either through a direct attack or by attacking")
            modality = _modal_of(means.head) or modality
        if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and (
                not _args(verb, {"nsubj", "nsubjpass"}) or _gapped_passive(verb)) and not any(
                    c.dep_ == "aux" for c in verb.children):
            # "If he could go back and talk to his 2012 self": a verb joined to another
            # shares its condition and its modal ("should be hanged and the White House
            # fumigated and burned")
            first = verb.head
            while _gapped_passive(first):
                first = first.head
            first_aux = {c.lower_ for c in first.children if c.dep_ == "aux"}
            if any(m.lower_ in OPEN_MARKS for m in first.children if m.dep_ == "mark") or (
                    first_aux & HYPOTHETICAL_AUX):
                modality = "hypothetical"
            elif first_aux & DEMAND_AUX:
                modality = "requested"
            elif first_aux & FUTURE_AUX:
                modality = "intended"  # "will visit Paris and meet Macron"
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and modality == "asserted":
            prep, argued = verb.head.lower_, self.lemma_of(verb.head.head)
            if (prep == "for" and argued in REQUEST_VERBS | ADVOCATE_VERBS
                    and not _args(verb.head.head, {"dobj"})) or (
                    prep == "of" and argued in STANCE_PHRASE_NOUNS
                    and verb.head.head.dep_ == "pobj" and verb.head.head.head.lower_ == "in"):
                modality = "requested"  # "argued for attacking Iran", "in favor of bombing"
            elif prep == "against" and argued in ADVOCATE_VERBS | WEIGH_VERBS | {"vote"}:
                modality = "hypothetical"  # "warned against attacking", "argued against"
        if verb.dep_ == "relcl" and (_falsely_reported(verb.head) or _called_false(verb.head)):
            negated = True  # "false reports of explosions that had injured Obama"
        if verb.dep_ == "pcomp" and (_refrained(verb.head) or _barred(verb)):
            negated = True  # "refrained from endorsing Clinton", "stopped short of"
        if verb.dep_ == "pcomp" and (verb.head.lower_ == "without" or (
                verb.head.lower_ == "of" and "instead" in {
                    verb.head.head.lower_, *(c.lower_ for c in verb.head.children)})):
            negated = True  # "without being convicted", "instead of reassuring Americans"
        if _no_one_does(verb) or any(
                   c.lower_ in {"nor", "neither"} and c.i < verb.i for c in verb.children) or (
                   (opening := min([verb.i, *(c.i for c in verb.children
                                              if c.dep_ in {"aux", "auxpass"})])) > 0
                   and verb.doc[opening - 1].lower_ == "nor"):
            # "none of its activities was financed by Ukraine", "neither Clinton nor her
            # allies have been charged", "nor did it seize Crimea"
            negated = True
        if (verb.tag_ == "VB" and not aux and not _args(verb, {"nsubj", "nsubjpass"}) and (
                verb.dep_ == "ROOT" or (verb.dep_ in {"ccomp", "xcomp", "parataxis"} and verb.i > 0
                                        and verb.doc[verb.i - 1].is_quote))):
            # "Meet people not once, but twice", "yell, ‘Lock her up!’": an instruction
            modality = "requested"
        if _asks_whether(verb):
            # "Did Crooked Hillary help ...?", "Will Iran attack?": a question, no report
            # and no declaration
            modality, announced = "hypothetical", False
        if (modality == "asserted" and verb.tag_ == "VBG" and verb.dep_ in {"csubj", "nsubj"}
                and not _args(verb, {"nsubj", "poss"}) and _unrealized(verb.head)):
            # "Attacking Iran is a bad idea", "lifting the sanctions would be a mistake": an
            # act with no doer that a clause weighs is a prospect ("invading Iraq was a
            # mistake" tells an invasion)
            modality = "hypothetical"
        noun = _governing_noun(verb)
        if noun is not None:
            if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
                    noun.dep_ == "pobj" and noun.head.lower_ == "in"
                    and _negated(noun.head.head)):
                # "showed no sign of backing down", "has no plans to attack", "I am not in
                # the habit of supporting people who ..."
                negated = True
            if noun.lemma_.lower() in AWAITING_NOUNS and verb.dep_ == "pcomp":
                modality = "hypothetical"  # "the prospect of losing", "talk of leaving"
            elif verb.dep_ == "pcomp" and NOUN_MODALITY.get(noun.lemma_.lower()) in {
                    "hypothetical", "requested"}:
                # "retaining the right of curtailing federal funding" ("a campaign of
                # bombing" is one under way)
                modality = NOUN_MODALITY[noun.lemma_.lower()]
        elif (verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.dep_ == "prep"
              and verb.head.head.pos_ == "NOUN"
              and (wanted := NOUN_MODALITY.get(verb.head.head.lemma_.lower())) is not None):
            modality = wanted  # "a call for providing weapons", "a plan for building a wall"
        if verb.dep_ in {"advcl", "ccomp"} and (
                (asked := _for_clause(verb.head)) is not None and asked.i == verb.i):
            # "called for Israel to withdraw", "pressed for Iran to release": asked for
            gov = self.lemma_of(verb.head)
            found = lexicon.event_verbs().get(f"{gov} for") or lexicon.event_verbs().get(gov)
            if found is not None and found.cameo[:2] in {"02", "10"}:
                modality = "requested"
            elif parse.to_infinitive(verb):
                modality = "intended"
        elif verb.dep_ == "advcl" and (parse.to_infinitive(verb) or any(
                m.dep_ == "mark" and m.lower_ == "so" and m.i + 1 < len(m.doc)
                and m.nbor().lower_ == "that" for m in verb.children)):
            # "Police fired tear gas to disperse the crowd", "to amend the constitution so
            # that same-sex marriages are banned": a purpose, not yet done; but steps taken
            # to do it do it, as far as they are taken ("has taken several tentative steps
            # to enhance political freedoms")
            if verb.head.lemma_.lower() == "take" and any(
                    o.lemma_.lower() in STEP_NOUNS for o in _args(verb.head, {"dobj"})):
                modality, negated, _ = self.modality(verb.head)
            else:
                modality = "intended"
        example = verb
        while example.dep_ == "conj" and example.head.i < example.i:
            example = example.head
        if (modality == "asserted" and example.dep_ == "pcomp"
                and example.head.lower_ in EXAMPLE_PREPS and example.head.head.dep_ == "dobj"):
            # "is proposing projects like installing solar panels and giving states $60
            # billion": an example of what is proposed, wanted or asked for goes as it goes
            governing = self.lemma_of(example.head.head.head)
            if governing in INTENT_VERBS:
                modality = "intended"
            elif governing in REQUEST_VERBS:
                modality = "requested"
        if (committed := _committed(verb)) and not any(
                s.ent_type_ in AMOUNT_LABELS for s in committed):
            # "we remain committed to welcoming the stranger" (not money spent: "$9.2
            # million was dedicated to attacking Mr. Trump")
            modality = "intended"
        first = verb
        while (first.dep_ == "conj" and parse.to_infinitive(first)
               and parse.to_infinitive(first.head)):
            first = first.head  # "determination to mass-produce warheads and to deploy them"
        if first.dep_ == "conj" and parse.to_infinitive(first):
            # an infinitive the parser joined to a finite verb ("underscores the regime's
            # determination to mass-produce warheads and eventually to deploy them"): still
            # to be done, whatever governs it
            modality = "intended"
        if first.dep_ in {"relcl", "acl"} and parse.to_infinitive(first):
            # "a call for its forces to be deployed", "plans to annex": what a call, plan
            # or threat is for has not happened.
            # (an event's own infinitive is its purpose: "stage a protest to grant her
            # admission"; "the first leader to visit Iran" tells a visit)
            modality = NOUN_MODALITY.get(
                first.head.lemma_.lower(),
                "intended" if first.dep_ == "acl" and first.head.lemma_.lower()
                in lexicon.event_nouns() else modality)
            negated = negated or first.head.lemma_.lower() in FAILURE_NOUNS
            if first.head.lemma_.lower() in STEP_NOUNS and first.head.dep_ == "dobj":
                # "did not take steps to ease sanctions": as the steps were taken
                modality, negated, _ = self.modality(first.head.head)
        head = verb
        if (verb.dep_ == "conj" and (verb.head.dep_ in {"xcomp", "ccomp"}
                                     or _called_on(verb.head))
                and not _args(verb, {"nsubj", "nsubjpass"})):
            head = verb.head  # "allow them to be mobbed and beaten": as the first goes
        elif (verb.dep_ in {"dep", "conj"} and verb.tag_ == "VB" and not aux
              and not _args(verb, {"nsubj", "nsubjpass"})
              and (first_act := next((c for c in _listed_from(verb).head.children
                                      if c.dep_ == "xcomp" and c.i < verb.i
                                      and parse.to_infinitive(c)), None))):
            # "planned to revitalize ticket sales, then hand over the property": a bare verb
            # the parser hung on the governor goes as the infinitive before it (and so does
            # one listed after it: "promising to bomb ..., bring back ... and deport ...")
            head = first_act
        while (head.dep_ in {"xcomp", "ccomp"} or _called_on(head)) and head.head.i != head.i:
            gov = head.head
            lemma = gov.lemma_.lower()
            # ("Neither Johnson nor Weld is inclined to attack Clinton"; not a clause that
            # is said, whose saying the negation denies: "Iran did not say that it seized
            # the tanker", unless the verb lends its negation to the clause, as "think"
            # does: "officials do not think Iran attacked")
            # (nor a question, whose act is open either way: "had not decided whether to
            # attend", "does not know if Iran attacked")
            if not (head.dep_ == "ccomp" and _tells_only(lemma)) and not any(
                    m.dep_ == "mark" and m.lower_ in OPEN_MARKS for m in head.children):
                negated = negated or _negated(gov) or _no_one_does(
                    gov.head if gov.dep_ == "acomp" else gov)
            if head.dep_ == "ccomp" and lemma in REQUEST_VERBS and not any(
                    m.dep_ == "mark" and m.lower_ in OPEN_MARKS for m in head.children):
                # "demanded that Sudan end curbs" (not "asked whether Iran attacked Iraq":
                # a question, its act open)
                modality = "requested"
            elif head.dep_ == "ccomp" and lemma in INTENT_VERBS and (
                    parse.to_infinitive(head) or _small_clause(head)):
                # "Russia wants Turkey to close its borders", "wanted them deported"
                modality = "requested"
            elif _small_clause(head) and lemma in ORDER_VERBS:
                modality = "requested"  # "ordered the prisoners released"
            if head.dep_ == "xcomp" or _called_on(head):
                if (gov.pos_ == "ADJ" and lemma in CAPACITY_ADJECTIVES) or any(
                        c.dep_ == "acomp" and c.lemma_.lower() in CAPACITY_ADJECTIVES
                        for c in gov.children):
                    # "are not able to beat Trump", "is unlikely to attack", "it's hard to
                    # blame him" (the parser may hang the infinitive on the copula): could,
                    # not did
                    modality = "hypothetical"
                    negated = negated or lemma in INCAPABLE or any(
                        c.dep_ == "neg" for c in gov.head.children)
                elif lemma == "enough" or any(c.lower_ == "too" for c in gov.children):
                    # "not enough to improve relations", "too weak to attack": a measure of
                    # what could be, not an act
                    modality = "hypothetical"
                elif _refuses(gov) or (head.tag_ == "VBG" and lemma in CEASE_VERBS):
                    # "declined to resign", "is refusing to lift the curfew", "ruled out
                    # lifting the sanctions"; "stopped providing escorts": no longer done
                    negated = True
                elif lemma in THREAT_VERBS:
                    modality = "threatened"
                elif lemma in REQUEST_VERBS or (
                        head.tag_ == "VBG" and lemma in INCITE_VERBS | ADVOCATE_VERBS):
                    modality = "requested"
                elif head.tag_ == "VBG" and lemma in WEIGH_VERBS | PREVENT_VERBS:
                    modality = "hypothetical"
                elif (lemma in INTENT_VERBS | EFFORT_VERBS | DISPOSED_ADJECTIVES
                      or lemma in INTENT_ADJECTIVES):
                    modality = "intended"
                    announced = announced or lemma in ANNOUNCE_VERBS | INTENT_ADJECTIVES
                elif lemma == "go" and gov.tag_ == "VBG" and parse.to_infinitive(head):
                    modality = "intended"  # "was going to make a deal": a future, not done
                elif lemma == "ought":
                    modality = "hypothetical"  # "He ought to pull that back", as "should"
                elif lemma == "have" and gov.tag_ in {"VBZ", "VBP"} and parse.to_infinitive(head):
                    # "has to scramble to convince them to ... support her", as "must" ("had
                    # to flee" tells a flight)
                    modality = "requested"
            gov_aux = {c.lower_ for c in gov.children if c.dep_ in {"aux", "auxpass"}}
            if modality == "asserted" and any(m.dep_ == "mark" and m.lower_ in OPEN_MARKS
                                              for m in gov.children):
                modality = "hypothetical"  # "if we were to start bombing recklessly"
            elif gov_aux & HYPOTHETICAL_AUX and modality == "asserted":
                modality = "hypothetical"
            elif gov_aux & DEMAND_AUX and modality == "asserted":
                modality = "requested"  # "we must not allow them to be beaten"
            elif gov_aux & FUTURE_AUX and modality == "asserted":
                modality = "intended"  # "who will continue to support him"
            if head.dep_ == "ccomp" and lemma in lexicon.reporting_verbs():
                # what is said is the saying's content: a plan to speak ("are set to clarify
                # that the alleged rapes have no grounds") does not make it planned
                break
            head = gov
        if (head.i == verb.i and modality == "asserted" and parse.to_infinitive(verb) and (
                verb.dep_ == "advcl" or (verb.dep_ in {"relcl", "acl"}
                                         and verb.head.dep_ == "dobj"))):
            # "would send troops to defend the border", "a movement that would mobilize
            # every resource to block Trump": a purpose shares the modal of the act it is for
            modality = _modal_of(verb.head if verb.dep_ == "advcl" else verb.head.head
                                 ) or modality
        if (head.i != verb.i and modality == "asserted" and head.dep_ == "advcl"
                and parse.to_infinitive(head)):
            # "sent material to help defend Saudi Arabia": what a purpose is to bring about
            # has not happened either
            modality = "intended"
        if verb.dep_ in {"relcl", "acl"} and _authored(verb.head):
            # "failed to pass a bill imposing sanctions", "if he did not sign a document
            # agreeing to ...": a document's act is done as far as it is put out or passed
            passed, unpassed, _ = self.modality(verb.head.head)
            modality = modality if passed == "asserted" else passed
            negated = negated or unpassed
        return modality, negated, announced

    def attribution(self, trigger: Token, code: str, sent_text: str, verb: Token,
                    negated: bool) -> Attribution:
        hedge_words = lexicon.word_list("hedges.txt")
        hedges = []
        # (and a noun's own modifiers: "the alleged attack", "a purported strike")
        clause = [verb, *verb.children, verb.head, *(trigger.children if trigger.i != verb.i
                                                     else ())]
        for t in clause:
            # (a hedging word that is the clause's verb reports, as a source's cue does:
            # "The SEC has alleged that ..." is the SEC's allegation, made)
            if (t.lower_ in hedge_words and t.lower_ not in hedges
                    and not (t.pos_ == "VERB" and t.dep_ != "amod")):
                hedges.append(t.lower_)
        low = sent_text.lower()
        for phrase in hedge_words:
            if " " in phrase and phrase in low and phrase not in hedges:
                hedges.append(phrase)
        sources = []
        holding = [q for q in self.d.quotes
                   # ("he decided to withdraw": his act, not his claim of it; "did not
                   # respond to a reporter's request": the reporter's act; "Residents
                   # decried the attack": the writer's, and the residents' stance on it)
                   if (q.kind == "direct" or holds_claim(self.d.doc, q))
                   and not presupposes(self.d.doc, q, trigger) and (
                       any(c.start <= trigger.idx < c.end for c in q.content)
                       or self._retold(q, trigger, code))]
        # an outlet that quotes someone ("The agency quoted Shoigu as saying ...", "Mohammadi
        # said ..., the official news agency IRNA reported") is the way the one quoted is
        # heard, not a source beside them
        relays = {q.id: q for q in holding if quotes_another(self.d.doc, q) or (
            (a := self.d.actor(q.speaker)) is not None and a.sector == "MED")}
        relayed = {q.within for q in holding if q.within in relays}
        for q in holding:
            if q.id in relayed:
                continue
            if q.speaker_text is None and q.cue is not None and q.kind != "direct":
                # "It is said that ...": no one's word, a hedge
                said = self._impersonal(q)
                # (one hedge for one report: "Iran is believed to have supplied" is "is
                # believed to", not that and "iran is believed" too)
                if said and not any(said.split()[-1] in h.split() for h in hedges):
                    hedges.append(said)
                continue
            source = {"actor": q.speaker, "text": q.speaker_text} | self._who(
                q.speaker, q.speaker_span, q.speaker_affiliation)
            if q.speaker_span is not None:
                # a source its own words hedge: "according to unconfirmed media reports"
                hedges.extend(w for w in re.findall(r"[\w']+", q.speaker_span.text.lower())
                              if w in hedge_words and w not in hedges)
            outlet = relays.get(q.within or "")
            via = (self.d.actor(outlet.speaker) if outlet is not None else None) or self._via(q)
            if (cited := self._cited(q)) is not None:
                # "Iran seized the tanker, Reuters reported, citing two security sources": the
                # outlet is the way the sources it cites are heard
                source, via = cited, self.d.actor(q.speaker)
            if via is not None:
                source |= {"via": via.id, "via_text": via.name}
            # (one source however many quotes of theirs, however named: "Officials said
            # they did not believe ...")
            if not any(s == source or (s["actor"] is not None and s["actor"] == source["actor"])
                       for s in sources):
                sources.append(source)
        if (not sources and not (trigger.dep_ == "pobj" and trigger.head.lower_ in BACKGROUND_PREPS)
                and (claim := _unowned_claim(verb)) is not None):
            # "did not comment on reports that it struck the consulate": a claim no one is
            # named to hold, a hedge (not on what it dates itself by, told as having
            # happened: "a suggestion that he did not heed warnings before the attacks")
            hedges.append(claim.lower_)
        # (what a source denies is denied in their account: "Iran denied that its forces
        # attacked the tanker"; not an event the denied claim names as given: "denied that
        # the seizure was linked to U.S. strikes", unless it denies it took place or is so:
        # "denied that an attack took place", "denies that the crime was a genocide")
        named = trigger.pos_ == "NOUN" and trigger.dep_ != "attr" and not (
            trigger.dep_ in {"nsubj", "nsubjpass"}
            and trigger.head.lemma_.lower() in OCCURRENCE_VERBS)
        denied = negated or (not named and any(denies(self.d.doc, q) for q in holding))
        return Attribution(sources=sources, hedges=hedges,
                           certainty=_certainty(denied, hedges, sources))

    def _who(self, speaker: str | None, span: TextSpan | None,
             affiliation: str | None) -> dict[str, Any]:
        """What the text says of a claim's source, its actor and words as given: whether it
        is named or only described ("two Iranian officials", "a source close to the
        talks"), how many it counts, its country, and whom it speaks for (the person's
        affiliation, or for an unnamed source the country or body its description
        names)."""
        actor = self.d.actor(speaker)
        # (a body described, not named, speaks on the record: "the Iranian foreign ministry
        # said", "police said", "a statement from the ministry"; people described do not:
        # "two officials", "a source")
        head, document = self._head_word(span)
        anonymous = actor is None or (actor.ner_label == "ROLE" and not (
            head is not None and head.lemma_.lower() in lexicon.word_list("body_words.txt")))
        country = actor.country if actor is not None else None
        if affiliation is None and anonymous and country is not None and self._described_in(
                actor, span):
            # the state of "two Iranian officials", else the one body of their code
            # ("a NATO official")
            bodies = [a for a in self.d.actors if a.country == country
                      and a.kind in {"state", "organization"}]
            affiliation = next((a.id for a in sorted(bodies, key=lambda a: a.kind != "state")),
                               None)
        count = None
        if span is not None and not document:
            # (people are counted, not documents: "a statement from Hamas" counts no one)
            words = span.text.lower().split()
            count = next((COUNT_WORDS[w] for w in words[:2] if w in COUNT_WORDS),
                         next((int(w) for w in words[:2] if w.isdigit()), None))
            if count is None and anonymous and words and words[-1] in SINGLE_SOURCES:
                count = 1  # "a source said", "the official said"
        return {"anonymous": anonymous, "count": count, "country": country,
                "affiliation": affiliation}

    def _head_word(self, span: TextSpan | None) -> tuple[Token | None, bool]:
        """The word a source's words are about, and whether they name a document: their
        head, or for a document its author ("a statement from the Iranian foreign
        ministry", "the ministry's statement")."""
        words = (self.doc.char_span(span.start, span.end, alignment_mode="expand")
                 if span is not None else None)
        if words is None:
            return None, False
        head = words.root
        if head.lemma_.lower() not in lexicon.word_list("information_nouns.txt"):
            return head, False
        return next((o for c in head.children if c.dep_ == "prep"
                     and c.lower_ in {"from", "of", "by"} for o in c.children
                     if o.dep_ == "pobj"),
                    next((c for c in head.children if c.dep_ == "poss"), head)), True

    def _cited(self, q: Quote) -> dict[str, Any] | None:
        """The source an outlet's report cites, as a source of its own: "Reuters reported,
        citing two security sources" (not what another kind of speaker cites, who holds the
        claim too: "the ministry said, citing intelligence reports")."""
        outlet = self.d.actor(q.speaker)
        cue = parse.token_at(self.doc, q.cue.start) if q.cue is not None else None
        if outlet is None or outlet.sector != "MED" or cue is None:
            return None
        cite = next((c for c in cue.children if c.dep_ in {"advcl", "xcomp", "conj"}
                     and c.lemma_.lower() == "cite" and c.tag_ == "VBG"), None)
        obj = next((o for o in cite.children if o.dep_ == "dobj"), None) if cite else None
        if obj is None:
            return None
        span = self.d.span(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
        cited = actors.actor_at(self.d, span.start, span.end)
        speaker = cited.id if cited is not None else None
        return {"actor": speaker, "text": span.text} | self._who(speaker, span, None)

    def _described_in(self, actor: Actor | None, span: TextSpan | None) -> bool:
        """Whether a described source's own words, as the quote or another mention gives
        them, name its country ("two Iranian officials", "officials in Tehran"), not only
        the article ("Two diplomats said Russia had shelled the port" speak for no one the
        text names)."""
        if actor is None:
            return False
        from dyad import places  # (places builds on events' neighbours: imported at use)

        doc = self.doc
        for m in [*actor.mentions, *([span] if span is not None else [])]:
            words = doc.char_span(m.start, m.end, alignment_mode="expand")
            if words is None:
                continue
            named = [actors.country_of(e.text) or (p.country if (p := places.resolve(e.text))
                                                   else None)
                     for e in words.ents if e.label_ in PLACE_LABELS]
            if actor.country in named or actors.codes_in(list(words), doc) == actor.country:
                return True
        return False

    def _impersonal(self, q: Quote) -> str | None:
        """The words of an impersonal report ("it is said", "it was reported") or of the
        writer's judgement from appearances ("appears", "seems")."""
        assert q.cue is not None
        cue = parse.token_at(self.doc, q.cue.start)
        if cue is not None and cue.lemma_.lower() in EVIDENTIAL_VERBS:
            return cue.lower_
        it = next((c for c in cue.children if c.dep_ == "nsubjpass"), None) if cue else None
        if it is None or cue is None or it.lower_ in RELATIVE_WORDS:
            return None  # ("rights that had been denied": no one's report, nor a hedge)
        if it.lower_ != "it" and cue.lemma_.lower() in REPORTED_PASSIVES and not any(
                c.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} for c in cue.children):
            # (a thing that "was announced" or "was disclosed" is made known, not hedged;
            # what "people were reported killed" says of them is)
            return None
        return self.d.article.text[it.idx:cue.idx + len(cue.text)].lower()

    def _retold(self, q: Quote, trigger: Token, code: str) -> bool:
        """Does a quote in the next sentence retell this event by name? ("Musk met the
        ambassador ... According to two officials, the meeting discussed ...")"""
        first = parse.token_at(self.doc, q.content[0].start)
        if first is None or self.sentence[first.i][0] != self.sentence[trigger.i][1]:
            return False
        words = list(self.doc[first.i:min(first.i + 3, self.sentence[first.i][1])])
        if (len(words) < 2 or words[0].lower_ not in {"the", "this", "that"}
                or words[1].dep_ not in {"nsubj", "nsubjpass"}):
            # (the event the retelling clause is about, not the object of a stance of its
            # own: "The UN condemned the bombing" after "Residents decried the attack")
            return False
        noun = lexicon.event_nouns().get(words[1].lemma_.lower())
        return noun is not None and noun.cameo[:2] == code[:2]

    def _via(self, q: Quote) -> Actor | None:
        """A news outlet the source spoke to: "officials who spoke to The New York Times"."""
        if q.speaker_span is None or q.cue is None:
            return None
        start = min(q.cue.start, q.speaker_span.start)
        end = max(q.speaker_span.end, q.content[0].start if q.content else q.speaker_span.end)
        cue = parse.token_at(self.doc, q.cue.start)
        # whom the words were told to, or where: "officials told Reuters", "said in an
        # interview with CNN" (an outlet, not a journalist: "told Trump" in his TV years,
        # nor the press at large: "told reporters")
        told = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                for c in (cue.children if cue is not None else ()) if c.i > cue.i and (
                    c.dep_ in {"dobj", "dative"}
                    or (c.dep_ == "prep" and c.lower_ in {"to", "with", "in", "on"}))]
        for a in self.d.actors:
            if a.sector != "MED" or a.id == q.speaker or (
                    a.kind != "organization" and _press_people(self.doc, a)):
                continue
            if any(start <= m.start < end or any(s <= m.start < e for s, e in told)
                   for m in a.mentions):
                return a
        return None

    def when(self, trigger: Token, head: Token) -> tuple[str | None, str]:
        """The date of the time expression governing the event's clause, else the nearest
        one in its sentence, else the publication date (precision unknown)."""
        sent = trigger.sent
        best = None
        best_key: tuple[int, int] | None = None
        for t in self.d.timexes:
            if t.type not in {"DATE", "TIME"} or not sent.start_char <= t.start < sent.end_char:
                continue
            if timex.precision_of(t.value) == "unknown":
                continue
            tok = parse.token_at(self.doc, t.start)
            governed = tok is not None and _in_clause(tok, {trigger.i, head.i})
            if not governed and tok is not None and (_described(tok, trigger, head)
                                                     or _own_tense(tok, head)):
                continue  # "withdraw ... from the deal reached in 2015": the deal's date
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and _dates_noun(span, trigger):
                continue  # "executed a man over the 2022 protests": the protests' date
            key = (0 if governed else 1, abs(t.start - trigger.idx))
            if best_key is None or key < best_key:
                best, best_key = t, key
        if best is not None:
            prec = timex.precision_of(best.value)
            return best.value[:10] if prec == "day" else best.value, prec
        return self.d.article.published, "unknown"

    def where(self, trigger: Token, head: Token, actor_ids: set[str]) -> Place | None:
        """The place the event's clause names ("attacked a post in Idlib", "talks in
        Geneva"), not one of its actors, and not a place in another clause; else None."""
        sent = trigger.sent
        # The action a verb governs is part of its event: "threatened to resume attacks in
        # Israel" threatens Israel.
        anchors = {trigger.i, head.i} | {c.i for c in head.children if _infinitive(c)}
        found = []
        for p in self.d.places:
            if not sent.start_char <= p.start < sent.end_char:
                continue
            a = actor_at(self.d, p.start, p.end)
            if a is not None and a.id in actor_ids:
                continue
            tok = parse.token_at(self.doc, p.start)
            if (tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in DESTINATION_PREPS
                    and tok.head.head.i not in anchors):
                continue  # another word's destination: "bans on travel to Canada"
            if tok is not None and _under_since(tok, anchors | {trigger.i}):
                continue  # what a time is counted from: "since independence from Britain"
            if (tok is not None and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj"
                    and trigger.head.lower_ in TIME_PREPS and tok.head.i == head.i
                    and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}):
                continue  # the one an act timed by this one is done by or to: "informed
                # Washington before the strike"
            if tok is not None and _in_clause(tok, anchors):
                if trigger.pos_ == "NOUN" and trigger.left_edge.i <= tok.i <= trigger.right_edge.i:
                    return p  # a noun's own place first: "a summit in Geneva on the unrest in Iran"
                found.append(p)
        return found[0] if found else None

    def mishap(self, sent: Span, doers: list[Token]) -> bool:
        """Is harm with no actor for its doer the work of nature or an accident? Its doer is
        not a name or a pronoun, and its sentence names a cause as an argument ("A tsunami
        ... killed 222 people", "killed in a plane crash"), a verb of accident ("when their
        bus plunged off a bridge"), or an explosion among industrial things ("a cooking gas
        container exploded"), and no weapon, attack or armed force."""
        words = lexicon.word_kinds("mishaps.tsv")
        if any(t.pos_ in {"PROPN", "PRON"} for t in doers):
            return False  # "They killed 40 people after the earthquake"
        lemmas = _told_lemmas(sent)
        if lemmas & words["weapon"]:
            return False
        # (a cause a verb takes as its object is not what did the harm: "opened fire")
        if any(t.lemma_.lower() in words["cause"] and t.pos_ == "NOUN"
               and t.dep_ in ARGUMENT_DEPS - {"dobj"} for t in sent):
            return True
        if any(t.lemma_.lower() in words["mishap"] and t.pos_ == "VERB" for t in sent):
            return True
        if lemmas & EXPLOSION_WORDS and lemmas & words["industry"]:
            return True
        # "The blasts killed at least 50 people": the explosion told before, in an
        # industrial area, with no weapon there either
        told = any(t.lemma_.lower() in EXPLOSION_WORDS and t.pos_ == "NOUN"
                   and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                   for t in sent)
        before = self.doc[sent.start - 1].sent if told and sent.start > 0 else None
        if before is None:
            return False
        earlier = _told_lemmas(before)
        return bool(earlier & EXPLOSION_WORDS and earlier & words["industry"]
                    and not earlier & words["weapon"])

    def disaster(self, sent: Span) -> bool:
        """Whether a sentence, or the one before it, tells of a disaster (a cause of harm
        with no doer: fires, floods, an outbreak) and of no weapon or armed force."""
        words = lexicon.word_kinds("mishaps.tsv")
        told = _told_lemmas(sent)
        if sent.start > 0:
            told |= _told_lemmas(self.doc[sent.start - 1].sent)
        return bool(told & words["cause"]) and not told & words["weapon"]

    def sense(self, noun: Token, code: str) -> str:
        """The code of an event noun in the sense its modifier or preposition gives it: "a
        general strike" (143), "went on strike" (143), else code."""
        senses = lexicon.noun_senses()
        lemma = noun.lemma_.lower()
        if lemma in WITHDRAW_SENSE:
            # "the withdrawal of Serbian forces", "its withdrawal from the Paris accord",
            # "Biden's withdrawal from the race"
            return self.withdrawal(
                [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}],
                _prep_objects(noun, ("of",)), _prep_objects(noun, ("from",)), code)
        # (the word as written too: "media" is lemmatized "medium")
        cues = [w for c in noun.children if c.dep_ in {"amod", "compound", "poss"}
                for w in (c.lemma_.lower(), c.lower_)]
        if noun.dep_ == "pobj":
            cues.append(noun.head.lower_)
        return next((senses[lemma, c] for c in cues if (lemma, c) in senses), code)

    def riot(self, trigger: Token, code: str, doers: list[Token], sides: list[Token]) -> bool:
        """Is violence a violent protest? A crowd does damage ("Rioters set fire to cars"),
        or a fight's sides ("protesters clashed with police", "clashes between police and
        protesters"), or where it names none, its sentence ("police fired tear gas at
        student protesters during a clash"), name a crowd. Violence whose purpose is
        casualties ("A mob lynched the suspect") stays an assault, as CAMEO's 145 says."""
        words = lexicon.word_kinds("riots.tsv")
        crowds = words["crowd"] | words["rioters"]
        if code in DAMAGE_CODES and any(
                _through_quantity(t).lemma_.lower() in crowds for t in doers):
            return True
        if trigger.lemma_.lower() in UNREST_WORDS:
            # "anti-government violence after stone-throwing protesters clashed with
            # police": a crowd's own violence; violence against a crowd is not its riot
            aimed = [t for t in sides if t not in doers]
            people = [t for t in _with_conjuncts(doers) if t.pos_ == "NOUN"] or (
                [] if aimed else list(trigger.sent))
            return any(t.lemma_.lower() in crowds and t.pos_ == "NOUN" for t in people)
        if trigger.lemma_.lower() not in words["fight"]:
            return False
        people = [t for t in _with_conjuncts(sides) if t.pos_ in {"NOUN", "PROPN", "PRON"}]
        if not people or any(t.lower_ in PARTITIVE_DOERS for t in people):
            # "While some demonstrators rallied peacefully, others clashed with police"
            people += list(trigger.sent)
        return any(t.lemma_.lower() in crowds and t.pos_ == "NOUN" for t in people)

    def aimed_at_own(self, noun: Token, verb: Token) -> bool:
        """Whether a noun of force is aimed at what the verb's subject owns ("attacks on
        its embassies" warned of by Israel)."""
        code = lexicon.event_nouns().get(noun.lemma_.lower())
        owners = set(self.actors_of(self.subject(verb)))
        aimed = _prep_objects(noun, ("on", "against"))
        return (code is not None and code.cameo[:2] in FORCE_ROOTS and bool(aimed) and bool(owners)
                and all(any(c.dep_ == "poss" and set(self.actors_of([c])) & owners
                            for c in t.children) for t in aimed))

    def received(self, verb: Token) -> bool:
        """Peacekeepers arriving or deployed somewhere, by no one named: the place's state
        receives them ("A first patch of Bangladeshi peacekeeping troops arrived in Sierra
        Leone"; "for its peacekeeping forces to be deployed in East Timor"). Whether an
        event was coded."""
        if verb.lemma_.lower() not in ARRIVAL_VERBS or _args(verb, {"dobj", "agent"}):
            return False
        troops = [t for t in _args(verb, {"nsubj", "nsubjpass"})
                  if any(w.lower_ in PEACEKEEPING_WORDS for w in t.subtree)]
        hosts = [o for o in _prep_objects(verb, ARRIVAL_PREPS)
                 if ((place := self.place_at(o)) is not None and place.country) or any(
                     a.kind == "state" for a in actors_at(self.d, o.idx, o.idx + len(o.text)))]
        if not troops or not hosts:
            return False
        self.state_places.update(t.i for t in hosts)
        self.emit(verb, verb, RECEIVE_PEACEKEEPERS_CODE, hosts, troops)
        return True

    def trips(self, word: Token) -> list[Token]:
        """The travel a word of advice is against ("advised against travel to Tunisia", "a
        warning against travel to Kenya", "a travel warning")."""
        return [t for t in (*_prep_objects(word, ("against",)),
                            *(c for c in word.children if c.dep_ == "compound"))
                if t.lemma_.lower() in TRAVEL_NOUNS]

    def travel_advice(self, verb: Token) -> None:
        """Advising against travel to a country reduces relations with it (CAMEO 160)."""
        if verb.lemma_.lower() not in ADVICE_VERBS or not (trips := self.trips(verb)):
            return
        self.consumed.update(t.i for t in trips)
        self.emit(verb, verb, TRAVEL_WARNING_CODE, self.subject(verb),
                  [o for t in trips for o in _prep_objects(t, ("to",))])

    def armament(self, verb: Token) -> None:
        """Weapons made or gathered to use against someone threaten them with their use
        ("claims to be manufacturing chemical and biological weapons to use against the
        United States and Britain": 1385, as "using chemical weapons" is 2041)."""
        if verb.lemma_.lower() not in ARMING_VERBS:
            return
        arms = [o for o in _args(verb, {"dobj"}) if self.weapons([o])]
        if not arms:
            return
        holders = [verb, *arms]  # ("to use against", "for use against": on either)
        uses = [c for x in holders for c in x.children
                if c.dep_ in {"advcl", "acl", "relcl", "xcomp"} and c.lemma_ == "use"
                and parse.to_infinitive(c)]
        uses += [u for x in holders for u in _prep_objects(x, ("for",)) if u.lemma_ == "use"]
        targets = [t for u in uses for t in _prep_objects(u, ("against",))]
        if not self.actors_of(targets):
            return
        arm = arms[0]
        used = lexicon.constructions().get(
            f"use {arm.doc[arm.i - 1].lower_} {arm.lemma_.lower()}" if arm.i else "")
        code = lexicon.declared_code(used.cameo if used is not None else FORCE_CODE, "13")
        self.emit(verb, verb, code, self.subject(verb), targets)

    def protest_during(self, verb: Token) -> Token | None:
        """The protest a verb's act is done during or at, named by an event noun not yet
        coded ("threw stones during demonstrations")."""
        nouns = lexicon.event_nouns()
        return next((o for o in _prep_objects(verb, ("during", "at"))
                     if (n := nouns.get(o.lemma_.lower())) is not None
                     and n.cameo[:2] == PROTEST_ROOT and o.i not in self.consumed), None)

    def crowd(self, verb: Token) -> None:
        """"Protesters poured into the streets", "Demonstrators gathered in area cities":
        what a crowd of protesters does in the street, where the lexicon does not code the
        verb itself, is its protest (CAMEO 141; 145 for rioters), against what it names."""
        words = lexicon.word_kinds("riots.tsv")
        lemma = verb.lemma_.lower()
        if lemma not in words["action"] or lemma in lexicon.event_verbs():
            return
        subjects = [_through_quantity(t) for t in self.subject(verb)]
        if not subjects or subjects[0].pos_ != "NOUN":
            return
        crowd = subjects[0].lemma_.lower()
        if crowd in words["rioters"]:
            code = RIOT_CODE
        elif crowd in words["crowd"]:
            code = DEMONSTRATE_CODE
        else:
            return
        self.emit(verb, verb, code, subjects, _prep_objects(verb, ("against",)))

    # --- emitting ---
    def emit(self, trigger: Token, head: Token, code: str, sources: list[Token],
             targets: list[Token], mood: str | None = None, told: str | None = None) -> None:
        info = self.codes.get(code)
        if info is not None and info.plover == "ASSAULT" and self.riot(trigger, code, sources,
                                                                        sources + targets):
            code, info = RIOT_CODE, self.codes[RIOT_CODE]
            if self.armed(sources) and self.crowd_of(targets):
                # "Police clashed with protesters": the riot is the crowd's, against the
                # police
                sources, targets = targets, sources
        if (code == MISSILE_CODE and self.lemma_of(trigger) in FIRED_FROM
                and not self.actors_of(targets) and any(
                    t.lemma_.lower() in SEA_WORDS for t in head.subtree)):
            # "fired a ballistic missile off its east coast", "into the sea": a launch at
            # no one is a show of force (CAMEO 150), not an air strike
            code, info = POSTURE_CODE, self.codes[POSTURE_CODE]
        if (code in GENERIC_FORCE_CODES and self.state_force(sources)
                and self.crowd_of(targets)):
            # "Police opened fire to disperse demonstrators": force by the state's forces
            # on a protest is violent repression (CAMEO 175)
            code, info = REPRESSION_CODE, self.codes[REPRESSION_CODE]
        if info is None or info.plover is None:
            return  # statements and appeals (CAMEO 01, 02): PLOVER does not code them
        if code == RIOT_CODE and trigger.pos_ == "VERB" and not self.actors_of(targets) and (
                protest := self.protest_during(head)) is not None:
            # "youths resorted to throwing stones during demonstrations against the
            # alleged human rights violations by the Israeli military": the protest turned
            # violent, one event, against what it protests
            targets = _prep_objects(protest, lexicon.event_nouns()[
                protest.lemma_.lower()].target_preps)
            self.consumed.add(protest.i)
        if (trigger.i, code) in self.emitted:
            return  # the same trigger reached twice (as a verb's object and as a noun)
        self.emitted.add((trigger.i, code))
        if info.plover == "ASSAULT":
            # "victims killed by the Malaysia Airlines crash": the airline named in an
            # accident did not do the harm ("Israeli fire" is gunfire: fire is not meant)
            causes = lexicon.word_kinds("mishaps.tsv")["cause"]
            sources = [t for t in sources if not (
                t.pos_ == "NOUN" and t.lemma_.lower() != "fire" and t.lemma_.lower() in causes)]
        src = self.actors_of(sources)
        if not src and info.quad_class == 4:
            # "was tortured in police custody", "died as a result of torture while in
            # Israeli police custody": who holds the victim did the harm
            src = self.actors_of(_custodians(head))
        if not targets and trigger.pos_ == "NOUN" and info.quad_class == 4:
            targets = _died_of(trigger)  # "a prisoner died as a result of torture"
        sent = trigger.sent
        if info.plover == "ASSAULT" and not src and self.mishap(sent, sources):
            return  # harm with no doer in a report of a disaster or an accident
        tgt_all = self.actors_of(targets)
        # (a group of no known country, "people", does not make a thing's doing an act:
        # "a program which supplies benefits to people")
        if not src and all(map(self.vague, tgt_all)) and trigger.pos_ == "VERB" and self.things(
                [o for a in _args(head, {"agent"}) for o in _args(a, {"pobj"})]
                if _args(head, {"nsubjpass"}) or (head.tag_ == "VBN" and not any(
                    c.lemma_ == "have" for c in head.children if c.dep_ == "aux"))
                else sources):
            # "levels that will not support news gathering", "is forbidden by law": a
            # thing does no act (a participle's subject is done to, "20 others injured";
            # its agent does)
            return
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in head.children)
        # (only an object that is itself the actor: "setting fire to their mattresses" is
        # done by those whose mattresses they are)
        direct = {a.id for t in targets for a in actors_at(self.d, t.idx, t.idx + len(t.text))}
        if not own_subject and set(src) & set(tgt_all) & direct:
            # A participle's borrowed subject cannot also be its object ("Zelensky ...,
            # thanking Musk" is not Musk thanking Musk): the last other person named before.
            other = self.person_before(trigger, exclude=set(tgt_all))
            src = [other] if other else []
        owned = _possessed(targets)
        src, tgt = self.one_per_code(src), self.one_per_code(
            [a for a in tgt_all if a not in src
             and not (owned and self.own_members(a, src, sent))])
        if not tgt and code[:3] in ADMINISTRATIVE_CODES:
            tgt = self.home_people(src, head)
        modality, negated, announced = self.modality(head)
        if told == "happened":
            modality, negated = "asserted", False
        elif told == "not negated":
            negated = False
        if mood is not None and modality == "asserted":
            modality = mood
        if info.plover == "ASSAULT" and modality == "intended" and _attempted(head):
            # "attempted to assassinate", "tried to storm the building": the attempt is
            # itself an attack (CAMEO 185 for an attempt on a life)
            modality = "asserted"
            if code == "186":
                code, info = ATTEMPT_CODE, self.codes[ATTEMPT_CODE]
        if trigger.pos_ == "NOUN" and modality == "asserted":
            modality = next((NOUN_MODIFIER_MODALITY[c.lower_] for c in trigger.children
                             if c.dep_ == "amod" and c.lower_ in NOUN_MODIFIER_MODALITY),
                            None) or _prospect(trigger) or modality
            of = trigger.head if trigger.dep_ == "pobj" else None
            if (of is not None and of.lower_ == "of" and (of.head.lemma_.lower() in AWAITING_NOUNS
                                                          or of.head.lower_ == "ahead")):
                modality = "hypothetical"  # "in anticipation of protests", "ahead of talks"
            if of is not None and of.lower_ == "of" and any(
                    c.dep_ == "det" and c.lower_ == "no" for c in of.head.children):
                negated = True  # "there was no sign of a walkout"
            if of is not None and _refrained(of):
                negated = True  # "refrained from criticisms of Obama"
            if _falsely_reported(trigger):
                negated = True  # "tweeting falsified reports of two explosions"
            if (of is not None and of.lower_ == "against"
                    and of.head.lemma_.lower() in WARNING_VERBS):
                modality = "hypothetical"  # "cautioned Israel against an attack"
            if (asker := _asked_by(trigger)) is not None and asker.lemma_.lower() in REQUEST_VERBS:
                modality = "requested"  # "ask for His forgiveness", "called for ... relief"
            if any(c.dep_ == "det" and c.lower_ == "any" and not c.conjuncts
                   for c in trigger.children):
                # "turn any Trump attacks into a counterattack" (not "any and all
                # allegations against her have gotten coverage")
                modality = "hypothetical"
        if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                          for c in trigger.children):
            negated = True  # "there was no attack on the village", "had no bank financing"
        if trigger.dep_ == "dobj" and trigger.head.i == head.i and (
                self.lemma_of(head) in WITHHOLD_VERBS or (
                    _refuses(head) and info.plover in REFUSABLE_TYPES)):
            negated = True  # "withholding his endorsement", "ruled out talks": not given
        attribution = self.attribution(trigger, code, sent.text, head, negated)
        date, precision = self.when(trigger, head)
        if (modality == "asserted" and not negated and (
                (trigger.i == head.i and _present_tense(head)) or trigger.pos_ == "NOUN")
                and _after(date, self.d.article.published)):
            # "are meeting up next week", "planning for the NATO summit in April": planned,
            # not yet done
            modality = "intended"
        if not tgt and code[:2] == PROTEST_ROOT:
            # "protested outside the US embassy in Baghdad": a protest at a state's or a
            # body's seat is against it, not against the country where it stands
            tgt = [i for i in self.actors_of([o for t in (trigger, head) for o in _sites(t)])
                   if i not in src and (a := self.d.actor(i)) is not None
                   and a.kind != "state" and a.country]
        place = self.where(trigger, head, set(src) | set(tgt))
        if (not src and place and (code[:3] in STATE_ACTS or head.lemma_.lower() in EXPEL_VERBS)
                and _args(head, {"nsubjpass"}) and not _args(head, {"agent"})):
            # "A US national has been put under investigation in Italy", "was arrested in
            # Cairo", "Two British diplomats were expelled from Russia": an arrest, charge
            # or expulsion with no doer named is the state's where it was done (and that
            # state is no target of it)
            state = self.country_actor(place.country)
            if state is not None and state.id not in tgt:
                src = [state.id]
                if all(m.start != place.start for m in state.mentions):
                    state.mentions.append(self.d.span(place.start, place.end))
        if not src and info.quad_class == 4 and (doers := next(
                (a for n in ([trigger] if trigger.pos_ == "NOUN" else _args(head, {"nsubj"}))
                 if (a := self.doer_word(
                     n.head.head if n.lower_ in RELATIVE_WORDS and n.head.dep_ == "relcl"
                     else n)) is not None), None)) is not None:
            # "a militant attack" was made by militants, and so was what it did ("A
            # militant attack killed 26 tourists", "sniper shootings that injured doctors")
            src = [doers.id]
        if not src and place and info.plover == "ASSAULT" and modality == "asserted" and (
                not negated and (attackers := self.unidentified(place, tgt)) is not None):
            # "Three US servicemen were killed by an improvised explosive device outside of
            # the Iraqi city of Basra", "10 Russian soldiers killed in Ukraine": an attack on
            # foreigners with no doer named is by unidentified attackers of the country
            # where it was done (ICEWS's and POLECAT's "unidentified armed forces")
            src = [attackers.id]
        # (a reciprocal act of several doers is done to each other, not to where it is:
        # "Pakistani and Indian troops exchanged fire along the Kashmir frontier")
        mutual = not tgt and len(src) > 1 and (code[:3] in RECIPROCAL_CODES
                                              or head.lemma_.lower() in EXCHANGE_VERBS
                                              or any(_each_other(t) for t in head.subtree))
        if not tgt and place and not mutual and not (code[:2] in WORDS_AT_SOMEONE
                                      and not self.argument_place(place, head)) and (
                info.quad_class in {3, 4} or info.plover in TERRITORIAL
                or code == VISIT_CODE) and not (
                info.quad_class == 3 and _placed_doers(self.doc, place.start, sources,
                                                       {trigger.i, head.i})):
            # "lifted a curfew in Montenegro", "rioted at a jail in northern Israel",
            # "threatened to resume attacks in Israel": an act of conflict or concession done
            # to a territory with no other target is done to that country; "Xi visited
            # Moscow" visits Russia. (Words are not done to where their speakers are: "a
            # request from Democrats in Ohio")
            territory = self.country_actor(place.country)
            if territory is not None and territory.id not in src:
                tgt = [territory.id]
                if all(m.start != place.start for m in territory.mentions):
                    territory.mentions.append(self.d.span(place.start, place.end))
        evidence = self.d.span(sent.start_char, sent.start_char + len(sent.text.rstrip()))
        # One event per source and target ("Israel and the US condemned Iran and Syria" is
        # four); a reciprocal action of a list with no other party is each one's with each
        # other ("The US, Russia and Switzerland met": six).
        if mutual:
            pairs = [(a, b) for a in src for b in src if a != b]
        else:
            pairs = [(a, b) for a in src or [None] for b in tgt or [None]]
            if code in BOTH_WAYS_CODES and src and tgt:
                # "Petraeus held talks with President Suleiman": each negotiates with the
                # other (CAMEO 046, "these are reciprocal events")
                pairs += [(b, a) for a, b in pairs if (b, a) not in pairs]
        said = None
        if announced and any((c.dep_ == "mark" and c.lower_ in OPEN_MARKS)
                             or (c.dep_ == "advmod" and c.lower_ in GUESS_ADVERBS)
                             for c in head.children):
            # "unclear if American authorities would give the Cubans visas", "probably
            # wouldn't give in": a question or a guess, no declaration
            announced = False
        if announced and self.thought_by_another(head, src):
            # "Analysts say Iran will attack Israel", "Bush hoped that Iraq would
            # withdraw": a future in another's words or thoughts is no declaration of its doer
            announced = False
        if announced and head.dep_ == "relcl" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
                for c in head.children):
            # "a deal under which Hamas would release hostages", "a plan in which Israel
            # would withdraw": what a thing described would bring, no one's declaration
            announced = False
        if announced and any(
                c.dep_ == "prep" and c.lower_ in TERMS_PREPS and c.i < head.i
                and any(o.lemma_.lower() in TERMS_NOUNS for o in c.children if o.dep_ == "pobj")
                for c in head.children):
            announced = False  # "Under the proposal, Hamas would free 33 hostages": the
            # proposal's terms, no one's declaration
        if not src and not _args(head, {"nsubj", "agent"}):
            # "she hoped officials would be indicted": a future act with no doer named is
            # nobody's declaration
            announced = False
        elif announced and trigger.pos_ == "NOUN" and not (
                trigger.dep_ == "dobj" and trigger.head.i == head.i):
            # A noun is declared as the object its doer "will launch" or "would impose";
            # "support ..., which could pave the way for a war between Israel and Iran if
            # ...": the war's sides declare nothing
            announced = False
        top = _governor(head, {"xcomp"})  # the verb that declares ("pledged", "prepared")
        if top.i != head.i and not negated and (self.act_code(top) or "").startswith("03"):
            # "pledged to help Indonesia": the pledge is the declaration, coded once
            announced = False
        elif (src and top.i != head.i and not negated and info.quad_class in {1, 2}
              and self.lemma_of(top) in SEEK_VERBS):
            # "Brazil and the United States are seeking to deepen a partnership": to seek
            # cooperation declares the intent (CAMEO 03; PETRARCH codes SEEK 030); to seek
            # to harm threatens no one ("Iran was seeking to assassinate him")
            announced = True
        # ("did not announce that it would withdraw": the declaration itself was not made,
        # where the negation of a verb of saying stays its own)
        untold = (head.dep_ == "ccomp" and _tells_only(head.head.lemma_.lower())
                  and _negated(head.head))
        if announced and negated:
            # "said he would not provide support to Israel": declared not to, a refusal
            # (of aid: CAMEO 122)
            said = lexicon.declared_code(code, "12")
        elif announced and info.plover not in {"AGREE", "THREATEN"}:
            # CAMEO codes a declared future action as the declaration itself: intent to
            # cooperate (03) for cooperative actions, a threat (13) for conflictual ones.
            # An announcement that holds unless the other side acts ("will withdraw its
            # force unless ...") is a threat whatever the action; one that holds if it does
            # ("would meet him if he gave them a veto") is an offer.
            coercive = any(m.lower_ == "unless" for c in head.children
                           if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark")
            # A declared verbal conflict ("want to re-examine the refineries", "will
            # criticize") is no threat: CAMEO's threats are of material harm.
            # The code says what was declared: "will release" 0353, "will attack" 1384.
            said = (lexicon.declared_code(code, "03") if info.quad_class in {1, 2}
                    and not coercive else lexicon.declared_code(code, "13")
                    if info.quad_class == 4 or coercive else None)
            if code[:2] in FORCE_ROOTS and top.lemma_.lower() in POSTURE_VERBS:
                # "the army prepared to resume shelling": readying force is a show of it
                # (CAMEO 15), not a threat
                said = POSTURE_CODE
        for a, b in pairs:
            pair = () if len(pairs) == 1 else (a, b)  # one pair keeps the plain id
            event = Event(
                id=stable_id("E", self.d.article.id, trigger.idx, code, *pair),
                plover=info.plover, mode=info.mode, cameo=code, quad_class=info.quad_class,
                goldstein=info.goldstein, source=[a] if a else [], target=[b] if b else [],
                evidence=evidence,
                trigger=self.d.span(trigger.idx, trigger.idx + len(trigger.text)),
                date=date, date_precision=precision,
                place=place.ref() if place else None,
                negated=negated, modality=modality, attribution=attribution,
                confidence=_confidence(a, b),
                plover_score=lexicon.plover_score(info.plover, info.mode),
            )
            self.d.events.append(event)
            if said is not None:
                said_info = self.codes[said]
                self.d.events.append(replace(
                    event, id=stable_id("E", self.d.article.id, trigger.idx, said, *pair),
                    plover=said_info.plover, mode=said_info.mode, cameo=said,
                    quad_class=said_info.quad_class, goldstein=said_info.goldstein,
                    plover_score=lexicon.plover_score(said_info.plover, said_info.mode),
                    modality="asserted", negated=untold,
                    # (the declaration is told as made or, "did not announce", not: "said it
                    # would not withdraw" is a refusal Russia made, not a denied one)
                    attribution=replace(attribution, hedges=list(attribution.hedges),
                                        certainty=_certainty(untold, attribution.hedges,
                                                             attribution.sources))))
        if info.plover in REFUSABLE_TYPES and (word := _ruled_out(trigger)) is not None:
            self.ruled_out(word, code, targets)

    def thought_by_another(self, verb: Token, src: list[str]) -> bool:
        """Whether a clause is what someone other than its doers says, thinks or hopes: the
        complement of a verb before it whose subject, or the that-clause of a noun whose
        holder, is none of them (nor of their country: "Iran's foreign minister said it
        would retaliate"); a hope, fear or expectation no one is named as holding is the
        writer's."""
        clause = _governor(verb, {"xcomp", "conj"})
        if clause.dep_ == "ccomp" and clause.head.pos_ in {"VERB", "AUX"}:
            if clause.head.i > clause.i:
                # "The EC may halt mediation ..., Dutch Foreign Minister Van den Broek said":
                # a tag after the clause, as news gives a side's announcement
                return False
            holders = self.subject(clause.head)
            if not holders:
                return False  # (no subject found: "..., then says he'll welcome advice")
        elif clause.dep_ in {"acl", "relcl", "ccomp"} and clause.head.pos_ == "NOUN" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            noun = held = clause.head
            while (held.dep_ == "pobj" and held.head.lower_ == "of"
                   and held.head.head.pos_ == "NOUN"):
                held = held.head.head  # "any feeling of hope that ..."
            holders = [c for c in noun.children if c.dep_ == "poss"] or (
                self.subject(held.head) if held.dep_ == "dobj" else [])
            if not holders:
                return noun.lemma_.lower() in (AWAITING_NOUNS - {"threat"}) | OPINION_NOUNS
        else:
            return False
        doers = [a for a in (self.d.actor(i) for i in src) if a is not None]
        if not doers and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "PRON"
                             for c in verb.children):
            return False  # (a pronoun not resolved: "Nigeria said it will withdraw ...")
        for holder in (self.d.actor(i) for i in self.actors_of(holders)):
            if holder is not None and any(holder.id == a.id or (
                    holder.country and holder.country == a.country) for a in doers):
                return False
        return True

    def ruled_out(self, word: Token, code: str, targets: list[Token]) -> None:
        """"US authorities said that removing the sanctions on Burma is out of the
        question": who says an act of cooperation is out of the question or off the table
        refuses it (CAMEO 12; 1244 for easing sanctions)."""
        pred = word.head if word.dep_ in {"attr", "acomp"} else next(
            a for a in word.ancestors if a.pos_ in {"VERB", "AUX"})
        gov = pred.head
        if pred.dep_ != "ccomp" or gov.lemma_.lower() not in lexicon.reporting_verbs():
            return
        sources = self.subject(gov)
        if self.actors_of(sources):
            self.emit(word, gov, lexicon.declared_code(code, "12"), sources, targets)

    def rallied(self, verb: Token) -> list[Token]:
        """Whom a request asks others to join against: the "against" objects of the acts
        of rallying it asks for ("called on Arabs to unite and mobilize against Sharon")."""
        asked = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"}
                 and parse.to_infinitive(c)]
        acts = [a for c in asked for a in (c, *c.conjuncts)]
        return [o for a in acts if a.lemma_.lower() in JOIN_AGAINST_VERBS
                for o in _prep_objects(a, ("against",))]

    def strives(self, verb: Token) -> bool:
        """Whether a verb of fighting is done against a thing, by no armed force: "fighting
        gender stereotypes", "vowed to fight corruption" (not "fought Hamas", "fought
        the rebels", nor troops' fighting)."""
        if self.lemma_of(verb) not in STRIVE_SENSE:
            return False
        obj = next(iter(_args(verb, {"dobj"})), None)
        return (obj is not None and not self.actors_of([obj]) and not self.forceful([obj])
                and not self.armed(self.subject(verb)))

    def act_code(self, verb: Token) -> str | None:
        """The CAMEO code of the act a verb names with its object ("lift embargoes" 085)
        or alone ("release" 0841), if the lexicon has one."""
        lemma = self.lemma_of(verb)
        for obj in _args(verb, {"dobj"}):
            pair = lexicon.constructions().get(f"{lemma} {obj.lemma_.lower()}")
            if pair is not None:
                return pair.cameo
        if lemma in RETURN_SENSE and not _args(verb, {"dobj", "nsubjpass"}):
            return None  # "vowed to return to Venezuela": coming back, nothing returned
        found = lexicon.event_verbs().get(lemma) or next(
            (f for p in verb.children if p.dep_ == "prep"
             and (f := lexicon.event_verbs().get(f"{lemma} {p.lower_}")) is not None), None)
        return found.cameo if found is not None else None

    def lemma_of(self, verb: Token) -> str:
        """The form a verb is looked up by: the first of its base forms the lexicon knows,
        else its lemma."""
        return next((f for f in base_forms(verb) if f in self.known_verbs),
                    verb.lemma_.lower())

    def verb(self, tok: Token) -> None:
        if tok.dep_ == "prep" and _args(tok, {"pobj"}):
            return  # a participle used as a preposition: "given the EU's efforts to collect"
        if tok.lower_ == "granted" and tok.i and tok.nbor(-1).lower_ == "for":
            return  # "took black voters for granted": an idiom, nothing granted
        verbs, nouns = lexicon.event_verbs(), lexicon.event_nouns()
        lemma = self.lemma_of(tok)
        particle = _particle(tok, lemma, verbs)
        preps = [c for c in tok.children if c.dep_ == "prep"]
        prep_entry = next((p for p in preps if f"{lemma} {p.lower_}" in verbs
                           and (p.i == preps[0].i or abs(p.i - tok.i) <= PREP_REACH)
                           and not any(o.ent_type_ in {"DATE", "TIME"} for o in p.children)),
                          None)  # (not "standing in front of a crowd ... by her side")
        obj = next(iter(_args(tok, {"dobj"})), None)
        if (obj is None and tok.dep_ == "compound" and tok.tag_ == "VBG"
                and f"{lemma} {tok.head.lemma_.lower()}" in lexicon.constructions()):
            obj = tok.head  # "while trading fire with snipers": the parser's noun compound
        passive = bool(_args(tok, {"nsubjpass"})) or _gapped_passive(tok) or (
            tok.dep_ == "xcomp" and bool(_args(tok, {"auxpass"})))  # ("expected to be hit")
        undergone = False  # (the construction's object is the passive's subject)
        if obj is None and passive and (carried := next(
                (x for x in _args(tok, {"nsubjpass"})
                 if f"{lemma} {x.lemma_.lower()}" in lexicon.constructions()), None)):
            # "Evidence against Russia was presented by the US", "fire was opened on the
            # crowd": the construction's object made subject; the agent acts on the target
            # its noun or verb names
            obj, passive, undergone = carried, False, True
        trig = None
        trigger = tok
        by_object = False  # the object names the event, and is not its target
        asked = _for_clause(tok) if f"{lemma} for" in verbs or "for" in getattr(
            verbs.get(lemma), "target_preps", ()) else None
        if obj is not None and f"{lemma} {obj.lemma_.lower()}" not in lexicon.constructions():
            # "launched artillery, mortar, and rocket fire": the listed object that makes
            # the construction
            obj = next((c for c in obj.conjuncts
                        if f"{lemma} {c.lemma_.lower()}" in lexicon.constructions()), obj)
        pair = f"{lemma} {obj.lemma_.lower()}" if obj is not None else ""
        if obj is not None and obj.i and (
                longer := f"{lemma} {obj.doc[obj.i - 1].lower_} {obj.lemma_.lower()}") in (
                    lexicon.constructions()):
            pair = longer  # "used chemical weapons", "declared martial law": the kind first
        if obj is not None and pair not in lexicon.constructions():
            # "violating the ceasefire agreement": the kind the object's compound names
            # (not measures of a kind: "had taken control measures" took no control)
            kind = next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1
                         and f"{lemma} {c.lemma_.lower()}" in lexicon.constructions()
                         and obj.lemma_.lower() not in STEP_NOUNS), None)
            if kind is not None:
                pair = f"{lemma} {kind.lemma_.lower()}"
                self.consumed.add(kind.i)  # (not an event of its own: "mediation efforts")
            elif obj.lemma_.lower() in STATE_NOUNS and (kind := next(iter(
                    _prep_objects(obj, ("of",))), None)) is not None and (
                    f"{lemma} state of {kind.lemma_.lower()}" in lexicon.constructions()):
                pair = f"{lemma} state of {kind.lemma_.lower()}"  # "declared a state of emergency"
        if obj is not None and pair in lexicon.constructions():
            # (in the sense its noun's modifier gives it: "declared a trade war")
            trig = lexicon.constructions()[pair]
            trig = replace(trig, cameo=self.sense(obj, trig.cameo))
            by_object = True
            self.consumed.add(obj.i)
        elif (lemma in lexicon.light_verbs() or lemma in CONVERSE_VERBS
              or _particle(tok, lemma, lexicon.light_verbs())) and (
                obj is not None and obj.lemma_.lower() in nouns and not _month(obj)):
            if self.idle(obj) or (obj.lemma_.lower() in ADVICE_NOUNS and self.trips(obj)):
                return  # (advice against travel: the noun's own, coded as a noun)
            trig = nouns[obj.lemma_.lower()]
            trig = replace(trig, cameo=self.sense(obj, trig.cameo))
            trigger = obj
            by_object = True
            self.consumed.add(obj.i)
        elif (placed := next((o for p in preps if p.lower_ in PLACING_PREPS
                              for o in _args(p, {"pobj"})
                              if f"{lemma} {o.lemma_.lower()}" in lexicon.constructions()),
                             None)) is not None:
            # "took the suspect into custody", "was put under investigation": the state the
            # verb puts its object in names the event, done to the object
            trig = lexicon.constructions()[f"{lemma} {placed.lemma_.lower()}"]
            self.consumed.add(placed.i)
        elif particle and f"{lemma} {particle}" in verbs:
            trig = verbs[f"{lemma} {particle}"]
        elif prep_entry is not None:  # "call on X": the preposition's object is the target
            trig = verbs[f"{lemma} {prep_entry.lower_}"]
            trig = lexicon.Trigger(trig.lemma, trig.cameo, (prep_entry.lower_,), trig.example)
        elif asked is not None and f"{lemma} for" in verbs:
            trig = verbs[f"{lemma} for"]  # "pushing for the US to support": who is to act
            trig = lexicon.Trigger(trig.lemma, trig.cameo, ("for",), trig.example)
        elif lemma in verbs and not any(
                (c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "away")
                 or _out_of(tok, c))
                and c.lower_ not in KEPT_PARTICLES
                and not (c.i + 1 < len(c.doc) and c.nbor().lower_ == "to")
                for c in _with_stray_out(tok)):
            # (a particle the lexicon has no phrasal verb for makes another verb: "signed
            # up", "struck up a date"; "up to 16" is a number's)
            trig = verbs[lemma]
        if trig is None:
            return
        trig = self.sense_of(tok, lemma, trig, obj, preps, by_object)
        if trig is None:
            return
        sources = self.subject(tok)
        if (passive or undergone) and not sources and lemma in FIRED_FROM:
            # "a mortar bomb was fired at it from the Gaza Strip": from where its doer was
            # (also "from near Pyongyang", "from inside Lebanon")
            sources = _prep_objects(tok, ("from",)) or [
                o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                for q in p.children if q.dep_ == "prep" for o in _args(q, {"pobj"})]
            self.state_places.update(t.i for t in sources)
        if passive and lemma in STATIVE_PASSIVES and not _args(tok, {"agent"}):
            # "Israel is opposed to French mediation": a stance, with its subject as source.
            sources = _args(tok, {"nsubjpass"})
            targets = _prep_objects(tok, ("to",))
        elif trig.lemma in WITHDRAW_SENSE and not by_object:
            # what is withdrawn is one's own ("withdraw the United States from the Iran
            # nuclear deal"), and withdrawn forces are the ones who leave ("Israeli troops
            # were withdrawn from Gaza"); the one left is the target
            if passive and not sources:
                sources = _args(tok, {"nsubjpass"})
            targets = _left(tok)
            if not self.actors_of(targets) and not passive:
                # (else whom the withdrawal concerns, where it is not the doer's own state
                # or forces: "withdraws him from consideration", "withdraw the Garland
                # nomination")
                own = self.countries(sources)
                targets = [o for o in _args(tok, {"dobj"})
                           if not own & {a.country for i in self.actors_of([o])
                                         if (a := self.d.actor(i)) is not None
                                         and a.kind != "person"}]
        elif passive:
            targets = (_args(tok, {"nsubjpass"}) or _args(tok, {"nsubj"})  # (gapped)
                       # (or the one a passive infinitive is to be done to: "Hamas is
                       # expected to be attacked", "called for Sinn Fein to be expelled")
                       or (_controller(tok) if tok.dep_ == "xcomp" and _args(tok, {"auxpass"})
                           else []))
            if tok.dep_ == "relcl":  # "the soldiers who were killed": the noun described
                targets = [tok.head if t.lower_ in RELATIVE_PRONOUNS else t for t in targets]
        elif tok.dep_ == "acl" and tok.tag_ == "VBN":
            targets = [tok.head]  # "10 Russian soldiers killed in Ukraine": done to the noun
        elif obj is not None and by_object:
            left = _left(tok) if "from" in trig.target_preps else []  # ("out of Ukraine")
            targets = (list(dict.fromkeys(_prep_objects(obj, trig.target_preps)
                                          + _prep_objects(tok, trig.target_preps) + left))
                       # ("halted mediation between Serbia and Kosovo"; not the land seized:
                       # "seizing seven districts between Armenia and Nagorno-Karabakh")
                       or (_between(obj) if trig.cameo != OCCUPY_CODE else [])
                       # ("accepted China's demands", as "the demands of China")
                       or ([c for c in obj.children if c.dep_ == "poss"]
                           if "of" in trig.target_preps else []))
            if not targets and (self.foreign(obj, sources) or (
                    undergone and (trig.cameo[:3] in STATE_ACTS or lemma in EXPEL_VERBS)
                    and self.actors_of([obj]))):
                # "summoned the Chinese ambassador", "expelled two British diplomats", "Two
                # British diplomats were expelled from Russia": the state whose
                # representative it is
                targets = [obj]
            if not targets and trig.cameo.startswith("17") and lexicon.event_nouns().get(
                    obj.lemma_.lower(), trig).cameo.startswith("14"):
                # "prevented the demonstration staged by students", "blocked a march by
                # opposition supporters": the protest's doers are the ones coerced
                targets = self.doers(obj, tok)
        elif lemma in TRADE_SENSE:
            targets = self.counterparts(tok, trig)  # (what is sold is goods, no one)
        else:
            targets = _args(tok, {"dobj", "dative"}) + _prep_objects(tok, trig.target_preps)
            if self.sent_off(tok, trig.cameo) or (
                    lemma in PARTY_VERBS and _prep_objects(tok, ("with",))):
                # "provided police officers to Kosovo": who is given is what is given; the
                # one given to receives the aid; "mobilized reservists": one's own forces;
                # "discussed the Iraq crisis with Tony Blair": a topic, and the party
                targets = [t for t in targets if t.dep_ != "dobj"]
            if trig.cameo[:2] in VERBAL_CONFLICT_ROOTS:
                # "complained to the United Nations over two Israeli air raids": a grievance
                # over another's act is against its doer; the one told is the audience
                doers = [o for o in _prep_objects(tok, GRIEVANCE_PREPS)
                         if o.lemma_.lower() in nouns and self.actors_of([o])]
                targets = doers or targets
        if (lemma in GIVING_VERBS and obj is not None and not self.actors_of(targets)
                and not _prep_objects(tok, ("to", "for"))):
            # "The US gave Ukraine weapons": the parser made the receiver a name modifying
            # the gift
            targets = [c for c in obj.children if c.dep_ == "compound"
                       and c.pos_ == "PROPN" and c.left_edge.i == tok.i + 1] or targets
        if trig.cameo == RALLY_CODE and lemma in REQUEST_VERBS:
            targets = self.rallied(tok)
        if asked is not None and "for" in trig.target_preps and not self.actors_of(targets):
            targets = _args(asked, {"nsubj", "nsubjpass"})
        targets = self.others(targets, sources)
        if (lemma == "blame" and obj is None and tok.dep_ == "xcomp"
                and tok.head.lemma_ == "be" and parse.to_infinitive(tok)):
            # "Democrats and the media are to blame": the ones blamed; whoever says so
            # blames them
            sources, targets = [], sources
        if lemma in CONVERSE_VERBS and by_object and not passive and not (
                lemma != "face" and obj is not None
                and (named := nouns.get(obj.lemma_.lower())) is not None
                and self.actors_of(_prep_objects(obj, named.target_preps))):
            # "demonstrators received weapons from the government": the giver acts (not
            # where the object names its own target: "Authorities obtained an arrest
            # warrant for Kopp")
            givers = _prep_objects(tok, ("from",)) + (
                _prep_objects(obj, ("from",)) if obj is not None else [])
            sources, targets = givers, sources
        elif not self.actors_of(targets):
            # "host a meeting between an Israeli peace movement and the PLO": the parties
            # of the event the object names
            events = [o for o in _args(tok, {"dobj"}) if o.lemma_.lower() in nouns]
            targets = ([p for o in events for p in _between(o)]
                       # ("offering further military support to Lebanon")
                       or self.others([p for o in events for p in _prep_objects(
                           o, nouns[o.lemma_.lower()].target_preps)], sources)
                       # (not past the one asked or urged, named or not: "asked them to
                       # attack Israel" asks them, not Israel)
                       or (self.nested_targets(tok) if not (
                           lemma in OBJECT_CONTROL and _args(tok, {"dobj"})) else [])
                       or (self.proposed_targets(tok) if trig.cameo[:2] == "12" else []))
            if not self.actors_of(targets) and (
                    obj is None or by_object or obj.ent_type_ not in PLACE_LABELS):
                # (also past an object that is no actor: "blocked a road to show their
                # disapproval for the United States' military policies"; not past a named
                # place, which the act is done to: "would blockade Paris to demand ...")
                targets = self.aim(tok)
            if not self.actors_of(targets) and trig.cameo.startswith("12"):
                targets = self.defied(tok)
        noun = nouns.get(obj.lemma_.lower()) if obj is not None else None
        if noun is not None and self.codes.get(noun.cameo) and self.codes.get(trig.cameo) and (
                self.codes[noun.cameo].plover == self.codes[trig.cameo].plover):
            self.consumed.add(obj.i)  # "ratified an agreement": one event, not two
        code = trig.cameo
        if code == GENERIC_INTENT_CODE:
            # "agreed to lift embargoes", "pledged to release": the intent says what is
            # intended (0354, 0353), as a declared act does
            act = next((a for c in tok.children if c.dep_ == "xcomp"
                        and (a := self.act_code(c)) is not None and not self.strives(c)), None)
            if act is not None and self.codes[act].quad_class in {1, 2}:
                code = lexicon.declared_code(act, "03")
            elif act is not None and act[:2] in FORCE_ROOTS:
                # "vowed to fire at Israeli towns": a vow of force is a threat of it (13);
                # joint exercises agreed (15) are no threat
                code = lexicon.declared_code(act, "13")
        elif code == REFUSE_CODE:
            # "refused to lift the sanctions" 1244, "ruled out talks" 125: a refusal says
            # what is refused, as an intent does
            done = next((a for c in tok.children if c.dep_ == "xcomp"
                         and (a := self.act_code(c)) is not None and not self.strives(c)),
                        None)
            if done is not None and done[:2] in WITHHELD_CONFLICT_ROOTS:
                # "declined to criticize Clinton", "refused to attack": a conflict withheld,
                # no rejection (a request refused is one: "denied the request", "refused to
                # order a hearing")
                return
            act = done or next(
                (n.cameo for c in tok.children if c.dep_ == "dobj"
                 and (n := nouns.get(c.lemma_.lower())) is not None), None)
            if act is not None:
                code = lexicon.declared_code(act, "12")
        elif (by_object and obj is not None and code[:2] in FORCE_ROOTS and (_verbal_kind(obj) or (
                obj.lemma_.lower() in VERBAL_SENSE and self.actors_of(sources) and all(
                    (a := self.d.actor(i)) is not None and a.kind == "person" and _politician(a)
                    for i in self.actors_of(sources))
                and self.in_words(sources, targets, obj)))):
            # "faced increasing attacks from Bush and Kasich", "launched a pre-emptive attack
            # against Obama" (a government's attack is of force)
            code = CRITICIZE_CODE
        self.emit(trigger, tok, code, sources, targets)

    def sense_of(self, tok: Token, lemma: str, trig: lexicon.Trigger, obj: Token | None,
                 preps: list[Token], by_object: bool) -> lexicon.Trigger | None:
        """The trigger in the sense this clause gives the verb, or None where the verb
        names no event here: a name given, not a call ("called the charges
        unsubstantiated"); a figurative use ("seized on a report"); a politician's attack
        in words (111); a prediction, not a threat (012)."""
        nouns = lexicon.event_nouns()
        if lemma in NAMING_VERBS and not by_object and (any(
                c.dep_ == "oprd" or (c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN", "ADJ"})
                for c in tok.children) or (obj is not None and ((obj.right_edge.i + 1 < len(
                    tok.doc) and tok.doc[obj.right_edge.i + 1].is_quote) or any(
                        t.is_quote for t in obj.subtree)))):
            # "calling them an occupying army", "called the charges unsubstantiated", "are
            # called failing", 'called the winner “Miss Piggy”': a name given, not a call
            return None
        if (lemma in PARTY_VERBS and not by_object and obj is None
                and not _prep_objects(tok, trig.target_preps)
                and not any(c.dep_ == "conj" for s in self.subject(tok) for c in s.children)):
            return None  # "talked about criminal justice reform": a topic, no one talked with
        if (lemma in ENACT_SENSE and not by_object and obj is not None
                and obj.lemma_.lower() in lexicon.word_list("information_nouns.txt")
                and any(c.dep_ in {"acl", "relcl"} and self.act_code(c) is not None
                        and self.actors_of(_aimed_at(c)) for c in obj.children)):
            # "approved a law recognizing ...": the law's act on someone is what was done
            # (not "signed the plan, which calls for cooperation": an agreement)
            return None
        if lemma in REQUEST_VERBS and self.actors_of(self.rallied(tok)):
            return replace(trig, cameo=RALLY_CODE)
        if by_object and trig.lemma in MASS_CONSTRUCTIONS and obj is not None and obj.tag_ == "NNS":
            return None  # "using forces and weapons": troops, not force used
        if trig.cameo == EMERGENCY_CODE and self.disaster(tok.sent):
            return None  # "declared a state of emergency" over fires: no one coerced
        if lemma in RESPONSE_VERBS and any(
                code[:2] not in FORCE_ROOTS
                for p in preps if p.lower_ in MEANS_PREPS | {"with"}
                for m in _args(p, {"pcomp", "pobj"})
                if (code := (self.act_code(m) if m.pos_ in {"VERB", "AUX"} else getattr(
                    nouns.get(m.lemma_.lower()), "cameo", None))) is not None):
            # "retaliated by imposing tariffs", "with sanctions": the means is the act (not
            # force: "retaliated with airstrikes" is both)
            return None
        if trig.lemma in STRIKE_SENSE and not by_object and not self.strike(tok, obj):
            return None  # "hit a record high", "hit the campaign trail": no force
        if trig.lemma in LANDING_SENSE and self.weapons(self.subject(tok)):
            return replace(trig, cameo=FORCE_CODE)  # "rockets landed in a border town"
        guest = obj if obj is not None else (tok.head if tok.dep_ == "relcl" else next(
            iter(_args(tok, {"nsubjpass"})), None))
        if (lemma in GUEST_VERBS | WELCOME_SENSE and not by_object and guest is not None
                and (self.no_one(guest) or (lemma in WELCOME_SENSE and obj is not None and (
                    self.things([obj]) or obj.lemma_.lower() in nouns)))):
            if lemma in WELCOME_SENSE:
                # "welcomed the decision", "welcoming the administration's plans"
                return replace(trig, cameo=PRAISE_CODE)
            return None  # "received quarterly bonuses", "received partial immunity": no guest
        if lemma in ASKING_VERBS and not by_object and not (
                any(c.dep_ == "xcomp" for c in tok.children)
                # (a "for" phrase, not the one asked: "asked Republicans a question")
                or any(p.lower_ == "for" for p in preps) or _for_clause(tok) is not None
                or any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
                       for c in tok.children)):
            return None  # "asked whether the deals required", "pressed against a fence": no demand
        if (lemma in ASKING_VERBS and not by_object and not _args(tok, {"agent"}) and (
                _args(tok, {"nsubjpass"}) or (tok.tag_ == "VBN" and tok.dep_ in {"advcl", "acl"}
                                              and not _args(tok, {"nsubj"})))):
            return None  # ("Asked to describe the device, O'Neill said"; "was asked to")
        if (lemma in PURCHASE_SENSE and obj is not None and not by_object
                and obj.lemma_.lower() not in nouns and obj.lemma_.lower() not in lexicon.roles()
                and not actors_at(self.d, obj.idx, obj.idx + len(obj.text))
                and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)):
            return None  # "Ryanair ordered ten Boeing jets": a purchase, not a command
        described = tok
        while described.dep_ == "conj" and described.head.i != described.i:
            described = described.head  # "the interview taped and released on Wednesday"
        published = obj if obj is not None else (
            described.head if described.dep_ in {"acl", "relcl"}
            and described.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
            else next(iter(_args(tok, {"nsubjpass"})), _reduced_passive(tok)))
        if (published is not None and published.dep_ == "pobj"
                and published.head.lower_ == "of" and published.head.head.pos_ == "NOUN"):
            # "a poll of 400 voters released on Friday": the parser hangs the participle
            # on the poll's "of" phrase
            published = published.head.head
        if (published is not None and published.lower_ in RELATIVE_PRONOUNS
                and tok.dep_ == "relcl"):
            published = tok.head  # "The FEC report ..., which will be released"
        if (lemma in PUBLISH_SENSE and published is not None and not by_object
                and any(published.lemma_.lower() in lexicon.word_kinds("product_nouns.tsv").get(
                    kind, frozenset()) for kind in CRAFT_KINDS)):
            # "Iran released the detained British tanker": a ship or plane held is property
            # returned ("released a new jet": a product put out)
            return replace(trig, cameo=RETURN_PROPERTY_CODE) if _definite(published) else None
        if (lemma in PUBLISH_SENSE and published is not None and not by_object
                and self.published(published)
                # (money released is given: "released funds to Kenya", below)
                and _through_quantity(published).lemma_.lower() not in MONEY_WORDS):
            # "a report released Tuesday", "released a parody website": made public or let
            # go of, no one set free
            return None
        if (by_object and obj is not None and obj.lemma_.lower() in VENUE_SENSE
                and self.campaign_event(obj, _prep_objects(tok, ("for",)))):
            return None  # "held a campaign rally", "attended a rally for Hillary Clinton"
        if tok.dep_ == "amod":
            return None  # "slashing comments", "a burning question": a participle describes
        if tok.dep_ in {"prep", "mark"}:
            return None  # a participle used as a preposition: "given that", "given the efforts"
        gift = obj if obj is not None else (tok.head if tok.dep_ in {"relcl", "acl"} else next(
            iter(_args(tok, {"nsubjpass"})), None))
        if gift is not None and gift.lower_ in RELATIVE_PRONOUNS and tok.dep_ in {"relcl", "acl"}:
            gift = tok.head  # "the explanations that officials have given"
        if lemma in GIVING_VERBS and len(
                objects := [c for c in tok.children if c.dep_ == "dobj"]) > 1:
            # "granting Judicial Watch a right to discovery": of two objects the parser
            # gives the verb, the second is what is given, the first whom it is given to
            gift = objects[-1]
        if gift is not None and gift.lemma_.lower() in KIND_WORDS:
            gift = next(iter(_prep_objects(gift, ("of",))), gift)  # "the kind of exposure"
        if gift is not None and gift.pos_ in {"PRON", "PROPN"} and lemma in GIVING_VERBS:
            # "provided them with paper copies": what is given is the "with" phrase's
            gift = next((o for p in preps if p.lower_ == "with" for o in _args(p, {"pobj"})),
                        gift)
        if (lemma in WITHHOLD_SENSE and not by_object and gift is not None
                and gift.lemma_.lower() in lexicon.word_list("information_nouns.txt")):
            return None  # "withheld a key Benghazi email": kept back, no aid cut
        if (lemma in GIVING_VERBS and not by_object and gift is not None
                and gift.ent_type_ == "PERCENT"):
            return None  # "results that gave Daniel Chapo 71% of the vote": a share, no aid
        if (trig.cameo[:2] in {"03", "06", "07"} and not by_object and gift is not None
                and lemma in GIVING_VERBS and not any(c.lower_ == "tax" for c in gift.children)
                and (gift.lemma_.lower() in lexicon.word_list("figurative_gifts.txt")
                    or (trig.cameo[:2] == "07" and gift.lemma_.lower() in lexicon.word_list(
                        "information_nouns.txt"))
                    or _reflexive(gift))):
            # "gives credit to", "give her a break", "offered an explanation", "an account
            # she gave to the Free Beacon", "information provided to campaign staff": no
            # aid, no offer
            return None
        if (trig.cameo[:2] in FORCE_ROOTS and obj is not None and _reflexive(obj)
                and not (trig.cameo[:2] == "18" and self.forceful(self.agents(tok)))):
            # "shooting yourself in the foot", "veterans were killing themselves", "former
            # police officer Peter Kaisen shot himself" ("suicide bombers blew themselves
            # up" is an attack)
            return None
        if (trig.lemma == "kill" and obj is not None and not by_object
                and obj.lemma_.lower() in KILLED_THINGS):
            return None
        if (lemma in CHANCE_VERBS and obj is not None and not by_object
                and obj.lemma_.lower() in SEIZED_CHANCES):
            return None
        if (lemma in CONTEST_SENSE and obj is not None and not by_object
                and self.contestants(self.subject(tok)) and (
                    obj.lemma_.lower() in CONTEST_WORDS or any(
                        (a := self.d.actor(i)) is not None and (_politician(a)
                                                                 or a.sector == "PTY")
                        for i in self.actors_of([obj])))):
            return None  # "not able to beat Donald Trump", "beat expectations": a contest won
        if (lemma in OPINION_SENSE and not by_object and obj is None
                and not any(c.dep_ == "xcomp" for c in tok.children)
                and any(c.dep_ == "ccomp" and c.i > tok.i
                        and not any(t.pos_ == "PRON" and (t.lower_ in PARTY_PRONOUNS or any(
                            t.lower_ == a.lower_ for a in self.subject(tok)))
                                    for s in _args(c, {"nsubj", "nsubjpass"})
                                    for t in (s, *s.children))
                        for c in tok.children)):
            # "agreed that the party's rules should be modernized": of one mind (CAMEO 019,
            # express accord; PLOVER has no type for it), no undertaking, as is "agreed it was
            # still a top-heavy plan". (What the agreeing parties themselves are to do is
            # one: "agreed that their countries should cooperate".)
            trig = replace(trig, cameo=ACCORD_CODE)
        if (lemma in DENIAL_SENSE and not by_object and obj is None
                and any(c.dep_ == "ccomp" for c in tok.children)):
            trig = replace(trig, cameo=DENY_CHARGE_CODE)
        if (trig.cameo[:2] in FORCE_ROOTS and not by_object and obj is None
                and not _prep_objects(tok, trig.target_preps)
                and any(c.lower_ == "back" for c in tok.children) and any(
                    c.dep_ == "ccomp"
                    or (c.dep_ == "advcl" and c.lemma_.lower() in lexicon.reporting_verbs())
                    or (c.dep_ == "prep" and any(o.lemma_.lower() in lexicon.word_list(
                        "information_nouns.txt") for o in c.children))
                    for c in tok.children)):
            return None  # "Trump shot back in a statement, saying ...": a retort
        if (trig.lemma == "stand by" and obj is None and not _prep_objects(tok, ("by",))):
            return None  # "We will not stand by while ...": looking on, no one stood by
        if lemma in LET_SENSE and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in {
                "'s", "’s", "us"}:
            return None  # "Let's start with breaking news": an invitation, no permission
        if (trig.lemma in WITHDRAW_SENSE and not by_object and obj is None and (left := _left(tok))
                and all(t.lemma_.lower() in STANDPOINT_NOUNS for t in left)
                and not self.armed(self.agents(tok))):
            return None  # "The department retreated from its position": a stance given up
        if trig.lemma in WITHDRAW_SENSE and not by_object:
            code = self.withdrawal(self.agents(tok), [obj] if obj is not None else [],
                                   _left(tok), trig.cameo)
            trig = replace(trig, cameo=code)
        if lemma in QUIT_SENSE and any(c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG"
                                       for c in tok.children):
            return None  # "quit giving paid speeches": a habit dropped, no office left
        if trig.lemma in DETONATE_SENSE | BUILDUP_SENSE and not by_object:
            made, doers = _undergoer(tok, obj), self.agents(tok)
            if not (self.forceful(doers) or (made is not None and self.forceful([made]))):
                # "the birther controversy set off by Mr. Trump", "strengthening her image":
                # no bomb, no forces
                return None
        if lemma in ARSON_SENSE and any(p.lower_ == "through" for p in preps):
            return None  # "burning through $17.5 million": money spent
        if lemma in ARM_SENSE and tok.tag_ == "VBN" and not _args(tok, {"agent"}):
            return None  # "terrorists armed with revolvers": how they were, no arms given
        if (lemma in TRAVEL_SENSE and not by_object and not _prep_objects(tok, trig.target_preps)
                and obj is None):
            return None  # "quit flying", "flew under electrical lines": no trip anywhere
        if lemma in SPONSOR_SENSE and not by_object:
            paid = _undergoer(tok, obj)
            if paid is not None and paid.lemma_.lower() in OCCASION_NOUNS:
                return None  # "the debate sponsored by NBC News", "sponsored a dinner"
        if lemma in SHOW_SENSE and obj is not None and not by_object:
            return None  # "to demonstrate its political clout": shown, no protest
        if (trig.cameo.startswith("173") and " " in trig.lemma and obj is not None
                and not by_object and self.things([obj])):
            # "rounded up a sampling of the ways", "locked up the nomination": a phrasal
            # verb of arrest, of a thing, gathers or secures it ("arrested a famous actor"
            # stays: a single verb of arrest is one whatever noun the tagger knows)
            return None
        if lemma in CALL_SENSE and trig.cameo == PHONE_CODE and not by_object and (
                summoned := [o for o in _prep_objects(tok, ("to",)) if not self.actors_of([o])]):
            if not any(o.lemma_.lower() in CALL_UP_NOUNS for o in summoned):
                return None
            trig = replace(trig, cameo=MOBILIZE_CODE)  # ("called to service")
        if lemma in TRAIN_SENSE and not by_object and (
                (trained := _undergoer(tok, obj)) is None or not self.forceful([trained]) or (
                    (obj is not None or _args(tok, {"nsubjpass"}))
                    and not self.armed([trained])
                    and trained.lemma_.lower() not in ARMED_WORDS
                    and not ((role := lexicon.roles().get(trained.lemma_.lower())) is not None
                             and role.sector in ARMED_SECTORS))):
            # "a nurse trained in Montreal", "the police had trained for 18 months",
            # "temporary workers are constantly trained": taught or practised, no military
            # aid to anyone ("training local ground forces" is)
            return None
        if (trig.lemma in HAND_OVER_SENSE and obj is not None and not by_object
                and self.things([obj])):
            trig = replace(trig, cameo=YIELD_CODE)
        if lemma in MEET_SENSE and obj is not None and not by_object and (
                self.things([obj]) or obj.lemma_.lower() in STANDARD_NOUNS):
            return None  # "meet the bar", "meet sales targets": a standard reached
        if lemma in EXERCISE_SENSE and not by_object and not (
                self.actors_of(_prep_objects(tok, trig.target_preps))
                or self.armed(self.agents(tok))):
            return None  # "pulled a muscle exercising", "exercise their right"
        if lemma in TRADE_SENSE and not by_object and not self.actors_of(
                self.counterparts(tok, trig)):
            return None  # "Sanders is selling ice cream", "bought the mortgage": commerce
        if lemma in ADMIT_SENSE and not by_object and not _admits(tok):
            return None  # "let me tell you", "allowed states to combine categories"
        seize = lemma in CAPTURE_SENSE or trig.lemma in TAKEOVER_SENSE
        if (seize or lemma in PROTECT_SENSE) and not by_object:
            held, doers = _undergoer(tok, obj), self.agents(tok)
            by_force = seize and self.forceful(doers)  # ("rebels")
            if held is not None and not by_force and ((
                    self.things([held]) and not (seize and _through_quantity(held).lemma_.lower()
                                                 in TERRITORY_NOUNS | MILITARY_TARGETS))
                    or _reflexive(held) or (
                        seize and held.ent_type_ in PLACE_LABELS
                        and doers and self.contestants(doers))):
                # "captured the hearts of moderates", "emails were captured", "protecting
                # gun rights", "protecting oneself"; "Obama captured Florida"; "took over
                # reclamation obligations"
                return None
            if lemma in CAPTURE_SENSE and (any(
                    self.things([o]) for a in _args(tok, {"agent"}) for o in _args(a, {"pobj"}))
                    or any(t.lemma_.lower() in RECORD_NOUNS
                           for t in (*_args(tok, {"nsubj"}), *_prep_objects(tok, ("on",))))):
                # "one captured by a police dashboard camera", "Footage captured Warren
                # getting out of an SUV", "captured on video": recorded
                return None
        if (lemma in CONTEST_PLACE_SENSE and obj is not None and not by_object
                and obj.ent_type_ in PLACE_LABELS and self.contestants(self.agents(tok))):
            return None  # "are heavily contesting Ohio": a campaign there
        if lemma in RECOGNIZE_SENSE and obj is None and any(c.dep_ == "ccomp"
                                                            for c in tok.children):
            return None  # "recognizing that imitation is the best form of flattery"
        if (trig.cameo == VISIT_CODE and obj is not None and not by_object
                and obj.pos_ != "PRON" and not any(
                    self.actors_of([t]) or self.place_at(t) is not None
                    for t in (*obj.subtree, *(t for p in preps for t in p.subtree)))):
            return None  # "had toured the museum last week": sightseeing, no one visited
        if lemma in RECOGNIZE_SENSE and obj is not None and not by_object and not (
                self.actors_of([obj]) or self.actors_of(_prep_objects(obj, ("of",)))):
            return None  # "as he recognizes a major Islamic holiday": no state recognized
        if (lemma in WARNING_VERBS and not by_object and tok.tag_ in {"VBD", "VBZ"}
                and tok.i > 0 and tok.nbor(-1).text == "," and not _args(tok, {"nsubj"})
                and obj is not None and obj.left_edge.i == tok.i + 1
                and ((end := max([obj.right_edge.i, *(c.i for c in tok.children if c.i > tok.i
                                                      and c.dep_ == "advmod")])) + 1
                     == len(tok.doc) or tok.doc[end + 1].is_punct)):
            # "Israel will pay, warned Iran's leader", "Hidden in the entourage, cautioned
            # Cuban Americans here, will be ...": a tag with its speaker after it, whose
            # words the quotes stage attributes, not a warning to its "object"
            return None
        if lemma in WARNING_VERBS and not by_object and any(
                (c.dep_ == "ccomp" or (
                    # (the parser may hang the that-clause on the one warned: "warning
                    # residents that oncoming rains will cause landslides")
                    c.dep_ in {"acl", "relcl"} and obj is not None and c.head.i == obj.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)))
                and (subj := _args(c, {"nsubj", "nsubjpass"}))
                and subj[0].lower_ not in SELF_PRONOUNS
                and not set(self.actors_of(subj)) & set(self.actors_of(self.subject(tok)))
                for c in (*tok.children, *(obj.children if obj is not None else ()))):
            trig = replace(trig, cameo=PESSIMISM_CODE)
        elif (lemma in WARNING_VERBS and not by_object and obj is None
              and not _args(tok, {"dative", "nsubjpass"})
              and all(any(w.lemma_.lower() in lexicon.word_kinds("mishaps.tsv")["cause"]
                          for w in (t, *(c for c in t.children if c.dep_ == "compound")))
                      for t in _prep_objects(tok, ("of", "against", "about", "over")))):
            # "Kasich cautioned 'let's not get ahead of ourselves'": a caution to no one,
            # of nothing threatened, is a remark; "warned of famine in Sudan", "of cholera
            # spread", "of a recession": a fear, of no one's act
            trig = replace(trig, cameo=PESSIMISM_CODE)
        elif (lemma in WARNING_VERBS and not by_object and obj is None
              and (topics := _prep_objects(tok, ("of", "about")))
              and all(self.aimed_at_own(t, tok) for t in topics)):
            trig = replace(trig, cameo=PESSIMISM_CODE)  # "Israel warned of attacks on its
            # embassies": a danger to its own, no threat of its own
        if (lemma in SHARING_VERBS and not by_object and obj is not None
                and obj.lemma_.lower() not in SHARED_THINGS
                and obj.lemma_.lower() not in lexicon.word_list("information_nouns.txt")):
            return None  # "share the belief that ...": a view in common, no intelligence shared
        if lemma in SHARING_VERBS and any(t.lemma_.lower() in OPINION_NOUNS for t in (
                *_args(tok, {"dobj", "nsubjpass"}),
                *([tok.head] if tok.dep_ in {"acl", "relcl"} else []))):
            return None  # "her view is shared by Warren": agreement, no intelligence given
        if lemma in BLOCKING_VERBS and not by_object:
            blocked = _undergoer(tok, obj)
            if blocked is None and not self.crowd_of(blockers := [
                    o for a in _args(tok, {"agent"}) for o in _args(a, {"pobj"})]) and blockers:
                trig = replace(trig, cameo=REFUSE_CODE)  # ("failed, blocked by senators")
            elif blocked is not None and not (
                    blocked.lemma_.lower() in lexicon.word_list("route_nouns.txt")
                    or blocked.ent_type_ in PLACE_LABELS or self.crowd_of([blocked])):
                # "a bill blocked by senators", "blocked any discussion": refused
                trig = replace(trig, cameo=REFUSE_CODE)
        if lemma in CAUSATIVE_SENSE and ((not self.actors_of(helpers := self.subject(tok))
                                          and not any(t.lemma_.lower() in lexicon.roles()
                                                      for t in helpers)) or any(
                t.pos_ == "NOUN" and (t.lemma_.lower() in nouns or self.things([t]))
                for t in helpers)):
            # "it helps down-ballot", "attacks that helped Republicans", "Bush's support
            # for ethanol helped him win", "whose death helped inspire": no helper
            return None
        if lemma in AGREED_OBJECT_VERBS and not by_object and (
                obj is None or obj.pos_ == "PRON" or (
                    obj.lemma_.lower() not in nouns and not self.actors_of([obj])
                    and obj.lemma_.lower() not in lexicon.roles())):
            return None
        if lemma == "sign" and any(o.lemma_.lower() in DOMESTIC_ACTS
                                   for o in _args(tok, {"dobj", "nsubjpass"})):
            return None  # (a law signed, as "signed the law": no agreement with anyone)
        if (lemma == "give" and not by_object and _args(tok, {"nsubjpass"})
                and not _args(tok, {"dobj"}) and not _prep_objects(tok, ("to",))):
            # "Kyiv had been given until Thursday to respond": one given nothing, only a
            # time (where the thing given is the subject, it goes to someone: "aid was
            # given to Ukraine")
            return None
        if (lemma in WITHHOLD_VERBS and obj is not None and not by_object
                and (entry := nouns.get(obj.lemma_.lower())) is not None
                and self.codes.get(entry.cameo) is not None
                and self.codes[entry.cameo].plover in {"SUPPORT", "AGREE"}):
            return None  # "withholding his endorsement": the endorsement, negated, says it
        if lemma in SHOW_SENSE and any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "needs to demonstrate that he is willing to change": shows
        if trig.lemma == "give up" and any(c.dep_ in {"xcomp", "ccomp"} or c.tag_ == "VBG"
                                           for c in tok.children):
            return None  # "have given up looking for work": stopped, no surrender
        if (trig.cameo[:2] == "04" and obj is not None and not by_object
                and obj.ent_type_ in AMOUNT_LABELS | {"TIME", "DATE"}):
            return None  # "the Cessna has flown roughly 216 hours"
        if (lemma == "call" and trig.cameo[:2] == "04" and _args(tok, {"nsubjpass"})
                and not _args(tok, {"agent"}) and any(
                    c.dep_ == "xcomp" or (c.dep_ == "advcl" and parse.to_infinitive(c))
                    for c in tok.children)):
            return None  # "We are clearly called in the Bible to adhere": a calling
        if ((trig.cameo[:2] == "07" or lemma in GIVING_VERBS) and not by_object and any(
                _through_quantity(t).lemma_.lower() in DONOR_WORDS for t in self.subject(tok))):
            return None  # "the group, funded by major GOP donors": political giving
        if lemma in RETURN_SENSE and obj is None and not _args(tok, {"nsubjpass"}):
            return None  # "struggles to return to normal", "returned home": nothing given back
        if (lemma in RETURN_SENSE and obj is not None and not by_object and any(
                (a := self.d.actor(i)) is not None and a.kind == "state"
                for i in self.actors_of([obj]))):
            return None  # "could return Lebanon to the Stone Age": a state, brought to a state
        if (lemma in PROPOSE_SENSE and not by_object and (
                obj is None or obj.lemma_.lower() not in nouns) and not any(
                    actors_at(self.d, t.idx, t.idx + len(t.text)) for c in tok.children
                    if c.dep_ in PROPOSED_DEPS and c.i > tok.i for t in c.subtree)):
            # "proposes doing away with the mandate", "proposed dropping carried interest as
            # promised, but analysts agreed ...": policy, with no one
            return None
        if (lemma in LEGISLATIVE_SENSE and published is not None and not by_object
                and (published.lemma_.lower() in DOMESTIC_ACTS | LEGISLATIVE_WORDS)):
            # "sponsored the reauthorization of the act", "repealed the law", "a resolution
            # sponsored by France"
            return None
        if (trig.cameo == DESTROY_CODE and published is not None
                and _through_quantity(published).lemma_.lower() in DISPOSED_ORDNANCE
                and not self.actors_of([published])):
            return None  # "cleared 23,000 landmines and destroyed them": ordnance disposed of
        if (lemma in SEIZE_SENSE and published is not None and _contraband(published)
                and not self.actors_of(_prep_objects(tok, ("from",))
                                       + _prep_objects(published, ("from",)))):
            return None  # "Police seized guns and drugs at a raid": no one it is taken from
        if (lemma in ABANDON_SENSE and obj is not None and not by_object
                and obj.lemma_.lower() not in nouns
                and not actors_at(self.d, obj.idx, obj.idx + len(obj.text))):
            return None  # "abandoning its oil waste processing plants"
        if lemma in MEET_SENSE and any(
                o.lemma_.lower() in RECEPTION_WORDS for o in _prep_objects(tok, ("with",))):
            return None  # "has been met with opposition": a reception, no meeting
        if (trig.cameo == GENERIC_INTENT_CODE and lemma in CONCUR_SENSE and obj is None
                and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
                and not _prep_objects(tok, ("on", "to", "upon", "over"))
                and (((agreed := _prep_objects(tok, ("with",)))
                      and all((a := self.d.actor(i)) is not None and a.kind == "person"
                              for i in self.actors_of(agreed)))
                     or (not agreed and self.of_one_mind(self.subject(tok))))):
            # "Anderson largely agreed with McLenny", "His ex-wife agreed", "Sixty-two percent
            # of Republicans agreed": of one mind, no pledge
            return None
        if (trig.cameo == REDUCE_AID_CODE and obj is not None and not by_object
                and any(f in CUT_THINGS for f in base_forms(_through_quantity(obj)))):
            # ("taxes" by its form too: the lemmatizer reads "taxis")
            return None  # "Slashing taxes on the wealthy hasn't worked": no aid cut
        if lemma in ESCORT_SENSE and any(
                c.lower_ in {"off", "out", "away"} for c in tok.children
                if c.dep_ in {"prt", "prep", "advmod"}):
            return None  # "was escorted off the premises": removed, not protected
        if lemma in PROTECT_SENSE and _legal_peril(tok):
            return None  # "protected them from any criminal charges": a shield of law
        if ((trig.cameo[:2] == "03" or trig.cameo == PROTECT_CODE) and not by_object
                and (doers := self.subject(tok)) and self.things(doers)
                and not self.actors_of(doers)):
            # "new emissions rules that promise to transform the economy", "laws that
            # protect the United States from legal liabilities": a thing pledges and guards
            # no one
            return None
        if (tok.tag_ == "VBG" and lemma in OPPOSE_SENSE and obj is not None
                and not _args(tok, {"nsubj"}) and obj.lemma_.lower() in NOTIONS):
            return None  # "its openness to opposing viewpoints": an adjective
        if lemma in COPY_SENSE and not by_object and any(
                t is not None and t.lemma_.lower() in COPIED_WORDS
                for t in [*_args(tok, {"nsubjpass"}), _undergoer(tok, obj)]):
            return None  # "The plan is lifted almost whole cloth from a paper": copied
        if (lemma in PROPOSE_SENSE | EMBRACE_SENSE and obj is not None and not by_object
                and _through_quantity(obj).lemma_.lower() in NOTIONS
                and not any(self.actors_of([t]) or t.lemma_.lower() in nouns
                            for t in obj.subtree)):
            # "proposing the sort of things he is proposing", "slow to embrace new ideas":
            # no meeting proposed, no one embraced
            return None
        if lemma in CONTRIBUTE_SENSE and (any(
                c.dep_ in {"dobj", "xcomp"} and (
                    c.lemma_.lower() in CREDITED_WORK
                    or c.lemma_.lower() in lexicon.word_list("information_nouns.txt"))
                for c in tok.children) or any(o.lemma_.lower() in CREDITED_WORK
                                              for o in _prep_objects(tok, ("to",)))):
            # "Bryant Rousseau and Caryn Wilson contributed reporting", "... in Cairo
            # contributed to this article": a credit
            return None
        if lemma in OFFSET_SENSE and obj is None and any(
                p.lower_ == "for" for p in preps) and not self.actors_of(
                    _prep_objects(tok, ("for",))):
            return None  # "the museum compensated for a sanitized version of history": offset
        if lemma in CAMPAIGN_VERBS and _prep_objects(tok, ("against",)):
            return None  # "Campaigning against Mitt Romney": an election, no rally of support
        if (lemma in WARNING_VERBS and obj is None and (against := _prep_objects(
                tok, ("against",))) and not self.actors_of(against)):
            return None  # "cautioned against a betrayal of our values": advice
        if (trig.cameo[:2] == "07" and obj is not None and not by_object
                and obj.lemma_.lower() in CAMPAIGN_RECIPIENTS):
            return None  # "armed his campaign with a war chest": political money
        if lemma in WELCOME_SENSE and obj is None and not _args(tok, {"nsubjpass"}):
            return None  # "Welcome to the season of promises": a greeting
        if lemma in EXECUTE_SENSE and not by_object and (
                (obj is None and not _args(tok, {"nsubjpass"}))
                or (obj is not None and self.no_one(obj))):
            return None  # "designed and executed a marketing campaign": carried out
        if (lemma in STRIVE_SENSE and obj is None and not by_object
                and _prep_objects(tok, ("for",))
                and not _prep_objects(tok, ("with", "against", "over", "about"))):
            return None  # "fighting for working people": striving for, no battle
        if trig.lemma in PLEDGE_TO_SENSE and self.weapons(_args(tok, {"nsubjpass"}) or (
                self.subject(tok.head if tok.dep_ == "acomp" else tok))):
            return None  # "troops are to be committed to Desert Shield": forces assigned
        if lemma in DECREASE_SENSE and not by_object and any(
                (c.dep_ == "prep" and c.lower_ in {"to", "from", "by"} and any(
                    o.ent_type_ in AMOUNT_LABELS for o in c.subtree))
                or (c.dep_ in {"npadvmod", "dobj"} and c.ent_type_ in AMOUNT_LABELS)
                for c in tok.children):
            return None  # "its equity ... declined to $6.3 million", "declined 5%": a fall
        if (lemma in BLAME_SENSE and obj is not None and not by_object and self.things([obj])
                and not any(p.dep_ == "prep" and p.lower_ == "on" for p in tok.children)):
            return None  # "The company blamed a number of factors for the decline": no one
        if lemma in ASK_SENSE and any(
                (c.dep_ == "xcomp" and c.lemma_.lower() in {"name", "identify", "quote"}
                 and _args(c, {"auxpass"})) or (c.dep_ == "dobj" and c.lower_ == "anonymity")
                for c in tok.children):
            # "a Kellogg officer, who asked not to be named", "who requested anonymity",
            # "the witness, who declined to be identified"
            return None
        if lemma in ADMIT_SAYING_SENSE and any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "Mr. Price conceded it had tried to do too much": an admission
        if lemma in STRIVE_SENSE and not by_object and self.strives(tok):
            return None  # "fighting gender stereotypes", "fight corruption": no battle
        if (trig.cameo == OCCUPY_CODE and not by_object and any(
                (a := self.d.actor(i)) is not None and a.kind == "organization"
                and a.sector in CIVIL_BODIES
                for i in self.actors_of(_args(tok, {"dobj", "nsubjpass"})))):
            return None  # "the GOP has been taken over by its far-right fringe": no territory
        if (lemma in ASK_SENSE and tok.tag_ in {"VBN", "VBD"} and tok.dep_ == "advcl"
                and tok.i == tok.sent.start and not _args(tok, {"nsubj"})):
            return None  # "Asked what that might look like, she said": a question put to her
        if (lemma in SUSPEND_SENSE and not by_object and obj is not None
                and obj.lemma_.lower() in SUSPENDED_THINGS):
            return None  # "As soon as Twitter suspends one account": no relations cut
        if (trig.cameo == OCCUPY_CODE and not by_object and obj is not None
                and obj.lemma_.lower() in RANK_NOUNS):
            return None  # "Rubio and Jeb Bush occupied a third tier": a standing, no land
        if (trig.cameo == OCCUPY_CODE and by_object and obj is not None
                and (held := _prep_objects(obj, ("of", "over")))
                and all(t.pos_ == "NOUN" for t in _with_conjuncts(held))
                and not any(self.actors_of([t]) or self.place_at(t) is not None
                            or t.ent_type_ in PLACE_LABELS
                            or t.lemma_.lower() in TERRITORY_NOUNS | MILITARY_TARGETS | FRONT_NOUNS
                            for h in held for t in h.subtree)):
            # "by gaining control of millions of tons of coal reserves and multiple mines":
            # a business bought, no territory taken
            return None
        if (trig.cameo[:2] == "03" and _args(tok, {"nsubjpass"})
                and any(c.dep_ == "xcomp" for c in tok.children)):
            return None  # "Trump is virtually guaranteed to lose": a certainty, no pledge
        if (trig.lemma in PHONE_SENSE and obj is not None and not by_object
                and self.no_one(obj)):
            return None  # "called attention to", "called a debate": no one called
        if (trig.lemma in PHONE_SENSE and trig.cameo == PHONE_CODE and obj is None
                and not by_object and not _args(tok, {"nsubjpass", "dative"})
                and not _prep_objects(tok, ("to", "for", "on", "with"))):
            return None  # "People have been calling": callers, no one called
        if (trig.lemma == "set off" and obj is not None and not by_object
                and obj.lemma_.lower() not in lexicon.word_list("doer_nouns.txt")
                and obj.lemma_.lower() not in lexicon.word_list("property_nouns.txt")
                and obj.lemma_.lower() not in ARMED_WORDS):
            return None  # "set off our fear", "set off a debate": no bomb
        if lemma in OPINION_VERBS and not by_object and (
                any(t.ent_type_ == "PERCENT" for t in tok.subtree)
                or any(_through_quantity(t).lemma_.lower() in POLLED
                       for t in self.subject(tok))):
            return None  # "Officers favored Trump 46 percent to 32 percent": a poll's finding
        if lemma in CHASE_SENSE and obj is None and _prep_objects(tok, ("for",)):
            return None  # "two Hispanics gunning for the presidency": aiming at, no shooting
        if trig.lemma == "call up" and obj is None:
            return None  # "I called up: 'We're gonna take you through hell'": no reservists
        if lemma in THANK_SENSE and obj is not None and obj.lower_ in DEITIES:
            return None  # "Thank God they can fix this"
        if lemma in MARCH_SENSE and any(c.lower_ in ONWARD for c in tok.children
                                        if c.dep_ in {"advmod", "prt"}):
            return None  # "a smart man marching forward with some ideas"
        if lemma in RALLY_SENSE and obj is not None and not by_object:
            return None  # "help other Democrats rally young voters": a drive, no protest
        if (lemma in RECALL_SENSE and not by_object and (obj is None or (
                not actors_at(self.d, obj.idx, obj.idx + len(obj.text))
                and obj.lemma_.lower() not in lexicon.roles()))):
            return None  # "recalling an anecdote", "recalled him saying": remembered
        if (lemma in CHARGE_SENSE and not by_object and obj is not None
                and self.no_one(obj) and not _prep_objects(tok, ("with",))):
            return None  # "charging tuition": a price, no charge
        if lemma in CHARGE_SENSE and not by_object and (
                any(c.lower_ in CHARGE_WEAPONS and c.dep_ not in {"nsubj", "nsubjpass"}
                    for c in tok.lefts)
                or (obj is None and _prep_objects(tok, RUSH_PREPS))):
            # "Police baton charged on a human chain", "charged at the crowd": a rush with
            # force (on a crowd, by the state's forces, violent repression)
            trig = replace(trig, cameo=FORCE_CODE, target_preps=RUSH_PREPS)
        if (lemma in IMPOSE_SENSE and not by_object and obj is not None
                and not self.actors_of(_prep_objects(tok, trig.target_preps))):
            return None  # "imposing a tax on financial transactions": a policy, on no one
        if trig.lemma in TAKEOVER_SENSE and (any(p.lower_ == "as" for p in preps) or (
                obj is None and not self.forceful(self.subject(tok)))):
            # "taking over as speaker", "Mr. Ban's successor is to take over on Jan. 1": an
            # office taken, no territory ("rebels took over" is a seizure)
            return None
        if (trig.cameo[:2] == "07" and not by_object
                and (gift is None or any(t.ent_type_ == "MONEY" or t.lemma_.lower() in MONEY_WORDS
                                         for t in gift.subtree))
                and self.campaign_gift(_prep_objects(tok, ("to", "for")))):
            return None  # "gave $2.5 million to a super PAC": a donation, no aid
        if (lemma in PROPOSE_SENSE and not by_object
                and (proposed := _undergoer(tok, obj)) is not None
                and proposed.lemma_.lower() in DOMESTIC_ACTS | POLICY_WORDS
                and not _prep_objects(tok, trig.target_preps)):
            # "the EPA proposed a volume mandate", "the aggressive laws proposed during
            # Nixon's term": a policy, to no one
            return None
        if lemma in HELPING_VERBS and obj is None and any(
                o.lemma_.lower() in nouns for p in preps if p.lower_ == "with"
                for o in _args(p, {"pobj"})):
            return None  # "helping with talks": a part in the talks, which code it
        if (lemma in HOST_SENSE and obj is not None and not by_object
                and self.no_one(obj) and obj.lemma_.lower() not in nouns):
            return None  # "hosted 25 holiday parties": no guest, no talks
        if trig.cameo == HOST_CODE and _args(tok, {"nsubjpass"}) and not _args(
                tok, {"agent"}) and any(
                o.lemma_.lower() not in nouns and o.lemma_.lower() not in lexicon.roles()
                and not actors_at(self.d, o.idx, o.idx + len(o.text))
                for p in preps if p.lower_ == "with" for o in _args(p, {"pobj"})):
            return None  # "was greeted with chants of 'Bobby!'": by no host, no visit
        if trig.cameo[:2] == "15" and any(
                c.dep_ in {"advcl", "xcomp"} and parse.to_infinitive(c)
                and (act := self.act_code(c)) is not None and act[:2] == "14"
                for c in (*tok.children, *(obj.children if obj is not None else ()))):
            return None  # "mobilising two thousand men and women to protest": no force
        if trig.cameo == DESTROY_CODE and obj is not None and not by_object and (
                obj.ent_type_ == "LAW" or obj.lemma_.lower() in lexicon.word_list(
                    "information_nouns.txt")):
            return None  # "likened the rules to 'burning the Constitution'": no property
        if trig.lemma == "cut off" and obj is not None and not by_object and (
                obj.ent_type_ == "PERSON" or (
                    (role := lexicon.roles().get(obj.lemma_.lower())) is not None
                    and role.kind == "person")):
            return None  # "cutting off a reporter who asked about finances": interrupted
        if any(s.lower_ == "god" for s in _args(tok, {"nsubj"})):
            return None  # "God forbid we ask the FBI anything": an idiom
        if trig.cameo[:2] in FORCE_ROOTS | {"13"} and not by_object and any(
                _through_quantity(o).lemma_.lower() in ANIMAL_WORDS
                for v in (tok, *tok.conjuncts) for o in _args(v, {"dobj"})):
            return None  # "farmers killed hundreds of cattle to stop the disease": no one
        if (trig.cameo[:2] == "16" and obj is not None and not by_object
                and obj.lemma_.lower() in CANDIDACY_WORDS):
            return None  # "since he suspended his own presidential campaign": a candidacy
        if trig.cameo == ASYLUM_CODE and not by_object and (
                (obj is not None and (obj.ent_type_ == "MONEY"
                                      or _through_quantity(obj).lemma_.lower() in MONEY_WORDS))
                or (obj is None and (held := _undergoer(tok, obj)) is not None
                    and self.things([held]))):
            # "managed to shelter trillions of dollars in profits offshore", "the lighted
            # figure of Abraham Lincoln, sheltered in his memorial": no one given refuge
            return None
        if (lemma in HOST_SENSE | WELCOME_SENSE | REFUGE_SENSE and obj is not None
                and not by_object
                and _through_quantity(obj).lemma_.lower() in DISPLACED_WORDS):
            return replace(trig, cameo=ASYLUM_CODE)
        if (lemma in RELEASE_SENSE and obj is not None and not by_object and (
                obj.ent_type_ == "MONEY"
                or _through_quantity(obj).lemma_.lower() in MONEY_WORDS)):
            # "released $5 million from its emergency fund": money given, not freed
            return replace(trig, cameo=ECONOMIC_AID_CODE)
        if (trig.cameo[:2] in FORCE_ROOTS and obj is not None and not by_object
                and obj.ent_type_ in AMOUNT_LABELS
                and not (obj.ent_type_ == "CARDINAL" and _prep_objects(obj, ("of",)))):
            # "wiping out $136 billion in market value", "slashed 5 percent" (not "rammed
            # one of them": some of those named)
            return None
        if lemma in TREAT_SENSE and (any(p.lower_ in {"as", "like"} for p in preps) or any(
                c.dep_ == "advmod" and (c.lower_ in {"well", "badly", "how"} or (
                    c.lower_.endswith("ly") and c.i > tok.i)) for c in tok.children)):
            # "is being treated as a crime scene", "treated her family disrespectfully",
            # "how the police treat minorities": how someone is dealt with, no care given
            return None
        if lemma in FIGURATIVE_PREPS and any(p.lower_ in FIGURATIVE_PREPS[lemma]
                                             and p.i == tok.i + 1 for p in preps):
            return None  # (right after the verb: not "seized weapons on Monday")
        if lemma in HURRY_SENSE and obj is None and (
                any(c.dep_ == "xcomp" for c in tok.children)
                or any(p.lower_ == "for" for p in preps)):
            return None  # ("scrambling for black voter turnout")
        if trig.cameo in {OCCUPY_CODE, SEIZE_CODE} and obj is not None and (any(
                t.lemma_.lower() in OFFICE_NOUNS | PRIZE_NOUNS
                for t in (obj, *_prep_objects(obj, ("of",))))
                or (obj.lemma_.lower() in lexicon.event_nouns()
                    and not actors_at(self.d, obj.idx, obj.idx + len(obj.text)))):
            return None  # ("took over the investigation": a task, no territory)
        if (lemma in FORCE_SENSE and obj is not None and not by_object
                and obj.lemma_.lower() not in ARMED_WORDS
                and getattr(lexicon.roles().get(obj.lemma_.lower()), "sector", None)
                not in ARMED_SECTORS and not self.armed(self.subject(tok))):
            # "mobilized pressure groups in the United States": no show of force (an armed
            # group's own members are its force: "ISIS is mobilizing its members")
            return None
        aimed = obj if obj is not None else next(iter(_prep_objects(tok, ("against",))), None)
        if (lemma in CAUSE_VERBS and aimed is not None and not by_object
                and (_abstract(aimed) or aimed.lemma_.lower() in CAUSES)
                and not actors_at(self.d, aimed.idx, aimed.idx + len(aimed.text))):
            return None  # "fighting deportation", "combat corruption": a cause, not a battle
        if (lemma in STRIVE_SENSE and obj is None and not by_object
                and any(_infinitive(c) for c in tok.children)
                and not _prep_objects(tok, ("with", "against"))):
            return None
        if any(c.dep_ == "prt" and c.lower_ in ENLIST_PARTICLES.get(lemma, ())
               for c in tok.children):
            return None  # "has signed up to serve as a delegate": enlisted, no accord
        if lemma in MANNER_SENSE and any(
                _prep_objects(t, ("as", "like")) or any(
                    _abstract(o) or o.lemma_.lower() in MANNER_NOUNS
                    for o in _prep_objects(t, ("with",)))
                for t in (tok, *_args(tok, {"dobj"}))):
            return None  # "will treat Census replies with sanctity": handled, not healed
        if tok.dep_ in {"nmod", "amod", "compound"} and not tok.whitespace_ and (
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"):
            return None  # "a give-and-take discussion": a word of a compound modifier
        if obj is not None and obj.lemma_.lower() in IDIOM_OBJECTS.get(lemma, ()):
            return None  # "generals who are beating their chest": bluster, no beating
        if (lemma in CONTEST_PLACE_SENSE and not _args(tok, {"agent"})
                and (undergoer := next(iter(_args(tok, {"nsubjpass"})),
                                       tok.head if tok.dep_ == "amod" else None)) is not None
                and undergoer.lemma_.lower() in RACE_NOUNS):
            return None  # "the race is still contested", "a contested convention": close run
        if (lemma in CALL_SENSE and trig.lemma == lemma and obj is None
                and any(_infinitive(c) for c in tok.children)):
            return None  # "has called to reject Trump": an appeal (its act is asked), no call
        if (lemma in EASE_SENSE and trig.lemma == lemma and not by_object and obj is not None
                and obj.lemma_.lower() not in RESTRAINT_NOUNS):
            return None  # "eased his defiant tone", "ease educational disruptions": no rule
        if (lemma in CALL_SENSE and trig.cameo == PHONE_CODE and _args(tok, {"nsubjpass"})
                and not _args(tok, {"agent"})):
            return None  # "states are called alphabetically": a roll call, no conversation
        if (lemma in GATHER_SENSE and obj is None and not by_object
                and not self.armed(subj := self.subject(tok))
                and not any(t.lemma_.lower() in ARMED_WORDS and not _prep_objects(t, ("of",))
                            for t in subj)):
            return None  # "an army of HP workers had amassed at the center": a crowd
        if (lemma in GATHER_SENSE and obj is not None and not by_object
                and not self.forceful([obj, *obj.conjuncts])):
            return None  # "had amassed 100 pages of reports", "amassed a fortune"
        if (lemma in CONTRIBUTE_SENSE and obj is None and not by_object
                and not _prep_objects(tok, ("to",))):
            return None  # "Contributing: Nicole Gaudiano": a byline, nothing given
        if (lemma in DISMISS_SENSE and obj is not None and not by_object
                and (_prep_objects(tok, ("as",)) or _prep_objects(obj, ("as",)))
                and self.actors_of(_args(tok, {"dobj"}))):
            trig = replace(trig, cameo=CRITICIZE_CODE)  # "dismissed Walker as ineffective"
        if (obj is not None and obj.lemma_.lower() in PRIZE_NOUNS
                and lemma in WINNING_SENSE):
            return None  # "planned to seal the nomination": a contest won, no accord
        if (lemma in PARTY_VERBS and trig.lemma == lemma and obj is not None and not by_object
                and not actors_at(self.d, obj.idx, obj.idx + len(obj.text))
                and not any(_prep_objects(t, ("with", "to")) for t in (tok, obj))
                and not any(t.conjuncts for t in self.subject(tok))):
            # "was talking public-school policy", "discussed Trump's proposed wall": a topic,
            # whoever's, no one talked with ("Putin and Macron talked trade" talked with each
            # other)
            return None
        if lemma in CONTRAST_SENSE and tok.i and tok.nbor(-1).lower_ == "as":
            return None  # "in chunks, as opposed to omnibus legislation": a preposition
        if trig.lemma in GAZE_SENSE and any(
                o.lemma_.lower() in GAZE_OBJECTS for p in preps for o in _args(p, {"pobj"})):
            return None  # "I looked into the eyes of Boy Scouts": no inquiry
        if (lemma in HELPING_VERBS and obj is None and not by_object
                and any(c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VB" for c in tok.children)):
            return None  # "the progress he helped wrangle": a hand in a deed, no aid to anyone
        if lemma in PLEDGE_ONLY_SENSE and not any(_infinitive(c) for c in tok.children):
            return None  # "undertaking design or detailed planning": done, no pledge
        if (lemma in RECEPTION_SENSE and _args(tok, {"nsubjpass"})
                and _prep_objects(tok, ("with",)) and not _args(tok, {"agent"})):
            return None  # "the decision was met with protests": a reception, no meeting
        if (trig.lemma in DISPERSE_SENSE and obj is not None and not self.crowd_of([obj])
                and lexicon.event_nouns().get(obj.lemma_.lower(), trig).cameo[:2] != "14"):
            return None
        if lemma in CYBER_SENSE and not any(t.lower_ == "death" for t in tok.subtree) and (
                obj is None or (obj.lemma_.lower() not in lexicon.roles() and not any(
                    (a := self.d.actor(i)) is not None and a.kind == "person"
                    for i in self.actors_of([obj])))):
            trig = replace(trig, cameo=CYBER_CODE)  # (people are cut: "hacked the villagers")
        if (lemma in VERBAL_SENSE and not by_object
                and self.in_words(self.subject(tok), [obj] if obj is not None else [], tok)):
            if lemma in STRIVE_SENSE and obj is None and not _prep_objects(
                    tok, tuple(CRITICISM_PREPS)):
                return None  # "Clinton has been fighting throughout her life": striving
            trig = replace(trig, cameo=CRITICIZE_CODE)
        if trig.cameo.startswith("03") and any(
                g.dep_ == "neg" for c in tok.children if c.dep_ == "xcomp" for g in c.children):
            return None  # "vowed not to return the Golan Heights": a refusal, coded on "return"
        if (trig.lemma in DESTROY_SENSE and obj is not None
                and obj.lemma_.lower() in lexicon.word_list("property_nouns.txt")):
            # "blew up three power lines": property destroyed, not a bombing of people
            trig = replace(trig, cameo=DESTROY_CODE)
        if lemma in ALLEGE_SENSE and any(
                c.dep_ == "ccomp" and (act := self.act_code(c)) is not None
                and self.codes[act].quad_class in {3, 4}
                # (of another: "claimed that it had attacked the base" claims its own act,
                # and so does a ministry of its country's forces: "Russian forces captured
                # two villages, the Defense Ministry in Moscow claimed")
                and any(n.pos_ != "PRON" for n in _args(c, {"nsubj"}))
                and not self.countries(_args(c, {"nsubj"})) & self.countries(self.subject(tok))
                for c in tok.children):
            # "The US claimed that ISIL had attacked Iraq": a claim that another did harm
            # is an allegation against it (CAMEO 112), not a claim of responsibility
            trig = replace(trig, cameo=ALLEGE_CODE)
        if trig.cameo.startswith("12") and any(
                (c.dep_ == "xcomp"
                 and c.lemma_.lower() in lexicon.reporting_verbs() | COMMENT_VERBS)
                or (c.dep_ == "dobj" and c.lemma_.lower() == "comment")
                for c in tok.children):
            # "declined to comment", "refused to say", "refused to speculate", "declined
            # further comment": no comment, not a rejection
            trig = replace(trig, cameo=DECLINE_COMMENT_CODE)
        return trig

    def demand(self, must: Token) -> None:
        """"Russia said Sudan must return the helicopter": a statement that another party
        must act is a demand on it (CAMEO 100), made by the one who says it."""
        verb = must.head
        gov = verb.head
        if (verb.dep_ != "ccomp" or gov.i == verb.i
                or gov.lemma_.lower() not in lexicon.reporting_verbs()):
            return
        targets = _args(verb, {"nsubj", "nsubjpass"})
        if any(t.lower_ in {"i", "we"} for t in targets):
            return  # "I must tell you that ...": what the speakers say they must do
        sources = self.subject(gov)
        if self.actors_of(sources) and self.actors_of(targets):
            self.emit(must, gov, DEMAND_CODE, sources, targets)

    def noun(self, tok: Token) -> None:
        trig = lexicon.event_nouns().get(tok.lemma_.lower())
        if (trig is None and tok.lemma_.lower() in ARMED_LIGHT_NOUNS
                and any(c.dep_ == "amod" and c.lemma_.lower() in ARMED_KINDS
                        for c in tok.children)
                and not any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.event_nouns()
                            for c in tok.children)
                and (tok.dep_ in {"dobj", "nsubj", "nsubjpass"}
                     or any(c.dep_ in {"det", "poss"} for c in tok.children))):
            # "launched military operations": a light noun of armed force is its use, as
            # what is done or does ("when it comes to military operations": a topic)
            trig = lexicon.Trigger(tok.lemma_.lower(), FORCE_CODE, ("against", "on"), "")
        # (advice against travel: CAMEO 160, to where the travel goes)
        trips = self.trips(tok) if tok.lemma_.lower() in ADVICE_NOUNS else []
        if trips:
            if tok.dep_ == "dobj" and self.lemma_of(tok.head) in WITHDRAWN_ADVICE_VERBS:
                return  # "lifted a warning against travel to Kenya": no advice stands
            trig = lexicon.Trigger(tok.lemma_.lower(), TRAVEL_WARNING_CODE, ("for", "on"), "")
            self.consumed.update(t.i for t in trips)
        if trig is None or tok.i in self.consumed or _in_hyphenated_modifier(tok):
            return
        if self.idle(tok) or (tok.lemma_.lower() in VENUE_SENSE and tok.dep_ == "pobj"
                              and tok.head.lower_ in {"at", "during"}
                              and self.politician_speaks(tok)):
            return
        # The phrase that carries the event's actors: the noun's own, or for a noun that
        # names the kind of a light noun, the light noun's ("a mediation effort between the
        # Emirates and Saudi Arabia"); other modifiers name a kind ("uprising forces").
        phrase = tok
        if tok.dep_ == "compound":
            if tok.head.lemma_.lower() not in LIGHT_NOUNS:
                return
            phrase = tok.head
        between = _between(phrase)
        holder = phrase.head.head if phrase.dep_ == "pobj" and (
            phrase.head.lower_ in {"in", "into", "at"} or (
                # ("has been helping with talks with foreign officials": the helper's)
                phrase.head.lower_ == "with"
                and phrase.head.head.lemma_.lower() in HELPING_VERBS)) else None
        if between:
            sources, targets = between[:1], between[1:]
            if (trig.cameo in MEDIATE_CODES and phrase.dep_ == "dobj"
                    and self.actors_of(mediator := self.subject(phrase.head))):
                # "Qatar's emir launched a mediation effort between the Emirates and Saudi
                # Arabia": the mediator acts, on both parties
                sources, targets = mediator, between
        else:
            # "Israel's war", "a U.S. strike"; "praise from Paris", "an attack by Hamas"
            sources = [c for c in self.nominal_source(phrase) if c.i != tok.i]
            # ("from" names a source unless the noun's own target: "withdrawal from X")
            sources += _prep_objects(phrase, ("by",) if "from" in trig.target_preps
                                     else ("by", "from"))
            preps = tuple(p for p in trig.target_preps if p != "between")
            targets = _prep_objects(phrase, preps) or [
                o for t in trips for o in _prep_objects(t, ("to",))]
            slipped = [o for t in _prep_objects(phrase, ("of",))
                       if t.lemma_.lower() not in lexicon.event_nouns()
                       for o in _prep_objects(t, ("by",))]
            if not self.actors_of(sources) and self.actors_of(slipped):
                # "the purge of the opposition by the Iranian government": the parser hangs
                # the noun's "by" phrase on its object
                sources += slipped
            if (not self.actors_of(sources) and trig.cameo[:2] == "14"
                    and phrase.dep_ == "pobj" and phrase.head.lower_ in CONCURRENT_PREPS
                    and (marchers := self.protesters(phrase.head.head))):
                # "Palestinian youths threw stones during demonstrations", "Several activists
                # have been detained during unsanctioned protests": who protests is in the
                # clause the protest goes on around
                sources = marchers
            if (not self.actors_of(sources) and phrase.dep_ == "pobj"
                    and phrase.head.lower_ == "with"
                    and self.lemma_of(phrase.head.head) in RESPONSE_VERBS):
                sources = self.subject(phrase.head.head)  # "Israel retaliated with strikes"
            if (not self.actors_of(sources) and phrase.dep_ == "pobj"
                    and phrase.head.lower_ == "for" and (owned := phrase.head.head).dep_ == "dobj"
                    and owned.lemma_.lower() in CREDIT_NOUNS
                    and self.lemma_of(owned.head) in CLAIM_VERBS and not _negated(owned.head)):
                # "The Houthis claimed responsibility for the attack": the ones who claim it
                sources = self.subject(owned.head)
            if (not self.actors_of(sources) and trig.cameo == VISIT_CODE
                    and phrase.dep_ == "pobj" and phrase.head.lower_ in CONCURRENT_PREPS | {"on"}
                    and phrase.head.head.pos_ in {"VERB", "AUX"}):
                # "Petraeus held talks with Suleiman during a surprise visit to Beirut", "on a
                # visit to Moscow, Xi said": who acts on the visit makes it
                sources = self.subject(phrase.head.head)
            if (tok.lemma_.lower() in BEHEST_NOUNS and phrase.dep_ == "pobj"
                    and phrase.head.lower_ in {"at", "on", "upon"}
                    and phrase.head.head.pos_ in {"VERB", "AUX"}):
                # "left the hotel at the request of police", "at Reid's invitation": the one
                # whose request it is asked the clause's subject
                sources = sources + _prep_objects(phrase, ("of",))
                targets = self.subject(phrase.head.head)
            if (tok.lemma_.lower() in PATIENT_NOUNS and not targets
                    and not _prep_objects(phrase, ("of",))
                    and (owner := [c for c in phrase.children if c.dep_ == "poss"])):
                # "Suu Kyi's incarceration", "Soleimani's assassination": the possessor is the
                # one it is done to (with an "of" phrase it is the doer: "Iran's arrest of")
                sources = [c for c in sources if c not in owner]
                targets = owner
            if (tok.lemma_.lower() in TERRITORY_EVENT_NOUNS and not targets
                    and (land := [c for c in phrase.children if c.dep_ == "compound"
                                  and c.ent_type_ in PLACE_LABELS])):
                # "the Iraq invasion", "the Crimea annexation": a place named before an
                # invasion is the one invaded (a gentilic is who invades: "the U.S. invasion")
                sources = [c for c in sources if c not in land]
                targets = land
            if not targets and phrase.dep_ == "conj" and phrase.head.pos_ == "NOUN":
                # "sanctions and travel bans against Russian officials": the preposition
                # after a list goes with each of it
                targets = [o for o in _prep_objects(phrase.head, preps)
                           if o.i > phrase.i and self.actors_of([o])]
            if (not sources and holder is not None and holder.pos_ in {"VERB", "AUX"}
                    and not any(e.trigger.start == holder.idx for e in self.d.events)):
                # "Syrian rebels engaged Filipino peacekeepers in a firefight", "Israel has
                # been at war with Hamas": a verb with no event of its own lends its subject,
                # and its object where the noun names no target
                sources = self.subject(holder)
                targets = targets or _args(holder, {"dobj"})
                if holder.lemma_.lower() in LOSS_VERBS:
                    # "Eleven people died in the blast": the subject suffered it (or the
                    # ones it lost: not "heavy losses")
                    sources, targets = [], targets if self.actors_of(targets) else sources
            listed = phrase
            while listed.dep_ == "conj" and listed.head.i != listed.i:
                listed = listed.head
            if (not self.actors_of(sources) and listed.dep_ == "dobj"
                    and self.lemma_of(listed.head) in lexicon.light_verbs()
                    and not any(e.trigger.start == listed.head.idx for e in self.d.events)):
                # "The Canadian government announced asset freezes and bans on travel":
                # each event a light verb with no event of its own lists is its subject's
                sources = self.subject(listed.head)
        info = self.codes.get(trig.cameo)
        if info is None:
            return
        # Whose it is: an actor, or a possessor or prepositional object ("the prime
        # minister's visit", "the arrest of the opposition leader"); a modifier that is not
        # an actor says what kind it is ("fraud allegations", "a local government ban").
        owned = any(t.dep_ in {"poss", "pobj"} for t in sources + targets) or bool(
            self.actors_of(sources) or self.actors_of(targets))
        if not owned and (info.plover not in NEWS_ITSELF or _under_noun(tok)):
            # A bare "meeting", "ban" or "allegation" is coded where a verb governs it; a
            # bare "explosion" or "riot" is itself the news where its clause tells it
            # ("killed in an explosion"), not where another noun mentions it ("in response
            # to recent unrest").
            return
        # The clause that governs the noun says whether it happened ("could pave the way
        # for an all-out war"), and so does a verb that demands, threatens or offers it
        # ("demanded the withdrawal of Serbian forces").
        head = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), tok)
        mood = None
        if tok.dep_ in {"dobj", "xcomp"} and tok.head.i == head.i:
            governing = self.lemma_of(head)
            entry = lexicon.event_verbs().get(governing)
            gov = self.codes.get(entry.cameo) if entry else None
            mood = GOVERNING_MODALITY.get(gov.plover or "") if gov else None
            if governing in PREVENT_VERBS | NEED_VERBS or (
                    governing in PONDER_VERBS and not _definite(tok)):
                # "to prevent terrorist attacks": kept from happening; "requires the
                # approval of the shareholders": still to be had; "to discuss an Iraqi
                # withdrawal from Kuwait": weighed (not "discussed the attack")
                mood = "hypothetical"
            elif governing in INTENT_VERBS:
                mood = mood or "intended"  # "voters who want a ban on Muslims"
            elif governing in INCITE_VERBS or (
                    tok.dep_ == "xcomp" and governing in ADVOCATE_VERBS):
                mood = mood or "requested"  # "regularly incites political violence"
            elif tok.dep_ == "xcomp" and governing in WEIGH_VERBS:
                mood = "hypothetical"  # a gerund the tagger took for a noun: "opposed
                # bombing Syria"
        elif (tok.dep_ == "pobj" and tok.head.lower_ in {"of", "about", "against"}
              and self.lemma_of(tok.head.head) in WARNING_VERBS):
            mood = "hypothetical"  # "warned of a mass incarceration": foreseen, not done
        # A noun that a verb reacts to, or that dates another act ("after this attack,
        # still cannot say"), is told as having happened whatever that verb's negation or
        # modal; so is a definite subject ("his endorsement could matter"), where an
        # indefinite one keeps the modal ("sweeping crackdowns could add fuel") and only
        # the negation is not its own ("the attack did not kill anyone")
        reacted = (self.lemma_of(head) in REACTION_VERBS
                   and not (tok.dep_ == "pobj" and tok.head.lower_ == "for")  # ("call for")
                   # (not an indefinite one a future or a modal responds to: "will respond
                   # to an Iraqi attack on Jordan")
                   and (_definite(tok) or any(c.lower_ in PAST_MODIFIERS for c in tok.children)
                        or _modal_of(head) is None)
                   ) or (tok.dep_ == "pobj" and (tok.head.lower_ in BACKGROUND_PREPS or (
                       tok.head.lower_ == "of"
                       and tok.head.head.lemma_.lower() in OCCURRED_OF_NOUNS)))
        subject = (tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i == head.i
                   and head.lemma_.lower() not in OCCURRENCE_VERBS
                   and not any(c.dep_ == "xcomp" and c.lemma_.lower() in OCCURRENCE_VERBS
                               for c in head.children)  # ("were to take place")
                   and not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                               for m in head.children)
                   and self.lemma_of(head) not in lexicon.light_verbs())
        # (nor is the negation of a verb that tells of the noun its own: "Israel did not
        # confirm the strike" denies the telling, not the strike)
        spoken = tok.dep_ == "dobj" and tok.head.i == head.i and _tells_only(self.lemma_of(head))
        told = ("happened" if reacted or (subject and _definite(tok))
                else "not negated" if subject or spoken else None)
        code = self.sense(tok, trig.cameo)
        if (tok.lemma_.lower() in WARNING_NOUNS and not self.actors_of(targets)
                and (topics := _prep_objects(tok, ("of",)) + [
                    t for t in tok.subtree
                    if t.dep_ == "pobj" and t.head.lower_ in {"about", "over"}])
                and not any(self.actors_of([t]) or t.lemma_.lower() in lexicon.event_nouns()
                            for t in topics)):
            code = PESSIMISM_CODE  # "dire warnings from medical experts about Zika": no threat
        if (tok.lemma_.lower() in VERBAL_SENSE and (targets or (self.actors_of(sources) and all(
                (a := self.d.actor(i)) is not None and _politician(a)
                for i in self.actors_of(sources)))) and self.in_words(sources, targets, tok)) or (
                    code[:2] in FORCE_ROOTS and _verbal_kind(tok)):
            # (with no one attacked, only a politician's attacks are in words: "Sanders
            # should moderate his attacks", not "the Benghazi attack"; "his verbal assault
            # on the nominee" says so)
            code = CRITICIZE_CODE  # ("Trump's attacks on the moderators")
        self.emit(tok, head, code, sources, targets, mood, told)


def _called_on(verb: Token) -> bool:
    """Whether an infinitive the parser made a purpose clause is what a "call on" asks
    ("called Thursday on Arabs to unite", where the parser first read "called" as a
    name given)."""
    return (verb.dep_ == "advcl" and parse.to_infinitive(verb) and any(
        p.dep_ == "prep" and p.i < verb.i
        and f"{verb.head.lemma_.lower()} {p.lower_}" in OBJECT_CONTROL
        for p in verb.head.children))


def _no_one_does(verb: Token) -> bool:
    """Is the verb's subject no one: "none of its activities", "neither Clinton nor her
    allies"?"""
    return any(s.lower_ in NO_ONE or any(c.lower_ == "neither" and c.i < s.i for c in s.children)
               for s in _args(verb, {"nsubj", "nsubjpass"}))


def _listed_from(verb: Token) -> Token:
    """The first of a list of bare verbs the parser chained as conjuncts ("bring back
    waterboarding and deport refugees": "bring")."""
    while (verb.dep_ == "conj" and verb.head.dep_ in {"dep", "conj"} and verb.head.tag_ == "VB"
           and not _args(verb.head, {"nsubj", "nsubjpass"})):
        verb = verb.head
    return verb


def _called_false(noun: Token) -> bool:
    """Does a modifier call the noun false: "falsified reports", "fake news"?"""
    return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in FALSE_WORDS
               for c in noun.children)


def _falsely_reported(noun: Token) -> bool:
    """Is the noun what a report the text calls false tells of: "falsified reports of two
    explosions", "fake news of an attack"?"""
    of = noun.head if noun.dep_ == "pobj" else None
    return of is not None and of.lower_ in {"of", "about"} and _called_false(of.head)


def _verbal_kind(noun: Token) -> bool:
    """Does a modifier make an attack one of words: "his verbal assault", "personal
    attacks", "a rhetorical broadside"; or its makers, one's rivals in a contest ("fielding
    the most incoming attacks from his rivals for the GOP nomination")?"""
    return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in VERBAL_MODIFIERS
               for c in noun.children) or any(
        o.lemma_.lower() in CONTEST_DOERS and o.tag_ in {"NNS", "NN"}
        for o in _prep_objects(noun, ("from", "by")))


def _present_tense(verb: Token) -> bool:
    """Is the verb in a present tense, simple or progressive ("meets", "are meeting"), which
    a future date makes a plan?"""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in verb.children)


def _after(date: str | None, published: str | None) -> bool:
    """Does a date (a day, an ISO week, a month or a year) begin after the publication
    date?"""
    if not date or not published or len(published) < 10:
        return False
    pub = published[:10]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return date > pub
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", date):
        start = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return start.isoformat() > pub
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return f"{date}-01" > pub
    if re.fullmatch(r"\d{4}", date):
        return f"{date}-01-01" > pub
    return False


def _undergoer(verb: Token, obj: Token | None) -> Token | None:
    """What a verb is done to: its object, the noun its participle describes ("a debate
    sponsored by NBC"), or its passive subject."""
    if obj is not None:
        return obj
    return verb.head if verb.dep_ == "acl" else next(iter(_args(verb, {"nsubjpass"})),
                                                     _reduced_passive(verb))


def _reduced_passive(verb: Token) -> Token | None:
    """What a participle set off by a comma is done to, where the parser made it a clause
    of the verb before: the noun before the comma ("in an email, released as part of the
    dump"), else that verb's subject ("the bill failed, blocked by senators")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return None
    before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].text == "," else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"}:
        return before
    return next(iter(_args(verb.head, {"nsubj", "nsubjpass"})), None)


def _admits(verb: Token) -> bool:
    """Whether a verb of permission lets someone in: into or inside a place, or to enter,
    visit or work there ("allowed inspectors into the country", "let aid convoys enter",
    "let them through"); not "allowed to remain in power"."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})]
    admitted = [c for c in verb.children if c.dep_ == "dobj"]
    words = [c for v in clauses + admitted for c in v.children]
    return (any(c.dep_ == "prep" and c.lower_ in ADMIT_PREPS for c in words)
            or any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"in", "through"}
                   and c.head.i == verb.i for c in words)
            or any(v.lemma_.lower() in ENTRY_VERBS for v in clauses[1:]))


def _governing_noun(verb: Token) -> Token | None:
    """The noun whose "of" phrase or infinitive a verb is: "sign" in "no sign of backing
    down", "plans" in "no plans to attack"."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "of":
        noun = verb.head.head
    elif verb.dep_ == "acl" and parse.to_infinitive(verb):
        noun = verb.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" else None


def _attempted(verb: Token) -> bool:
    """Is the verb the infinitive of "attempt" or "try", an attempt made ("will try to
    attack" is none yet)?"""
    return (verb.dep_ == "xcomp" and verb.head.i != verb.i
            and verb.head.lemma_.lower() in ATTEMPT_VERBS
            and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX
                        | DEMAND_AUX for c in verb.head.children))


def _under_noun(tok: Token) -> bool:
    """Is the noun inside another noun's phrase ("in response to recent unrest", "her role
    in rioting"), rather than an argument of its clause ("killed in an explosion")?"""
    t = tok
    while t.dep_ in {"pobj", "prep", "conj", "appos", "pcomp"} and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ == "of":
            return False  # "weeks of unrest", "a string of rallies": the noun is the news
        t = t.head
        if t.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


HEDGE_SENTENCE = re.compile(r"^(?:it|this|that)\s+(?:is|was|has been)\s+(?:said|reported|"
                            r"claimed|alleged|believed|rumou?red)\b", re.IGNORECASE)
HEDGE_SENTENCE_WORDS = 10  # longer sentences say more than that the last one is hearsay
# What a hedging sentence's clause opens on when it names the previous sentence again
# ("It is said that it was expressed", "It was reported so")
BACK_REFERENCES = frozenset({"it", "this", "so"})


def _hedge(event: Event, phrase: str) -> None:
    """Hedge an event by words outside its own sentence's reading: it is hedged, unless a
    source denies it."""
    if phrase not in event.attribution.hedges:
        event.attribution.hedges.append(phrase)
    if event.attribution.certainty != "denied":
        event.attribution.certainty = "hedged"


def _hedge_by_next_sentence(d: Document) -> None:
    """"... thanking Musk for the satellites. It is said that it was expressed.": a short
    sentence that only says the previous one is hearsay hedges the previous one's events;
    one that goes on to a report of its own does not ("It is said that Russia bombed the
    hospital": what follows the words is not the previous sentence, named again)."""
    sents = parse.sents(d.doc)  # type: ignore[arg-type]
    for prev, sent in itertools.pairwise(sents):
        text = sent.text.strip()
        m = HEDGE_SENTENCE.match(text)
        if m is None or len(text.split()) > HEDGE_SENTENCE_WORDS:
            continue
        rest = [w for w in re.findall(r"[\w']+", text[m.end():].lower()) if w != "that"]
        if rest and rest[0] not in BACK_REFERENCES:
            continue
        phrase = m.group(0).lower()
        for e in d.events:
            if prev.start_char <= e.trigger.start < prev.end_char:
                _hedge(e, phrase)


# Verbs of checking a claim, and the words that say it could not be done: "a claim that
# could not be independently verified", "Reuters was unable to confirm the report"
VERIFY_VERBS = frozenset({"verify", "confirm", "corroborate", "substantiate"})
UNABLE_WORDS = frozenset({"unable", "impossible"})
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "it", "them"})
# What a claim's source may give or not to support it ("without providing evidence")
EVIDENCE_NOUNS = frozenset({"evidence", "proof"})
GIVING_EVIDENCE_VERBS = frozenset({"provide", "give", "offer", "present", "produce", "cite",
                                   "show", "supply", "furnish"})


def _unsupported(tok: Token) -> Token | None:
    """The first word of a statement that a claim came with no evidence, whose noun is the
    last: "without providing evidence", "without evidence", "did not provide any proof",
    "offered no evidence"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in EVIDENCE_NOUNS:
        return None
    gov = tok.head
    if gov.lower_ == "without":
        return gov
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in GIVING_EVIDENCE_VERBS:
        return None
    if gov.head.lower_ == "without" and gov.dep_ == "pcomp":
        return gov.head
    if any(c.dep_ == "neg" for c in gov.children):
        return min((c for c in gov.lefts if c.dep_ in {"aux", "neg"}), key=lambda c: c.i,
                   default=gov)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return gov
    return None


def _unverified(tok: Token) -> Token | None:
    """The first word of a statement that a claim could not be checked, where the verb of
    checking is its last: "could not be independently verified", "was unable to confirm",
    "was not possible to verify"."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in VERIFY_VERBS:
        return None
    said = [c for c in tok.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"}]
    if any(c.dep_ == "neg" for c in said):
        return said[0]
    gov = tok.head
    if tok.dep_ != "xcomp" or gov.i == tok.i:
        return None
    words = {gov.lemma_.lower()} | {c.lemma_.lower() for c in gov.children if c.dep_ == "acomp"}
    if words & UNABLE_WORDS or ("possible" in words and any(c.dep_ == "neg"
                                                             for c in gov.children)):
        return min((c for c in gov.lefts if c.dep_ in {"aux", "auxpass", "neg"}),
                   key=lambda c: c.i, default=gov)
    return None


def _hedge_unverified(d: Document) -> None:
    """What the writer says could not be checked is hedged: the claims of its own sentence
    before it ("Ukraine's military said it had shot down 20 drones, a claim that could not be
    independently verified"), else, where it names them again, the last sentence's ("The
    army said it killed 20 militants. Reuters could not independently verify the
    figures."). What the writer tells as fact stays asserted."""
    doc = d.doc
    assert doc is not None
    sents = parse.sents(doc)
    for k, sent in enumerate(sents):
        for tok in sent:
            first = _unverified(tok) or _unsupported(tok)
            if first is None:
                continue
            phrase = doc.text[first.idx:tok.idx + len(tok.text)].lower()
            # (the claims it looks back on: "official sources were saying the operation was
            # over, but that has not yet been confirmed from Belgrade, where the attack is
            # thought to have been planned" leaves the attack as it was)
            # (or all of it, where the saying is what came without evidence: "Russia said,
            # without providing evidence, that Ukraine had shelled the plant")
            upto = sent.end_char if first.lower_ == "without" and first.head.pos_ == "VERB" \
                else first.idx
            claimed = [e for e in d.events if sent.start_char <= e.trigger.start < upto
                       and e.attribution.certainty != "asserted"]
            what = tok.head if tok.dep_ == "relcl" else next(
                (c for c in tok.children if c.dep_ in {"nsubjpass", "dobj"}), None)
            if tok.lemma_.lower() in EVIDENCE_NOUNS:
                # ("It did not provide evidence for the claim": who gave none, or for what)
                what = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                             for o in c.children if o.dep_ == "pobj"), None) or next(
                    (c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if not claimed and k and what is not None and (
                    what.lower_ in DEFINITE_WORDS
                    or any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS
                           for c in what.children)):
                prev = sents[k - 1]
                claimed = [e for e in d.events
                           if prev.start_char <= e.trigger.start < prev.end_char
                           and e.attribution.certainty != "asserted"]
            for e in claimed:
                _hedge(e, phrase)


def _certainty(denied: bool, hedges: list[str], sources: list[dict[str, Any]]) -> str:
    """How surely a claim is told: denied, else hedged, else attributed to its sources, else
    asserted by the writer."""
    if denied:
        return "denied"
    return "hedged" if hedges else "attributed" if sources else "asserted"


def _tells_only(lemma: str) -> bool:
    """Whether a verb tells of a thing without lending it its negation: one of saying ("did
    not say that it seized the tanker", "did not confirm the strike"), not of thinking ("do
    not think Iran attacked" says they think it did not)."""
    return lemma in lexicon.reporting_verbs() and lemma not in NEG_RAISING_VERBS


def _unowned_claim(verb: Token) -> Token | None:
    """The noun of a claim no one is named to hold, whose that-clause the verb heads:
    "reports that it struck the consulate", "allegations that he ordered the attack" (not
    "Trump's claim that ...", which is Trump's)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    noun = verb.head
    clause = claim_clause(noun)
    if (clause is not None and clause.i == verb.i
            and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"})
                        for c in noun.children)):
        return noun
    return None


def _confidence(source: object, target: object) -> float:
    """How sure a coding is: 0.3, and 0.2 more each for a source and a target named."""
    return round(0.3 + 0.2 * bool(source) + 0.2 * bool(target), 2)


def _share_relative_actors(d: Document) -> None:
    """An event noun and the relative clause that tells what it did share their actors:
    in "a U.S. strike that killed Soleimani" the strike's doer killed, and the strike was
    on the one it killed; so do a passive and the event it happened in ("were killed in
    an Israeli air strike")."""
    doc = d.doc
    assert doc is not None
    nominal = {e.trigger.start: e for e in d.events}
    for e in d.events:
        tok = parse.token_at(doc, e.trigger.start)
        if tok is None or tok.pos_ != "VERB":
            continue
        if tok.dep_ != "relcl":
            # "four children were killed in an Israeli air strike": a passive with no agent
            # was done by the one who did the event it happened in
            cause = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                          for o in p.children if o.dep_ == "pobj" and o.idx in nominal),
                         None) or next((g for g in tok.children if _split_gerund(g)
                                        and g.idx in nominal), None)
            if (cause is not None and not e.source and not _args(tok, {"agent"})
                    and any(c.dep_ == "auxpass" for c in tok.children)):
                _share(e, nominal[cause.idx])
            continue
        noun = tok.head
        while noun.idx not in nominal and noun.dep_ in {"pobj", "prep", "nummod", "compound"}:
            # "a U.S. strike in January 2020 that killed ...": the parser hangs the clause
            # on the noun's date phrase, or that phrase on the verb, right after the noun
            if noun.dep_ == "prep" and noun.i > 0 and doc[noun.i - 1].idx in nominal:
                noun = doc[noun.i - 1]
                break
            noun = noun.head
        told = nominal.get(noun.idx)
        if told is not None:
            _share(e, told)


def _share(e: Event, told: Event) -> None:
    """An event told by a verb and the event noun that tells the same act share their doer
    and target, where one lacks them."""
    if told is e or told.quad_class != e.quad_class:
        return
    if not e.source and told.source:
        e.source = list(told.source)
    if not told.target and e.target:
        told.target = list(e.target)
    elif not e.target and told.target:
        e.target = list(told.target)  # "killed in Israeli shelling of the Gaza Strip"
    for x in (e, told):
        x.confidence = _confidence(x.source, x.target)


def _content_clause(clause: Token) -> bool:
    """Whether a clause the parser hangs on a noun as relative is the noun's content: it
    lacks nothing, with a subject and an object of its own and no relative word ("evidence
    ISIS jihadists used mustard gas"; not "the gas ISIS used")."""
    args = [c for c in clause.children if c.dep_ in {"nsubj", "dobj"}]
    return ({c.dep_ for c in args} == {"nsubj", "dobj"}
            and not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} or t.lower_ == "that"
                        for t in clause.subtree if t.i < clause.i))


def _aim_at_doers(d: Document) -> None:
    """A stance on an act told before, with no one named for its target, is taken toward
    the act's doers: "Al-Shabaab militants stormed a base ... The African Union condemned
    the attack" condemns al-Shabaab (as ICEWS and POLECAT code it); "welcomed the
    ceasefire" welcomes those who agreed it. The act is one told as done within a few
    sentences before, by doers other than the stance's, and no stance itself: the last
    told by the definite noun's own word or named by its verb's object ("agreed a
    ceasefire"), else the first of the noun's CAMEO root (the story's own: "the attack"
    after a lede told with "stormed", and other acts of force after it)."""
    doc = d.doc
    assert doc is not None
    nouns = lexicon.event_nouns()
    for e in list(d.events):
        if e.target or not e.source or not _aimed_stance(e):
            continue
        verb = parse.token_at(doc, e.trigger.start)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb else None
        if obj is None or not _definite(obj) or any(
                c.dep_ in {"poss", "acl", "relcl"} for c in obj.children):
            continue  # (one whose owner or clause names whose it is is theirs: "condemned
            # Iran's attack", "the peace proposals worked out in Moscow")
        lemma = obj.lemma_.lower()
        root = nouns[lemma].cameo[:2] if lemma in nouns else None
        before = [x for x in d.events if verb.idx - TOLD_REACH < x.trigger.start < verb.idx
                  and x.source and not set(x.source) & set(e.source)
                  and x.modality == "asserted" and not x.negated
                  and x.trigger.start != obj.idx
                  # (no stance, unless the noun names one: "dismissed the criticism")
                  and (not _aimed_stance(x) or (root in AIMED_STANCE_ROOTS
                                                and (x.cameo or "")[:2] == root))]
        named = [x for x in before if lemma in _act_words(doc, x)]
        # (or by its verb, whose first telling is the story's own: "the agreement" after
        # "Ethiopia and Somalia agreed ...")
        verbal = [x for x in before if any(lemma.startswith(w) and lemma[len(w):] in NOMINAL_ENDINGS
                                           for w in _act_words(doc, x) if len(w) > 3)]
        kin = [x for x in before if root is not None and (x.cameo or "")[:2] == root]
        act = named[-1] if named else verbal[0] if verbal else kin[0] if kin else None
        if act is None:
            continue
        # (every doer of a reciprocal act, an event for each: "Israel and Hamas agreed a
        # ceasefire")
        doers = dict.fromkeys(a for x in before if x.trigger == act.trigger for a in x.source)
        for k, doer in enumerate(doers):
            if k == 0:
                e.target, e.confidence = [doer], _confidence(e.source, doer)
            else:
                d.events.append(replace(e, target=[doer], id=stable_id(
                    "E", d.article.id, e.trigger.start, e.cameo, *e.source, doer)))


def _aimed_stance(e: Event) -> bool:
    """Whether an event is a stance aimed at the doers of an act it names (see above)."""
    return bool(e.cameo) and (e.cameo[:2] in AIMED_STANCE_ROOTS or e.cameo in AIMED_STANCE_CODES)


def _mark_background(d: Document) -> None:
    """Mark the events a sentence tells as background to its own report: those inside
    another event's phrase ("condemned the attack", "rejected Iraq's proposal"), in a
    relative clause or a noun's participle ("a helicopter that was captured", "sanctions
    imposed a day ago") or in a clause or phrase of time or reason ("after the talks
    collapsed", "following the arrest of").
    Coordinated events ("met and agreed") each stay the sentence's own."""
    doc = d.doc
    assert doc is not None
    triggers = {e.trigger.start for e in d.events}
    for e in d.events:
        node = parse.token_at(doc, e.trigger.start)
        if node is not None and node.dep_ in {"aux", "auxpass"}:
            node = node.head  # a demand's "must" stands for its clause ("X must return")
        while node is not None and node.head.i != node.i:
            if (node.dep_ == "relcl" and _content_clause(node)) or (
                    node.dep_ in {"relcl", "acl"} and _authored(node.head)):
                # "evidence ISIS jihadists used mustard gas": what it shows; "passed a law
                # recognizing ...", "released a report accusing ...": what its author does
                node = node.head
                continue
            if node.dep_ in {"relcl", "acl"} or (node.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in node.children)
            ) or (node.dep_ == "pobj" and node.head.lower_ in BACKGROUND_PREPS):
                e.background = True
                break
            if (node.dep_ == "pobj" and node.head.lower_ == "for"
                    and node.head.head.lemma_.lower() in CREDIT_NOUNS):
                e.background = True  # "claimed responsibility for a bomb attack", "denied
                break  # his group was responsible for the attack": the claim is the news
            if node.dep_ == "pobj" and node.head.lower_ in CONCURRENT_PREPS:
                break  # "detained during protests": the protests are news of their own
            coordinate = node.dep_ == "conj"
            node = node.head
            if not coordinate and node.idx in triggers and node.idx != e.trigger.start:
                e.background = True
                break


def _dates_noun(when: Span, trigger: Token) -> bool:
    """Does a date modify an event noun that is another event's object, and so date that
    event alone: "executed a man over the 2022 protests", "condemned Monday's attack"? (Not
    a noun the act is framed by, "captured in the 1967 war", "decided at last year's
    summit", nor the act's subject, "Monday's attack killed 12", nor the trigger itself.)"""
    root = when.root
    noun = root.head
    if (root.dep_ not in {"compound", "nummod", "amod", "poss", "npadvmod"}
            or when.start <= noun.i < when.end or noun.i < root.i or noun.i == trigger.i
            or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.event_nouns()):
        return False
    if noun.dep_ == "dobj":
        return True
    return (noun.dep_ == "pobj" and noun.head.lower_ not in FRAMING_PREPS
            and noun.head.head.i == trigger.i)


# Prepositions whose event noun frames another act in time or place: "in the 1967 war",
# "at last year's summit", "during the protests"
FRAMING_PREPS = TIME_PREPS | CONCURRENT_PREPS | {"in", "at", "on", "amid"}


def _act_words(doc: Doc, e: Event) -> set[str]:
    """The lemmas an act told goes by: its trigger's, and its object's ("agreed a
    ceasefire" is the ceasefire)."""
    tok = parse.token_at(doc, e.trigger.start)
    if tok is None:
        return set()
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children if o.dep_ == "pobj"]  # ("agreed to a truce")
    return {tok.lemma_.lower()} | {o.lemma_.lower() for o in objects
                                   if o.lemma_.lower() in ACCORD_NOUNS}


# What terms are set out under: "Under the proposal, Hamas would free 33 hostages"
TERMS_PREPS = frozenset({"under"})
TERMS_NOUNS = frozenset({"proposal", "plan", "deal", "agreement", "accord", "treaty", "pact",
                         "draft", "framework", "arrangement", "terms", "ceasefire", "truce"})
MISSILE_CODE = "195"  # CAMEO: employ aerial weapons
SEA_WORDS = frozenset({"sea", "ocean", "coast", "waters"})  # where a launch hits no one
TOLD_REACH = 1500  # characters: an act is named again as "the attack" within a few sentences
# Objects that name the act their verb does: "agreed a ceasefire", "signed the accord"
ACCORD_NOUNS = frozenset({"ceasefire", "truce", "deal", "agreement", "accord", "treaty", "pact",
                          "armistice"})
# Endings that make a verb's noun of its act: "agreement" is agreeing, "bombing" bombing
NOMINAL_ENDINGS = frozenset({"ment", "ing", "al", "ion", "ation"})
# Stances that take an act told before as their object and are aimed at its doers:
# disapproval and rejection (CAMEO 11, 12), praise (051)
AIMED_STANCE_ROOTS = frozenset({"11", "12"})
AIMED_STANCE_CODES = frozenset({"051"})


def _each_other(tok: Token) -> bool:
    """Whether a word is the "other" of "each other" or "another" of "one another"."""
    return (tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children)) or (
        tok.lower_ == "another" and tok.i > 0 and tok.nbor(-1).lower_ == "one")


def _sites(tok: Token) -> list[Token]:
    """Where an act is done at or outside: "outside the US embassy", "at the ministry", "in
    front of parliament"."""
    out = _prep_objects(tok, SITE_PREPS)
    for front in _prep_objects(tok, ("in",)):
        if front.lower_ == "front":
            out += _prep_objects(front, ("of",))
    return out


def _aimed_at(verb: Token) -> list[Token]:
    """Whom an act could be aimed at: its objects, the objects of its prepositions, and
    whose its object is ("recognizing victories by the opposition", "Russia's invasion")."""
    objs = _args(verb, {"dobj"})
    return (objs + _args(verb, {"dative"}) + _prep_objects(verb, NESTED_PREPS)
            + [o for d in objs for o in (*_prep_objects(d, (*NESTED_PREPS, "by", "of")),
                                         *(c for c in d.children if c.dep_ == "poss"))])


def _authored(noun: Token) -> bool:
    """Whether a document is put out or passed in its own sentence ("The Senate passed a
    resolution", "a report was released")."""
    return (noun.lemma_.lower() in lexicon.word_list("information_nouns.txt")
            and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.i != noun.i
            and noun.head.lemma_.lower() in AUTHOR_VERBS)


def _month(tok: Token) -> bool:
    """Whether a noun is a month the tagger took for a common noun: "began March with $8
    million" (a capitalized "March" or "May" that nothing determines, or a date's)."""
    if not tok.is_title or tok.i == tok.sent.start:
        return False
    return (tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in MONTH_NOUNS) and not any(
        c.dep_ in {"det", "poss", "amod", "compound"} for c in tok.children)


def _hyphenated(tok: Token) -> bool:
    """Whether a noun ends a hyphenated word that denies the act or makes it a stance or
    a time: "non-endorsement", "anti-war", "post-war". (Verbs so joined are acts of their
    own, "gang-raped", "re-captured", and the parse tells no "star-struck" from them.)"""
    doc = tok.doc
    return (tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].lower_ in HYPHEN_PREFIXES)


def run(d: Document) -> None:
    doc = d.doc
    assert doc is not None
    coder = _Coder(d)
    for tok in doc:
        # A participle that modifies a noun describes it, not an event of its clause:
        # "the besieged town", "the US-backed forces", "the surrounding areas".
        if tok.pos_ == "VERB" and tok.dep_ != "amod":
            coded = len(d.events)
            if coder.received(tok):
                continue
            coder.verb(tok)
            if len(d.events) == coded:
                coder.crowd(tok)
                coder.armament(tok)
                coder.travel_advice(tok)
        elif tok.dep_ == "aux" and tok.lower_ in DEMAND_AUX:
            coder.demand(tok)
    for tok in doc:
        if tok.pos_ == "NOUN" and not _month(tok) and not _hyphenated(tok):
            coder.noun(tok)
    _share_relative_actors(d)
    d.events.sort(key=lambda e: e.trigger.start)
    _aim_at_doers(d)
    _hedge_by_next_sentence(d)
    _hedge_unverified(d)
    _mark_background(d)
    d.events.sort(key=lambda e: e.trigger.start)
