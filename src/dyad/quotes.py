"""Quotes: direct quotes and reported speech, each tied to its cue and its speaker.

In order: transcripts and labelled lines ("PENCE: ..."); quoted passages (any marks) with
their speech tag, found by the reporting-verb lists or by its place; reported speech, stances
and beliefs ("X said (that) ...", "according to X", "X called for ...", "Trump's call for
..."), each from the parse; then speakers settled in text order (pronouns and continued quotes
from the quotes before), first-person words tied to the speaker, and quotes told within
another's content marked as such.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span, Token

from dyad import lexicon, parse
from dyad.actors import (
    ARMED_SECTORS,
    FOLLOWER_NOUNS,
    PRONOUN_GENDERS,
    actor_at,
    gender_of,
    speaks_for_body,
)
from dyad.model import Actor, Document, Quote, stable_id
from dyad.places import PLACE_LABELS

QUOTE_RX = re.compile(
    # one curly and one straight mark, as hand-typed text mixes them, within a paragraph
    # (tried first: '“It is so shameful ...," Smegielski said.' must not run on to the
    # closing mark of a later quote)
    r"“[^“”\"\n]{2,}?\"(?!\w)|(?<![\w.,;!?])\"(?=\S)[^\"“”\n]{2,}?”"
    # curly double, within a paragraph, which may hold a short quote in the same marks
    # ('“I’d rather live in what he calls “hell” than live in a world where ...”')
    r"|“(?:(?!\n\s*\n)(?:[^“”]|“[^“”\n]{1,40}”)){2,}?”"
    # a closing mark typed for an opening one, before a capital and after no word or
    # punctuation: '”Mr. Trump embodies ... our greatest shame.” ― Sonya Herridge'
    r"|(?<![\w.,;!?“”])”(?=[A-Z])[^“”\n]{2,}?”(?!\w)"
    # straight double: a mark that opens follows no word and precedes a non-space, one that
    # closes the reverse (or follows the quote's last punctuation and a stray space:
    # "... Sponsor,' " Eric Trump wrote"), and both lie in one paragraph, so that one
    # unpaired mark (or one closed with a curly mark) does not pair every later one wrongly
    r"|(?<![\w.,;!?])\"(?=\S)(?:(?!\n\s*\n)[^\"]){2,}?(?:(?<=\S)|(?<=[,.!?'’] ))\"(?!\w)"
    r"|«[^«»]{2,}?»|‹[^‹›\n]{2,}?›"
    # low opening marks, closed high ("„Wir ...“", as German and Polish news quote)
    r"|„[^„“”\n]{2,}?[“”]"
    # typewriter doubles, ''...'' and ``...'', within a paragraph
    r"|(?:''|``)(?:(?!'')(?!\n\s*\n)[\s\S]){2,}?''"
    r"|(?<!\w)‘[^‘’]{2,}?’(?!\w)"  # curly single (an apostrophe is followed by a letter)
    # an opening curly mark that its paragraph never closes: a quote that goes on in the
    # next paragraph, which opens with a mark of its own, as a quote of several
    # paragraphs is written (or one whose closing mark the writer left out)
    r"|“[^“”\"\n]{2,}?(?=[ \t]*(?:\n|$))"
    # the same in straight and typewriter marks, where the next paragraph must open with a
    # mark of the same kind (a lone straight mark is as often a stray or an inch, and a
    # paragraph opened with a straight mark before one opened with a curly one is a
    # passage quoted from another article)
    r"|(?<![\w.,;!?])\"(?=\S)[^\"“”\n]{2,}?(?=[ \t]*\n\s*\")"
    r"|(?:''|``)(?:(?!'')[^\n]){2,}?(?=[ \t]*\n\s*(?:''|``))"
    # straight single marks, as British and headline style quote: one opens after no word
    # and before a capital, and the words end in punctuation before the mark that closes;
    # an apostrophe inside is followed by a letter ("'It's over,' she told the BBC")
    r"|(?<![\w'’])'(?=[A-Z\"“])(?:[^'\n]|'(?=[a-z])){2,}?[,.!?]'(?![\w'])"
)
LEADS_INTO_QUOTE_RX = re.compile(r"\s*[,:]\s*[\"“«„]")
QUOTE_MARK_RX = re.compile(r"[\"“”‘’«»‹›„]|''|``")
PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # "it" rarely stands for a speaker
SINGULAR_SELF = frozenset({"i", "me", "my", "mine", "myself"})
PLURAL_SELF = frozenset({"we", "us", "our", "ours", "ourselves"})
# Prepositions that say where words were put ("as she put it in a statement, to reporters")
PUT_IT_PREPS = frozenset({"in", "to", "during", "at"})
# Verbs of putting words out, whose subject is the author of what they put out
PUBLISHING_VERBS = frozenset({"release", "issue", "publish", "put", "post", "send", "file",
                              "air", "run", "write", "deliver"})
# Entity types of names that speak
NAMED_SPEAKERS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Entity types of a dateline's city or an opening phrase's time, which never speak
PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})
# What may follow a closing tag's verb: whom it was told, when, where ("..., Carter told
# a Senate panel Wednesday")
CLOSING_TAG_DEPS = frozenset({"dobj", "dative", "npadvmod", "prep", "advmod", "punct"})
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
MIN_DIRECT_WORDS = 4  # shorter quoted bits are scare quotes inside someone's words
MIN_STANDALONE_WORDS = 8  # a shorter quote inside a sentence is part of reported speech
CONTINUATION_REACH = 300  # characters between two quotes of one speaker's turn
TAG_TOKENS = 6  # a sentence of a speech tag alone: "he asks."
TAG_REACH = 8  # tokens from a tag's verb to the comma before its quote
# Verbs that tag a direct quote ("“...,” he continued") but otherwise take an infinitive
# of what goes on, not of what is said ("supporters who continue to back him").
TAG_ONLY = frozenset({"continue"})
SENTENCE_END_RX = re.compile(r"[.!?][\"”’']*\s+")
SETTING_PREPS = frozenset({"during", "in", "at", "on", "after", "before", "since", "amid",
                           "while", "throughout", "despite"})
# Prepositions of a setting that never belongs to the noun before them ("a “crazy system”
# during a campaign stop"), as "in" and "on" may ("a leader in the fight")
LATER_SETTING_PREPS = frozenset({"during", "after", "before", "amid", "since"})
SETTING_MARKS = frozenset({"as", "while", "when", "after", "before", "since", "until"})
STANCE_TAIL = frozenset({"oprd", "prep", "npadvmod", "advmod", "dative", "attr", "acomp"})
REASON_MARKS = frozenset({"because", "since"})
# Prepositions whose gerund is done by the subject of the verb they go with ("began by
# saying", "after saying"); "without saying" says nothing
GERUND_PREPS = frozenset({"by", "after", "before", "while", "in", "when"})
POLL_NOUNS = frozenset({"poll", "survey"})
# Verbs of perception that hold a view only of what they see as something
AS_VERBS = frozenset({"see", "view", "regard", "consider", "rate"})
# Verbs of judgement whose judgement needs no "as": "is considered a long shot", "were
# deemed ineligible"
JUDGED_AS_IS = frozenset({"consider", "deem"})
# Verbs of stance in one sense only, marked by a particle or a preposition (or, where
# "ccomp" is listed, a reported clause): "brushed off the criticism", not "brushed a speck
# of lint"; "charged him with fraud" or "charged that ...", not "charged a $100,000 fee";
# "laid out his vision", "cast himself as an outsider", not "laid the book down", "cast
# their ballots"
SENSE_MARKS = {"brush": frozenset({"off", "aside"}), "shrug": frozenset({"off"}),
               "charge": frozenset({"with", "ccomp"}), "lay": frozenset({"out"}),
               "cast": frozenset({"as"}), "identify": frozenset({"as"}),
               "present": frozenset({"as"}), "focus": frozenset({"on"}),
               "double": frozenset({"down"})}
# Verbs that name a stance unless they move something somewhere: "pushed the issue",
# "pushed for talks" (not "pushed parts of the country into famine", "helped push
# smugglers underground", "pushing Euroscepticism to second place", "push a bill through
# the Senate": on PolNeAr train and dev the gold marks none of these)
MOVING_SENSES = frozenset({"push"})
DIRECTION_WORDS = frozenset({"into", "to", "onto", "toward", "towards", "off", "out", "up",
                             "down", "through", "away", "aside", "underground", "further",
                             "forward"})
# Verbs of decision, told only by a clause ("decided to act", "decided they want ..."):
# their object is what the decision settles ("decide the nominee"); what the clause says
# is the decider's own act, no claim (events do not source it to the decider)
DECISION_VERBS = frozenset({"decide"})
# What a poll, a study or a record finds ("A poll showed Rubio in third")
FINDING_VERBS = frozenset({"find", "show"})
# Cues whose content is the holder's own act, order or aim, not a claim of what happened:
# events inside it are not sourced to the holder ("ordered the evacuation", "Turkey's
# refusal to recognize the atrocities", "will focus on attacking Clinton", "agreed to
# release the prisoners": a commitment, as a refusal is, not a claim)
OWN_ACT_CUES = DECISION_VERBS | frozenset({"order", "aim", "resist", "balk", "focus", "double",
                                           "decision", "refusal", "reluctant", "agree",
                                           "refuse"})
# Verbs of stance whose object, however short, is what the stance is on
STANCE_OBJECT_VERBS = frozenset({"support", "oppose", "endorse", "back", "favor", "favour",
                                 "reject", "criticize", "criticise", "condemn", "praise",
                                 "welcome", "applaud", "denounce", "blame", "defend", "dismiss",
                                 "attack", "blast", "slam", "assail", "lambaste", "chide",
                                 "rebuke", "deride", "ridicule", "mock", "dispute", "express",
                                 "like", "love", "hate", "dislike", "despise", "loathe"})
# Verbs whose object is another's stance, met rather than held: "Trump faces allegations
# that ...", "denied the accusation that ..."
FACING_VERBS = frozenset({"face", "deny", "reject", "dismiss", "rebut", "answer", "address",
                          "field", "weather", "receive", "confront", "fend", "counter",
                          "refute", "dispute", "ignore"})
# Who stand by or against one without speaking for one: "His allies in the House said"
ALLY_NOUNS = frozenset({"ally", "critic", "detractor"})
# Verbs whose subject causes another's stance rather than holding it: "an investigation
# that has sparked fears of a trade war", "stoked concerns" (on PolNeAr train the gold
# names no holder, or one after the noun, for every such stance it marks)
STIRRING_VERBS = frozenset({"spark", "stoke", "prompt", "trigger", "fuel", "ease", "allay",
                            "heighten", "revive", "reignite", "deepen", "calm"})
PEOPLE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})  # (names of those who can act)
# Verbs whose object does the infinitive after it ("asked the CEO to explain", "forced
# Stumpf to admit"); after others the subject does ("used the speech to call for",
# "promised voters to fight")
OBJECT_CONTROL = frozenset({
    "ask", "tell", "urge", "force", "require", "allow", "permit", "enable", "encourage",
    "persuade", "convince", "order", "invite", "pressure", "press", "push", "lead", "prompt",
    "cause", "compel", "oblige", "challenge", "dare", "implore", "beg", "advise", "instruct",
    "direct", "inspire", "motivate", "help", "get", "want", "expect", "need", "remind", "warn",
    "teach", "trust", "call", "exhort", "entice", "drive", "spur", "nudge", "goad", "provoke"})
# What one tells that is itself the telling, not who hears it ("told a different tale")
TOLD_THINGS = frozenset({"tale", "story", "joke", "lie", "truth", "anecdote", "fib"})
# Reporting verbs whose object is who hears, not what is said ("told reporters")
LISTENER_VERBS = frozenset({"tell", "inform", "assure", "ask", "remind", "warn"})
# What one says that is a rite, not a statement: "said a prayer", "said goodbye"
RITUAL_WORDS = frozenset({"prayer", "grace", "mass", "goodbye", "farewell", "hello"})
# Set phrases with a verb of saying that say nothing: "All told, up to 5 million could be
# eligible" (in all), "That said, he leads" (even so); only before a comma
DISCOURSE_PHRASES = (("all", "told"), ("that", "said"), ("having", "said", "that"),
                     ("that", "being", "said"), ("with", "that", "said"))
# Verbs whose "about" phrase is what is said, though they take an object (the one asked)
# what a stance is for, against, on or about ("called for elections", "railed against
# immigrants"); a few verbs take their own preposition ("referred to him as ...")
ATTITUDE_PREPS = frozenset({"for", "against", "on", "about", "over"})
# Prepositions of whom a call or appeal asks to act, before its infinitive ("called on Iran
# to ...", "appealed to the rebels to ...")
ADDRESSEE_PREPS = frozenset({"on", "upon", "for", "to"})
OWN_PREPS = {"refer": "to", "allude": "to", "object": "to", "balk": "at", "hint": "at",
             "side": "with", "distance": "from", "point": "to"}
NOMINAL_PREPS = frozenset({"for", "of", "about", "on", "against", "over", "to"})
# Reporting verbs whose object is what is reported too: "Graham has acknowledged the
# reality of climate change", "mentioned refinancing student loans"
OBJECT_REPORTS = frozenset({"acknowledge", "admit", "confirm", "mention", "reveal",
                            "disclose", "concede", "predict", "recall", "reiterate", "repeat",
                            "echo", "note", "stress", "emphasize", "emphasise", "lament",
                            "report", "announce", "recount", "declare", "state", "explain",
                            "affirm", "reaffirm", "chant", "tweet", "retweet"})
TOPIC_VERBS = frozenset({"ask", "tell", "talk", "speak"})
# Verbs of criticism that also name an armed act: "Trump attacked Clinton" is a stance,
# "Russian forces attacked Kyiv" an attack (coded by the events stage), no one's words
FORCE_STANCES = frozenset({"attack", "blast", "hit", "strike", "target", "assail"})
# Prepositions that make an attack one in words: "attacked the program as a giveaway",
# "attacked Mexico over trade"
CRITICISM_PREPS = frozenset({"as", "over", "about"})
# What is fired or launched: no words
WEAPON_WORDS = frozenset({"battery", "missile", "rocket", "shell", "mortar", "bullet", "shot",
                          "round", "salvo", "volley", "gas", "cannon", "gun", "artillery",
                          "weapon", "grenade", "bomb", "drone", "torpedo", "munition"})
# Sectors whose people attack in words: politicians in or out of office, judges, the press
VOICE_SECTORS = frozenset({"GOV", "LEG", "OPP", "ELI", "PTY", "JUD", "MED"})
# Besides "about", the preposition whose object is what is said: "commented on the
# shooting" (not "spoke on condition of anonymity"), "warned of a fakery", "asked for"
TOPIC_PREPS = {"comment": "on", "opine": "on", "testify": "on", "remark": "on",
               "speak": "of", "talk": "of", "warn": "of", "ask": "for"}
# Verbs that answer a request for words, and the requests ("did not respond to a request
# for comment", "replied to questions")
ANSWER_VERBS = frozenset({"respond", "reply"})
REQUEST_NOUNS = frozenset({"request", "inquiry", "question", "query", "message", "email",
                           "call"})
# What a speaker makes a clause: "made it clear that ..."
CLEAR_WORDS = frozenset({"clear", "plain"})
# Verbs of the writer's judgement from appearances ("appears to have plummeted")
EVIDENTIAL_VERBS = frozenset({"seem", "appear"})
LIKELY_WORDS = frozenset({"sure", "certain"})
# Adverbs that put what they modify on others' word, unnamed: PolNeAr's training split marks
# "reportedly" so 19 times in 29 ("allegedly" 2 in 12, "apparently" 5 in 35: the writer's)
HEARSAY_ADVERBS = frozenset({"reportedly"})
# Verbs of thinking whose negation is their clause's: "do not think Iran attacked" says
# they think it did not (where "did not say" says nothing)
NEG_RAISING_VERBS = frozenset({"think", "believe", "expect", "suppose", "imagine", "reckon",
                               "anticipate", "feel", "seem", "appear", "want", "intend"})
DENIAL_VERBS = frozenset({"deny"})  # (whose clause its holder says is not so)
# Verbs that deny a claim named by its noun ("rejected claims that it attacked the tanker",
# "dismissed reports that ..."), and the nouns of a claim
DISMISSAL_VERBS = DENIAL_VERBS | frozenset({"reject", "dismiss", "dispute", "refute", "rebut"})
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "report", "suggestion",
                         "charge", "assertion", "rumor", "rumour"})
RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "whose", "what", "where"})
# Clauses inside a sentence (ended before it) that an "according to" phrase can frame
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "pcomp"})
SAYING_FORMS = frozenset({"said", "says", "say"})  # (a "said" however the tagger takes it)
BACKSHIFT_MODALS = frozenset({"would", "could", "might", "'d", "’d"})  # "said ..., and would"
# "..., although ...": a concession, the writer's
CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})
SUBORDINATE_MARKS = CONCESSIVE_MARKS | frozenset({"because", "if", "unless", "since"})
# Participles that, after a comma at the end of reported words, tell what the speaker did
# besides ("..., citing the strategic importance of ...").
ASIDE_PARTICIPLES = frozenset({"cite", "point", "refer", "reference"})
# Verbs that bring about what their "that" clause says, rather than say or hold it.
CAUSING_VERBS = frozenset({"ensure", "make", "require", "mean", "provide", "guarantee",
                           "insure", "cause", "see", "arrange", "stipulate",
                           "decree", "seem", "appear"})
QUOTE_TAIL = 2  # a clause's last token may stop short of its closing quote mark
# "PENCE: Well, look, ...", also as a quoted transcript paragraph ('"PENCE: ...').
TRANSCRIPT_RX = re.compile(r"^[\"“]?(?P<label>[A-Z][A-Z.'’ -]{1,40}[A-Z.]):[ \t]+"
                           r"(?P<content>\S.*)$", re.MULTILINE)
# "Matthews: Here's the irony ...", "Q: And the wall?": a name or an interview's Q and A
# opening a line; a name only where it names a person (not "Update:" or "Photo:").
NAMED_TRANSCRIPT_RX = re.compile(r"^[\"“]?(?P<label>[QA]|[A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+)"
                                 r"{0,2}):[ \t]+(?P<content>\S.*)$", re.MULTILINE)
# A headline that gives its speaker first: "Pence: Flowers Won't Be at Debate".
# Last words of a headline label that make it a column's title or a shout, no speaker
COLUMN_WORDS = frozenset({"latest", "update", "daily", "revealed", "exclusive", "breaking",
                          "watch", "look", "boom", "wow", "listen", "video", "photos", "live",
                          "analysis", "recap", "roundup", "briefing", "circle",
                          # the editor's labels: "CLARIFICATION:", "EDITOR'S NOTE:"
                          "clarification", "correction", "note", "disclosure",
                          "advertisement"})
# Words a title follows ("on ''Face the Nation''", "the book ''An American Son''"), and
# the small words a title leaves in lower case
TITLE_LEADS = frozenset({"on", "in", "book", "memoir", "show", "program", "programme",
                         "titled", "entitled", "called", "film", "movie", "novel", "column",
                         "series", "song", "album", "documentary", "podcast", "op-ed"})
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "and", "or", "for",
                               "at", "by", "with", "from", "is"})
HEADLINE_RX = re.compile(r"[ \t]*(?P<label>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}):"
                         r"[ \t]+(?P<content>[^\n]+?)[.]?[ \t]*(?:\n|$)")
# "Secretary of the Air Force James Roche: ``No, Sir, save it ...''": a record of messages
# or a transcript that sets each writer, titled, before a colon and their words in
# quotation marks, which may run over lines. The label opens a line or follows a colon
# (a record's entries may each begin with one), and is a title: capitalized words and the
# small words that join them ("Special Asst. to the Secretary and Director of ...").
TITLED_RX = re.compile(r"(?:^|(?<=:))[: \t]*(?P<label>[A-Z](?:[\w.'’&-]|[ \t](?=[A-Z]|"
                       r"(?:of|the|to|for|and|de|in|on)[ \t]))*)[ \t]*:[ \t]*"
                       r"(?P<open>``|“|\")", re.MULTILINE)
CLOSING = {"``": "''", "“": "”", '"': '"'}
TITLED_REACH = 3000  # characters a titled quote may run before its closing mark
# “...” ― Sonya Herridge: a quote signed with a dash and a name, as readers' voices are.
SIGNED_RX = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–])[ \t\u00a0]*(?P<name>[A-Z][\w.'’-]*"
                       r"(?:[ \t][A-Z][\w.'’-]*){0,3})")


def _sentence_of(doc: Doc, char: int) -> Span | None:
    return parse.sentence_at(doc, char)


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """Character span of a speaker phrase without appositions or relative clauses."""
    left = tok.left_edge
    # (not the quotation the parser hung on the speaker's name: '“It’s unanimous,”
    # councilmember Mark Levine said')
    mark = max((t.i for t in tok.doc[left.i : tok.i] if t.is_quote and t.i > left.i
                and tok.doc[t.i - 1].text in {",", ".", "!", "?"}), default=None)
    if mark is not None:
        left = tok.doc[mark + 1]
    while (left.is_punct or left.is_space or left.lower_ in SAYING_FORMS) and left.i < tok.i:
        # (nor the closing mark the parser hung on it, nor an inverted tag's verb: 'Said
        # Ellis: “...”')
        left = tok.doc[left.i + 1]
    # (with the subject the parser split off right before it: "USAF's chief of staff
    # General Duncan McNab stated", two subjects of "stated")
    split_off = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}
                      and c.i < tok.i and c.right_edge.i + 1 == left.i
                      and c.pos_ in {"NOUN", "PROPN"} and tok.pos_ == "PROPN"
                      and not any(t.is_punct for t in c.subtree)), None)
    if split_off is not None and tok.dep_ in {"nsubj", "nsubjpass"}:
        left = split_off.left_edge
    right = tok
    for child in tok.rights:
        if child == _close_name(tok, right):
            right = child.right_edge  # a name the phrase describes: "the daily Haaretz"
            continue
        if child.text == "," and any(c.dep_ == "conj" and c.i > child.i for c in tok.rights):
            continue  # a list's comma: "Britain, France and Germany said"
        if child.dep_ in {"appos", "relcl", "punct", "acl", "case", "npadvmod"} or (
                child.text == ",") or (child.dep_ == "prep" and child.lower_ == "as"):
            # (nor a possessor's "'s": "Trump's call for ...", nor a time the parser hung
            # on the name: "Trump this week said", nor what the speaker judges a thing to
            # be: "was seen by some as a demotion")
            break
        right = child.right_edge
    # (nor the sentence's verb the parser read as a participle inside the phrase: "One of
    # the docs who sent the letter called Oz a quack")
    verb = next((t for t in tok.doc[tok.i + 1 : right.i + 1] if _active_participle(t)), None)
    if verb is not None:
        right = tok.doc[verb.i - 1]
    return left.idx, right.idx + len(right.text)


def _close_name(noun: Token, last: Token) -> Token | None:
    """The name set right after a description, whose last word so far is last, with no
    comma between: "the daily Haaretz", "Egypt's state broadcaster Nile TV", "master of
    ceremonies Asab Al-Tabchi"."""
    return next((c for c in noun.rights if c.dep_ == "appos" and c.left_edge.i == last.i + 1
                 and c.ent_type_ in {"ORG", "PERSON"}), None)


def _active_participle(verb: Token) -> bool:
    """Whether the parser read a verb with two objects as a participle of a noun, which
    only an active verb has ("the letter called Oz a quack"; the second, quoted, may be
    hung inside the first: 'called Trump's statements and actions on Sunday "childish"')."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"}:
        return False
    objects = [c for c in verb.children if c.dep_ in {"oprd", "dobj"}]
    return len(objects) >= 2 or (len(objects) == 1 and any(
        t.is_quote for t in verb.doc[objects[0].i : objects[0].right_edge.i + 1]))


def _subject_of(verb: Token) -> Token | None:
    """The verb's own subject (of two the parser gave it, the one after it: in '"Anybody
    who attacks him ...," said Louise Sunshine' the first is inside the quote; of two
    before it, the nearer: in "Tuesday in Berea, OH, after winning Ohio, Gov. John Kasich
    said" the first is a place the parser took for one)."""
    # (not a title in quotation marks after the verb, which the parser took for one: 'said
    # Thursday morning on Fox News's “Fox and Friends.”')
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                and not (c.i > verb.i and _in_marks(c))]
    if len(subjects) > 1 and subjects[-1].i > verb.i and subjects[-1].pos_ != "ADJ":
        # (not "the same" the parser made a second subject: "26 percent said the same")
        return subjects[-1]
    # (not one that holds a relative word: "A statement on Apple's website, the homepage of
    # which displays ..., states")
    before = [c for c in subjects if c.i < verb.i and not any(
        t.lower_ in {"which", "whom", "whose"} for t in c.subtree)]
    return before[-1] if before else (subjects[0] if subjects else None)


def _in_marks(tok: Token) -> bool:
    """Whether the token's phrase is all that a pair of quotation marks holds."""
    doc = tok.doc
    first, last = tok.left_edge.i, tok.right_edge.i
    while last + 1 < len(doc) and doc[last + 1].is_punct and not doc[last + 1].is_quote:
        last += 1
    return first > 0 and doc[first - 1].is_quote and last + 1 < len(doc) and doc[last + 1].is_quote


def _agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase: "was told by his aides"."""
    return next((o for a in verb.children if a.dep_ == "agent" for o in a.children
                 if o.dep_ == "pobj"), None)


def _quoted_as(verb: Token) -> Token | None:
    """The verb "quote" whose "as" phrase the verb is: "was quoted as saying", "The agency
    quoted Yeltsin as saying", "was quoted by the state news agency IRNA as saying" (where
    the parser may hang the "as" on the agency's name)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    for up in verb.head.ancestors:
        if up.pos_ in {"VERB", "AUX"}:
            return up if up.lemma_.lower() == "quote" else None
    return None


def _quoted_speaker(quoting: Token) -> Token | None:
    """Whom "quote" quotes: the subject of its passive ("Yeltsin was quoted as saying"),
    else its object ("The agency quoted Yeltsin as saying")."""
    return next((c for c in quoting.children if c.dep_ == "nsubjpass"),
                next((c for c in quoting.children if c.dep_ == "dobj"), None))


def _subject(verb: Token) -> Token | None:
    """Who does the verb: its own subject, else the subject of the verb it goes with."""
    quoting = _quoted_as(verb)
    if quoting is not None:
        # who is quoted says it; whoever quotes (an agency's "by" phrase or subject) is the
        # outlet that reports it
        return _quoted_speaker(quoting)
    agent = _agent_of(verb)
    if agent is not None:
        # "As first reported by CNN, ...", "He was told by his aides that ...": who
        # reports is the agent (the passive's subject is whom it was told)
        return agent
    own = _subject_of(verb)
    if own is not None:
        return own
    head = verb.head
    if (verb.dep_ in {"compound", "amod"} and head.pos_ == "PROPN" and head.i > verb.i
            and all(t.is_punct for t in verb.doc[verb.sent.start : verb.i])):
        return head  # 'Said Ellis: “...”': the parser read the inverted tag as a name
    if verb.dep_ == "conj" and (cue := _cue_in_tense(verb)) is not None:
        return _subject(cue)  # ("has said she wants to ... and has expressed support")
    contrast = next((c for c in head.children if c.dep_ == "advcl" and c.i < verb.i
                     and c.right_edge.i == verb.i - 2 and verb.doc[verb.i - 1].text == ","
                     and any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS
                             for m in c.children)), None) if (
        verb.tag_ == "VBG" and verb.dep_ == "advcl") else None
    if contrast is not None:
        # "France said it would ..., while Hungary's Viktor Orban invited Netanyahu to
        # visit, saying ...": the participle after a clause of contrast is that clause's,
        # where the parser hung it on the sentence's
        return _subject(contrast)
    if ((verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))
            and head.dep_ == "ccomp" and head.head.i != head.i
            and verb.lemma_.lower() in lexicon.reporting_verbs() | ASIDE_PARTICIPLES):
        # "China said it was opposed ... and warned ...", "analysts said ..., citing ..."
        return _subject(head.head)
    before = verb.doc[verb.i - 1] if verb.i else None
    if (verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "advcl"} and before is not None
            and before.pos_ == "PROPN" and before.ent_type_ == "PERSON"
            and (before.dep_ == "dobj" or (before.dep_ == "pobj"
                                           and before.head.lower_ in {"of", "about"}))):
        # "The ad uses footage of Hillary Clinton asking, “...”", "an account of Clinton
        # telling one agent to ...": the participle goes with the person named right before
        # it, whom the parser left as an object (not one written to: "a letter to Zucker
        # asking that ...")
        return before
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OBJECT_CONTROL and (
            obj := next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                         and (c.pos_ in {"PROPN", "PRON"} or c.ent_type_ in PEOPLE_LABELS
                              or c.lemma_.lower() in lexicon.word_list("doer_nouns.txt"))),
                        None)) is not None:
        # (one who can act: not "asking employees questions to see how they responded")
        return obj  # "forced Stumpf to admit that ...": Stumpf admits (not who forced him)
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return _subject(verb.head)
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in GERUND_PREPS
            and verb.head.head.pos_ in {"VERB", "AUX"}):
        return _subject(verb.head.head)  # "Obama responded by saying ...": Obama says
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN",
                                                                      "PRON"}:
        return _author(verb.head) or verb.head  # "a policy paper welcoming", "one saying"
    after = verb.right_edge.i + 1
    if (verb.dep_ == "acl" and verb.tag_ == "VBD" and after < len(verb.doc)
            and (verb.doc[after].is_quote or verb.doc[after].text == ":")
            and verb.head.pos_ in {"NOUN", "PROPN"}):
        # 'a man yelled “Stay there!”', 'The minister posted on X: "Iran will never bow to
        # pressure."': read as the noun's participle
        return verb.head
    if (verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"}
            and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in verb.sent)):
        # "One lawmaker called Trump “the orange prince ...”": with no verb of its own, the
        # sentence's noun is the subject of the verb the parser read as its participle; so
        # is its head where the verb has two objects, as only an active one does ("One of
        # the docs who sent the letter called Oz a quack")
        root = verb.sent.root
        if verb.head.dep_ == "ROOT" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head
        if root.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} and _active_participle(verb):
            return root
    if verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"}:
        # "Republican activists clamoring to block Trump say ...", "Jeffrey Salkin, a
        # rabbi helping to organize the boycott, said ...": the parser made the subject and
        # what describes it a clause of their own before the cue; that clause's subject
        # says it
        # (not a finite clause with an auxiliary, what is said: "Russia had sent troops to
        # Syria, Defense Minister Sergei Shoigu told Interfax")
        clause = next((c for c in verb.lefts if c.dep_ in {"advcl", "ccomp", "csubj"}
                       and c.right_edge.i >= verb.i - 2 and _subject_of(c) is not None
                       and not any(m.dep_ in {"mark", "aux"} for m in c.children)), None)
        if clause is not None:
            return _subject_of(clause)
        # "As part of his plea, Marcel Lehel Lazar, 44, said that ...": the parser hung the
        # name on the phrase before it; the name just before the cue says it
        k = verb.i - 1
        while k > verb.sent.start and verb.doc[k].is_punct:
            k -= 1
        before = verb.doc[k]
        aside = next((a for a in (before, *before.ancestors) if a.tag_ in {"VBG", "VBN"}
                      and a.dep_ in {"advcl", "acl"} and a.right_edge.i == k
                      and a.left_edge.i > verb.sent.start + 1
                      and verb.doc[a.left_edge.i - 1].text == ","), None)
        if aside is not None:
            # "Bill Eastland, wearing a cowboy hat and campaign pins, said": the name
            # before the participle's phrase
            before = verb.doc[aside.left_edge.i - 2]
        while (before.dep_ == "appos" and before.head.i < before.i
               and before.pos_ != "PROPN"):
            before = before.head  # (an age or a title in apposition: "Reid, the leader,")
        if before.pos_ == "PROPN" and before.ent_type_ in PEOPLE_LABELS:
            return before
        if before.pos_ == "NOUN" and before.dep_ in {"conj", "appos"}:
            # "After a day of tensions between two of them, Ryan's office announced",
            # "Among likely GOP voters, about two-thirds, 67 percent, say": a noun the
            # parser joined to the phrase before it
            return before
    return None


# Marks of a clause set against the sentence's ("..., while Hungary ...")
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


def _author(noun: Token) -> Token | None:
    """Who wrote a statement, letter or post that says something: its possessor ("Jobs's
    letter stating ..."), or who acted in it ("Jobs resigned in a letter stating ...")."""
    if noun.lemma_.lower() not in lexicon.word_list("source_nouns.txt"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "through", "via"}:
        verb = noun.head.head
        if verb.pos_ in {"VERB", "AUX"}:
            return _subject_of(verb)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PUBLISHING_VERBS:
        # "Gowdy released a statement highlighting ...", "POLITICO published a story
        # detailing ...": who put it out
        return _subject(noun.head)
    return None


class _Speakers:
    """Resolves speaker phrases to actors; pronouns and continued quotes wait for
    :meth:`settle`, which reads the quotes in text order."""

    def __init__(self, d: Document) -> None:
        self.d = d
        # quote id -> "pronoun" | "continued" | "following" (the next quote's speaker)
        self.pending: dict[str, str] = {}
        self.genders: dict[str, str | None] = {}  # person actor id -> gender, as asked

    def resolve(self, subj: Token) -> tuple[str | None, str, tuple[int, int]]:
        named = [c for c in subj.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named and subj.doc[subj.i + 1].is_punct and (
                subj.ent_type_ in PLACE_OR_TIME
                or (subj.left_edge.i > 0 and subj.doc[subj.left_edge.i - 1].pos_ == "ADP")
                or named[-1].right_edge.i + 1 == subj.head.i > subj.i):
            # "WASHINGTON (AP) — President Obama, dedicating the museum, said", "With 50
            # days until the election, Minyon Moore, a senior adviser, called", "To
            # understand the real Dred Scott, Chief Justice Roberts said, ...": the parser
            # made the person a phrase in apposition to a place, to the end of a phrase
            # before, or to a noun before with no comma to close it before the verb (a role
            # in apposition stays as written: "Carter's press secretary, Peter Cook, told",
            # "the economist Jared Bernstein wrote")
            subj = named[-1]
        start, end = _noun_phrase(subj)
        text = self.d.article.text[start:end]
        if subj.lower_ in PRONOUNS:
            return None, text, (start, end)  # settled in text order, from the speakers
        who = subj
        if subj.lower_ in {"which", "that"} and subj.head.dep_ == "relcl":
            # "Jobs's email, which reads: ...": the writer of what the clause describes,
            # or the body it is ("the ministry, which said ..."); the speaker as written
            # stays the relative word
            noun = subj.head.head
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            who = owner if owner is not None else noun
            named = subj.doc[noun.left_edge.i - 2] if noun.left_edge.i > 1 else noun
            if (noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.pos_ == "PROPN"
                    and noun.head.ent_type_ in NAMED_SPEAKERS):
                # "JNIM, al-Qaeda's Sahel affiliate, which said ...": the name the
                # description is set beside, not the description's owner
                who = noun.head
            elif (noun.dep_ == "appos" and owner is None and named.ent_type_ in NAMED_SPEAKERS
                    and subj.doc[noun.left_edge.i - 1].text == ","):
                # "..., according to the Kenya National Commission on Human Rights, a
                # state-funded body, which accused police ...": the name the description is
                # set beside (wherever the parser hung the description)
                who = named
        if (subj.lower_ in {"who", "whom"} and subj.head.dep_ == "relcl"
                and self._actor_of(subj) is None):
            # "An MSF coordinator, who asked not to be named, ...": the one the clause
            # describes, where no actor's mention is the relative word itself
            who = subj.head.head
        # (the name a description is of: "Egypt's state broadcaster Nile TV", not Egypt)
        who = _close_name(who, who) or who
        actor = self._actor_of(who)
        if actor is None and (named := [c for c in who.lefts if c.dep_ == "compound"
                                        and c.ent_type_ in NAMED_SPEAKERS]):
            # (the name the head word is of before its possessor: "the group's Al-Masirah
            # television" is the channel)
            actor = self._actor_of(named[-1])
        if actor is None and (named := [
                c for prep in who.rights if prep.dep_ == "prep" for o in prep.children
                if o.dep_ == "pobj" for c in o.rights
                if c.dep_ == "appos" and c.ent_type_ == "PERSON"]):
            # (the parser may hang the name on the body the role is held at: "A spokesman
            # for the M23, Lawrence Kanyuka, said" is Kanyuka, not the M23)
            actor = self._actor_of(named[0])
        if actor is None and (named := [c for c in who.rights if c.dep_ == "appos"
                                        and c.ent_type_ in NAMED_SPEAKERS]):
            # (the name set beside a description, which stays the speaker as written: "The
            # tanker's Greek operator, Empire Navigation, said"; "Its general counsel, Chris
            # Marchese, said" is Marchese, not the body "its" stands for)
            actor = self._actor_of(named[0])
        if actor is None and not (
                who.tag_ == "NNS" and who.lemma_.lower() in FOLLOWER_NOUNS | ALLY_NOUNS
                and any(c.dep_ == "poss" for c in who.children)):
            # (not the owner of others who speak: "His allies in the House said", "her
            # supporters say"; one's kin, named by their tie, stay as they were)
            actor = actor_at(self.d, start, end)
        if (actor is None and subj.head.dep_ == "relcl" and subj.head.head.dep_ == "attr"
                and (named := _subject_of(subj.head.head.head)) is not None):
            # "Angela Corey is the state attorney who charged ...": the one the relative
            # clause's noun is said to be
            actor = self._actor_of(named)
        return (actor.id if actor else None), text, (start, end)

    def _actor_of(self, tok: Token) -> Actor | None:
        """The actor with a mention at the token."""
        return actor_at(self.d, tok.idx, tok.idx + len(tok.text))

    def settle(self, quotes: list[Quote]) -> None:
        """Give pronoun speakers the previous speaker (else the last person named),
        continued quotes their previous quote's speaker, and quotes that lead into the next
        one that one's."""
        previous: Quote | None = None
        for q in quotes:
            how = self.pending.get(q.id)
            if how == "pronoun" and q.speaker is None:
                # (the last person named before the pronoun, not one it speaks to: "He told
                # Prime Minister Benjamin Netanyahu that ...")
                q.speaker = self._named_since(q, previous) or self._other_gender(
                    q, previous) or (previous.speaker if previous and previous.speaker
                                     else self._last_person_before(min(
                                         q.content[0].start,
                                         q.speaker_span.start if q.speaker_span else
                                         q.content[0].start)))
            elif how == "continued" and previous is not None:
                q.speaker, q.speaker_text, q.speaker_span = (
                    previous.speaker, previous.speaker_text, previous.speaker_span)
            if not holds_own_act(self.d.doc, q):
                previous = q
        following: Quote | None = None
        for q in reversed(quotes):
            if self.pending.get(q.id) == "following" and following is not None:
                q.speaker, q.speaker_text, q.speaker_span = (
                    following.speaker, following.speaker_text, following.speaker_span)
            following = q

    def mark(self, quote_id: str, subj: Token | None) -> None:
        if subj is None:
            self.pending[quote_id] = "continued"
        elif subj.lower_ in PRONOUNS:
            self.pending[quote_id] = "pronoun"

    def lead_into_next(self, quote_id: str) -> None:
        """The quote has the next quote's speaker, as settled."""
        self.pending[quote_id] = "following"

    def _named_since(self, q: Quote, previous: Quote | None) -> str | None:
        """For a stance, not a saying, the person its pronoun holder stands for by the
        actors' reading, where that person is named after the previous quote: "During his
        term, he decided to withdraw ..." after a paragraph on Trump is Trump's decision,
        not the last speaker's."""
        if q.speaker_span is None or previous is None or q.cue is None:
            return None
        cue = parse.token_at(self.d.doc, q.cue.start) if self.d.doc is not None else None
        if cue is None or cue.lemma_.lower() in lexicon.reporting_verbs():
            return None  # "he said", "he added": a dialogue goes on with its last speaker
        actor = actor_at(self.d, q.speaker_span.start, q.speaker_span.end)
        if actor is None or actor.kind != "person" or actor.id == previous.speaker:
            return None
        said_until = max(c.end for c in previous.content)
        named = [m.end for m in actor.mentions
                 if m.end <= q.speaker_span.start and m.start != q.speaker_span.start]
        return actor.id if named and max(named) > said_until else None

    def _other_gender(self, q: Quote, previous: Quote | None) -> str | None:
        """A "she said" after a man's quote (or "he said" after a woman's) is the last
        person of that gender named since that quote began, outside its words: "Hillary
        Clinton is describing as 'unhinged' a Donald Trump tweet ... She says". Where no
        such person is named, the dialogue goes on with its speaker: a translation may give
        a woman "he"."""
        wanted = PRONOUN_GENDERS.get((q.speaker_text or "").lower())
        if (previous is None or previous.speaker is None
                or self._agrees(previous.speaker, wanted)):
            return None
        since = min([c.start for c in previous.content] + [
            x.start for x in (previous.cue, previous.speaker_span) if x is not None])
        best: tuple[int, str] | None = None
        for a in self.d.actors:
            if a.kind == "person" and a.id != previous.speaker and self._agrees(a.id, wanted):
                for m in a.mentions:
                    if (since <= m.start and m.end <= q.content[0].start
                            and not any(c.start <= m.start < c.end for c in previous.content)
                            and m.text.lower() not in PRONOUN_GENDERS
                            and (best is None or m.end > best[0])):
                        best = (m.end, a.id)
        return best[1] if best else None

    def _agrees(self, actor_id: str, wanted: str | None) -> bool:
        """Whether a "he" or "she" can stand for the person: "she said" after a man's
        quote is not his."""
        actor = self.d.actor(actor_id)
        if wanted is None or actor is None or actor.kind != "person":
            return True
        if actor_id not in self.genders:
            self.genders[actor_id] = gender_of([actor.name, *actor.aliases],
                                               [(m.start, m.end) for m in actor.mentions],
                                               self.d.article.text)
        return self.genders[actor_id] in {None, wanted}

    def _last_person_before(self, char: int) -> str | None:
        best: tuple[int, str] | None = None
        for a in self.d.actors:
            if a.kind != "person":
                continue
            for m in a.mentions:
                if m.end <= char and (best is None or m.end > best[0]):
                    best = (m.end, a.id)
        return best[1] if best else None


def holds_own_act(doc: Doc | None, q: Quote) -> bool:
    """Whether the quote holds its holder's own act, order or aim rather than words (its
    cue is one of OWN_ACT_CUES: "decided to withdraw", "the INS' decision to deny Elian a
    hearing"): the events inside are not sourced to the holder, and no untagged words or
    pronoun go on from the holder as from a speaker."""
    cue = _cue_token(doc, q)
    return cue is not None and cue.lemma_.lower() in OWN_ACT_CUES


def holds_claim(doc: Doc | None, q: Quote) -> bool:
    """Whether the quote's content is something its holder claims, so that the events in it
    are theirs to source: not their own act or aim (holds_own_act), nor the request they
    did not answer ("did not respond to a reporter's request for comment": the request is
    the reporter's act), nor what they did not say ("Israel did not confirm the strike",
    "Trump never said that Mexico would pay")."""
    cue = _cue_token(doc, q)
    return cue is None or (cue.lemma_.lower() not in OWN_ACT_CUES and not any(
        c.dep_ == "prep" and _answers_request(cue, c) for c in cue.children) and (
            cue.lemma_.lower() in NEG_RAISING_VERBS or not any(
                c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                for c in cue.children)))


def presupposes(doc: Doc | None, q: Quote, trigger: Token) -> bool:
    """Whether the event named by trigger is the thing the quote's stance is taken on, which
    the writer gives as so: the object of a verb of judgement or feeling ("Residents
    decried the attack", "railed against the war", "The bombing was condemned by the UN")
    or the topic of one of speaking ("declined to comment on the strike"). That event is
    not the holder's claim; what the holder says of it is ("condemned the test as a
    provocation")."""
    cue = _cue_token(doc, q)
    if cue is None:
        return False
    thing = trigger
    while thing.dep_ == "conj" and thing.head.i != thing.i:
        thing = thing.head  # ("decried the attack and the looting")
    if thing.dep_ == "pobj" and thing.head.dep_ == "prep":
        thing = thing.head  # ("railed against the war")
    verb = thing.head
    return ((verb.i == cue.i or (verb.dep_ == "xcomp" and verb.head.i == cue.i))
            # (or the infinitive's the cue governs: "declined to comment on the strike")
            and verb.lemma_.lower() in lexicon.word_list("presupposing_verbs.txt")
            and thing.dep_ in {"dobj", "nsubjpass", "prep"})


def claim_clause(noun: Token) -> Token | None:
    """The that-clause of a noun of claim: "claims that it attacked the tanker", "reports
    that ..."."""
    return _that_clause(noun) if noun.lemma_.lower() in CLAIM_NOUNS else None


def _that_clause(noun: Token) -> Token | None:
    """The clause a noun's "that" opens, which the parser hangs on it as its modifier."""
    return next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def denies(doc: Doc | None, q: Quote) -> bool:
    """Whether the quote's holder denies what it holds: a clause or a gerund after "deny"
    ("Iran denied that its forces attacked the tanker", "Russia denied attacking the
    convoy"), or the clause of a claim that it rejects ("rejected claims that it attacked
    the tanker", "dismissed reports that ..."). Not a thing denied, which is as often a
    thing refused ("denied the request"), nor a clause before the cue that has one ("...
    alleging Gonzalez abused his son, a charge Gonzalez denied": what the parser made its
    complement is the writer's)."""
    cue = _cue_token(doc, q)
    if cue is None or cue.lemma_.lower() not in DISMISSAL_VERBS:
        return False
    if any(c.dep_ == "dobj" and claim_clause(c) is not None for c in cue.children):
        return True
    if cue.lemma_.lower() not in DENIAL_VERBS or any(
            c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in cue.children):
        return False
    return any(c.i > cue.i and (c.dep_ == "ccomp" or (c.dep_ in {"xcomp", "dobj"}
                                                      and c.tag_ == "VBG"))
               for c in cue.children)


def quotes_another(doc: Doc | None, q: Quote) -> bool:
    """Whether the quote is an outlet's quoting of someone ("The Interfax news agency quoted
    Shoigu as saying ..."): what is said is the one quoted's, told via the outlet."""
    cue = _cue_token(doc, q)
    return cue is not None and cue.lemma_.lower() == "quote" and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)


def _cue_token(doc: Doc | None, q: Quote) -> Token | None:
    """The token of the quote's cue, where it has one."""
    return parse.token_at(doc, q.cue.start) if q.cue is not None and doc is not None else None


def _cue_in(sent: Span, outside: tuple[int, int]) -> Token | None:
    """The reporting verb of a sentence nearest to a quote, not inside the quote."""
    verbs = lexicon.reporting_verbs()
    found = [
        t for t in sent
        if t.lemma_.lower() in verbs and t.pos_ in {"VERB", "AUX"}
        and not outside[0] <= t.idx < outside[1]
    ]
    if not found:
        return None
    text = parse.text(sent.doc)
    # (a participle after the quote that leads into another, '“...,” adding, “...”', tags
    # that other one where a cue stands before this one: 'told Newsmax that Romney “...”')
    own = [t for t in found if not (
        t.idx >= outside[1] and t.tag_ == "VBG"
        and LEADS_INTO_QUOTE_RX.match(text, t.idx + len(t.text)))]
    mid = (outside[0] + outside[1]) / 2
    return min(own if any(t.idx < outside[0] for t in own) else found,
               key=lambda t: abs(t.idx - mid))


def _mark_length(text: str, start: int) -> int:
    """How many characters the quotation marks of a quote opening at start take: two for
    typewriter doubles (''...'', ``...''), else one."""
    return 2 if text[start : start + 2] in {"''", "``"} else 1


def _tag(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of a speech tag that no list names, known by its place: a short clause
    right after a quote that ends on a comma, a question or an exclamation ('“...?”
    Hannity pressed.', '“...,” she went on.', '“...,” remembered Roy Verley'), or the clause
    that a colon or a comma ends right before the quote ('A footnote in the report makes
    that clear: “...', 'Hillary shot back, “...”'), or the verb before the quote whose
    object it is ('The ad targets “...”'), each with its own subject, so that it says
    who."""
    text = parse.text(doc)
    mark = _mark_length(text, start)
    if text[end - mark - 1 : end - mark] in {",", "?", "!"}:
        tail = doc.char_span(end, min(len(text), end + 200), alignment_mode="contract")
        words: list[Token] = []
        for t in tail or ():
            if t.is_quote or t.text in {".", ";", ":"} or "\n" in t.text:
                break
            words.append(t)
        verb = next((t for t in words[:TAG_TOKENS] if t.pos_ == "VERB"), None)
        if (verb is not None and words and words[-1].i >= verb.i
                and any(c.dep_ == "nsubj" and c.i in {w.i for w in words} for c in verb.children)
                # (the parser may hang the quote itself on the tag as its complement)
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.idx >= end
                            for c in verb.children)):
            return verb
    before = text[:start].rstrip()
    if before.endswith((":", ",")):
        mark = parse.token_at(doc, len(before) - 1)
        verb = mark.head if mark is not None else None
        # (up from the mark, past the quote's own verb that the parser may hang it on)
        while verb is not None and (verb.pos_ not in {"VERB", "AUX"} or verb.idx >= start
                                    ) and verb.head.i != verb.i:
            verb = verb.head
        if (verb is not None and mark is not None and verb.pos_ in {"VERB", "AUX"}
                and verb.idx < len(before) and _subject_of(verb) is not None
                # (a comma sets off the words only right after their tag: "Hillary shot
                # back, “...”", not "After the vote in Ohio last week, “...”")
                and (before.endswith(":") or mark.i - verb.i <= TAG_REACH)):
            return verb
    # the verb whose object or complement the quote is: "The ad targets “corrupt political
    # system that ...”", "the FBI lists “public corruption as ...”"
    inside = doc.char_span(start, end, alignment_mode="contract")
    root = inside.root if inside is not None and len(inside) else None
    verb = root.head if root is not None else None
    while verb is not None and start <= verb.idx < end and verb.head.i != verb.i:
        verb = verb.head
    if (verb is not None and verb.idx < start and verb.pos_ in {"VERB", "AUX"}
            and root is not None and root.head.i == verb.i
            # (the parser may make a quoted phrase its verb's apposition)
            and root.dep_ in {"dobj", "ccomp", "xcomp", "oprd", "attr", "appos"}
            and (subj := _subject_of(verb)) is not None and not start <= subj.idx < end):
        return verb
    return None


def _goes_on(doc: Doc, last: Quote, start: int) -> bool:
    """Whether a quote at ``start`` with no cue of its own can go on from the last one:
    only the last quote's own sentences (its words, its "he said") lie between them,
    not a sentence of other words ("Trump says he is making a demand of Obama.")."""
    own = {s.start_char for piece in (*last.content, *([last.cue] if last.cue else []))
           if (s := _sentence_of(doc, piece.start)) is not None}
    gap = doc.char_span(last.content[-1].end, start, alignment_mode="expand")
    if all(tok.sent.start_char in own for tok in gap or ()
           if not (tok.is_space or tok.is_punct)):
        return True
    # The parser may split the speech tag itself ('..." said Representative Dan Kildee, a
    # Michigan Democrat ..., another freed American. "This is ...'): a gap that holds the
    # last quote's cue and ends the only sentence it ends is still that tag.
    between = parse.text(doc)[last.content[-1].end : start]
    ends = list(SENTENCE_END_RX.finditer(between))
    return (last.cue is not None and last.content[-1].end <= last.cue.start < start
            and len(ends) == 1 and ends[0].end() == len(between))


def _continues(doc: Doc, last: Quote, start: int) -> bool:
    """Whether a quote at ``start`` with no cue of its own is the last quote's speaker
    going on: near it, with only the last quote's own sentences between."""
    return start - last.content[-1].end <= CONTINUATION_REACH and _goes_on(doc, last, start)


def _direct(d: Document, doc: Doc, speakers: _Speakers,
            taken: list[tuple[int, int]]) -> list[Quote]:
    """Quoted passages, each with its cue and speaker, outside the transcripts' (taken)."""
    text = d.article.text
    quotes: list[Quote] = []
    for m in QUOTE_RX.finditer(text):
        start, end = m.start(), m.end()
        if _overlaps(taken, start, end):
            # a transcript's words, which its label tells (and whose quote would have this
            # one's id, so that no mark for this one may reach it)
            continue
        mark = _mark_length(text, start)
        inner = text[start + mark : end - mark]
        # (the sentence of the words, not of the opening mark, which the parser may end
        # the previous sentence on: "... the same thing. ''The sooner ...,'' Mr. Goldberg
        # told CNBC")
        sent = _sentence_of(doc, start + mark)
        if sent is None:
            continue
        cue = _cue_in(sent, (start, end))
        if cue is None and sent.end_char < end:  # the quote runs on: look after it
            after = _sentence_of(doc, end)
            cue = _cue_in(after, (start, end)) if after is not None else None
        if cue is None:  # “... pardon?” he asks. The parser ends the sentence at the quote.
            after = _sentence_of(doc, end + 1) if end < len(text) else None
            if (after is not None and after.start_char >= sent.end_char
                    and not text[end:after.start_char].strip()):
                cue = _cue_in(after, (start, end))
                if cue is not None and (cue.i - after.start >= TAG_TOKENS or any(
                        c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "dobj" and cue.lemma_.lower()
                                                          not in LISTENER_VERBS)
                        for c in cue.children)):
                    # (“... greatest!!!” McDonough wrote in an email to officials: the tag
                    # opens the next sentence and reports nothing else)
                    cue = None
        if cue is None:
            prev = _sentence_of(doc, sent.start_char - 1) if sent.start_char > 0 else None
            if prev is not None and prev.text.rstrip().endswith(":"):
                cue = _cue_in(prev, (start, end))
        if cue is None:
            cue = _tag(doc, start, end)
        if cue is not None and cue.i > 0 and any(
                c.dep_ == "nsubjpass" and c.lower_ == "it" for c in cue.children):
            # “... with them.” It was not disclosed whether ...: an impersonal passive after
            # the quote says no one's words (the parser may join it to the quote's sentence)
            cue = None
        words = len(inner.split())
        if cue is None and text[start] == "'" and mark == 1 and not (
                quotes and _mark_length(text, quotes[-1].content[-1].start) == 1
                and text[quotes[-1].content[-1].start] == "'"):
            # (words in straight single marks with no tag of their own are as often a
            # heading, a title or a post as someone's words, unless they go on from a
            # quote in the same marks)
            continue
        if (cue is None and quotes and SIGNED_RX.match(text, end) is None
                and _continues(doc, quotes[-1], start)):
            # “We are on the brink,” he said. “To restart ...”: the same speaker goes on,
            # one attribution in several pieces, however short (“I would, Donald.”).
            quotes[-1].content.append(d.span(start, end))
            continue
        if words < MIN_DIRECT_WORDS and cue is None:
            continue
        # Words before the quote in its sentence, from the last full stop: the parser may
        # join a sentence that ends just before a quote to it.
        lead = SENTENCE_END_RX.split(text[sent.start_char : start])[-1]
        if words < MIN_STANDALONE_WORDS and _title(inner, SENTENCE_END_RX.split(
                text[text.rfind("\n", 0, start) + 1 : start])[-1]):
            continue  # 'on Fox News channel's “Sunday Morning Futures,”': a show, no words
        if (words < MIN_STANDALONE_WORDS and len(lead.split()) >= 3
                and not lead.rstrip().endswith((",", ":"))
                and not (cue is not None and inner.rstrip().endswith(("!", "?", "."))
                         and lead.rstrip().endswith(cue.text))):
            # a quoted phrase inside reported speech: the indirect quote holds it (but
            # 'told the agency simply, "We lost."' quotes the words themselves, and so
            # does a whole sentence right after its cue: 'a man yelled “Stay there!”')
            continue
        speaker_id = speaker_text = None
        speaker_span = None
        cue_span = None
        subj = None
        if (cue is not None and quotes and quotes[-1].cue is not None
                and quotes[-1].cue.start == cue.idx):
            # “Every time you say that,” Tester said, “you give ammunition ...”: a quote
            # split around its cue is one attribution in two pieces.
            quotes[-1].content.append(d.span(start, end))
            continue
        if cue is not None:
            cue_span = d.span(cue.idx, cue.idx + len(cue.text))
            subj = _subject(cue)
            if subj is not None and not start <= subj.idx < end:
                speaker_id, speaker_text, (s, e) = speakers.resolve(subj)
                speaker_span = d.span(s, e)
            else:
                subj = None
        elif (signed := SIGNED_RX.match(text, end)) is not None:
            quotes.append(_labelled(d, signed.span("name"), signed.span("dash"), (start, end)))
            continue
        elif words < MIN_STANDALONE_WORDS or inner.upper() == inner:
            continue  # a quoted title or phrase, not someone's words
        # else: words the text quotes at length without saying whose here ('... as
        # follows:' two paragraphs up, a transcript's speaker, an ad's voice): an
        # attribution all the same, whose source is not named where it stands: the last
        # speaker's, where there is one
        content = [d.span(start, end)]
        if (cue is not None and quotes and quotes[-1].cue is None
                and _runs_on(text, quotes[-1].content[-1].end, start)):
            # “We started ... by June. ¶ “Nobody will stop us,” she added: a quote of
            # several paragraphs, whose tag comes in a later one, is one attribution
            content = quotes.pop().content + content
        quote = Quote(
            id=stable_id("Q", d.article.id, content[0].start, end),
            speaker=speaker_id, speaker_text=speaker_text, speaker_span=speaker_span,
            cue=cue_span, content=content, kind="direct",
        )
        speakers.mark(quote.id, subj)  # (with no cue: the last speaker's, as settled)
        quotes.append(quote)
    _lead_in(text, quotes, speakers)
    return quotes


def _runs_on(text: str, end: int, start: int) -> bool:
    """Whether a quoted passage ending at end is left open at its paragraph's end and the
    quote at start opens the next paragraph: one quote, written over several paragraphs."""
    return (not QUOTE_MARK_RX.match(text, end - 1) and text[end - 2 : end] != "''"
            and "\n" in text[end:start] and not text[end:start].strip())


def _title(inner: str, lead: str) -> bool:
    """Whether quoted words are a title the words before them introduce: a show, a book or
    a column ("on CBS's ''Face the Nation''", "his new book, ''Doomed to Succeed''")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not words or not all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words):
        return False
    last = lead.rstrip(" ,").split()[-1:] or [""]
    return last[0].lower().rstrip(",") in TITLE_LEADS or last[0].endswith(("'s", "’s"))


def _lead_in(text: str, quotes: list[Quote], speakers: _Speakers) -> None:
    """A quotation with no cue right before one with a cue, only space between, has that
    one's speaker: '“Whether the United States can ... process.” ‘It will involve
    international relations as well,’ Tusi added.'"""
    for q, after in itertools.pairwise(quotes):
        if (q.cue is None and after.cue is not None
                and not text[q.content[-1].end : after.content[0].start].strip()):
            speakers.lead_into_next(q.id)


def _transcript(d: Document) -> list[Quote]:
    """Interview transcripts ("PENCE: Well, look, ...") and a headline that names its
    speaker first: the speaker's label, the colon as cue, the rest of the line as content."""
    text = d.article.text
    quotes = []
    headline = HEADLINE_RX.match(text)
    named = [m for m in NAMED_TRANSCRIPT_RX.finditer(text)
             if m.group("label") in {"Q", "A"} or _names_person(d, m.start("label"),
                                                                  m.end("label"))]
    if headline and _column_title(d, headline.group("label"), headline.start("label"),
                                  headline.end("label")):
        headline = None
    for m in [*TRANSCRIPT_RX.finditer(text), *([headline] if headline else []), *named]:
        label_start, label_end = m.start("label"), m.end("label")
        last_word = label_end - len(m.group("label").split()[-1])
        if (m.group("label").split()[-1].lower() in COLUMN_WORDS
                and actor_at(d, last_word, label_end) is None):
            continue  # ("LOOK:", "WATCH:": a shout, no speaker; "EDITOR'S NOTE:" a label)
        if any(q.speaker_span and q.speaker_span.start == label_start for q in quotes):
            continue
        start, end = m.start("content"), m.end("content")
        if len(text[start:end].split()) < 3:
            continue
        quotes.append(_labelled(d, (label_start, label_end), (label_end, label_end + 1),
                                (start, end)))
    return quotes + _titled(d, [q.speaker_span.start for q in quotes if q.speaker_span])


def _column_title(d: Document, label: str, start: int, end: int) -> bool:
    """Whether a headline's label names a column or a shout, not a speaker: "The Latest:",
    "Delegate Update:", "LOOK:", "FIX IS IN:" (not "Graham:", "NY Post:", "Poll:")."""
    if actor_at(d, start, end) is not None:
        return False
    return label.split()[-1].lower() in COLUMN_WORDS or (
        label.isupper() and len(label.replace(".", "")) > 3)


def _titled(d: Document, taken: list[int]) -> list[Quote]:
    """Quoted words under a titled person's name and a colon ("Director of Air Force
    Communications Bill Bodie: ``We don't have to ...''"): the label is the speaker's
    phrase, the person it ends with the speaker, the quotation its content."""
    text = d.article.text
    quotes = []
    for m in TITLED_RX.finditer(text):
        label_start, label_end = m.start("label"), m.end("label")
        close = text.find(CLOSING[m.group("open")], m.end("open"),
                          m.end("open") + TITLED_REACH)
        person = next((a for a in d.actors if a.kind == "person"
                       for mm in a.mentions if mm.end == label_end), None)
        if label_start in taken or close < 0 or person is None:
            continue
        content = (m.start("open"), close + len(CLOSING[m.group("open")]))
        quotes.append(Quote(
            id=stable_id("Q", d.article.id, *content), speaker=person.id,
            speaker_text=text[label_start:label_end], speaker_span=d.span(label_start, label_end),
            cue=d.span(label_end, label_end + 1), content=[d.span(*content)], kind="direct"))
    return quotes


def _names_person(d: Document, start: int, end: int) -> bool:
    """Whether [start, end) is the full name or surname of a person the article names
    elsewhere by a full name ("Matthews:" after "Chris Matthews")."""
    label = d.article.text[start:end]
    return any(a.kind == "person" and len(a.name.split()) > 1
               and label in {a.name, a.name.split()[-1]}
               and any(not start <= m.start < end for m in a.mentions) for a in d.actors)


def _labelled(d: Document, label: tuple[int, int], cue: tuple[int, int],
              content: tuple[int, int]) -> Quote:
    """A direct quote whose speaker is a label set off by punctuation, not a clause's
    subject: "PENCE: ...", "“...” ― Sonya Herridge"."""
    actor = actor_at(d, *label)
    return Quote(
        id=stable_id("Q", d.article.id, *content),
        speaker=actor.id if actor else None, speaker_text=d.article.text[label[0]:label[1]],
        speaker_span=d.span(*label), cue=d.span(*cue), content=[d.span(*content)],
        kind="direct")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _spoken_against(verb: Token, prep: Token) -> bool:
    """Whether a reporting verb's "against" names what is spoken against ("warned against
    the fevered dreams of a brokered convention", "has spoken out against the law"); not a
    place ("spoke against the bronze backdrop of the museum")."""
    return prep.lower_ == "against" and (verb.lemma_.lower() not in {"speak", "talk"} or any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _block_after(verb: Token) -> tuple[Token, Token] | None:
    """The paragraph after a tag that ends its own paragraph on a colon ("Limbaugh
    added:", "Fox News reports:"): words set off as a block, whose marks the page's
    layout stood for. Not a paragraph that opens a quotation (the quotation is its own)."""
    doc = verb.doc
    colon = verb.i + 1
    while colon < len(doc) and doc[colon].head.i == verb.i and doc[colon].dep_ in {
            "advmod", "prt", "npadvmod"}:
        colon += 1
    if (colon + 2 >= len(doc) or doc[colon].text != ":" or "\n" not in doc[colon + 1].text
            or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i
                       for c in verb.children)
            or not _opens_line(parse.text(doc), verb.sent.start_char)):
        return None  # (the tag is a paragraph of its own: its sentence opens a line)
    first = doc[colon + 2]
    if first.is_quote or first.is_space:
        return None
    last = first
    while last.i + 1 < len(doc) and "\n" not in last.text_with_ws and not (
            doc[last.i + 1].is_space and "\n" in doc[last.i + 1].text):
        last = doc[last.i + 1]
    return first, last


def _opens_line(text: str, start: int) -> bool:
    """Whether nothing but spaces stands between the start of a line and start."""
    while start > 0 and text[start - 1] in " \t\xa0":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


def _complement(verb: Token, attitude: bool) -> tuple[Token, Token] | None:
    """First and last token of what a verb reports or holds: its clausal complement ("said
    (that) ..."), its infinitive with any object ("told his advisers to ..."), and for
    verbs of stance their object ("criticized the act as ...") or "for"-phrase ("called
    for elections")."""
    kids = list(verb.children)
    # (not a clause before the cue that a semicolon, a colon or a dash closes: "The story
    # never ran; my editor argued the piece made Obama look too good", "there is almost no
    # partisan divide: 89% of young Democrats endorse background checks", '... - "does she
    # have to keep giving them ammunition?" - Democrats in Iowa said they were unfazed':
    # the writer's, and the cue's is after it)
    subject = _subject_of(verb)
    cut = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    # (nor one before a subordinate cue, which can hold none there: "Viguerie is upbeat,
    # in part because he sees Cruz as a uniter")
    subordinate = any(c.dep_ == "mark" and c.lower_ in SUBORDINATE_MARKS for c in kids)
    comp = (_made_clear(verb) or next((c for c in kids if c.dep_ == "ccomp" and not (
        c.i < verb.i and (subordinate or any(t.text in {";", ":"} or _dash(t)
                                             for t in verb.doc[c.right_edge.i : cut])))),
                                      None)
            or _set_off_clause(verb) or _asked_if(verb))
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if (comp is not None and obj is not None and obj.pos_ == "NOUN"
            and verb.lemma_.lower() not in LISTENER_VERBS
            and obj.right_edge.i + 1 == comp.left_edge.i and comp.lemma_.lower() != "be"
            and not any(c.dep_ in {"mark", "dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"}
                        or c.tag_ == "MD" for c in comp.children)):
        # "cited disparaging remarks Trump had made about Machado as examples of ...": a
        # clause right after the object, with no "that" and an object missing, is the
        # object's relative clause the parser took for a complement; the object is held
        # (not reported speech's future: "promised voters he would fight")
        return obj.left_edge, comp.right_edge
    if comp is not None and comp.pos_ in {"NOUN", "PROPN"}:
        # "said in an oral history of the Bill Clinton years that women ...": the parser
        # made the phrase's last noun the complement and the that-clause its modifier
        clause = _that_clause(comp)
        comp = clause if clause is not None else comp
    if comp is not None:
        last = comp.right_edge
        verbs = lexicon.reporting_verbs()
        for c in comp.children:
            own = _subject_of(c)
            if c.dep_ == "conj" and c.lemma_.lower() in verbs and (own is None or (
                    own.lower_ != "it" and not any(g.dep_ == "mark" for g in c.children))
            ) and not _other_party(verb, comp):
                # "said it was opposed to the test and warned North Korea to ...": a
                # reporting verb without a subject goes with the cue, not the content
                # the parser hangs it on; one with its own ("..., and three-quarters said
                # the same of Sanders") is another attribution ("... and that witnesses
                # found a gun" is more of the same).
                before = _before_joined(c, comp)
                if comp.i <= before.i < last.i:
                    last = before
        for c in verb.doc[comp.i + 1 : last.i + 1]:
            if (c.dep_ == "conj" and (cue := _cue_in_tense(c)) is not None
                    and cue.i == verb.i):
                # "has said she wants to ... and has expressed support for ...": a verb of
                # speech or stance in the cue's own tense, not the content's, is the
                # speaker's next act
                last = _before_joined(c, comp)
                break
        # "said Trump has respect for the military and his comment was frustration": the
        # parser often hangs the second reported clause, or the reason given for the first,
        # on the cue; they belong to the same content.
        for c in kids:
            if (c.dep_ == "ccomp" and c.i > comp.i and c.lemma_.lower() in verbs
                    and not _inside_quotation(verb.doc[comp.i : c.i])):
                # (not a cue inside a quotation: 'focusing on “he said this”')
                # "... and one in four said ...": a second cue, its own attribution, and
                # the speaker the parser joined to the content is that cue's
                cc = next((t for t in reversed(verb.doc[comp.i : c.i]) if t.dep_ == "cc"),
                          None)
                between = verb.doc[cc.i + 1 : c.i] if cc is not None else []
                joined = bool(between) and cc.i > last.i - 6 and not any(
                    t.pos_ in {"VERB", "AUX"} or t.is_quote for t in between) and any(
                    t.pos_ in {"NOUN", "PROPN", "NUM", "PRON"} for t in between)
                if joined:
                    last = min(last, verb.doc[cc.i - 1], key=lambda t: t.i)
                    while last.is_punct and last.i > comp.i:
                        last = verb.doc[last.i - 1]
                if joined or _subject_of(c) is not None:
                    break
            if comp.i < verb.i < c.i and (
                    any(t.text in parse.DASHES | {";"}
                        for t in verb.doc[verb.i + 1 : c.left_edge.i + 1])
                    or any(t.is_quote for t in verb.doc[comp.i : verb.i])):
                # "Such a move could alienate his backers, Clinton allies believe — backers
                # she will need": the words before the cue are whole; what a dash or a
                # semicolon sets off after it is the writer's, and so is what follows the
                # tag of a quotation ('"...," Bechdel said in a statement issued ...')
                break
            if c.i > last.i and (c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(
                    g.dep_ == "mark" and g.lower_ in REASON_MARKS for g in c.children))
                    # "said the U.S. needs to secure the border, but that he would not
                    # support mass deportation": a second that-clause, which the parser
                    # joins to the cue rather than to the first
                    or (c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                 for g in c.children))
                    # "said money is needed to develop a vaccine, educate the public and
                    # ...": a bare verb that goes on a list the content began
                    or (c.dep_ == "advcl" and c.tag_ == "VB" and not any(
                        g.dep_ in {"mark", "aux", "nsubj"} for g in c.children))
                    # "said she hoped to get her account back, and then would continue
                    # to spread her message": a verb with no subject, put in the past's
                    # future as reported speech is, that the parser joins to the cue
                    or (c.dep_ == "conj" and verb.tag_ == "VBD" and _subject_of(c) is None
                        and c.lemma_.lower() not in verbs and any(
                            g.dep_ == "aux" and g.lower_ in BACKSHIFT_MODALS
                            for g in c.children))):
                if any(t.text == ";" for t in verb.doc[last.i + 1 : c.left_edge.i]):
                    break  # "...; they only learned on Friday": the writer goes on
                last = c.right_edge
        last = _within_aside(verb, _before_next_saying(comp, _before_participle_tag(comp, last)))
        teller = (verb.head if verb.dep_ == "advcl" and verb.i < comp.i < verb.head.i
                  else verb if comp.i < verb.i else None)
        if (teller is not None and (doer := _subject(teller)) is not None
                and comp.i < doer.left_edge.i <= last.i < teller.i):
            # "When asked whether the deal was a step ..., Boeing's Scott Carson replied",
            # "Russia had sent troops to Syria, Defense Minister Sergei Shoigu told
            # Interfax": the parser ran the name of who speaks into what is asked or said;
            # that ends before it
            last = verb.doc[doer.left_edge.i - 1]
            while last.is_punct and last.i > comp.i:
                last = verb.doc[last.i - 1]
        first = comp.left_edge
        that = next((m for m in comp.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if that is not None and first.i < that.i and verb.doc[that.i - 1].is_punct:
            first = that  # ("said, as it happens, that ...": the aside before it is not said)
        between = [t for t in verb.doc[verb.i + 1 : first.i] if not t.is_punct]
        if (between and verb.i < first.i and all(t.dep_ != "mark" for t in comp.children)
                and any(t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"}
                        for t in between)):
            # "says, win or lose in Tuesday's primary, he's staying", "says no matter what
            # Obama takes, his word ...": a clause put before the reported one is in it
            first = between[0]
        while first.text in {",", ";", ":", "-", "–", "—"} and first.i < last.i:
            first = verb.doc[first.i + 1]  # (the comma that sets off the reported clause)
        return first, last
    xcomp = next((c for c in kids if c.dep_ == "xcomp"), None)
    if xcomp is not None:
        first = obj.left_edge if obj is not None and obj.i < xcomp.i else xcomp.left_edge
        addressee = next((_object_of(c) for c in kids if c.dep_ == "prep" and c.lower_
                          in ADDRESSEE_PREPS and verb.i < c.i < xcomp.i), None)
        if obj is None and addressee is not None and addressee.right_edge.i < xcomp.i:
            # "called on Iran to release the prisoners", "called for Sinn Fein, the IRA's
            # political wing, to be expelled": who is to act is part of what is called for
            first = addressee.left_edge
        last = xcomp.right_edge
        for c in kids:
            # "wants to triple X, grow Y and create Z": infinitives coordinated with the
            # first, which the parser hangs on the cue, share its "to" and its content
            # (or that it hangs on the cue as a bare clause of its own: "advocates rules
            # to end the deferral of foreign income, stop tax inversions and ...")
            if (c.dep_ in {"conj", "advcl"} and c.i > last.i and c.tag_ == "VB"
                    and not any(g.dep_.startswith("nsubj") or (
                        c.dep_ == "advcl" and g.dep_ in {"mark", "aux"}) for g in c.children)):
                last = c.right_edge
        if last.dep_ == "cc" and last.i > first.i:
            # "declined to threaten Moscow or even directly declare it responsible": the
            # bare verb after the conjunction, which the parser left loose on the cue, goes
            # on the infinitive (not a finite one, the subject's next act: "urges her to
            # come out and says, ..."); never does the content end on the conjunction
            loose = next((c for c in kids if c.i > last.i and c.dep_ in {"conj", "dep"}
                          and c.tag_ in {"VB", "VBP"} and _subject_of(c) is None), None)
            last = loose.right_edge if loose is not None else verb.doc[last.i - 1]
        return first, last
    if (verb.lemma_.lower() in FINDING_VERBS and obj is not None and subject is not None
            and (subject.lemma_.lower() in lexicon.word_list("source_nouns.txt")
                 or subject.lemma_.lower() in lexicon.word_list("information_nouns.txt"))):
        # "A WBUR poll showed Rubio in third at 11 percent, followed by Kasich at 10", "A
        # CNN survey found 90 percent support for background checks": what a poll or a
        # record shows is its object and all the verb says of it, place and figure too
        last = max((c.right_edge for c in kids if c.i > obj.i and (
            (c.dep_ in {"prep", "advmod", "oprd", "xcomp", "acomp", "advcl"}
             and not _circumstance(c)) or (c.dep_ == "prep" and c.lower_ in {"in", "at"}))),
                   default=obj.right_edge, key=lambda t: t.i)
        return obj.left_edge, last
    if verb.lemma_.lower() in DECISION_VERBS:
        return None  # "decided the race", "deciding public disclosure": no decision told
    # "told a slightly different tale": what is told, where the object is a telling and not
    # who hears it (short of what it is about: "tell the truth about things"; and not where
    # a thing tells it, "the museum would tell an American story": a story told, not words)
    told = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i
                 and c.lemma_.lower() in TOLD_THINGS and verb.lemma_.lower() == "tell"
                 and (subject is None or subject.lower_ != "it")), None)
    if (not attitude and (obj is None or (obj.lower_ == "what" and obj.i < verb.i))
            ) or verb.lemma_.lower() in TOPIC_VERBS:
        # "asked the GOP frontrunner about the Twitter kerfuffle", "talking about growing
        # up in Buffalo", "what it says about America": what is spoken about (and what is
        # asked for: "asked the Supreme Court for quick action")
        # (or one the parser hung on the place or time of the act: "Asked at a briefing
        # Monday in Washington about Suu Kyi's role", "When asked at the business
        # conference about the merger")
        setting = [g for c in kids if _circumstance(c) and c.i > verb.i for o in c.children
                   if o.dep_ == "pobj" for g in o.children if g.lower_ == "about"]
        topic = next((c for c in (*kids, *setting) if c.dep_ == "prep" and c.i > verb.i and (
            c.lower_ == "about" or c.lower_ == TOPIC_PREPS.get(verb.lemma_.lower())
            or _answers_request(verb, c) or _spoken_against(verb, c))
            and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)), None)
        if topic is not None:
            # (the preposition is the cue's: "talked about", "commented on")
            return topic.doc[topic.i + 1], topic.right_edge
    if not attitude:
        # "tweeted in the early morning hours that ...": the parser hangs the reported
        # clause on the noun before it; a that-clause within the verb's own phrase is its.
        held = next((t for t in verb.subtree if t.i > verb.i and t.dep_ in {"acl", "relcl"}
                     and t.head.pos_ == "NOUN"
                     # (or as the relative adverb of the noun in the verb's own phrase:
                     # "said for the first time that some emails have been located")
                     and any(m.lower_ == "that" and (m.dep_ == "mark" or (
                         m.dep_ == "advmod" and m.i == t.left_edge.i
                         and t.head.dep_ == "pobj" and t.head.head.head.i == verb.i))
                         for m in t.children)),
                    None)
        if held is None:
            said = next((c for c in kids if c.i > verb.i and c.dep_ in {"dobj", "intj", "nsubj"}),
                        None) if verb.lemma_.lower() == "say" and not parse.to_infinitive(
                            verb) else told
            # (an infinitive's object is the writer's phrase: "tense, to say the least")
            if said is not None and said.lemma_.lower() not in RITUAL_WORDS:
                # "46 percent said yes", "a third said the same of Cruz": what is said (the
                # parser makes "yes" an interjection and "the same" a subject)
                last = max((c.right_edge for c in kids if c.i > said.i
                            and c.dep_ in STANCE_TAIL), default=said.right_edge,
                           key=lambda t: t.i)
                return said.left_edge, last
            return None
        if held.head.dep_ == "dobj" and held.head.head.i == verb.i:
            # "Stone says the increase in polarization that Bloomberg decries also makes
            # ...": a clause parsed as the object's relative clause, marked by "that" as
            # only a complement is, is the complement, and the object its subject.
            return held.head.left_edge, held.head.right_edge
        # "told the audience at his fundraiser for veterans that he and Fox had talks but
        # that nothing could change his mind": the second that-clause, joined to the cue
        second = next((c for c in kids if c.i > held.i and c.dep_ == "conj" and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        return held.left_edge, (second or held).right_edge
    if (obj is not None and obj.lower_.endswith(("self", "selves"))
            and any(c.dep_ == "prep" and c.lower_ == OWN_PREPS.get(verb.lemma_.lower())
                    for c in kids)):
        obj = None  # "distanced himself from the remarks": the stance is on the remarks
    if obj is None and attitude:
        # "Graham called both Trump and Clinton “crazy”": the parser may make the named
        # thing a modifier of what it is called, leaving no object
        obj = next((c for c in kids if c.dep_ == "oprd" and c.i > verb.i), None)
    if obj is not None:
        if verb.lemma_.lower() in AS_VERBS and not any(
                (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in {"oprd", "xcomp"}
                # ("sees Mr. Netanyahu as captured by ...", "see the elections held
                # Sunday as a test")
                or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                              for m in c.children))
                for c in (*kids, *obj.children, *(
                    k for a in obj.children if a.dep_ == "acl" for k in a.children))):
            return None  # "saw the report": seen, not judged ("saw it as a threat")
        last = obj.right_edge
        for c in kids:
            # "called the act a “crazy system”", "criticized X as Y", "cited his
            # endorsements from 88 generals Tuesday": what the verb says of its object runs
            # to the end of its own clause, short of another clause.
            if c.i > obj.i and (not _circumstance(c) or _qualifies(obj, c, last)) and (
                    c.dep_ in STANCE_TAIL or (
                        # "described the country as beset by illegal immigrants"
                        # (not a clause of its own: "... as he left the room")
                        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as"
                                                  for m in c.children)
                        and _subject_of(c) is None)):
                last = c.right_edge
        own = next((c for c in kids if c.left_edge.i == last.i + 1 and c.tag_ == "VB"
                    and c.left_edge.dep_ == "aux" and c.left_edge.lower_ == "to"
                    and not _is_cue_verb(c)), None)
        if own is not None:
            # "resisted calls from party leaders to drop out", "questioned his fitness to
            # lead": an infinitive right after the object, which the parser hangs on the
            # cue, is the object's own (not another cue's: "called a meeting to discuss
            # the test" holds a second attribution)
            last = own.right_edge
        judged_as = next((_object_of(c) for c in kids if c.dep_ == "prep" and c.lower_ == "as"
                          and c.i > obj.i and c.right_edge.i == last.i), None)
        if judged_as is not None:
            last = _short_of_setting(judged_as, last)
        more = next((c for c in kids if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "ADJ"}
                     and c.i > last.i and c.n_lefts + c.n_rights > 0 and all(
                         t.lower_ in {"and", "or"} or t.is_punct
                         for t in verb.doc[last.i + 1 : c.left_edge.i])), None)
        if more is not None:
            # 'condemned the test as "provocative" and a "grave threat" to ...': a noun the
            # parser joined to the cue goes on what the object is called (not a lone word,
            # a verb misread: "chides Turkey and praises"; nor what "but" sets against it)
            last = more.right_edge
        for c in kids:
            if (c.dep_ == "conj" and c.i > last.i and c.tag_ == "VBG" and verb.tag_ != "VBG"
                    and "VBG" in {obj.tag_, obj.left_edge.tag_} and _subject_of(c) is None):
                # "has mentioned refinancing student loans and forcing universities to
                # ...": a gerund the parser joined to the cue, not to the gerund it goes on
                last = c.right_edge
        act = next((t for t in verb.doc[obj.i : last.i + 1] if t.dep_ == "conj"
                    and t.tag_ == verb.tag_ and t.tag_ in {"VBD", "VBZ"}
                    and t.head.pos_ not in {"VERB", "AUX"} and _subject_of(t) is None), None)
        if act is not None:
            # 'called it "shameful" and called on leaders to act': a verb in the cue's tense
            # the parser joined to what the object is called is the speaker's next act
            last = _before_joined(act, obj, keep_quotes=True)
        return obj.left_edge, last
    infinitive = next((c for c in kids if c.dep_ == "advcl" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if infinitive is not None and any(m.dep_ == "mark" and m.lower_ == "for"
                                      for m in infinitive.children):
        # "has not called for him to resign": the parser makes "for" the clause's mark
        return verb.doc[infinitive.left_edge.i + 1], infinitive.right_edge
    # (after the verb: "On Tuesday, Jane called for an open primary" calls for no Tuesday)
    prep = next((c for c in kids if c.dep_ == "prep" and c.i > verb.i and (
        c.lower_ in ATTITUDE_PREPS or c.lower_ == OWN_PREPS.get(verb.lemma_.lower()))),
                None)
    pobj = _object_of(prep) if prep is not None else None
    if pobj is not None:
        last = pobj.right_edge
        judged = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as"
                       and c.i == last.i + 1 and _object_of(c) is not None), None)
        if judged is not None:
            last = judged.right_edge  # "referred to King as ...": what it is called
        if infinitive is not None and infinitive.left_edge.i == last.i + 1:
            # "called for the secretary to release the transcripts", "railed about
            # Washington's propensity to intervene": the noun's infinitive, which the parser
            # hangs on the verb
            last = infinitive.right_edge
        return pobj.left_edge, last
    return None


def _answers_request(verb: Token, prep: Token) -> bool:
    """Whether the verb answers (or does not) a request for words: "did not respond to a
    request for comment", "has not replied to questions"; not "responded to the attack",
    an act."""
    obj = _object_of(prep)
    return (verb.lemma_.lower() in ANSWER_VERBS and prep.lower_ == "to" and obj is not None
            and obj.lemma_.lower() in REQUEST_NOUNS)


def _made_clear(verb: Token) -> Token | None:
    """The clause a speaker "made (it) clear" or "plain": "Trump made it clear that he would
    not back down" (the parser hangs it on the adjective); not what one is asked "to make
    clear", which is not yet said."""
    if verb.lemma_.lower() != "make" or parse.to_infinitive(verb):
        return None
    plain = next((c for c in verb.children if c.lower_ in CLEAR_WORDS
                  and c.dep_ in {"ccomp", "oprd", "acomp", "xcomp"}), None)
    if plain is None:
        return None
    return next((c for c in (*plain.children, *verb.children)
                 if c.dep_ in {"advcl", "ccomp"} and c.i > plain.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _asked_if(verb: Token) -> Token | None:
    """The question a verb of asking puts, where the parser took its "if" or "whether"
    clause for a condition: "Mr. Rubin asked the students if they were always so serious"."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in {"if", "whether"} and m.i == c.left_edge.i
        for m in c.children)), None)


def _before_joined(joined: Token, floor: Token, keep_quotes: bool = False) -> Token:
    """The last token before a phrase joined to what precedes it, back past the
    conjunction and punctuation between (a closing quotation mark kept where asked), not
    before floor."""
    k = joined.left_edge.i - 1
    doc = joined.doc
    while k > floor.i and (doc[k].dep_ == "cc" or (
            doc[k].dep_ == "punct" and not (keep_quotes and doc[k].is_quote))):
        k -= 1
    return doc[k]


def _cue_in_tense(verb: Token) -> Token | None:
    """The cue whose act a subjectless verb of speech or stance, joined to the reported
    clause, goes on with, by its tense: "has said she wants to ... and has expressed support
    for ..." (the content is in another tense)."""
    if verb.dep_ != "conj" or _subject_of(verb) is not None or not _is_cue_verb(verb):
        return None
    clause = verb.head
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return None
    cue = clause.head
    form = _form(verb)
    if not form[1]:
        # "said she admires his determination and highlighted their shared commitment":
        # a bare finite verb in the cue's tense, where the reported clause's is another;
        # not one that may share the clause's auxiliary ("complained Khan had attacked
        # him and questioned why" could be Khan's act, its "had" left out)
        # (nor a past form after a perfect's "has", which may be its participle: "noted
        # that Sanders has criticized the president ... and called him weak")
        return cue if (form == _form(cue) and verb.tag_ in {"VBD", "VBZ"}
                       and _finite_tag(clause) not in {verb.tag_, None}
                       and not (verb.tag_ == "VBD" and any(
                           a.dep_ == "aux" and a.lemma_ == "have" for a in clause.children))
                       ) else None
    # (an auxiliary that repeats the cue's: "has said ... and has expressed support")
    return cue if form == _form(cue) != _form(clause) else None


def _finite_tag(verb: Token) -> str | None:
    """The tag that carries a verb's tense: its first auxiliary's, else its own; None for
    a form with no tense of its own (an infinitive, a participle)."""
    aux = next((a for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.i < verb.i),
               None)
    tag = (aux or verb).tag_
    return tag if tag in parse.FINITE_TAGS else None


def _form(verb: Token) -> tuple[str, tuple[str, ...]]:
    """A verb's tense as written: its tag and its auxiliaries ("has said": VBN, has)."""
    return verb.tag_, tuple(sorted(a.lower_ for a in verb.children
                                   if a.dep_ in {"aux", "auxpass"}))


def _within_aside(verb: Token, last: Token) -> Token:
    """The end of reported words whose cue stands in an aside between dashes, which ends
    at the closing dash ('Trump - who previously said he would "bomb" oil fields - said at
    a rally that ...')."""
    doc = verb.doc
    dashes = [t for t in doc[verb.sent.start : verb.i] if _dash(t)]
    if len(dashes) % 2 == 0:
        return last
    closing = next((t for t in doc[verb.i + 1 : last.i + 1] if _dash(t)), None)
    if closing is None:
        return last
    end = doc[closing.i - 1]
    while (end.is_punct or end.is_space) and end.i > verb.i + 1 and not end.is_quote:
        end = doc[end.i - 1]
    return end if end.i > verb.i else last


def _dash(tok: Token) -> bool:
    return tok.text in parse.DASHES or _spaced_hyphen(tok)


def _spaced_hyphen(tok: Token) -> bool:
    """A hyphen written as a dash, with space on both sides ("... gaffes - \"does she ..."),
    not one inside a word ("R-S.C.", "campaign-finance")."""
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(
        tok.doc[tok.i - 1].whitespace_)


def _set_off_clause(verb: Token) -> Token | None:
    """A reported clause after a phrase of time or place, which the parser hangs on the cue
    as a clause of circumstance: "Trump said after the convention he would not accept
    Cruz's endorsement". Only a clause with its own subject and no conjunction counts, and
    only where nothing but such phrases stands between."""
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in verb.children):
        return None
    clause = next((c for c in verb.rights if c.dep_ == "advcl"), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.i < clause.i
                                 for c in clause.children) or any(
            c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
        return None  # (nor a time it opens: "to call for amendments when the draft goes")
    between = [c for c in verb.rights if c.i < clause.left_edge.i]
    if any(c.dep_ not in {"prep", "npadvmod", "advmod"} for c in between) or (
            not between and clause.left_edge.dep_ != "prep"):
        return None
    return clause


def _closing_tag(verb: Token) -> tuple[Token, Token, Token] | None:
    """A tag that closes its sentence after a comma, where the parser made what it reports
    no complement of it ("This includes a special force to assist Kurdish Peshmerga, Defense
    Secretary Ash Carter told a Senate panel Wednesday"; "... to organize into communities
    and reach others, she said."): the first and last token of the words before the comma,
    and the speaker. Only a subject and the verb, with whom it was told and when or where
    after it, and nothing else."""
    doc, sent = verb.doc, verb.sent
    subj = max((c for c in verb.lefts if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if (subj is None or verb.dep_ not in {"conj", "advcl", "ROOT", "parataxis"}
            or any(c.dep_ in {"ccomp", "xcomp"} or (c.dep_ in {"mark", "cc"} and c.i > subj.i)
                   for c in verb.children)
            or any(c.dep_ not in CLOSING_TAG_DEPS for c in verb.rights)
            or any(not t.is_punct and verb not in t.ancestors
                   for t in doc[verb.i + 1 : sent.end])):
        return None
    comma = subj.left_edge.i - 1
    if comma <= sent.start + 2 or doc[comma].text != "," or any(
            t.i != subj.i and subj not in t.ancestors for t in doc[comma + 1 : verb.i]):
        return None
    if any(t.text in {":", "—", "-"} or t.is_quote for t in doc[verb.i + 1 : sent.end]):
        # ("In a speech last July, he said:", "..., Mr. Trump yelled, ''Out, out!''": what
        # he said comes next)
        return None
    first = verb.head.left_edge if verb.dep_ == "conj" and verb.head.i < comma else sent[0]
    last = doc[comma - 1]
    while first.is_punct and first.i < last.i:
        first = doc[first.i + 1]
    if not any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and _finite(t.head)
               and not any(m.dep_ == "mark" for m in t.head.children)
               for t in doc[first.i : last.i + 1]):
        # ("On her Facebook page, Palin posted", "After Trump announced his candidacy,
        # Ferrera wrote": a phrase or a time, no claim)
        return None
    return (first, last, subj) if last.i - first.i >= 2 else None


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own, or a participle or infinitive that an auxiliary with
    one carries ("has also made", "will be")."""
    return verb.tag_ in parse.FINITE_TAGS or any(
        a.dep_ in {"aux", "auxpass"} and a.tag_ in parse.FINITE_TAGS for a in verb.children)


def _inverted_tag(verb: Token) -> tuple[Token, Token, Token] | None:
    """A tag with its subject after the verb that closes reported words set off by a comma
    ("Couple global exposure with a lightning rod and Clevelanders get nervous, said
    Christine Link, executive director of the ACLU in Ohio"): the first and last token of
    the words before the comma, and the speaker."""
    doc, sent = verb.doc, verb.sent
    subj = next((c for c in verb.rights if c.dep_ == "nsubj"), None)
    comma = verb.i - 1
    if (subj is None or subj.left_edge.i != verb.i + 1 or comma <= sent.start + 2
            or doc[comma].text != "," or verb.tag_ not in {"VBD", "VBZ"}
            or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children)):
        return None
    first, last = sent[0], doc[comma - 1]
    while (first.is_punct or first.is_space) and first.i < last.i:
        first = doc[first.i + 1]
    if not any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and _finite(t.head)
               for t in doc[first.i : last.i + 1]):
        return None
    return (first, last, subj) if last.i - first.i >= 2 else None


def _inverted(verb: Token) -> tuple[Token, Token] | None:
    """What a cue reports where the parser made the cue a clause of it: "after Trump told
    The Washington Post he was “not quite there yet”", with "told" a clause of "was". The
    reported clause must begin right after the cue's own words."""
    host = verb.head
    if host.i <= verb.i or host.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if (verb.dep_ == "ccomp" and obj is not None and obj.left_edge.i == verb.i + 1
            and _subject_of(verb) is not None
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in host.children)):
        # "Clinton campaign aides believe her efforts as a New York senator, promoting
        # economic development, will offset Sanders' advantage": the parser made the
        # reported subject the cue's object and the cue a clause of the verb with no subject
        last = host.right_edge
        while (last.is_space or last.is_punct) and last.i > host.i:
            last = verb.doc[last.i - 1]
        return obj.left_edge, last
    if verb.dep_ != "advcl":
        return None
    subj = next((c for c in host.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.left_edge.i != verb.right_edge.i + 1 or any(
            m.dep_ == "mark" for m in host.children):
        return None
    last = host.right_edge
    while (last.is_space or last.is_punct) and last.i > host.i:
        last = verb.doc[last.i - 1]
    return subj.left_edge, last


def _other_party(verb: Token, comp: Token) -> bool:
    """Whether the reported clause's subject is a pronoun other than the speaker's ("They
    said he rated ... and talked about ...": the second verb is his too, not theirs)."""
    said_by, doer = _subject_of(verb), _subject_of(comp)
    return (said_by is not None and doer is not None and said_by.pos_ == "PRON"
            and doer.pos_ == "PRON" and said_by.lower_ != doer.lower_)


def _via_prep(verb: Token, tok: Token) -> bool:
    """Whether tok hangs on the verb through a preposition ("railed against [them]")."""
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ == "prep"


def _circumstance(tok: Token) -> bool:
    """Whether a verb's modifier says when or where ("Wednesday", "during a campaign stop
    in Flint", "in an on-air diatribe") or what holds all the same ("despite pursuing
    support from fellow lawmakers"): the writer's setting, not what was said."""
    return (tok.dep_ == "npadvmod" or (tok.dep_ == "prep" and tok.lower_ in SETTING_PREPS)
            or tok.ent_type_ in {"DATE", "TIME"})


def _qualifies(obj: Token, prep: Token, last: Token) -> bool:
    """Whether a phrase of "in", "on" or "at" that the parser hung on the verb, right after
    its common-noun object, says which thing is held rather than where or when it was said:
    "reported a 2.8 percent unemployment rate in June", "declined comment beyond its
    filings in the pending case"; not "denounced the annexation in an on-air diatribe",
    "issued a caution in the aftermath of the bombings" (setting_nouns.txt), "offered advice
    on Friday" (a date, but after "in"). A proper noun is named already: "endorsed Cruz in
    November". On PolNeAr's training split the gold content runs on through such a phrase
    in about two of three cases."""
    o = _object_of(prep)
    return (obj.pos_ == "NOUN" and prep.dep_ == "prep" and prep.lower_ in {"in", "on", "at"}
            and prep.i == last.i + 1 and o is not None
            and o.lemma_.lower() not in lexicon.word_list("source_nouns.txt")
            and o.lemma_.lower() not in lexicon.word_list("setting_nouns.txt")
            and (prep.lower_ == "in" or o.ent_type_ not in {"DATE", "TIME"}))


def _is_cue_verb(verb: Token) -> bool:
    """Whether the verb is one of speech or stance, the cue of an attribution of its own."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon.reporting_verbs() or lemma in lexicon.word_list("attitude_verbs.txt")


def _short_of_setting(noun: Token, last: Token) -> Token:
    """The last token of a content that ends with what something is judged as, short of
    when and where the parser hung on that noun: "blasted Clinton as a “disgrace” |
    Wednesday on The Laura Ingraham Show", "criticized the act as a “crazy system” | during
    a campaign stop in Flint". A date ends it only with nothing after it but where it was
    said ("on The Laura Ingraham Show")."""
    cut = None
    for g in noun.rights:
        if g.is_punct:
            continue
        if g.dep_ == "prep" and g.lower_ in LATER_SETTING_PREPS:
            cut = cut or g
            break
        if g.ent_type_ in {"DATE", "TIME"} and g.dep_ in {"appos", "npadvmod"}:
            cut = cut or g
        elif not (cut is not None and g.dep_ == "prep" and g.lower_ in {"on", "in", "at"}
                  and (o := _object_of(g)) is not None and o.pos_ == "PROPN"):
            cut = None
    if cut is None or cut.i > last.i:
        return last
    last = noun.doc[cut.i - 1]
    while last.is_punct and not _closes(last) and last.i > noun.i:
        last = noun.doc[last.i - 1]
    return last


def _char_span(first: Token, last: Token) -> tuple[int, int]:
    """The characters from first to last, less a closing conjunction ("... more intense —
    and", where the parser ends the clause before what the conjunction joins) and a closing
    comma, stop or colon."""
    while (last.dep_ == "cc" or last.is_space) and last.i > first.i + 1:
        last = last.doc[last.i - 1]  # (and the paragraph break the parser ends a clause on)
    while first.is_space and first.i < last.i:
        first = first.doc[first.i + 1]
    end = last.idx + len(last.text)
    if last.is_punct and last.text in {",", ".", ";", ":"} | ASIDE_OPENERS:
        end = last.idx
        text = parse.text(last.doc)
        while end > first.idx and text[end - 1].isspace():
            end -= 1  # (the space before a dash)
    return first.idx, end


def _holds_that(verb: Token) -> bool:
    """A verb with a clause "that" opens, whose subject a person or body could be: it says,
    knows or finds what the clause says ("the study documented that ...", "Clinton
    acknowledged that ..."), beyond the verbs the lists name; not one that brings it about
    ("ensured that", "made sure that")."""
    return (verb.pos_ == "VERB" and verb.lemma_.lower() not in CAUSING_VERBS
            and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                               for m in c.children) for c in verb.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "it"
                    for c in verb.children))


def _less_aside(first: Token, last: Token) -> tuple[Token, Token]:
    """A content less the non-restrictive relative clause that ends it, which is the
    writer's aside, not the speaker's words: "he expects Clinton to recover from her bout
    with pneumonia, which forced her to leave a memorial event early"."""
    doc = first.doc
    for tok in doc[first.i : last.i + 1]:
        if tok.i > first.i + 2 and tok.text == ";":
            # "the timing was not intentional; they only learned on Friday ...": the
            # sentence goes on in the writer's words
            return _less_aside(first, doc[tok.i - 1])
        opener = doc[tok.left_edge.i - 1]
        if (tok.left_edge.i > first.i + 2 and (opener.text in ASIDE_OPENERS or (
                # ('what he called a “rant,” a series of postings ...': the comma inside the
                # closing mark sets the aside off as well)
                _closes(opener) and doc[opener.i - 1].text == ","))
                and tok.right_edge.i >= last.i - 1
                and ((tok.dep_ == "relcl" and (tok.left_edge.lower_ in {"which", "who"} or (
                    # "..., for whom he was scheduled to host a fundraiser"
                    tok.left_edge.dep_ == "prep"
                    and doc[tok.left_edge.i + 1].lower_ in {"which", "whom"})))
                     # "he did not support Mr. Trump, the presumed Putin favorite" (a
                     # description; not a name: "his wife, Lonnie, and other family")
                     # (a list is no description: "differ on Israel, the Iranian deal
                     # and the possibility of ...", its last item with a determiner of
                     # its own, where one describing has one: "a governor and ambassador")
                     or (tok.dep_ == "appos" and tok.left_edge.tag_ == "DT"
                         and not any(c.dep_ == "conj" and c.left_edge.tag_ == "DT"
                                     for c in tok.children))
                     # "..., citing the strategic importance of ...": the speaker's act
                     or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i == tok.i
                         and tok.lemma_.lower() in lexicon.reporting_verbs() | ASIDE_PARTICIPLES)
                     # "..., although it may take days to tell", "..., even as he has
                     # taken shots at ...": a concession
                     or (tok.dep_ == "advcl" and _concedes(tok)))):
            return first, doc[tok.left_edge.i - 1]
    return first, last


def _concedes(clause: Token) -> bool:
    """Whether a clause opens with a mark of concession: "although ...", "while ...",
    "even as ...", "even though ..."."""
    first = clause.left_edge
    if first.lower_ == "even" and first.i + 1 < len(first.doc):
        second = first.doc[first.i + 1]
        return second.dep_ == "mark" and second.lower_ in CONCESSIVE_MARKS | {"as", "if"}
    return first.dep_ == "mark" and first.lower_ in CONCESSIVE_MARKS


# Marks that set off the writer's aside after the reported words ("..., which", "— a play
# on words with ...")
ASIDE_OPENERS = frozenset({",", "—", "–", "--"})
OPENING_MARKS = frozenset({"“", "``", "‘"})
CLOSING_MARKS = frozenset({"”", "''", "’"})


def _opens(tok: Token) -> bool:
    return tok.text in OPENING_MARKS or tok.tag_ == "``"


def _closes(tok: Token) -> bool:
    return tok.text in CLOSING_MARKS or tok.tag_ == "''"


def _inside_quotation(before: Span) -> bool:
    """Whether what follows these tokens is inside a quotation they open."""
    marks = [t for t in before if t.is_quote]
    return bool(marks) and _opens(marks[-1])


def _closed(first: Token, last: Token) -> Token:
    """The last token of a content that opens a quotation and ends before its closing mark,
    which the parser hangs on the cue: 'polls could be "way off," and ...' ends at the mark."""
    doc = first.doc
    opened = False
    for tok in doc[first.i : last.i + 1]:
        if _opens(tok):
            opened = True
        elif _closes(tok):
            opened = False
    if not opened:
        return last
    for tok in doc[last.i + 1 : last.i + 3]:
        if _closes(tok):
            return tok
        if tok.text not in {",", "."}:
            break
    return last


def _before_next_saying(comp: Token, last: Token) -> Token:
    """The end of reported words before a second saying the parser ran into them, however
    it tagged that "said" ("they were worried about the economy, and more than 4 in 10 said
    Trump would be best", "said" an adjective of "billionaire"): the word before the
    conjunction that opens the next speaker's phrase."""
    doc = comp.doc
    for t in doc[comp.i + 1 : last.i + 1]:
        if t.lower_ not in SAYING_FORMS:
            continue
        cc = next((c for c in reversed(doc[max(comp.i, t.i - 8) : t.i]) if c.dep_ == "cc"),
                  None)
        phrase = doc[cc.i + 1 : t.i] if cc is not None else []
        if phrase and all(w.pos_ in {"NUM", "NOUN", "PROPN", "ADJ", "DET", "ADP", "PRON"}
                          and w.tag_ not in {"WDT", "WP"} and w.lower_ != "that"
                          for w in phrase) and any(w.pos_ in {"NUM", "NOUN", "PROPN", "PRON"}
                                                   for w in phrase):
            end = doc[cc.i - 1]
            while end.is_punct and end.i > comp.i:
                end = doc[end.i - 1]
            return end
    return last


def _before_participle_tag(comp: Token, last: Token) -> Token:
    """The end of reported words before a participle that tags more of them as another
    attribution ("told Newsmax that Romney “had a crazy policy ...,” adding, “He lost all
    of the Hispanic vote”", "..., adding that ..."): the word before its comma."""
    doc = comp.doc
    text = parse.text(doc)
    verbs = lexicon.reporting_verbs()
    for t in doc[comp.i + 2 : last.i + 1]:
        closing = doc[t.i - 1] if doc[t.i - 1].is_quote else None  # ('...,” adding')
        comma = doc[t.i - 2] if closing is not None else doc[t.i - 1]
        if (t.tag_ == "VBG" and t.lemma_.lower() in verbs and comma.text == ","
                and (LEADS_INTO_QUOTE_RX.match(text, t.idx + len(t.text))
                     or any(c.dep_ == "ccomp" for c in t.children))):
            if closing is not None:
                return closing
            end = comma
            while end.is_punct and end.i > comp.i:
                end = doc[end.i - 1]
            return end
    return last


def _around(verb: Token) -> list[tuple[int, int]]:
    """What a reporting clause set inside a sentence reports: the rest of its host clause,
    in the pieces before and after it ("The latest test, North Korea said, was its
    biggest yet"), less the commas that set it off."""
    host = verb.head
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i  # (the commas may be the tag's own)
    set_off = (doc[lo].text == "," or (lo > 0 and doc[lo - 1].text == ",")) and (
        doc[hi].text == "," or (hi + 1 < len(doc) and doc[hi + 1].text == ","))
    while (set_off and host.pos_ in {"NOUN", "PROPN", "PRON"}
           and host.dep_ in {"nsubj", "nsubjpass"}):
        # ("The difference now, he told me on Friday, is that ...": hung on the subject)
        host = host.head
    if host.pos_ not in {"VERB", "AUX"} or host.i == verb.i:
        return []
    pieces = []
    for lo, hi in ((host.left_edge.i, verb.left_edge.i), (verb.right_edge.i + 1,
                                                           host.right_edge.i + 1)):
        toks = _trimmed(list(doc[lo:hi]))
        if toks and pieces and toks[0].dep_ == "cc":
            break  # "It would take weeks, he said, and wrangling could ...": a new clause
        if toks:
            pieces.append(_token_span(toks))
    return pieces


# Dependents that belong to the phrase that names someone: "President Obama's approach",
# "US and British activists"
NAME_PARTS = frozenset({"compound", "amod", "poss", "det", "nmod", "appos", "conj", "cc",
                        "nummod", "case", "flat"})


def _armed_act(d: Document, verb: Token) -> bool:
    """Whether a verb that may be criticism or force is force here (`in_words`; where
    nothing in the clause decides, a speaker's verb of criticism is words)."""
    def actors(tok: Token | None) -> list[Actor]:
        # who the phrase itself names, not one inside a phrase or clause that modifies it
        # ("blasting Obama's approach to combating Islamic State terrorism" is no attack
        # on an armed group)
        if tok is None:
            return []
        named, todo = [], [tok]
        while todo:
            t = todo.pop()
            named.append(t)
            todo += [c for c in t.children if c.dep_ in NAME_PARTS]
        return [a for t in named if (a := actor_at(d, t.idx, t.idx + len(t))) is not None]
    subj = _subject(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return in_words(verb, actors(subj), actors(obj), [subj] if subj is not None else [],
                    [obj] if obj is not None else []) is False


def in_words(trigger: Token, doers: list[Actor], aimed: list[Actor], doer_tokens: list[Token],
             aimed_tokens: list[Token]) -> bool | None:
    """Whether a verb or noun that names criticism or force ("attacked", "blasted", "his
    attacks on") names criticism here: what the quotes stage takes as a stance and the
    events stage codes 111. Force where an armed side does it or suffers it, where it is
    done with something ("with a knife"), or to a place, a state or a property; criticism
    where it is "as" or "over" something ("attacked the program as a giveaway", "attacked
    Mexico over trade"), aimed at what someone proposed, did or said ("attacked the
    plan"), done by a message ("an ad attacking Rubio"), or by a politician, a journalist
    or an unarmed body to a person or a body. None where nothing here decides ("a man
    attacked a woman", "Iran attacked", a politician's attack on a state): each stage
    keeps the sense its news makes likelier."""
    # (a person of no known sector beside a politician is one more: "Hillary Clinton and
    # Bernie Sanders clashed on the debate stage")
    voices = bool(doers) and all(
        a.sector in VOICE_SECTORS or (a.kind == "person" and a.sector is None)
        if a.kind in {"person", "group"} else a.kind == "organization" for a in doers
    ) and any(a.sector in VOICE_SECTORS or a.kind == "organization" for a in doers)
    if any(a.sector in ARMED_SECTORS for a in doers):
        return False
    if any(a.sector in ARMED_SECTORS for a in aimed):
        # ("she attacked law enforcement officers nationwide": a politician's attack on
        # the police may be either)
        return None if voices and all(a.kind == "person" for a in doers) else False
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    if any(p.lower_ == "with" and not any(o.pos_ in {"PROPN", "PRON"} or o.ent_type_
                                          for o in p.children if o.dep_ == "pobj")
           for p in preps):
        return False  # ("attacked him with a knife"; not "clashed with Nancy Reagan")
    if any(p.lower_ in CRITICISM_PREPS and not any(o.ent_type_ in {"DATE", "TIME"}
                                                   for o in p.subtree) for p in preps):
        return True
    if any(t.lemma_.lower() in WEAPON_WORDS for t in aimed_tokens):
        return False  # "fired anti-aircraft batteries at Russia"
    if aimed and all(a.kind == "person" and a.sector is None for a in doers) and all(
            a.kind == "person" and a.sector in VOICE_SECTORS - {"MED"} for a in aimed):
        # "the attacks on Clinton were hurting the party": with no one named doing them,
        # or a person of no armed side ("Khizr Khan had attacked him"), attacks on a
        # politician are in words
        return True
    things = lexicon.word_list("criticized_things.txt")
    if any(t.ent_type_ in PLACE_LABELS and not any(a.kind in {"person", "organization"}
                                                    for a in aimed)
           for t in aimed_tokens) or any(t.lemma_.lower() in lexicon.word_list(
               "property_nouns.txt") for t in aimed_tokens):
        # ("Trump attacked Mexico" may be either: a politician speaks for a state)
        return None if voices and all(a.kind == "person" for a in doers) else False
    if ((aimed_tokens and not aimed and all(t.lemma_.lower() in things for t in aimed_tokens))
            or (doer_tokens and all(t.lemma_.lower() in things for t in doer_tokens))):
        return True
    return True if voices else None


def _raised_subject(verb: Token, first: Token) -> Token | None:
    """The subject of a passive cue whose content is its infinitive, where the content
    begins: "Clinton is expected to win the primary" holds "Clinton ... to win the primary"
    (not "it": "it is expected to ..." names nothing)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (subj is None or subj.i > verb.i or subj.lower_ == "it"
            or subj.lower_ in RELATIVE_WORDS or not any(
                c.dep_ == "xcomp" and c.left_edge.i == first.i for c in verb.children)):
        return None
    return subj


# Passive judgements and the preposition that gives their grounds: "Roof is accused of
# killing nine people", "migrants were blamed for the abuse", "was charged with assault"
PASSIVE_GROUNDS = {"accuse": "of", "suspect": "of", "charge": "with", "credit": "with",
                   "criticize": "for", "criticise": "for", "blame": "for", "condemn": "for",
                   "praise": "for", "fault": "for"}


def _judged_passive(verb: Token) -> tuple[list[tuple[int, int]], Token | None] | None:
    """What a passive verb of judgement says of its subject, and who judges so: "Twitter is
    increasingly seen as a source of news" (no one named), "the change was seen by some as
    a demotion" (some). The content is the subject and what it is judged to be; a "by"
    phrase that ends it is the judges (the parser may hang it on the judgement: "is
    considered a long shot by most analysts")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    lemma = verb.lemma_.lower()
    if (lemma not in AS_VERBS | JUDGED_AS_IS | PASSIVE_GROUNDS.keys() or verb.tag_ != "VBN"
            or subj is None
            or subj.lower_ in RELATIVE_WORDS or (subj.pos_ == "PRON" and subj.lower_ == "it")):
        return None
    judge = _agent_of(verb)
    judgement = next((c for c in (*verb.children, *(judge.children if judge else ()))
                      if c.i > verb.i and (
                          (c.dep_ == "prep" and c.lower_ in {"as", PASSIVE_GROUNDS.get(lemma)}
                           and _object_of(c) is not None)
                          or (c.dep_ in {"oprd", "xcomp"} and lemma in JUDGED_AS_IS))), None)
    if judgement is None or (lemma in PASSIVE_GROUNDS and (
            any(c.dep_ == "neg" for c in verb.children)
            or subj.left_edge.lower_ in {"neither", "no"})):
        return None  # ("has not been charged with any wrongdoing": no charge made)
    if judge is not None and judgement.head.i == judge.i:
        # "was seen by some as a demotion": the parser hangs the judgement on the judges
        judge = verb.doc[judge.i : judgement.i].root
    last = judgement.right_edge
    by = next((t for t in judgement.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"}
               and t.right_edge.i == last.i and t.i > judgement.i), None)
    if judge is None and by is not None and (who := _object_of(by)) is not None and (
            who.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}):
        judge, last = who, verb.doc[by.i - 1]
    pieces = [_char_span(subj.left_edge, subj.right_edge),
              _char_span(judgement.left_edge, last)]
    return pieces, judge


def _by_agent(verb: Token) -> tuple[list[tuple[int, int]], Token | None] | None:
    """What a passive cue with a "by" phrase holds, and who holds it: "Clinton was
    supported by 42 percent of those responding", "The move was hotly criticized by
    left-leaning economists", "News of the PGA's move was first reported by the Miami
    Herald". The content is the subject; the one the "by" phrase names speaks. Not a
    decision ("was decided by less than one percentage point"), nor a passive with a
    clause of its own (its complement says what is held: "was asked by a caller why ...")."""
    subj = _passive_subject(verb)
    agent = _agent_of(verb)
    if (subj is None or agent is None
            or verb.lemma_.lower() in DECISION_VERBS | FORCE_STANCES
            or any((q := _quoted_as(t)) is not None and q.i == verb.i
                   for t in verb.subtree if t.dep_ == "pcomp")):
        return None  # ("was quoted by Interfax as saying ...": what is said follows)
    return [_char_span(subj.left_edge, subj.right_edge)], agent


def _passive_subject(verb: Token) -> Token | None:
    """The subject a passive cue holds as its content: a noun phrase, not a relative word
    or "it" (which stand for what is told elsewhere), of a passive with no clause or object
    of its own to hold instead."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (verb.tag_ != "VBN" or subj is None or subj.lower_ in RELATIVE_WORDS
            or subj.lower_ == "it"
            or any(c.dep_ in {"ccomp", "xcomp", "dobj", "oprd"} for c in verb.children)):
        return None
    return subj


# Verbs whose passive with no "by" phrase still reports its subject, as known or made known
# by no one named: "The purchase price was not disclosed", "the dissolution of the club was
# announced", "Ginsburg is known for speaking her mind" (not "was asked", "was called":
# those are acts on the subject far more often than reports of it, on PolNeAr's training
# split)
REPORTED_PASSIVES = frozenset({"know", "announce", "disclose", "report", "reveal"})


def _reported_passive(verb: Token) -> tuple[list[tuple[int, int]], Token | None] | None:
    """What an agentless passive of report holds: its subject, and what the subject is
    known for or as ("Ronald Reagan was known for his hatred of ..."). No one is named."""
    subj = _passive_subject(verb)
    if (subj is None or verb.lemma_.lower() not in REPORTED_PASSIVES
            or _agent_of(verb) is not None
            or not any(c.dep_ == "auxpass" for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)):
        return None  # (what "Much is not known about" is the topic after it)
    pieces = [_char_span(subj.left_edge, subj.right_edge)]
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and c.lower_ in {"for", "as"}), None)
    if prep is not None and (pobj := _object_of(prep)) is not None:
        pieces.append(_char_span(pobj.left_edge, pobj.right_edge))
    return pieces, None


def _put_it(verb: Token) -> bool:
    """Whether the verb is the "put it" of "as Ms. Simonyan put it (in a statement)": words
    put so are said; not a thing put somewhere ("as he put it down", "put it on the table")."""
    return verb.lemma_.lower() == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in verb.children) and not any(
        c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ not in PUT_IT_PREPS)
        for c in verb.children)


def _framing(verb: Token) -> list[tuple[int, int]]:
    """The clause an "as X said" clause frames: the head clause without the "as" clause,
    trimmed of the punctuation at its edges."""
    inner = {t.i for t in verb.subtree}
    rest = _trimmed([t for t in verb.head.subtree if t.i not in inner])
    return [_token_span(rest)] if rest else []


def _trimmed(tokens: list[Token]) -> list[Token]:
    """The tokens less the punctuation and spaces at either edge."""
    lo, hi = 0, len(tokens)
    while lo < hi and (tokens[lo].is_punct or tokens[lo].is_space):
        lo += 1
    while hi > lo and (tokens[hi - 1].is_punct or tokens[hi - 1].is_space):
        hi -= 1
    return tokens[lo:hi]


def _token_span(tokens: list[Token]) -> tuple[int, int]:
    """The characters from the first token to the end of the last."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _absorbed(direct: list[Quote], start: int, end: int) -> list[Quote] | None:
    """The direct quotes an indirect content [start, end) holds whole, after words of its
    own ("said she felt the plan was “worth examining because ...”"): one mixed quote.
    None where a direct quote overlaps it otherwise (the quote is the content itself, or
    runs on beyond it): the direct quote stands alone."""
    held = []
    for q in direct:
        first, last = q.content[0].start, q.content[-1].end
        # (by piece: reported words between two pieces of one direct quote, '“...,” she
        # said, adding that ... . “...”', lie in none of them; but the direct quote's own
        # tag between them is no one's content: '“...,” said Charlie King. “...”')
        if not any(c.start < end and start < c.end for c in q.content):
            if (first < end and start < last and q.cue is not None
                    and start <= q.cue.start < end):
                return None
            continue
        if len(q.content) > 1 or first <= start or last > end + QUOTE_TAIL:
            return None
        held.append(q)
    return held


def _indirect(d: Document, doc: Doc, speakers: _Speakers, taken: list[tuple[int, int]],
              direct: list[Quote]) -> tuple[list[Quote], set[str]]:
    """Indirect and mixed quotes, and the ids of the direct quotes the mixed ones hold."""
    verbs = lexicon.reporting_verbs()
    attitudes = lexicon.word_list("attitude_verbs.txt")
    stance_nouns = lexicon.word_list("stance_nouns.txt")
    thought_nouns = (lexicon.word_list("thought_nouns.txt") | stance_nouns) - {"question"}
    stance_adjectives = lexicon.word_list("stance_adjectives.txt")
    quotes: list[Quote] = []
    stances: set[str] = set()  # quotes cued by a verb of stance rather than of speech
    # quotes cued by a verb that borrows its subject: "said he rated ... and talked about
    # ...", which inside another's words is part of them
    borrowed: set[str] = set()
    holds: dict[str, list[str]] = {}  # mixed quote id -> the direct quotes it holds
    direct_spans = [(c.start, c.end) for q in direct for c in q.content] + taken

    def keep(q: Quote | None) -> bool:
        """Add a quote whose content lies outside every direct quote; whether it was."""
        if q is None or _overlaps(direct_spans, q.content[0].start, q.content[-1].end):
            return False
        quotes.append(q)
        return True

    for tok in doc:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            q = _according_to(d, tok, speakers, direct_spans)
            if q and (held_here := _absorbed(direct, q.content[0].start,
                                             q.content[-1].end)) is not None:
                quotes.append(q)
                holds[q.id] = [h.id for h in held_here]
            continue
        if tok.lower_ in {"in", "to"}:
            q = (_in_source if tok.lower_ == "in" else _in_view_of)(
                d, tok, speakers, direct_spans)
            if q and (held_here := _absorbed(direct, q.content[0].start,
                                             q.content[-1].end)) is not None:
                quotes.append(q)
                holds[q.id] = [h.id for h in held_here]
            continue
        lemma = tok.lemma_.lower()
        if tok.lower_ in HEARSAY_ADVERBS:
            keep(_hearsay(d, tok, verbs))
            continue
        if lemma in EVIDENTIAL_VERBS:
            keep(_evidential(d, tok))
            continue
        # (a participle the tagger leaves a verb counts by its form: "are convinced that")
        felt = tok.dep_ == "acomp" and (
            (tok.pos_ == "ADJ" and lemma in stance_adjectives)
            or (tok.tag_ == "VBN" and tok.lower_ in stance_adjectives))
        if (tok.pos_ == "NOUN" and lemma in thought_nouns
                and (claim := _copular_claim(tok)) is not None):
            # a thought its noun equates with a clause: "Sanders's point was that ..."
            keep(_held(d, speakers, tok, _thinker(tok), *claim))
            continue
        if (tok.pos_ == "NOUN" and tok.dep_ == "dobj"
                and (tok.head.lemma_.lower(), lemma) in lexicon.light_stances()):
            # a stance a verb and its object name together: "took aim at Wall Street"
            q = _light_stance(d, tok, speakers)
            if keep(q):
                stances.add(q.id)
            continue
        if felt or (tok.pos_ == "NOUN" and lemma in stance_nouns):
            # a stance an adjective or a noun names: "is critical of", "Trump's call for"
            q = _felt(d, tok, speakers) if felt else _nominal(d, tok, speakers, verbs | attitudes)
            if keep(q):
                stances.add(q.id)
            continue
        if (tok.pos_ not in {"VERB", "AUX"} or lemma in TAG_ONLY
                or (lemma not in verbs and lemma not in attitudes
                    and not _holds_that(tok) and _made_clear(tok) is None
                    and not _put_it(tok))):
            continue
        if (lemma in FORCE_STANCES and _armed_act(d, tok)) or _discourse_phrase(tok):
            continue
        if lemma in SENSE_MARKS and not any(c.lower_ in SENSE_MARKS[lemma]
                                            or c.dep_ in SENSE_MARKS[lemma]
                                            for c in tok.children):
            continue
        if lemma in MOVING_SENSES and any(c.lower_ in DIRECTION_WORDS and c.dep_ in {
                "prep", "advmod", "prt"} for c in tok.children):
            continue
        found = None  # the complement, where the content is the verb's own
        tagged = None
        judged = None
        if (lemma in verbs and tok.dep_ == "parataxis"
                and not any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)):
            # (the parser may hang the reported clause before "he said, and ..." on the
            # cue as its complement, and the cue on the clause after it)
            pieces = _around(tok)  # "The latest test, North Korea said, was its biggest"
        elif (lemma in verbs and tok.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in tok.children) and not any(
                c.dep_ in {"ccomp", "dobj"} and c.i > tok.i for c in tok.children)) or (
                tok.dep_ == "advcl" and _put_it(tok)):
            # (with a reported clause of its own, the "as" clause is a report in itself:
            # "..., as several delegates told POLITICO they were leaning toward Cruz")
            pieces = _framing(tok)  # "As The Daily Caller reported, the star gave ..."
        elif lemma in verbs and (tagged := _inverted_tag(tok)) is not None:
            pieces = [_char_span(*_less_aside(tagged[0], tagged[1]))]
        elif (judged := _judged_passive(tok) or _by_agent(tok)
              or _reported_passive(tok)) is not None:
            pieces = judged[0]  # "Twitter is seen as a source of news", "was backed by X"
        else:
            found = _complement(tok, attitude=lemma in attitudes or lemma in OBJECT_REPORTS
                                or lemma in OWN_PREPS)
            if found is None and lemma in verbs:
                found = _block_after(tok)  # "Limbaugh added:" and a paragraph of his words
            if found and lemma == "say" and found[0].i > tok.i and (
                    (found[0].dep_ == "prep" and found[0].head.i == tok.i)
                    # (not an aside inside the reported clause: "said — on Twitter, as it
                    # happens — that Trump raised $4 million")
                    or (found[0].dep_ == "mark" and found[0].lower_ in SETTING_MARKS
                        and found[0].head.head.i == tok.i)):
                found = None  # "said on CBS's ...", "said as fighters worked out": a setting
            if found:
                found = (found[0], _closed(*found))
            pieces = [_char_span(*_less_aside(*found))] if found else []
            if found and found[0].i < tok.i and (subj := _subject(tok)) is not None:
                # "policies, which he said had harmed the economy": the relative word, then
                # what follows the cue (what the parser hangs before it otherwise, "In a
                # statement released after ..., Cruz said he's certain", is the writer's)
                # (up to the cue where the subject follows it: "..., said Howard, but")
                lead = subj.left_edge.i
                for c in sorted(tok.lefts, key=lambda c: -c.i):
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.right_edge.i == lead - 1:
                        lead = c.left_edge.i  # ("the official news agency IRNA reported":
                        # the parser made the name and its description two subjects)
                head = list(doc[found[0].i : min(lead, tok.i)])
                tail = list(doc[tok.i + 1 : found[1].i + 1])
                # "IBM has no plans to recall its cards, the spokeswoman said, and could
                # circumvent the bugs": the clause before the tag, and what goes on from it
                # after the tag's conjunction
                goes_on = any(c.dep_ == "ccomp" and c.i < tok.i and c.left_edge.i == found[0].i
                              for c in tok.children) and any(
                    c.dep_ == "conj" and c.right_edge.i == found[1].i for c in tok.children)
                if goes_on:
                    tail = _trimmed(tail)
                    tail = tail[1:] if tail and tail[0].dep_ == "cc" else tail
                elif found[1].i > tok.i and found[0].lower_ not in RELATIVE_WORDS:
                    head = []
                pieces = [_token_span(p) for p in (_trimmed(head), _trimmed(tail)) if p]
        pieces = [(a, b) for a, b in pieces if a < b]
        if not pieces and lemma in verbs and (tagged := _closing_tag(tok)) is not None:
            pieces = [_char_span(*_less_aside(tagged[0], tagged[1]))]
        elif not pieces and lemma in verbs and (inverted := _inverted(tok)) is not None:
            pieces = [_char_span(*_less_aside(inverted[0], _closed(*inverted)))]
        if not pieces or (judged is None and lemma in AS_VERBS - JUDGED_AS_IS and any(
                c.dep_ == "nsubjpass" for c in tok.children)):
            continue  # (what one is seen doing is witnessed: "was seen walking down a street")
        if found is not None and (raised := _raised_subject(tok, found[0])) is not None:
            # "Clinton is expected to win": the content is what is expected of her
            pieces = [_char_span(raised.left_edge, raised.right_edge), *pieces]
        start, end = pieces[0][0], pieces[-1][1]
        content_text = " ".join(d.article.text[a:b] for a, b in pieces)
        held = _absorbed(direct, start, end)
        # (two words do where one is quoted, "called it ''predatory''", or where they are
        # what a stance is on: "sought the nomination", "promised a veto")
        least = 2 if QUOTE_MARK_RX.search(content_text) or (
            found and found[0].i > tok.i and lemma in attitudes) else 3
        if found and found[0].i > tok.i and (lemma in STANCE_OBJECT_VERBS or lemma == "say"
                                              or lemma in OBJECT_REPORTS or lemma in TOPIC_VERBS
                                              or (lemma in attitudes and _via_prep(tok, found[0]))):
            # a stance on one named thing: "Sanders endorsed Mrs. Clinton", "railed against
            # immigrants"
            least = 1
        elif found and found[0].i > tok.i and (
                (found[0].lower_ == "to" and found[0].head.dep_ == "xcomp"
                 and found[0].head.head.i == tok.i)
                or any(c.dep_ == "oprd" and c.i > found[0].i for c in tok.children)):
            # an intent or a judgement is whole in two words: "declined to comment",
            # "decided to act", "called him divisive"
            least = 2
        elif judged is not None:
            least = 1  # what is held of a named thing: "Clinton was supported by 42 percent"
        if len(content_text.split()) < least or held is None or _overlaps(taken, start, end):
            continue
        if any(a <= tok.idx < b and (start < a or end > b) for a, b in direct_spans):
            # ("this finding: ''27 companies reported 16,389 subsidiaries ...''": a cue
            # inside a quotation reports only what the quotation holds)
            continue
        subj = tagged[2] if tagged is not None else _subject(tok)
        unnamed = False
        if (lemma in QUESTION_VERBS and tok.tag_ == "VBN" and tok.dep_ in {"advcl", "ROOT"}
                and _subject_of(tok) is None):
            # "Asked if he was ever bullied, the candidate ...", "Asked by Matt Lauer
            # whether she had practiced": the one who asks, named by the agent or by no one
            subj = _agent_of(tok)
            unnamed = subj is None
        if judged is not None:
            subj = judged[1]  # who judges so, where the text says: "seen by some as ..."
            unnamed = subj is None
        elif subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i:
            # "Clinton is expected to win", "He was told that the deal was off": a
            # passive's subject is whom the report is about or to; who expects or tells,
            # with no "by" phrase, is not named
            unnamed = True
        if unnamed:
            speaker_id, speaker_text, speaker_span = None, None, None
        elif subj is None or any(a <= subj.idx < b for a, b in pieces):
            continue
        elif subj.lower_ == "it" and subj.dep_ == "nsubjpass":
            # "It is said that ...": said by no one the text names
            speaker_id, speaker_text, speaker_span = None, None, None
        else:
            speaker_id, speaker_text, (s, e) = speakers.resolve(subj)
            speaker_span = d.span(s, e)
            if speaker_id is not None and _is_own_object(d, tok, speaker_id):
                # "Musk was a guest on a call between Trump and Zelensky, thanking Musk for
                # ...": a participle whose subject the parser takes from the clause it hangs
                # on, where that one is its object; whoever thanks, it is not Musk
                continue
        kind = "mixed" if QUOTE_RX.search(content_text) else "indirect"
        quote = Quote(
            id=stable_id("Q", d.article.id, start, end),
            speaker=speaker_id, speaker_text=speaker_text, speaker_span=speaker_span,
            cue=d.span(tok.idx, tok.idx + len(tok.text)),
            content=[d.span(a, b) for a, b in pieces], kind=kind,
        )
        if not unnamed:  # (no one's, not the last speaker's)
            speakers.mark(quote.id, subj)
        quotes.append(quote)
        holds[quote.id] = [q.id for q in held]
        if lemma not in verbs and _made_clear(tok) is None:  # ("made clear" says it)
            stances.add(quote.id)
        elif tok.dep_ == "conj" and _subject_of(tok) is None:
            borrowed.add(quote.id)
    # A stance inside someone's reported words is theirs to report: "she said the campaign
    # planned to ...": the attribution is hers, not the campaign's.
    reported = [(c.start, c.end) for q in quotes if q.id not in stances for c in q.content]
    reported += direct_spans
    kept = [q for q in quotes if (q.id not in stances and q.id not in borrowed) or not q.cue
            or not any(s <= q.cue.start < e for s, e in reported)]
    return kept, {i for q in kept for i in holds.get(q.id, ())}


def _is_own_object(d: Document, verb: Token, actor_id: str) -> bool:
    """Whether the verb's object is the person who is the actor, named again (a pronoun
    there stands for another: "Trump called him a genius"; a place may stand for the same
    state as its people: "Palestinians want East Jerusalem")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN":
        return False
    actor = actor_at(d, obj.idx, obj.idx + len(obj.text))
    return actor is not None and actor.id == actor_id and actor.kind == "person"


def _discourse_phrase(verb: Token) -> bool:
    """Is the verb a word of a set phrase before a comma that links the writer's
    sentences ("All told, ...", "That said, ...")?"""
    doc, word = verb.doc, verb.lower_
    for phrase in DISCOURSE_PHRASES:
        if word not in phrase:
            continue
        lo = verb.i - phrase.index(word)
        hi = lo + len(phrase)
        if (lo >= 0 and hi < len(doc) and doc[hi].text == ","
                and all(doc[lo + j].lower_ == w for j, w in enumerate(phrase))):
            return True
    return False


def _evidential(d: Document, verb: Token) -> Quote | None:
    """What the writer judges from appearances: "Enthusiasm for Clinton appears to have
    plummeted", "New Hampshire seems stable", "it appears that ...". No one is named as
    saying it, as in "it is said that ..."; the content is the thing judged and what it
    seems to be or do."""
    # (what the verb seems is never its object: the parser makes it one in "the returns
    # seemed a reminder that ...")
    comps = [c for c in verb.children if c.i > verb.i
             and c.dep_ in {"xcomp", "acomp", "attr", "oprd", "ccomp", "dobj"}]
    if not comps or (comps[0].dep_ == "xcomp" and not parse.to_infinitive(comps[0])
                     and comps[0].tag_ not in {"VBN", "JJ"}):
        return None  # ("appeared on MSNBC", "appeared at a rally"; not "appeared poised to")
    comp = comps[0]
    # ("It seems likely Gowdy is correct": what seems so runs through the clause after it)
    pieces = [_char_span(*_less_aside(comp.left_edge, comps[-1].right_edge))]
    # (or the subject of the verb it is joined to: "held a lead and appeared poised to")
    subj = _subject_of(verb) or (_subject_of(verb.head) if verb.dep_ == "conj" else None)
    if subj is not None and subj.lower_ not in {"it", "you"} and (
            subj.pos_ != "PRON" or comp.dep_ == "xcomp" or subj.lower_ in {"which", "that"}):
        # (a pronoun's doing is judged too: "she seemed to embody contradictions", "an
        # economy that seems to reward only the rich"; and what a relative one stands
        # for: "the primary, which appeared likely to settle little")
        pieces.insert(0, _char_span(subj.left_edge, subj.right_edge))
    elif all(c.dep_ != "ccomp" for c in comps):
        return None  # ("she seems tired": a pronoun's state, not a claim about the world)
    return _unnamed(d, verb, pieces)


def _unnamed(d: Document, cue: Token, pieces: list[tuple[int, int]]) -> Quote | None:
    """The quote of a claim no one is named as making, its content in pieces (empty ones
    dropped); none of fewer than three words."""
    pieces = [(a, b) for a, b in pieces if a < b]
    if not pieces or len(" ".join(d.article.text[a:b] for a, b in pieces).split()) < 3:
        return None
    return Quote(
        id=stable_id("Q", d.article.id, pieces[0][0], pieces[-1][1]),
        speaker=None, speaker_text=None, speaker_span=None,
        cue=d.span(cue.idx, cue.idx + len(cue.text)),
        content=[d.span(a, b) for a, b in pieces], kind="indirect",
    )


def _hearsay(d: Document, adverb: Token, verbs: frozenset[str]) -> Quote | None:
    """What an adverb says is reported, by no one named: "The FBI is reportedly making
    arrangements to interview Clinton". The content is the clause the adverb modifies,
    less the adverb. Not where it modifies a verb of saying ("reportedly said"), whose
    quote that is."""
    verb = adverb.head
    if (adverb.dep_ != "advmod" or verb.pos_ not in {"VERB", "AUX"}
            or verb.lemma_.lower() in verbs or adverb.i + 1 >= len(adverb.doc)):
        return None
    # (from its subject: what opens the sentence before it sets the scene, "When those
    # voting were declared the majority, anti-Trump delegates reportedly erupted ...")
    subject = _subject_of(verb)
    if subject is not None and subject.i < verb.i:
        first = subject.left_edge
    else:
        first = verb.doc[min(verb.i, adverb.i + 1)]
    last = verb.right_edge
    while last.i > verb.i and last.is_punct and not _closes(last):
        last = last.nbor(-1)
    if first.i > last.i:
        return None
    pieces = []
    if adverb.i > first.i:  # the clause before the adverb, less the punctuation at it
        before = adverb.nbor(-1)
        while before.i > first.i and before.is_punct:
            before = before.nbor(-1)
        pieces.append(_char_span(first, before))
    if adverb.i < last.i:  # and after it ("Reportedly, he made ...")
        after = adverb.nbor()
        while after.i < last.i and after.is_punct:
            after = after.nbor()
        pieces.append(_char_span(after, last))
    return _unnamed(d, adverb, pieces)


def _nominal(d: Document, noun: Token, speakers: _Speakers,
             cues: frozenset[str]) -> Quote | None:
    """A stance a noun names: "Trump's call for a ban on Muslims", "raised questions about
    his record", "criticism of the plan from Democrats". The content is what the noun is
    for, against or about (or its that-clause, or its infinitive); the holder is its
    possessor, else who the noun is the object of ("Gorka made the point that ..."), else
    who it comes from or is by."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in cues:
        return None  # the verb's own attribution ("expressed concern about ...")
    kids = list(noun.children)
    first = last = None
    clause = next((c for c in kids if c.dep_ in {"acl", "relcl"} and c.i > noun.i and (
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        or parse.to_infinitive(c))), None)
    prep = next((c for c in kids if c.dep_ == "prep" and c.i == noun.i + 1
                 and c.lower_ in NOMINAL_PREPS), None)
    if clause is not None and not any(r.lower_ in RELATIVE_WORDS for r in clause.children
                                      if r.i < clause.i and r.dep_ != "mark"):
        first, last = clause.left_edge, clause.right_edge
    elif prep is not None and (pobj := _object_of(prep)) is not None:
        first, last = pobj.left_edge, pobj.right_edge
    if first is None or last is None:
        return None
    for c in kids:
        # "questions about his microphone problems during Monday's debate": what the
        # parser hangs on the noun after its content goes with it, short of who holds it
        if c.i > last.i and c.dep_ in {"prep", "acl", "relcl"} and c.lower_ not in {"from", "by"}:
            last = c.right_edge
    holder = next((c for c in kids if c.dep_ == "poss"), None)
    if holder is None and noun.dep_ == "dobj" and head.lemma_.lower() not in (
            FACING_VERBS | STIRRING_VERBS):
        holder = _subject_of(head)
    if holder is None:
        source = next((c for c in kids if c.dep_ in {"prep", "agent"} and c.i > last.i
                       and c.lower_ in {"from", "by"}), None)
        holder = next((c for c in source.children if c.dep_ == "pobj"), None) if source else None
    return _held(d, speakers, noun, holder, first, last)


def _light_stance(d: Document, noun: Token, speakers: _Speakers) -> Quote | None:
    """The stance a verb and its object name together (lexicon.light_stances): what the
    preposition after them introduces, which the parser hangs on either word ("took aim at
    Wall Street", "made the case for the deal"), or the noun's that-clause ("made the case
    that ..."); its holder is the verb's subject."""
    verb = noun.head
    preps = lexicon.light_stances()[(verb.lemma_.lower(), noun.lemma_.lower())]
    clause = _that_clause(noun) if "that" in preps else None
    prep = next((c for c in (*noun.children, *verb.children) if c.dep_ == "prep"
                 and c.i > noun.i and c.lower_ in preps), None)
    held = clause if clause is not None else _object_of(prep) if prep is not None else None
    if held is None:
        return None
    return _held(d, speakers, noun, _subject(verb), held.left_edge, held.right_edge)


def _copular_claim(noun: Token) -> tuple[Token, Token] | None:
    """The clause a noun of thought is said to be, as the subject of the sentence's own
    "be": "Her fundamental argument ... is that Americans should value stability", "My
    generic point is, you get behind the curve". Not under another verb ("said the message
    was that ...": the saying holds it) and not an equated noun phrase ("the end goal was a
    Utopian state")."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_ != "be" or be.dep_ not in {"ROOT", "conj"}:
        return None
    if be.dep_ == "conj" and be.head.dep_ != "ROOT":
        return None
    # (a that-clause, or a clause set off by a comma or colon: "is, you get ..."; the
    # parser may read "is another hazard Rubio is navigating" as a clause too)
    if be.i + 2 >= len(be.doc):
        return None
    after = be.nbor()
    set_off = after.lower_ in {",", ":"}
    first = after.nbor() if set_off else after
    clause = next((c for c in be.children if c.i > be.i and c.dep_ in {"ccomp", "attr"}
                   and c.pos_ in {"VERB", "AUX"} and c.left_edge == first), None)
    if clause is None or not (
            (first.lower_ == "that" and first.dep_ == "mark")
            or (set_off and any(k.dep_ in {"nsubj", "nsubjpass", "expl"} and k.i < clause.i
                                for k in clause.children))):
        return None
    # (what the parser hangs on "be" after the clause is the clause's: "was that Trump is,
    # in fact, | appealing to ...")
    last = max([clause.right_edge] + [c.right_edge for c in be.children if c.i > clause.i
                                      and not c.is_punct and c.i < be.sent.end])
    return clause.left_edge, last


def _thinker(noun: Token) -> Token | None:
    """Who holds a noun's thought: its possessor ("Rubio's response"), who the clause on
    it says made it ("the most telling promise she has made"), or who it is within or
    among ("the concern within the administration")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "relcl" and (subject := _subject_of(c)) is not None \
                and subject.lower_ not in RELATIVE_WORDS:
            return subject
        if c.dep_ == "prep" and c.lower_ in {"within", "among", "from"}:
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _object_of(prep: Token) -> Token | None:
    """A preposition's object, a gerund too ("called for eliminating the tax treatment",
    which the parser makes a pcomp)."""
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _felt(d: Document, adj: Token, speakers: _Speakers) -> Quote | None:
    """A stance an adjective says its subject holds: "Clinton is critical of the deal",
    "she was confident that Trump would lose", "is eager to debate him"."""
    if adj.head.lemma_.lower() == "make":
        return None  # ("make sure it stayed dead": a purpose, not a belief)
    comp = next((c for c in adj.children if c.dep_ in {"ccomp", "xcomp"} and c.i > adj.i),
                None)
    if comp is not None and adj.lower_ in LIKELY_WORDS and comp.left_edge.lower_ == "to":
        return None  # (a likelihood, no one's belief: "is sure to spur a declaration of war")
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.i == adj.i + 1), None)
    pobj = _object_of(prep) if prep is not None else None
    found = comp if comp is not None else pobj
    if found is None:
        return None
    return _held(d, speakers, adj, _subject_of(adj.head), found.left_edge, found.right_edge)


def _held(d: Document, speakers: _Speakers, cue: Token, holder: Token | None, first: Token,
          last: Token) -> Quote | None:
    """The quote of a stance a word names (cue), held by holder (or by no one named),
    its content running from first to last."""
    start, end = _char_span(first, _closed(first, last))
    if start >= end:
        return None
    if holder is not None and start <= holder.idx < end:
        return None  # (the holder inside what is held: a parse gone astray)
    if holder is None:
        speaker_id, speaker_text, speaker_span = None, None, None
    else:
        speaker_id, speaker_text, (s, e) = speakers.resolve(holder)
        speaker_span = d.span(s, e)
    quote = Quote(
        id=stable_id("Q", d.article.id, start, end),
        speaker=speaker_id, speaker_text=speaker_text, speaker_span=speaker_span,
        cue=d.span(cue.idx, cue.idx + len(cue.text)), content=[d.span(start, end)],
        kind="indirect",
    )
    if holder is not None:
        speakers.mark(quote.id, holder)
    return quote


def _according_to(d: Document, tok: Token, speakers: _Speakers,
                  direct_spans: list[tuple[int, int]]) -> Quote | None:
    # (the "to" after it: a parse of "to Iran according" may hang an earlier "to" on it)
    to = next((c for c in tok.children if c.lower_ == "to" and c.i > tok.i), None)
    # (or a noun the parser read as a verb and its object: "according to show insiders")
    source = next((c for c in to.children if c.dep_ == "pobj" or (
        c.dep_ == "pcomp" and c.tag_ in {"VB", "VBP"}
        and any(o.dep_ == "dobj" and o.pos_ in {"NOUN", "PROPN"} for o in c.children))),
                  None) if to else None
    if source is None:
        return None
    return _framed(d, tok, to, source, speakers, direct_spans, _maker(source))


def _maker(noun: Token) -> Token | None:
    """Who made a document a claim is credited to: "according to a speech Mrs. Clinton
    gave", "to a statement released by the ministry", "to a report by Human Rights Watch"
    (a document speaks for whoever gave it, put it out or wrote it)."""
    if noun.lemma_.lower() not in lexicon.word_list("source_nouns.txt"):
        return None
    for c in noun.rights:
        if c.dep_ == "relcl" and (who := _subject_of(c)) is not None and (
                who.lower_ not in RELATIVE_WORDS):
            return who
        if c.dep_ == "acl" and (who := _agent_of(c)) is not None:
            return who
        if c.dep_ == "prep" and c.lower_ in {"by", "from"} and (
                who := _object_of(c)) is not None and who.pos_ == "PROPN":
            return who
    return None


def _in_source(d: Document, tok: Token, speakers: _Speakers,
               direct_spans: list[tuple[int, int]]) -> Quote | None:
    """"In the new Morning Consult poll, 40 percent of voters back Sanders": a sentence
    that opens on a source ("In a statement", "In an interview with CNN") reports it,
    unless its own verb is a cue (that verb's attribution says who)."""
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if (source is not None and source.tag_ == "NNS" and source.lemma_.lower() in POLL_NOUNS
            and not any(c.dep_ in {"acl", "relcl"} for c in source.children)):
        # "leads in the polls": the polls at large, no source of one finding (unlike
        # "polls conducted after the debates by news outlets")
        return None
    root = tok.head
    if (source is not None and tok.dep_ == "prep" and root.pos_ in {"VERB", "AUX"}
            and source.lemma_.lower() in POLL_NOUNS and tok.i != tok.sent.start
            and root.lemma_.lower() not in lexicon.reporting_verbs()):
        # "Trump leads by 57 percent to 33 percent in the 50-state poll": the standing a
        # poll measures is the poll's finding, wherever the sentence names it
        return _framed(d, tok, tok, source, speakers, direct_spans)
    if (source is None or tok.i != tok.sent.start or tok.dep_ != "prep" or root.dep_ != "ROOT"
            or source.lemma_.lower() not in lexicon.word_list("source_nouns.txt")
            or _is_cue_verb(root)):
        return None
    return _framed(d, tok, tok, source, speakers, direct_spans)


def _in_view_of(d: Document, tok: Token, speakers: _Speakers,
                direct_spans: list[tuple[int, int]]) -> Quote | None:
    """"To many, Santilli is a provocateur", "But to others, he's a citizen journalist":
    a sentence that opens on "to" and the people it seems so to, set off by a comma, is
    their view. (Not "for": "For Trump, the loss was a blow" is what it was for him.)"""
    holder = next((c for c in tok.children if c.dep_ == "pobj"), None)
    opener = next((t for t in tok.sent if not (t.is_punct or t.is_space
                                              or t.lower_ in {"but", "and", "yet"})), None)
    if (holder is None or opener is None or opener.i != tok.i or tok.dep_ != "prep"
            or tok.head.dep_ != "ROOT" or holder.lower_ in {"that", "this", "it"}
            or not (holder.pos_ == "PRON" or holder.lower_ in VIEW_HOLDERS
                    or actor_at(d, holder.idx, holder.idx + len(holder.text)) is not None)):
        return None
    comma = holder.right_edge.i + 1
    if comma >= len(tok.doc) or tok.doc[comma].text != ",":
        return None
    return _framed(d, tok, tok, holder, speakers, direct_spans)


# Words for the people a view is held by, with no actor of their own ("To many, ...")
VIEW_HOLDERS = frozenset({"many", "others", "some", "most", "few", "anyone", "everyone"})


def _framed(d: Document, tok: Token, cue_last: Token, source: Token, speakers: _Speakers,
            direct_spans: list[tuple[int, int]], maker: Token | None = None) -> Quote | None:
    """A quote whose cue (tok .. cue_last) and source phrase frame the rest of the
    sentence, which is the content; the source speaks, or the maker of the document it
    names."""
    sent = tok.sent
    phrase = (tok.idx, max(t.idx + len(t.text) for t in tok.subtree))
    words = [t for t in sent if not t.is_space]
    head = tok.head
    if head.pos_ in {"VERB", "AUX"} and (
            (head.dep_ in CLAUSE_DEPS and head.head.i != head.i and tok.i != sent.start
             and any(t.idx > head.right_edge.idx and not t.is_punct for t in words))
            or (head.dep_ == "conj" and head.head.i < tok.i and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i > tok.i for c in head.children))):
        # "Cuban Americans, 82 percent of whom view Trump unfavorably according to the
        # poll, have ...": the claim is the clause the source frames, not the sentence; so
        # where the phrase opens a clause of its own ("He crossed the border after,
        # according to him, Mexico's network censured his report")
        words = [t for t in head.subtree if not t.is_space]
    before = _trimmed([t for t in words if t.idx < phrase[0]])
    if all(t.dep_ == "cc" or t.is_punct for t in before):
        before = []  # ("But according to the report, ...": the writer's link, not the claim)
    after = _trimmed([t for t in words if t.idx >= phrase[1]])
    if not before and not after and tok.i == sent.start and (comma := next(
            (t for t in tok.doc[source.i + 1 : source.right_edge.i] if t.text == ","),
            None)) is not None:
        # "According to radio host Rush Limbaugh, the move reeks of fear": the parser made
        # the sentence an apposition of the source; the phrase ends at its comma
        after = _trimmed([t for t in words if t.idx > comma.idx])
    if any(t.i == sent.root.i for t in before):
        # "The top 1 percent would gain 19.9 percent, according to the Tax Foundation,
        # more than twice ...": after the claim's own verb, what follows the source is the
        # writer's
        after = []
    pieces = [_token_span(p) for p in (before, after) if p]
    if sum(len(p) for p in (before, after)) < 3:
        return None
    start, end = pieces[0][0], pieces[-1][1]
    inside = [(a, b) for a, b in direct_spans if a < end and start < b]
    if any(a <= start or b > end + QUOTE_TAIL for a, b in inside):
        return None  # (a quotation that is the content itself, or runs on beyond it)
    if inside and max(b for _, b in inside) > end:
        end = max(b for _, b in inside)  # (to the held quotation's closing mark)
        pieces[-1] = (pieces[-1][0], end)
    speaker_id, speaker_text, (s, e) = speakers.resolve(maker or source)
    cue_end = cue_last.idx + len(cue_last.text)
    return Quote(
        id=stable_id("Q", d.article.id, start, end),
        speaker=speaker_id, speaker_text=speaker_text, speaker_span=d.span(s, e),
        cue=d.span(tok.idx, cue_end), content=[d.span(a, b) for a, b in pieces],
        # ("According to Trump, he was once part of the establishment, but is now “the
        # worst thing that ever happened to the establishment.”": words of its own, then
        # the quotation it holds)
        kind="mixed" if inside else "indirect",
    )


def run(d: Document) -> None:
    doc = d.doc
    assert doc is not None
    speakers = _Speakers(d)
    transcript = _transcript(d)
    taken = [(c.start, c.end) for q in transcript for c in q.content]
    direct = _direct(d, doc, speakers, taken)
    indirect, held = _indirect(d, doc, speakers, taken, direct)
    direct = [q for q in direct if q.id not in held]
    d.quotes = sorted((q for q in transcript + direct + indirect if _says_something(doc, q)),
                      key=lambda q: q.content[0].start)
    _mixed_goes_on(d, doc)
    for q in d.quotes:
        _through_colon(d, doc, q)
    speakers.settle(d.quotes)
    _first_person(d, doc)
    _distinct_ids(d)
    _nest(d.quotes)
    for q in d.quotes:  # the speaker as the article describes them
        speaker = d.actor(q.speaker)
        if speaker is not None:
            q.speaker_role, q.speaker_affiliation = speaker.role, speaker.affiliation


def _distinct_ids(d: Document) -> None:
    """Two cues over one content ("condemned what he called a “brazen breach”") make two
    quotes whose ids, drawn from the content's place, are the same; the later ones take
    their cue's place into theirs, so that the store keeps every quote."""
    seen: set[str] = set()
    for q in d.quotes:
        if q.id in seen:
            q.id = stable_id("Q", d.article.id, q.content[0].start, q.content[-1].end,
                             q.cue.start if q.cue else None)
        seen.add(q.id)


def _mixed_goes_on(d: Document, doc: Doc) -> None:
    """A quotation with no cue of its own right after reported words that end in a quoted
    fragment goes on with them: 'The summit accomplished "too little," he added. "Without
    changing policies ..., Europe risks a lot."' is one attribution in two pieces, as
    direct quotes split around their cue are."""
    text = d.article.text
    # (a quotation with no cue that stands as its own quote is free to go on another's)
    loose = {(q.content[0].start, q.content[0].end): q for q in d.quotes
             if q.cue is None and q.kind == "direct" and len(q.content) == 1}
    taken = [(c.start, c.end) for q in d.quotes for c in q.content
             if (c.start, c.end) not in loose]
    for m in QUOTE_RX.finditer(text):
        start, end = m.span()
        mark = _mark_length(text, start)
        sent = _sentence_of(doc, start + mark)
        if (sent is None or len(text[start + mark : end - mark].split()) < MIN_DIRECT_WORDS
                or _overlaps(taken, start, end)):
            continue
        last = max((q for q in d.quotes if q.content[-1].end <= start),
                   key=lambda q: q.content[-1].end, default=None)
        cue = _cue_in(sent, (start, end))
        # (the parser may join the quotation to the sentence of the cue before it)
        if (last is not None and last.kind == "indirect"
                and (cue is None or (last.cue is not None and cue.idx == last.cue.start))
                and any(ch in '"“`' for ch in last.content[-1].text)
                and _continues(doc, last, start)):
            last.content.append(d.span(start, end))
            taken.append((start, end))
            if (start, end) in loose:
                d.quotes.remove(loose[start, end])


def _through_colon(d: Document, doc: Doc, q: Quote) -> None:
    """A content that ends on a colon goes on through what the colon lists or names on its
    line: "repeated many of the campaign pledges he's been making for months: rebuilding
    the military, taking care of veterans, ...", "turned to a familiar target: Jeb Bush".
    Not a clause of its own ("...: Even the most reform-hungry senators aren't ..."), which
    is the writer's, nor a quotation, which is its own quote."""
    if q.kind == "direct":
        return
    last = q.content[-1]
    colon = doc.char_span(last.end, last.end + 1)
    if colon is None or colon.text != ":":
        return
    first = colon.end
    while first < len(doc) and doc[first].is_space and "\n" not in doc[first].text:
        first += 1
    if (first >= len(doc) or "\n" in doc[first].text or doc[first].is_quote
            or doc[first].is_punct or (doc[first].is_title and doc[first].pos_ != "PROPN")):
        return  # (nor a sentence after it: "...: The failure to leverage national grief")
    end = first
    while (end < len(doc) and "\n" not in doc[end].text and not doc[end].is_quote
           and not (end > first and doc[end].is_sent_start)):
        end += 1
    phrase = doc[first:end]
    for tok in phrase:
        if tok.dep_ not in {"relcl", "acl"} and any(
                c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} and first <= c.i < end
                for c in tok.children) and not any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            return  # (a clause of its own, not one a "that" or a relative word opens)
    words = [t for t in phrase if not (t.is_punct or t.is_space)]
    if not words:
        return
    q.content[-1] = d.span(last.start, words[-1].idx + len(words[-1].text))


def _nest(quotes: list[Quote]) -> None:
    """A quote whose content lies inside another's is told within it: "Trump said he
    believes Obama was born in the United States" is Trump's report of his belief, and
    "She said leaders had agreed to ..." hers of their agreement. It is kept, marked as
    within the closest quote around it, so that counts of what was said (and attribution
    corpora such as PolNeAr, which annotate no attribution inside another) take the outer
    report alone."""
    spans = [[(c.start, c.end) for c in q.content] for q in quotes]  # (ids may repeat)
    for q, own in zip(quotes, spans, strict=True):
        start, end = min(a for a, _ in own), max(b for _, b in own)
        around = [(b - a, o.id) for o, theirs in zip(quotes, spans, strict=True)
                  if o is not q and theirs != own
                  for a, b in theirs if a <= start and end <= b]
        q.within = min(around)[1] if around else None


def _says_something(doc: Doc, q: Quote) -> bool:
    """Whether a content is words at all: not a lone date ("said Wednesday", a parse that
    takes the day for what was said) or a number (an embedded post's id, "672139201337")."""
    if len(q.content) != 1:
        return True
    span = doc.char_span(q.content[0].start, q.content[0].end, alignment_mode="expand")
    if span is None:
        return True
    words = [t for t in span if not (t.is_punct or t.is_quote or t.is_space)]
    return not (len(words) == 1 and (words[0].ent_type_ in {"DATE", "TIME"}
                                     or words[0].text.isdigit()))


def _first_person(d: Document, doc: Doc) -> None:
    """The speaker's own words name the speaker: in a direct quote, "I", "me", "my" are
    the speaking person, and "we", "us", "our" the organization the speaker speaks for,
    as the speaker's phrase names it ("Boeing spokesman William Barksdale said “we are
    very disappointed”"), or the speaker itself when not a person. Events in the quote
    ("“we will retaliate”") then have their actor."""
    for q in d.quotes:
        speaker = d.actor(q.speaker)
        if speaker is None:
            continue
        said = q.speaker_span
        if (said is not None and said.text.lower() in SINGULAR_SELF | PLURAL_SELF
                and (speaker.kind == "person") == (said.text.lower() in SINGULAR_SELF)):
            # "I have asked Tim Cook to ...": the speaking "I" is the speaker too
            speaker.add_mention(d.span(said.start, said.end))
        cue = parse.token_at(doc, q.cue.start) if q.cue is not None else None
        # (what a text "reads" is its words, quoted or not: "the email, which reads: Team,
        # At my request, ...")
        if q.kind != "direct" and (cue is None or cue.lemma_ != "read"):
            continue
        # (a person speaks for the body their phrase names, else the one the article says
        # they hold an office of: "said Angers", Boeing's spokeswoman; an office holder the
        # article names no body for ("Chief executive Thomas Enders said") holds it in the
        # organization the article is about; a fellow, a professor or an analyst says "we"
        # for no employer)
        group = speaker if speaker.kind != "person" else (
            _speaks_for(d, doc, q) or (
                d.actor(speaker.affiliation) or _main_organization(d)
                if _speaks_as_office(speaker.role) else None))
        for piece in q.content:
            span = doc.char_span(piece.start, piece.end, alignment_mode="contract")
            for tok in span or ():
                if tok.text == "US":
                    continue  # the country, not "us"
                who = (speaker if tok.lower_ in SINGULAR_SELF and speaker.kind == "person"
                       else group if tok.lower_ in PLURAL_SELF else None)
                if who is not None:
                    who.add_mention(d.span(tok.idx, tok.idx + len(tok.text)))
    _letter_goes_on(d, doc)


# How far an unquoted "I" goes on being the writer whose first person came before it
LETTER_REACH = 600  # characters


def _letter_goes_on(d: Document, doc: Doc) -> None:
    """An unquoted "I", "me" or "my" soon after a person's own first person is that person
    still: a letter or statement printed without quotation marks runs over its sentences
    ("Jobs's email, which reads: Team, ... I will continue as CEO. ... I love Apple so
    much")."""
    owner: dict[int, Actor] = {}
    for a in d.actors:
        if a.kind == "person":
            for m in a.mentions:
                if m.text.lower() in SINGULAR_SELF:
                    owner[m.start] = a
    if not owner:
        return
    quoted = [(p.start, p.end) for q in d.quotes if q.kind != "indirect" for p in q.content]
    last: tuple[int, Actor] | None = None
    for tok in doc:
        if tok.lower_ not in SINGULAR_SELF or tok.pos_ != "PRON":
            continue
        if tok.idx in owner:
            last = (tok.idx, owner[tok.idx])
        elif (last is not None and tok.idx - last[0] <= LETTER_REACH
              and not any(s <= tok.idx < e for s, e in quoted)):
            last[1].add_mention(d.span(tok.idx, tok.idx + len(tok.text)))
            last = (tok.idx, last[1])


def _main_organization(d: Document) -> Actor | None:
    """The organization the article names most often, the first named on a tie."""
    return min((a for a in d.actors if a.kind == "organization" and a.mentions),
               key=lambda a: (-len(a.mentions), a.mentions[0].start), default=None)


def _speaks_as_office(role: str | None) -> bool:
    """Whether a role ("spokeswoman", "Foreign Minister") speaks for the body it is of."""
    words = role.split() if role else []
    return bool(words) and speaks_for_body(words[-1])


def _speaks_for(d: Document, doc: Doc, q: Quote) -> Actor | None:
    """The body the cue says the speaker speaks for ("Speaking for Apple Corps, manager
    Neil Aspinall said", "on behalf of the company"), else the first organization, group
    or state named in the speaker's phrase with its appositions ("Ralph Crosby, EADS's
    North America CEO")."""
    cue = parse.token_at(doc, q.cue.start) if q.cue is not None else None
    words = [cue, *(c for c in cue.children if c.dep_ == "advcl")] if cue is not None else []
    for prep in (p for w in words for p in w.children if p.dep_ == "prep"):
        speaking_for = prep.lower_ == "for" and prep.head.lemma_ == "speak"
        on_behalf = prep.lower_ == "on" and any(c.lower_ == "behalf" for c in prep.children)
        target = next((t for t in prep.subtree if t.dep_ == "pobj" and t.lower_ != "behalf"),
                      None) if speaking_for or on_behalf else None
        body = actor_at(d, target.idx, target.idx + len(target.text)) if target else None
        if body is not None and body.kind != "person":
            return body
    if q.speaker_span is None:
        return None
    head = parse.token_at(doc, q.speaker_span.start)
    if head is None:
        return None
    while q.speaker_span.start <= head.head.idx < q.speaker_span.end and head.head.i != head.i:
        head = head.head
    # (the phrase itself counts where the parse hangs its head elsewhere: a title set
    # before a colon, "Director of Air Force Communications Bill Bodie: ...")
    lo = min(head.left_edge.idx, q.speaker_span.start)
    hi = max(head.right_edge.idx + len(head.right_edge.text), q.speaker_span.end)
    found = [(m.start, a) for a in d.actors if a.kind != "person"
             for m in a.mentions if lo <= m.start and m.end <= hi]
    return min(found, key=lambda x: x[0])[1] if found else None
