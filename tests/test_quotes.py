"""Quotes: mixed quotes, and cues that stay in their paragraph."""

from __future__ import annotations

import pytest

from dyad import lexicon, parse
from dyad.model import Article
from dyad.pipeline import extract


def _quotes(text: str) -> list[tuple[str, str, list[str]]]:
    d = extract(Article(id="q", text=text, published="2016-09-30"))
    return [(q.speaker_text or "", text[q.cue.start:q.cue.end] if q.cue else "",
             [text[c.start:c.end] for c in q.content]) for q in d.quotes]


def test_reported_speech_holding_a_quoted_fragment_is_one_mixed_quote():
    text = ("Spokeswoman Jessica Ditto said she expects the campaign “to continue calling out "
            "examples of bias and defending ourselves.”")
    quotes = _quotes(text)
    said = [q for q in quotes if q[1] == "said"]
    assert len(said) == 1
    assert said[0][0] == "Spokeswoman Jessica Ditto"
    assert said[0][2][0].startswith("she expects the campaign “to continue")
    # the fragment is not a second quote of its own
    assert not any(q[2][0].startswith("“to continue") for q in quotes)


def test_a_whole_quote_before_its_cue_stays_direct():
    text = "“We are on the brink of a deal that took years,” he said. “It is close.”"
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0][1] == "said"
    assert quotes[0][2][0] == "“We are on the brink of a deal that took years,”"


def test_cue_is_not_taken_from_the_next_paragraph():
    # The parser alone joins the quote's last sentence with the next paragraph, whose verb
    # would then become the cue of the whole quote.
    text = ("“We have had four defense chiefs in six years,” he said. “There is a reason for "
            "that. None of them gave the president the answer that he wanted.”\n\n"
            "Looking ahead to the future of the armed forces and the nation, General Ham "
            "explained why he backs the governor over the senator.")
    direct = [q for q in _quotes(text) if q[2][0].startswith("“")]
    assert [(speaker, cue, len(pieces)) for speaker, cue, pieces in direct] == [
        ("he", "said", 2)]


def test_second_reported_clause_and_its_reason_stay_in_the_content():
    text = ("The general said the candidate has “enormous respect” for the military and his "
            "comment was instead an expression of frustration with the strategy.")
    said = [q for q in _quotes(text) if q[1] == "said"]
    assert said[0][2][0].endswith("frustration with the strategy")
    text = ("Rep. Gowdy said that claim smacked of hypocrisy, because Democrats have questioned "
            "the bureau's decisions for years.")
    said = [q for q in _quotes(text) if q[1] == "said"]
    assert said[0][2][0] == ("that claim smacked of hypocrisy, because Democrats have "
                             "questioned the bureau's decisions for years")


def test_quote_signed_with_a_dash_and_a_name():
    text = ("“He represents our greatest shame and our country deserves better.” ― Sonya "
            "Herridge\n“He is ignorant of our culture and he does not care.”— Pamela Padilla")
    assert [(q[0], q[1]) for q in _quotes(text)] == [
        ("Sonya Herridge", "―"), ("Pamela Padilla", "—")]


def test_headline_and_quoted_transcript_labels_are_speakers():
    text = ('Pence: Flowers Won’t Be at the Debate, Trump Was Mocking the Other Camp.\n\n'
            '"WALLACE: Let’s start with breaking news on the debate story tonight.')
    assert [(q[0], q[1], q[2][0][:12]) for q in _quotes(text)] == [
        ("Pence", ":", "Flowers Won’"), ("WALLACE", ":", "Let’s start ")]


def test_a_stance_on_an_object_runs_to_the_end_of_its_clause():
    quotes = _quotes("Trump cited his own endorsements from 88 generals and admirals as "
                     "proof of his strength, saying the military backs him.")
    cited = [q for q in quotes if q[1] == "cited"]
    assert cited[0][2] == [
        "his own endorsements from 88 generals and admirals as proof of his strength"]


def test_reporting_clause_inside_the_sentence_reports_the_rest():
    """"X, he said, Y": both sides of the reporting clause are the content, in two pieces."""
    assert ("North Korea", "said", ["The latest test", "was its biggest yet"]) in _quotes(
        "The latest test, North Korea said, was its biggest yet.")


def test_the_writers_closing_aside_is_not_the_speakers():
    [said, *_] = _quotes("Fowler said he expects Clinton to fully recover from her bout with "
                         "pneumonia, which forced her to leave a memorial event early.")
    assert said[2] == ["he expects Clinton to fully recover from her bout with pneumonia"]


def test_a_question_tagged_in_its_own_sentence_and_no_run_on_over_other_words():
    text = ("“It would be one hell of a way to lose,” Trump says.\n\n"
            "Speaking at a rally, Trump says he is making a demand of Obama.\n\n"
            "“Mr. President, will you pledge not to issue a pardon to Hillary Clinton?” he asks.")
    quotes = _quotes(text)
    asks = [q for q in quotes if q[1] == "asks"]
    assert len(asks) == 1 and asks[0][2] == [
        "“Mr. President, will you pledge not to issue a pardon to Hillary Clinton?”"]
    assert ("Trump", "says", ["he is making a demand of Obama"]) in quotes
    assert all(len(q[2]) == 1 for q in quotes)  # the question does not go on the first quote


def test_a_that_clause_the_parser_hangs_on_a_noun_is_still_the_verbs():
    assert ("Biden", "responded", ["that not paying taxes made him smart"]) in _quotes(
        "Speaking to students this week, Biden responded to Mr. Trump's debate interjection "
        "that not paying taxes made him smart.")


def test_a_quote_after_a_full_stop_the_parser_joined_stays_direct():
    text = ("Mrs. Clinton has shied away from a sweeping overhaul. ''It's more tinkering at "
            "the edges,'' said Alan Cole, an economist. ''I wouldn't call it reform. It's "
            "basically just a tax increase.''")
    [quote] = _quotes(text)
    assert quote[:2] == ("Alan Cole", "said")
    assert quote[2] == ["''It's more tinkering at the edges,''",
                        "''I wouldn't call it reform. It's basically just a tax increase.''"]


def test_continue_tags_a_quote_but_reports_nothing_by_itself():
    assert _quotes("Many supporters continue to travel with him in the name of patriotism.") == []
    [quote] = _quotes("“We will win this state and then the next one,” he continued.")
    assert quote[1] == "continued"


def test_a_straight_mark_closed_by_a_curly_one_pairs_nothing_across_paragraphs():
    # Mixed marks: a straight mark opens what a curly one closes, and the reverse.
    text = ("Chaffetz said the FBI separated \"work-related” emails from her personal ones.\n\n"
            "Republicans called the hearing after the deals were reported.\n\n"
            "“If the FBI wanted any other laptops, they would just go get them,\" Jordan said.")
    quotes = _quotes(text)
    assert all("\n\n" not in piece for q in quotes for piece in q[2])


def test_a_complement_parsed_as_the_objects_relative_clause_is_the_content():
    # the small model hangs "that Bloomberg decries also makes ..." on "increase" as a
    # relative clause marked by "that"; the object and its clause are what Stone says
    found = _quotes("Stone says the increase in polarization and partisanship that Bloomberg "
                    "decries also makes his election even less likely.")
    assert [(s, c) for s, c, _ in found] == [("Stone", "says")]
    assert found[0][2] == ["the increase in polarization and partisanship that Bloomberg "
                           "decries also makes his election even less likely"]


def test_what_someone_announces_is_attributed_to_them():
    found = _quotes("Last week, the Treasury Department announced new measures that make it "
                    "less attractive for a company to move its headquarters abroad.")
    assert [(s, c) for s, c, _ in found] == [("the Treasury Department", "announced")]
    assert found[0][2][0].startswith("new measures that make it less attractive")


def test_a_sentence_opening_on_a_source_reports_it():
    found = _quotes("In the new Morning Consult poll, 40 percent of likely Democratic voters "
                    "back Sanders, up four points.")
    assert len(found) == 1
    speaker, cue, content = found[0]
    assert cue == "In" and "poll" in speaker
    assert content == ["40 percent of likely Democratic voters back Sanders, up four points"]
    # where the sentence has a cue of its own, that cue says who
    found = _quotes("In a statement, the ministry said the talks had failed.")
    assert [(s, c) for s, c, _ in found] == [("the ministry", "said")]


def test_as_someone_reported_frames_the_clause():
    found = _quotes("As The Daily Caller reported, the actor gave between $1,001 and $5,000 "
                    "to the Clintons.")
    assert found == [("The Daily Caller", "reported",
                      ["the actor gave between $1,001 and $5,000 to the Clintons"])]
    # an "as" clause with a reported clause of its own frames nothing: it reports that
    found = _quotes("It is unclear how loyal the slate will be, as several delegates told "
                    "POLITICO they were leaning toward Cruz.")
    assert found == [("several delegates", "told", ["they were leaning toward Cruz"])]


def test_what_a_poll_shows_is_attributed_to_it():
    found = _quotes("One poll shows Ted Cruz 16 points ahead of Trump in Indiana.")
    assert [(s, c) for s, c, _ in found] == [("One poll", "shows")]
    assert found[0][2][0].startswith("Ted Cruz 16 points ahead")


def test_views_held_and_hopes_are_attributed():
    assert _quotes("Majorities in many European countries see immigrants as an economic "
                   "burden.") == [("Majorities in many European countries", "see",
                                   ["immigrants as an economic burden"])]
    # "hoping" is lemmatized "hop" by the model's rules; dyad's exceptions make it "hope"
    assert _quotes("The Vermont senator is hoping to avoid any misstep before the vote.") == [
        ("The Vermont senator", "hoping", ["to avoid any misstep before the vote"])]


def test_a_quote_split_around_its_cue_is_one_attribution():
    text = ("“Every time you say that,” Tester said, referring to the excuse, “you give "
            "ammunition to the people who want to break up the big banks.”")
    # (what he refers to between the pieces is an attribution of its own, as PolNeAr
    # annotates it)
    assert [(q[0], q[1], len(q[2])) for q in _quotes(text)] == [
        ("Tester", "said", 2), ("Tester", "referring", 1)]


def test_a_short_quote_goes_on_from_the_last_one():
    text = "“I would,” Melanie said to the TV. “I would, Donald.”\n\nThe article closes there."
    assert [(q[0], q[2]) for q in _quotes(text)] == [
        ("Melanie", ["“I would,”", "“I would, Donald.”"])]


def test_a_quote_opened_straight_and_closed_curly_is_a_quote():
    text = ("\"Oz has a huge bully pulpit, with the whole empire behind him,” David Gorski said. "
            "“He can’t simply dispense with facts he doesn’t find convenient.\"")
    quotes = _quotes(text)
    assert [(q[0], q[1], len(q[2])) for q in quotes] == [("David Gorski", "said", 2)]
    assert quotes[0][2][0].startswith("\"Oz has")


def test_a_reporting_verb_joined_to_the_content_goes_with_the_cue():
    text = ("Even China said it was opposed to the test and warned North Korea to refrain from "
            "further actions.")
    quotes = {q[1]: q for q in _quotes(text)}
    assert quotes["said"][2] == ["it was opposed to the test"]
    assert quotes["warned"][0] == "Even China"


def test_an_apposition_that_ends_the_content_is_the_writers_aside():
    text = "Mr. Schultz said he did not support Mr. Trump, the presumed Putin favorite."
    assert _quotes(text)[0][2] == ["he did not support Mr. Trump"]


def test_the_clause_before_a_tag_set_off_by_commas_is_what_it_reports():
    text = ("It would likely take two to three weeks to convene the committee, he said, and "
            "intense wrangling could be paralyzing.")
    said = [q for q in _quotes(text) if q[1] == "said"]
    assert said[0][2] == ["It would likely take two to three weeks to convene the committee"]


def test_first_person_words_in_a_quote_are_the_speaker_and_whom_the_speaker_speaks_for():
    text = ("Boeing spokesman William Barksdale said “Obviously we are very disappointed, and I "
            "expect our options to be reviewed.”")
    d = extract(Article(id="q", text=text, published="2008-03-01"))
    words = {a.name: [m.text for m in a.mentions] for a in d.actors}
    assert words["Boeing"] == ["Boeing", "we", "our"]
    assert words["William Barksdale"] == ["William Barksdale", "I"]
    # "US" in a quote is the country, not the speaker
    text = "Iran said on Monday: “The US must stop, and we will not wait much longer.”"
    d = extract(Article(id="q", text=text, published="2008-03-01"))
    iran = next(a for a in d.actors if a.country == "IRN")
    assert [m.text for m in iran.mentions] == ["Iran", "we"]


def test_a_letter_stating_something_is_its_writers_word():
    text = ("Steve Jobs resigned in a letter to the board stating, \"I have always said I would "
            "be the first to let you know.\"")
    quotes = _quotes(text)
    assert [(q[0], q[1]) for q in quotes] == [("Steve Jobs", "stating")]


@pytest.mark.parametrize(("text", "content"), [
    # a concession after the reported words is the writer's
    ("North Korea said the test was its biggest yet, although it may take several days to "
     "determine how powerful it was.", "the test was its biggest yet"),
    # so is what the speaker did besides, and the sentence after a semicolon
    ("Foreign policy analysts said geopolitical factors have contributed to its appeal, "
     "citing the strategic importance of the nation.",
     "geopolitical factors have contributed to its appeal"),
    ("Republicans said the timing of the news was not intentional; they only learned of the "
     "arrangements on Friday.", "the timing of the news was not intentional"),
])
def test_the_writers_words_after_the_reported_ones_are_not_content(text, content):
    said = [q for q in _quotes(text) if q[1] == "said"]
    assert said[0][2] == [content]


def test_it_is_said_has_no_speaker():
    quotes = _quotes("It is said that the talks were expressed in good faith.")
    assert [(q[0], q[1]) for q in quotes] == [("", "said")]


def test_according_to_mid_sentence_frames_the_claim_around_it_not_what_follows():
    text = ("The top 1 percent would see their incomes rise by 19.9 percent, according to the "
            "Tax Foundation, more than twice what it projected. The meeting, according to two "
            "officials, discussed how to ease tensions.")
    quotes = [q[2] for q in _quotes(text)]
    assert quotes == [["The top 1 percent would see their incomes rise by 19.9 percent"],
                      ["The meeting", "discussed how to ease tensions"]]


def test_reported_speech_inside_a_relative_clause():
    text = "Trump cited Obama-Clinton policies, which he said had harmed the economy."
    # (what Trump cited is his stance too: "cited Obama-Clinton policies")
    assert [(q[0], q[2]) for q in _quotes(text) if q[1] == "said"] == [
        ("he", ["which", "had harmed the economy"])]


def test_a_list_of_infinitives_the_parser_breaks_stays_in_the_content():
    text = ("Public health experts said money is desperately needed to develop a vaccine, "
            "educate the public and learn more about the virus.")
    assert _quotes(text)[0][2] == ["money is desperately needed to develop a vaccine, educate "
                                   "the public and learn more about the virus"]


def test_transcript_lines_under_a_persons_name_or_q_and_a():
    text = ("Chris Matthews hosted the show.\n\nMatthews: Here's the irony of our time: everybody "
            "hates people who make money off money.\n\nQ: And the idea of building a wall along "
            "the border?\n\nA: Believe me, a wall will work.\n\nCorrection: October 2, 2016, "
            "Sunday.")
    assert [(q[0], q[1]) for q in _quotes(text)] == [("Matthews", ":"), ("Q", ":"), ("A", ":")]


def test_quoted_words_under_a_titled_name_and_a_colon_are_that_persons():
    text = ("The exchange was released by the committee: Director of Navy Communications "
            "Ann Lowe: ``We should wait.\nI am not sure.''\n: Secretary of the Navy John "
            "Hart: ``No, we keep it.''\nHe told Mary Smith: ``Go home.''")
    d = extract(Article(id="q", text=text, published="2016-09-30"))
    titled = [(q.speaker_text, text[q.content[0].start:q.content[0].end]) for q in d.quotes
              if q.cue is not None and text[q.cue.start:q.cue.end] == ":"]
    assert titled == [("Director of Navy Communications Ann Lowe",
                       "``We should wait.\nI am not sure.''"),
                      ("Secretary of the Navy John Hart", "``No, we keep it.''")]
    # the "we" of the Secretary is the body his title names
    navy = next(a for a in d.actors if a.name.endswith("Navy"))
    assert "we" in [m.text for m in navy.mentions]


def test_a_quoted_word_called_something_is_a_stance():
    quotes = _quotes("Valeant became a target. Hillary Clinton called it ''predatory.''")
    assert [(q[0], q[1]) for q in quotes] == [("Hillary Clinton", "called")]


def test_any_verb_of_a_that_clause_reports_it_unless_it_brings_it_about():
    quotes = _quotes("The study documented that temperatures rose faster in the north.")
    assert [(q[0], q[1]) for q in quotes] == [("The study", "documented")]
    assert _quotes("The police ensured that the roads stayed open all night.") == []


def test_a_name_in_apposition_inside_the_content_stays():
    text = ("Family spokesman Bob Gunnell says Ali was accompanied by his wife, Lonnie, and "
            "other family members and friends.")
    assert _quotes(text)[0][2] == ["Ali was accompanied by his wife, Lonnie, and other family "
                                   "members and friends"]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the tag opens the next sentence, however long, and reports nothing else
    ('"Pat Kennedy is the greatest!!!" McDonough wrote in a September 16, 2012 email to top '
     'State officials.', "McDonough", '"Pat Kennedy is the greatest!!!"'),
    # a short quote after a comma quotes the words themselves
    ('Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost." Shirts '
     'appeared soon after.', "Htay Oo", '"We lost."'),
    # a closing mark typed after a space still closes
    ('"My father made the donation. This is why he is the \'Title Sponsor,\' " Eric Trump '
     'wrote of the gift.', "Eric Trump",
     '"My father made the donation. This is why he is the \'Title Sponsor,\' "'),
])
def test_direct_quotes_with_long_tags_short_words_and_stray_spaces(text, speaker, content):
    assert (speaker, [content]) in [(s, c) for s, _, c in _quotes(text)]


def test_a_sentence_after_a_quote_that_reports_something_else_is_no_tag():
    text = ('"The vote is over." Officials said on Monday that the count would take a week '
            'in the capital.')
    assert not any(c == ['"The vote is over."'] for _, _, c in _quotes(text))


@pytest.mark.parametrize(("text", "cue"), [
    ("Trump leaned in and boomed: “Let’s defeat her in November, all of us together.”",
     "boomed"),
    ("Silverman interjected, “Ladies and gentlemen, here is Mr. Paul Simon tonight.”",
     "interjected"),
    ("“This is a big political win for me and my family,” I confessed.", "confessed"),
    ("A man in the crowd yelled “Stay there and never come back to this city!”", "yelled"),
])
def test_verbs_of_manner_of_speaking_cue_quotes(text, cue):
    assert cue in [c for _, c, _ in _quotes(text)]


def test_according_to_inside_a_clause_frames_that_clause():
    text = ("The company, which lost money last year according to its filings, plans to hire "
            "more staff.")
    found = [c for _, cue, c in _quotes(text) if cue == "according to"]
    assert found == [["which lost money last year"]]
    # at the end of the sentence, the source frames all of it
    text = "Cuban Americans view Trump unfavorably, according to the poll."
    assert [c for _, cue, c in _quotes(text) if cue == "according to"] == [
        ["Cuban Americans view Trump unfavorably"]]


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Marco Rubio says, win or lose in the Florida primary, he is staying in the race.",
     "win or lose in the Florida primary, he is staying in the race"),
    ("House Speaker Paul Ryan says no matter what action President Barack Obama takes on gun "
     "control, his word does not trump the Second Amendment.",
     "no matter what action President Barack Obama takes on gun control, his word does not "
     "trump the Second Amendment"),
])
def test_a_clause_put_before_the_reported_one_is_part_of_it(text, content):
    assert [content] in [c for _, cue, c in _quotes(text) if cue == "says"]


def test_reported_words_that_open_a_quotation_run_to_its_closing_mark():
    text = ('Sen. Rand Paul told Fox News that polls could be "way off," and have been '
            'unreliable in past races.')
    assert ['that polls could be "way off,"'] in [c for _, cue, c in _quotes(text)
                                                  if cue == "told"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    # the writer's aside after the reported words, set off by a comma or a dash
    ("Berger said he is partial to Mike Huckabee and to Ted Cruz, for whom he was scheduled "
     "to host a fundraiser.", "said", ["he is partial to Mike Huckabee and to Ted Cruz"]),
    ("Trump said he would meet the “anchor baby” — a play on words with a phrase that "
     "critics use.", "said", ["he would meet the “anchor baby”"]),
    # another speaker's words joined on are another attribution
    ("One in three said the party does not care about Latinos and one in four said the "
     "party was hostile to them.", "said", ["the party does not care about Latinos"]),
    # what the parser hangs before the cue is the writer's, unless a relative word
    ("In a statement released after the senator ended his campaign, Cruz said he is certain "
     "Rubio will continue to fight.", "said", ["he is certain Rubio will continue to fight"]),
])
def test_where_reported_words_end_and_begin(text, cue, content):
    assert content in [c for _, q, c in _quotes(text) if q == cue]


def test_a_standing_measured_in_a_poll_is_the_polls_finding():
    text = "Trump leads Clinton by 57 percent to 33 percent in the 50-state poll."
    assert ("the 50-state poll", "in", ["Trump leads Clinton by 57 percent to 33 percent"]) in \
        _quotes(text)


def test_a_typewriter_quote_runs_over_a_line_break_and_its_we_is_the_company():
    text = ("Northrop Grumman CEO Ron Sugar said ``Everyone told us we were crazy.\n"
            "But we took a big swing and we hit a home run.''")
    d = extract(Article(id="q", text=text, published="2008-03-01"))
    assert [q.kind for q in d.quotes] == ["direct"]
    assert d.quotes[0].content[0].end == len(text)
    company = next(a for a in d.actors if a.kind == "organization")
    assert sum(text[m.start:m.end] == "we" for m in company.mentions) == 3


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Graham called both Trump and Hillary Clinton “crazy” and left the stage.", "called",
     "both Trump and Hillary Clinton “crazy”"),
    ("Michigan Attorney General Bill Schuette asked the Supreme Court for quick action.",
     "asked", "quick action"),
    ("Perez talks about growing up in Buffalo, just across Lake Erie.", "talks",
     "growing up in Buffalo, just across Lake Erie"),
    ("Trump has also commented on the death of Terence Crutcher.", "commented",
     "the death of Terence Crutcher"),
    ("O'Malley spoke of a recent visit to a mosque in Northern Virginia.", "spoke",
     "a recent visit to a mosque in Northern Virginia"),
])
def test_what_is_called_asked_for_and_talked_about(text, cue, content):
    assert [content] in [c for _, q, c in _quotes(text) if q == cue]


def test_what_one_is_asked_about_where_the_parser_hung_it_on_the_setting():
    assert _quotes("Asked at a briefing Monday in Washington about Suu Kyi's future role, "
                   "Josh Earnest praised her.")[0] == ("", "Asked", ["Suu Kyi's future role"])


def test_a_tale_or_a_joke_told_is_what_is_told():
    assert _quotes("Fox told a slightly different tale. He told reporters about the plan.") == [
        ("Fox", "told", ["a slightly different tale"]), ("He", "told", ["the plan"])]
    # a thing that tells a story speaks no words
    assert _quotes("The film tells the story of six security operators. It tells an American "
                   "story.") == [("The film", "tells", ["the story of six security operators"])]


def test_speaking_on_a_condition_is_no_topic():
    assert _quotes("The official spoke on condition of anonymity.") == []


def test_a_stance_on_one_named_thing_is_attributed():
    text = "At a rally in Portsmouth on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton."
    assert ("Senator Bernie Sanders", "endorsed", ["Mrs. Clinton"]) in _quotes(text)
    # a short object of a verb that is no stance stays out
    assert _quotes("Senator Bernie Sanders saw the report on Tuesday.") == []
    # criticism is a stance on what it names, however short
    assert ("Trump", "blasted", ["Clinton"]) in _quotes("Trump blasted Clinton.")
    # force is no stance: an armed side's attack, or a state's on a place or an armed side
    assert _quotes("Russian forces attacked Kyiv on Monday. Israel blasted Hamas positions "
                   "in Gaza.") == []
    assert [c for _, _, c in _quotes("Donald Trump attacked Mexico. Israel blasted the UN "
                                     "report.")] == [["Mexico"], ["the UN report"]]
    # events code what quotes take as words as criticism (quotes.in_words serves both)
    assert ("The European Union", "attacked", ["the plan"]) in _quotes(
        "The European Union attacked the plan.")
    assert ("The governor", "disputed", ["the figures"]) in _quotes(
        "The governor disputed the figures.")
    # and so are liking and loathing, and what one would like to do
    assert _quotes("Corporate executives love TPP. I despise Trump. The campaign would like "
                   "to organize another rally. It looks like a two-person race.") == [
        ("Corporate executives", "love", ["TPP"]), ("I", "despise", ["Trump"]),
        ("The campaign", "like", ["to organize another rally"])]


def test_what_a_poll_or_a_record_shows_is_its_object_with_place_and_figure():
    assert _quotes("A WBUR poll last week showed Rubio in third at 11 percent, followed "
                   "closely by Kasich at 10 percent. A recent CNN survey found 90 percent "
                   "support for background checks. Police found a gun in the car.") == [
        ("A WBUR poll", "showed", ["Rubio in third at 11 percent, followed closely by Kasich "
                                   "at 10 percent"]),
        ("A recent CNN survey", "found", ["90 percent support for background checks"])]


@pytest.mark.parametrize(("text", "content"), [
    ("Asked if her email practices were illegal, 46 percent of voters said yes.", ["yes"]),
    ("Last month, 26 percent of voters said the same.", ["the same"]),
    ("Jeff Flake said he would.", ["he would"]),
])
def test_what_is_said_however_short(text, content):
    assert content in [c for _, cue, c in _quotes(text) if cue == "said"]


def test_a_rite_said_is_no_statement():
    assert _quotes("The senator said a prayer for the victims.") == []


def test_the_name_just_before_a_cue_the_parser_left_without_subject_says_it():
    text = ("As a part of his plea, Marcel Lehel Lazar, 44, said that he victimized nearly 100 "
            "Americans from his home overseas.")
    assert [s for s, cue, _ in _quotes(text) if cue == "said"] == ["Marcel Lehel Lazar"]


def test_to_say_the_least_is_the_writers():
    assert _quotes("Trump’s relationship with Iran has been tense, to say the least.") == []


def test_a_tag_after_a_quote_may_name_who_heard_it():
    text = ("“Her immediate response has been, ‘Let’s see what’s going on, and what can we do "
            "to help?’” Renteria told reporters during a conference call.")
    assert [(s, cue) for s, cue, _ in _quotes(text)] == [("Renteria", "told")]


def test_stances_named_by_a_noun_are_attributed_to_their_holder():
    text = ("Trump's call for a ban on Muslims angered many. He raised questions about "
            "Obama's birthplace. Gorka also made the claim that Clinton would be a third "
            "Obama term.")
    assert _quotes(text) == [
        ("Trump", "call", ["a ban on Muslims"]),
        ("He", "questions", ["Obama's birthplace"]),
        ("Gorka", "claim", ["that Clinton would be a third Obama term"]),
    ]
    # a noun a cue verb already reports is that verb's attribution, once
    found = _quotes("The groups expressed concerns about the cost of the new regulation.")
    assert [(s, c) for s, c, _ in found] == [("The groups", "expressed")]
    # no content, no stance: a call with nothing it is for
    assert _quotes("She took the call in her office.") == []


def test_a_phrase_before_the_verb_is_no_stance_it_takes():
    # ("On Tuesday" is hung on "called" as its first preposition)
    assert _quotes("On CNN Tuesday, his wife called for an open primary process.") == [
        ("his wife", "called", ["an open primary process"])]


def test_a_time_the_cue_is_set_in_is_not_what_it_reports():
    assert _quotes("Sanders and his supporters will work with labor groups to call for "
                   "amendments when the draft goes to the full committee.") == [
        ("Sanders and his supporters", "call", ["amendments"])]
    assert _quotes("Scott was speaking when McAuliffe walked in the room.") == []


def test_verbs_of_stance_learned_from_attribution_practice():
    assert _quotes("Cruz railed against the special-interest provisions of the tax code.") == [
        ("Cruz", "railed", ["the special-interest provisions of the tax code"])]
    assert _quotes("Sanders is touting his campaign's work with young voters.") == [
        ("Sanders", "touting", ["his campaign's work with young voters"])]
    # "hopes" and "retweeted" get their own lemma, not "hop" and "retweete"
    assert _quotes("Christie hopes his endorsement will give him a lift.")[0][1] == "hopes"
    assert _quotes("Two aides retweeted their expressions of support.")[0][1] == "retweeted"


def test_what_a_stance_is_for_runs_through_the_infinitive_the_parser_hangs_apart():
    text = ("Sanders has called for the former secretary of state to release the transcripts "
            "of her speeches. She has not called for him to resign.")
    assert [q[2] for q in _quotes(text)] == [
        ["the former secretary of state to release the transcripts of her speeches"],
        ["him to resign"]]


def test_a_claim_before_an_inverted_cue_stops_at_the_cue():
    text = ("Democrat candidate Hillary Clinton also lacks in the looks department, said "
            "Howard, but her character and politics do not make up for it.")
    assert _quotes(text) == [("Howard", "said", [
        "Democrat candidate Hillary Clinton also lacks in the looks department"])]


def test_when_and_where_a_stance_was_voiced_is_not_its_content():
    text = ("Cruz criticized the plan as reckless during a speech in Houston. Graham "
            "denounced the annexation in an on-air diatribe on Tuesday.")
    assert [q[2] for q in _quotes(text)] == [["the plan as reckless"], ["the annexation"]]


def test_a_second_verb_of_another_subject_is_the_reported_ones():
    # "he", not "they", talked: both verbs are what they said he did
    text = ("They said he rated female contestants by their looks and talked about which "
            "ones he liked.")
    assert _quotes(text) == [("They", "said", [
        "he rated female contestants by their looks and talked about which ones he liked"])]
    # the speaker's own second verb still goes with the cue
    found = _quotes("North Korea said it was opposed to the test and warned Seoul to stop.")
    assert [c for _, c, _ in found] == ["said", "warned"]


def test_a_gerund_called_for_and_an_acknowledged_object_are_content():
    assert _quotes("Mr. Trump has called for eliminating the tax treatment of carried "
                   "interest.") == [("Mr. Trump", "called", [
                       "eliminating the tax treatment of carried interest"])]
    assert _quotes("Graham has acknowledged the reality of climate change.") == [
        ("Graham", "acknowledged", ["the reality of climate change"])]
    # what is declared, explained or recounted is what is said
    assert _quotes("The crowd chanted his name.") == [("The crowd", "chanted", ["his name"])]
    assert _quotes("Obama recounted the story of his mother.") == [
        ("Obama", "recounted", ["the story of his mother"])]


def test_a_stance_an_adjective_says_its_subject_holds():
    assert _quotes("Clinton is critical of the deal. She was confident that Trump would "
                   "lose.") == [("Clinton", "critical", ["the deal"]),
                                ("She", "confident", ["that Trump would lose"])]
    assert _quotes("The room was quiet.") == []


def test_a_quote_carries_its_speakers_role_and_affiliation(example_doc):
    names = {a.id: a.name for a in example_doc.actors}
    toosi = [q for q in example_doc.quotes if names.get(q.speaker or "") == "Sheena Toosi"]
    assert len(toosi) >= 3  # under both spellings, direct, mixed and after "he said"
    assert {(q.speaker_role, names[q.speaker_affiliation]) for q in toosi} == {
        ("senior fellow", "Center for International Policy")}
    araghchi = next(q for q in example_doc.quotes
                    if names.get(q.speaker or "") == "Abbas Araghchi")
    assert (araghchi.speaker_role, names[araghchi.speaker_affiliation]) == (
        "Foreign Minister", "Iran")


@pytest.mark.parametrize("text, affiliation", [
    # the body a role is held at, not a country that modifies the role
    ('"Iran will not back down," said Ali Vaez, Iran project director at the International '
     'Crisis Group.', "International Crisis Group"),
    # a possessor is whom the role is for, whatever phrase follows
    ('"We will respond," said Amir Saeid Iravani, Iran\'s ambassador to the United Nations.',
     "Iran"),
    ('"No," said Tim Cook, Apple chief executive.', "Apple"),
])
def test_a_speakers_affiliation_is_the_body_the_role_is_held_for(text, affiliation):
    d = extract(Article(id="q", text=text, published="2024-06-01"))
    names = {a.id: a.name for a in d.actors}
    assert [names.get(q.speaker_affiliation or "") for q in d.quotes] == [affiliation]


def test_a_number_alone_is_no_content():
    # an embedded post's id is no quote of what was said
    d = extract(Article('Trump tweeted "672139201337532417" on Monday.'))
    assert d.quotes == []
    assert extract(Article('Trump tweeted "We will win" on Monday.')).quotes


def test_we_in_a_quote_is_the_body_the_speaker_belongs_to():
    d = extract(Article("Boeing spokeswoman Sandy Angers said the team had been merged. "
                        "“We need technology breakthroughs,” said Angers."))
    boeing = next(a for a in d.actors if a.name == "Boeing")
    assert "We" in [m.text for m in boeing.mentions]


def test_what_a_persons_letter_says_is_theirs():
    d = extract(Article("Steve Jobs wrote to staff on Monday. Apple published Jobs's letter, "
                        "which says that he will take medical leave."))
    names = {a.id: a.name for a in d.actors}
    [q] = d.quotes
    # the speaker as written is the relative word; the actor is the letter's writer
    assert (q.speaker_text, names[q.speaker]) == ("which", "Steve Jobs")


def test_an_impersonal_passive_after_a_quote_is_not_its_cue():
    d = extract(Article('"It feels great to settle this," said Neil Aspinall, manager of Apple '
                        'Corps.\n\n"We wish them every success in the years to come." It was '
                        'not disclosed whether the catalog was part of the deal.'))
    direct = [q for q in d.quotes if q.kind == "direct"]
    assert len(direct) == 1 and len(direct[0].content) == 2  # the second piece is his too
    assert direct[0].speaker_text == "Neil Aspinall"


def test_a_fellows_we_is_not_their_think_tank(example_doc):
    names = {a.id: a.name for a in example_doc.actors}
    policy = next(a for a in example_doc.actors if a.name == "Center for International Policy")
    # "“We are on the brink of an all-out regional war,” he said": Toosi's "we" is no
    # institution's
    assert [m.text for m in policy.mentions] == ["Center for International Policy"]
    assert "Sheena Toosi" in names.values()


def test_the_words_a_text_reads_are_its_writers_first_person():
    d = extract(Article("Apple released the text of Steve Jobs's email, which reads: Team, at "
                        "my request, the board has granted me a medical leave. I have asked "
                        "Tim Cook to run the company."))
    jobs = next(a for a in d.actors if a.name == "Steve Jobs")
    said = [m.text for m in jobs.mentions]
    assert {"my", "me", "I"} <= set(said)


def test_an_unquoted_letter_goes_on_being_its_writers():
    d = extract(Article("Apple released Steve Jobs's email, which reads: Team, at my request, "
                        "the board has granted me a leave. I will continue as CEO. I love "
                        "Apple so much and hope to be back soon."))
    jobs = next(a for a in d.actors if a.name == "Steve Jobs")
    assert sum(m.text == "I" for m in jobs.mentions) == 2
    # far from any writer's first person, an "I" stays no one's
    far = extract(Article("Steve Jobs said: “I am proud.” " + "Sales grew a lot. " * 60
                          + "The figures surprised me."))
    jobs = next(a for a in far.actors if a.name == "Steve Jobs")
    assert all(m.text != "me" for m in jobs.mentions)


def test_according_takes_the_to_after_it_not_one_before():
    d = extract(Article("to Iran Iran according"))
    assert all(q.cue is None or q.cue.start <= q.cue.end for q in d.quotes)
    assert not d.quotes


def test_a_title_set_before_the_speakers_name_is_the_named_speaker():
    d = extract(Article("Airbus delivered the plane. “This is a major milestone, and I thank "
                        "our teams,” said Airbus President and Chief Executive Officer, Tom "
                        "Enders."))
    enders = next(a for a in d.actors if a.name == "Tom Enders")
    airbus = next(a for a in d.actors if a.name == "Airbus")
    q = d.quotes[0]
    assert q.speaker == enders.id and q.speaker_affiliation == airbus.id
    assert "our" in [m.text for m in airbus.mentions]
    assert not any(a.ner_label == "ROLE" and a.kind == "person" for a in d.actors)


def test_speaking_for_a_body_makes_the_speakers_we_that_body():
    text = ("Apple Corps sued Apple Inc. in London. Apple Inc. won. Apple Inc. was happy. "
            "Speaking for Apple Corps, manager Neil Aspinall said, \"with great respect to the "
            "trial judge, we consider he has reached the wrong conclusion.\"")
    d = extract(Article(id="q", text=text, published="2006-05-08"))
    corps = next(a for a in d.actors if a.name == "Apple Corps")
    assert "we" in [m.text for m in corps.mentions]


def test_a_quotation_after_reported_words_ending_in_a_quoted_fragment_goes_on_with_them():
    text = ('Orban criticized the meeting. The summit accomplished "too little," he added. '
            '"Without changing policies on the economy and immigration, Europe risks a lot."')
    d = extract(Article(id="q", text=text))
    added = next(q for q in d.quotes if q.cue is not None and q.cue.text == "added")
    assert [c.text[:12] for c in added.content] == ["The summit a", '"Without cha']
    # reported words with no quoted fragment are not continued by a later quotation
    d = extract(Article(id="q", text='Orban said the summit accomplished little. "Without '
                        'changing policies on the economy, Europe risks a lot."'))
    said = next(q for q in d.quotes if q.cue is not None and q.cue.text == "said")
    assert len(said.content) == 1


def test_a_report_within_a_report_is_marked_within_it_and_written_once():
    from dyad.evaluate.runner import predict_quotes

    text = ("Trump said on Friday that he believes Obama was born in the United States. "
            "Officials said the talks would resume in Geneva next week.")
    d = extract(Article(id="q", text=text, published="2016-09-30"))
    said = next(q for q in d.quotes if q.cue and q.cue.text == "said")
    believes = next(q for q in d.quotes if q.cue and q.cue.text == "believes")
    assert believes.within == said.id
    assert said.within is None
    # each quote that no other's content holds stands alone
    assert sum(q.within is None for q in d.quotes) == 2
    written = predict_quotes({}, d)["attributions"]
    assert [text[c[0][0]:c[0][1]].split()[-1] for c in (a["content"] for a in written)] \
        == ["States", "week"]


@pytest.mark.parametrize("text,speaker,content", [
    # the tagger takes "claims" for a plural noun, which the parser makes the root
    ("But Trump claims that he should be the exception.", "Trump",
     "that he should be the exception"),
    # a phrase of time between the cue and its clause, which the parser hangs on the clause
    ("Trump said after the convention he would not accept Cruz's endorsement.", "Trump",
     "after the convention he would not accept Cruz's endorsement"),
    # a gerund after "by" is said by the subject of the verb it goes with
    ("Dean then appeared on MSNBC and began by saying he would never diagnose anyone.",
     "Dean", "he would never diagnose anyone"),
])
def test_reports_the_parser_hides(text, speaker, content):
    assert (speaker, content) in {(q[0], q[2][0]) for q in _quotes(text)}


def test_a_clause_of_circumstance_and_saying_nothing_are_no_reports():
    assert _quotes("He left after the game ended.") == []
    assert _quotes("He left the room without saying he would return.") == []


def test_a_quote_of_several_paragraphs_is_one_attribution():
    # each paragraph opens with a mark, only the last closes
    text = ("“I spoke to a wide array of groups who wanted to hear what I thought,” said "
            "Clinton. “I happen to think we need more conversation about the world.\n\n"
            "“I think groups that want to talk are trying to educate themselves.”")
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0][0] == "Clinton"
    assert [c[:12] for c in quotes[0][2]] == ["“I spoke to ", "“I happen to", "“I think gro"]



@pytest.mark.parametrize("mark", ['"', "''"])
def test_a_quote_of_several_paragraphs_in_straight_or_typewriter_marks(mark: str) -> None:
    # a paragraph left open by a straight mark goes on in the next, which opens with one;
    # before, its words were no quote at all
    close = mark if mark == '"' else "''"
    text = (f"The mayor spoke at length. {mark}We started the work in May. We will finish "
            f"by June.\n\n{mark}We have the money.\n\n{mark}Nobody will stop us,{close} she "
            "added.")
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0][:2] == ("she", "added")
    assert [c.strip("\"'")[:10] for c in quotes[0][2]] == [
        "We started", "We have th", "Nobody wil"]


def test_a_straight_mark_left_open_before_a_curly_paragraph_is_no_quote_of_it():
    # a passage one article quotes from another: its own marks are another writer's
    text = ("The report went on:\n\n\"Melanie thought the whole thing was outrageous. She "
            "was anxious, sure.\n\n“It never crossed my mind,” she said.")
    assert [q[2] for q in _quotes(text) if q[1] == "said"] == [["“It never crossed my mind,”"]]
    assert not any(c.startswith('"Melanie') for q in _quotes(text) for c in q[2])
def test_a_quote_goes_on_after_a_speech_tag_the_parser_split():
    text = ("''You hear that a lot, and I understand the point,'' said Representative Dan "
            "Kildee, a Michigan Democrat who flew to Germany with the family of Amir Hekmati, "
            "another freed American. ''This is a complicated world, and we can attempt to deny "
            "the way the world works.''")
    quotes = _quotes(text)
    assert len(quotes) == 1
    assert quotes[0][2][1].startswith("''This is a complicated world")


@pytest.mark.parametrize("text,content", [
    ("He has long said that he will support the nominee, even as he has taken frequent "
     "shots at Mr. Trump's comments.", "that he will support the nominee"),
    ("He said he is very proud of his actions, while avoiding the questions he was asked.",
     "he is very proud of his actions"),
])
def test_a_concession_after_the_reported_words_is_the_writers(text, content):
    assert [q[2] for q in _quotes(text) if q[1] == "said"] == [[content]]


@pytest.mark.parametrize("text,content", [
    ("Blackwell pointed to Cruz's organizational capabilities in the state.",
     "Cruz's organizational capabilities in the state"),
    ("She noted the Sept. 11 attacks and her support for first responders.",
     "the Sept. 11 attacks and her support for first responders"),
    ("She stressed the importance of turnout in the suburbs.",
     "the importance of turnout in the suburbs"),
    ("Clinton lamented the state of the debate.", "the state of the debate"),
    ("Bernie Sanders announced his candidacy last year.", "his candidacy"),
    ("The online retail giant reported a profit of $1.78 per share.",
     "a profit of $1.78 per share"),
])
def test_what_is_pointed_to_or_noted_is_reported(text, content):
    assert [q[2] for q in _quotes(text)] == [[content]]


@pytest.mark.parametrize("text,content", [
    ("In the interview he mentions the wall.", "the wall"),
    ("He talked about security.", "security"),
])
def test_a_short_thing_mentioned_or_talked_about_is_reported(text, content):
    assert [q[2] for q in _quotes(text)] == [[content]]


def test_what_one_describes_something_as_is_in_the_content():
    quotes = _quotes("Trump described the country as beset by illegal immigrants. "
                     "He criticized the plan as he left the room.")
    assert [q[2] for q in quotes] == [["the country as beset by illegal immigrants"],
                                      ["the plan"]]


def test_a_clause_right_after_the_object_that_lacks_its_own_object_is_the_objects():
    # the parser takes the contact relative clause for the cue's complement
    quotes = _quotes("Clinton cited disparaging remarks Trump had made about Machado as "
                     "examples of his disrespect for women. He promised voters he would fight.")
    assert [q[2] for q in quotes] == [
        ["disparaging remarks Trump had made about Machado as examples of his disrespect for "
         "women"], ["he would fight"]]


def test_an_objects_content_takes_the_gerund_joined_to_it_and_leaves_its_setting():
    quotes = _quotes("Donald Trump has mentioned refinancing student loans and forcing "
                     "universities to spend more from their endowments. Christie blasted "
                     "Clinton as a “disgrace” Wednesday on The Laura Ingraham Show. Bill "
                     "Clinton criticized the Affordable Care Act as a “crazy system” during a "
                     "campaign stop in Flint. He described her as a leader in the fight against "
                     "cancer.")
    assert [q[2] for q in quotes] == [
        ["refinancing student loans and forcing universities to spend more from their "
         "endowments"], ["Clinton as a “disgrace”"],
        ["the Affordable Care Act as a “crazy system”"],
        ["her as a leader in the fight against cancer"]]


def test_the_writers_judgement_from_appearances_is_attributed_to_no_one():
    quotes = _quotes("Enthusiasm for Clinton appears to have plummeted since 2008. "
                     "He appeared on MSNBC on Tuesday. It seems that the game was close. "
                     "New Hampshire seems stable. She seems tired.")
    assert quotes == [
        ("", "appears", ["Enthusiasm for Clinton", "to have plummeted since 2008"]),
        ("", "seems", ["that the game was close"]),
        ("", "seems", ["New Hampshire", "stable"]),
    ]
    # what a person is judged to do, not what they seem to feel
    assert _quotes("She seemed to embody contradictions.") == [
        ("", "seemed", ["She", "to embody contradictions"])]
    # what seems so, whatever the parser makes of it: a participle, an object, an adjective
    # before a clause, a relative word, a verb joined to another
    assert _quotes("The field appeared poised to narrow further. For Trump, the returns "
                   "seemed a reminder that huge rallies are not enough. It seems likely Gowdy "
                   "is correct in his assessment.") == [
        ("", "appeared", ["The field", "poised to narrow further"]),
        ("", "seemed", ["the returns", "a reminder that huge rallies are not enough"]),
        ("", "seems", ["likely Gowdy is correct in his assessment"])]
    assert _quotes("Voters faced the primary election, which appeared likely to settle little. "
                   "Donald Trump held a sizable lead and appeared poised to win his first "
                   "contest.")[-2:] == [
        ("", "appeared", ["which", "likely to settle little"]),
        ("", "appeared", ["Donald Trump", "poised to win his first contest"])]


def test_an_intent_or_judgement_is_whole_in_two_words():
    assert _quotes("Through a spokesman, he declined to comment. Sen. Bernie Sanders "
                   "called him divisive.") == [
        ("he", "declined", ["to comment"]), ("Sen. Bernie Sanders", "called", ["him divisive"])]


def test_a_decision_is_told_by_its_clause_not_by_what_it_settles():
    assert _quotes("Clinton decided to go with biography.") == [
        ("Clinton", "decided", ["to go with biography"])]
    assert _quotes("Undecided voters will decide the race in Ohio.") == []


def test_a_content_goes_on_past_its_conjunction_or_stops_before_it():
    # the verb after "or" is left loose on the cue by the parser: it goes on the infinitive
    assert _quotes("But the president declined to threaten Moscow or even directly declare "
                   "it responsible.")[0][2] == [
        "to threaten Moscow or even directly declare it responsible"]
    # a finite verb after "and" is the speaker's next act, with its own quote
    quotes = _quotes("She then urges her husband to come out of the car and repeatedly says, "
                     "\"Don't you do it,\" until gunshots are heard.")
    assert [q[2] for q in quotes] == [["her husband to come out of the car"],
                                      ["\"Don't you do it,\""]]


def test_a_content_does_not_end_on_the_conjunction_of_the_next_clause():
    quotes = _quotes("Obama emphasized that the reforms were not complete, and human rights "
                     "groups warned that the administration was relinquishing leverage.")
    assert quotes[0][2] == ["that the reforms were not complete"]


def test_the_polls_at_large_are_no_source_but_a_described_set_of_polls_is():
    assert _quotes("In the polls, Trump is only trailing by two points.") == []
    quotes = _quotes("In online polls conducted after the debates by news outlets, Trump did "
                     "fare well.")
    assert [q[2] for q in quotes] == [["Trump did fare well"]]


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    # a short clause right after a quote that ends on a question, whatever its verb
    ("“Would it be negotiable about the 11 million?” Hannity pressed. “Maybe let some "
     "people stay if they register in a period of time?”", "Hannity", "pressed"),
    ("“And it is a bit concerning to me because it would end all the kinds of care we "
     "know,” she went on.", "she", "went"),
    # the clause a colon ends right before the quote
    ("A footnote in the report makes that clear: “These rules applied to every official in "
     "the department, not only to the secretary.”", "A footnote in the report", "makes"),
    # a comma right after a short tag before the quote
    ("After Brown criticized her husband, Hillary shot back, “I suppose I could have stayed "
     "home and baked cookies, but I chose to fulfill my profession.”", "Hillary", "shot"),
    # the verb whose object the quote is
    ("The ad targets “a corrupt political system that keeps in place a rigged economy” in "
     "its closing lines.", "The ad", "targets"),
    # (also where the colon ends the paragraph before the quote's)
    ("The campaign worded it even more carefully:\n\n“Her practice was to email officials on "
     "their government accounts, so her work emails were kept.”", "The campaign", "worded"),
])
def test_a_speech_tag_is_known_by_its_place_whatever_its_verb(text: str, speaker: str,
                                                              cue: str) -> None:
    quotes = _quotes(text)
    quote = next(q for q in quotes if q[2][0].startswith("“"))
    assert quote[:2] == (speaker, cue)


def test_a_tag_that_reports_something_else_is_no_speech_tag():
    # "pushed" has its own object and infinitive: the clause is the writer's next sentence
    text = ("“We will not stop until the job is done,” the senator pushed colleagues to "
            "follow him.")
    assert not any(q[1] == "pushed" for q in _quotes(text))


def test_a_long_quotation_with_no_cue_is_still_an_attribution():
    text = ("The statement was released on Tuesday.\n\n“We are deeply concerned about the "
            "escalation and call on all sides to show restraint.”")
    quotes = _quotes(text)
    assert [(q[1], q[2]) for q in quotes] == [
        ("", ["“We are deeply concerned about the escalation and call on all sides to show "
              "restraint.”"])]


@pytest.mark.parametrize("text", [
    "The film “The Man Who Knew Too Much” opened on Friday.",  # short: a title
    "The party was billed as “THE OTHER SIDE OF THE INFAMOUS HAMPTONS HOUSE PARTY” in June.",
])
def test_a_short_or_capitalized_quotation_with_no_cue_is_no_attribution(text: str) -> None:
    assert _quotes(text) == []


def test_a_quotation_leading_into_a_tagged_one_has_its_speaker():
    text = ("“Whether the United States can negotiate with Iran depends on Musk or whoever "
            "leads these negotiations.” ‘It will involve international relations as well,’ "
            "Tusi added.")
    quotes = _quotes(text)
    assert [(q[0], q[1]) for q in quotes] == [("Tusi", ""), ("Tusi", "added")]


def test_the_examples_quote_before_tusi_added_is_hers(example_doc):
    names = {a.id: a.name for a in example_doc.actors}
    whether = next(q for q in example_doc.quotes
                   if q.content[0].text.startswith("“Whether the United States"))
    assert whether.cue is None
    assert names[whether.speaker] == "Sheena Toosi"


def test_a_second_that_clause_joined_to_the_cue_is_in_the_content():
    text = ("Rubio said the U.S. needs to secure the border and create a guest-worker program, "
            "but that he would not support mass deportation.")
    quotes = _quotes(text)
    said = next(q for q in quotes if q[1] == "said")
    assert said[2] == ["the U.S. needs to secure the border and create a guest-worker program, "
                       "but that he would not support mass deportation"]


def test_reported_words_between_two_pieces_of_a_direct_quote_are_their_own():
    text = ("“I think that speaks volumes,” she said, adding that the campaign will work hard "
            "to win over those voters in November. “I think they are waiting to be courted.”")
    quotes = _quotes(text)
    assert ("she", "adding", ["that the campaign will work hard to win over those voters in "
                              "November"]) in quotes
    # the speech tag between the two pieces is no one's content
    text = ("“I would say it loud,” said Charlie King, a prominent New York Democrat. “We "
            "have waited long enough for this.”")
    assert [q[1] for q in _quotes(text)] == ["said"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the parser hangs the name on the phrase before it, its title in apposition
    ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he "
     "spoke with Mr. Sanders on Tuesday.", "Senator Harry Reid"),
    # the parser makes the subject and its participle a clause of their own
    ("But Republican activists clamoring to block Donald Trump from the GOP nomination say "
     "they’re suddenly in the midst of a Dump-Trump bump.", "Republican activists"),
    # or the participle the subject of the cue, with its own subject
    ("But Republican activists clamoring to block Donald Trump from the GOP nomination say "
     "they're suddenly in the midst of a Dump-Trump bump.", "Republican activists"),
])
def test_a_cue_whose_subject_the_parser_lost_still_has_its_speaker(text: str,
                                                                   speaker: str) -> None:
    quotes = _quotes(text)
    assert [q[0] for q in quotes] == [speaker]


def test_a_transcripts_entries_keep_their_own_labels():
    # A quotation inside a titled entry is the entry's; the quotation pass must leave it
    # alone, or its mark for a continued speaker reaches the entry (same content, same id).
    text = ("In the released emails, Air Force officials discussed the award.\n"
            "The exchange as recorded in the Congressional Record:: Special Asst. to the "
            "Secretary Bill Bodie: ``We don't have to turn the other cheek, you know.\n"
            "I' m ready to tell the truth about the deal.''\n"
            ": Secretary of the Air Force James Roche: ``No, Sir, save it and blow him away.\n"
            "He admits that they were not technically qualified!''\n")
    assert [q[0] for q in _quotes(text)][-2:] == [
        "Special Asst. to the Secretary Bill Bodie", "Secretary of the Air Force James Roche"]


def test_a_stance_one_faces_is_not_ones_own():
    found = _quotes("Mr. Trump faces allegations that he assaulted a woman in 1980.")
    assert found == [("", "allegations", ["that he assaulted a woman in 1980"])]


def test_a_stances_pronoun_holder_is_the_person_the_text_goes_on_about():
    text = ("“We are on the brink,” said Sheena Toosi, a senior fellow. President Trump’s "
            "relationship with Iran is rocky. During his term as president, he decided to "
            "withdraw the United States from the Iran nuclear deal.")
    d = extract(Article(id="s", text=text))
    decided = next(q for q in d.quotes if q.cue is not None and q.cue.text == "decided")
    assert d.actor(decided.speaker).name == "Donald Trump"


def _speaker_of(text: str, words: str) -> str | None:
    d = extract(Article(id="g", text=text))
    quote = next(q for q in d.quotes
                 if words in d.article.text[q.content[0].start:q.content[-1].end])
    return a.name if (a := d.actor(quote.speaker)) is not None else None


def test_she_said_after_a_mans_quote_is_the_woman_named_since():
    assert _speaker_of("“It is dangerous,” Donald Trump said of the campaign. Hillary Clinton "
                       "answered him on Twitter. “It is a lie,” she said.", "lie") == (
        "Hillary Clinton")
    # where no one of that gender is named since, the dialogue goes on with its speaker (a
    # translation gives the example's Sheena Toosi "he")
    assert _speaker_of("Sheena Toosi said Musk may be more pragmatic. “We are on the brink,” "
                       "he said.", "brink") == "Sheena Toosi"


def test_a_backshifted_verb_joined_to_the_cue_is_reported_too():
    # "could not bear" has no subject and the past's modal: the voters' words, not theirs
    assert _quotes("Voters said they had misgivings about Mrs. Clinton, but could not bear "
                   "to insult Mr. Obama.") == [
        ("Voters", "said", ["they had misgivings about Mrs. Clinton, but could not bear to "
                            "insult Mr. Obama"])]
    # a reporting verb so joined is the speaker's own act
    assert _quotes("He said the plan was dead and warned Congress.")[0][2] == [
        "the plan was dead"]


def test_reported_words_end_before_a_second_saying_the_parser_ran_in():
    found = _quotes("Three-quarters of the voters said they were very worried about the "
                    "direction of the nation's economy, and more than 4 in 10 said billionaire "
                    "Donald Trump would be best at handling the economy.")
    assert found[0][2] == ["they were very worried about the direction of the nation's "
                           "economy"]
    # a "said" inside a relative clause is no second saying
    found = _quotes("He said he plans to slam an effort supported by Obama and House leaders "
                    "that Sanders said would make things worse.")
    assert found[0][2][0].endswith("would make things worse")


def test_a_quote_in_mixed_marks_does_not_run_on_to_a_later_closing_mark():
    text = ("“It is so shameful that you ignored my call for an apology,\" Smegielski said.\n\n"
            "Sandy Phillips said that Sanders had treated her family disrespectfully.\n\n"
            "\"Bernie promised to meet with us face to face,” she said.")
    quotes = _quotes(text)
    assert ("Smegielski", "said",
            ["“It is so shameful that you ignored my call for an apology,\""]) in quotes
    assert ("Sandy Phillips", "said",
            ["that Sanders had treated her family disrespectfully"]) in quotes


def test_a_closing_tag_the_parser_cut_off_still_reports_the_clause_before_it():
    text = ("This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash "
            "Carter told a Senate panel Wednesday.")
    assert _quotes(text) == [("Defense Secretary Ash Carter", "told",
                              ["This includes a special force to assist Kurdish Peshmerga"])]
    # a phrase of time or place before the tag is no claim, and a colon leads to the words
    for text in ("On her Facebook page, Palin posted a photo of the rally.",
                 "After Trump announced his candidacy, the actress wrote a letter.",
                 "In a speech last July, he said: Let no one be mistaken."):
        assert not [q for q in _quotes(text) if q[2] and q[2][0].startswith(("On", "After",
                                                                              "In"))]


def test_a_cue_the_parser_made_a_clause_of_what_it_reports():
    text = ("The endorsement comes just three days after Trump told The Washington Post he was "
            "“not quite there yet” on supporting Ryan, who will face challenges.")
    assert ("Trump", "told", ["he was “not quite there yet” on supporting Ryan"]) in _quotes(text)


def test_reported_words_end_before_a_paragraph_break():
    text = ("Trump said the press conference was held on Dec. 4\n\nClinton spoke next.")
    contents = [c for _, _, cs in _quotes(text) for c in cs]
    assert contents and all(c == c.strip() for c in contents)


def test_a_participle_that_leads_into_another_quote_tags_that_one():
    text = ("Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which "
            "was maniacal,” adding, “He lost all of the Hispanic vote.”")
    assert _quotes(text) == [
        ("Trump", "told",
         ["that Mitt Romney “had a crazy policy of self-deportation which was maniacal,”"]),
        ("Trump", "adding", ["“He lost all of the Hispanic vote.”"])]


@pytest.mark.parametrize(("text", "question"), [
    # the question a verb of asking puts is its content, and its asker the speaker: the
    # subject, the passive's agent, or no one named
    ("Then Mr. Rubin asked the students if they were always so preternaturally serious.",
     ("Mr. Rubin", "asked", ["if they were always so preternaturally serious"])),
    ("Asked by Matt Lauer whether she had practiced her speech, she said she had.",
     ("Matt Lauer", "Asked", ["whether she had practiced her speech"])),
    ("Asked if he was ever bullied, the Republican presidential candidate said no.",
     ("", "Asked", ["if he was ever bullied"])),
])
def test_questions_asked(text, question):
    assert question in _quotes(text)


def test_a_sentence_whose_verb_the_parser_read_as_a_participle_still_has_its_speaker():
    assert _quotes("One lawmaker called Trump \"the orange prince of American "
                   "self-publicity.\"") == [
        ("One lawmaker", "called", ["Trump \"the orange prince of American self-publicity.\""])]
    assert _quotes("A group called the We The People Foundation sued.") == []
    assert _quotes("One of the docs who sent the letter called Oz a quack, fake and "
                   "charlatan.") == [("One of the docs who sent the letter", "called",
                                      ["Oz a quack, fake and charlatan"])]


def test_a_quote_opened_with_a_closing_mark_is_still_a_quote():
    text = ("Getty/Instagram.\n\n”Mr. Trump embodies the lasting legacy of racism in the United "
            "States. He represents our greatest shame.” ― Sonya Herridge\n\n"
            "“Trump is a bully,” she said.")
    signed = ["”Mr. Trump embodies the lasting legacy of racism in the United States. He "
              "represents our greatest shame.”"]
    assert ("Sonya Herridge", "―", signed) in _quotes(text)
    assert ("she", "said", ["“Trump is a bully,”"]) in _quotes(text)


@pytest.mark.parametrize("quoted", ["«We will not back down»", "‹We will not back down›",
                                    "„We will not back down“", "„We will not back down”"])
def test_guillemets_and_low_opening_marks_quote_directly(quoted):
    d = extract(Article(id="q", text=f"{quoted}, the minister said.", published="2016-09-30"))
    assert [(q.kind, q.speaker_text, [c.text for c in q.content]) for q in d.quotes] == [
        ("direct", "the minister", [quoted])]


def test_a_quote_may_hold_a_short_quote_in_the_same_marks():
    text = ("“As a young woman, I’d rather live in what he calls “hell” than live in a world where "
            "he is president.” ― Adriana Rodarte")
    assert _quotes(text) == [("Adriana Rodarte", "―", [text.split(" ―")[0]])]


def test_a_speaker_is_not_the_quotation_the_parser_hung_on_the_name():
    text = ("City officials are not sure how to cut him out.\n\n“It’s unanimous,” councilmember "
            "Mark Levine said of the council’s support.")
    assert [s for s, c, _ in _quotes(text) if c == "said"] == ["councilmember Mark Levine"]
    # a title in quotation marks is part of the name
    assert {s for s, _, _ in _quotes("The “No Comparison” ad says that Trump is unfit to "
                                     "serve.")} == {"The “No Comparison” ad"}


def test_a_tag_set_inside_the_sentence_that_the_parser_hung_on_its_subject():
    assert _quotes("The difference now, he told me on Friday, is that he is the anchor of a "
                   "straight news program.") == [
        ("he", "told", ["The difference now",
                        "is that he is the anchor of a straight news program"])]
    assert _quotes("The Roger Ailes we know, the one who built a network, would not exist "
                   "without Murdoch.") == []


def test_according_to_holds_the_quotation_its_words_run_into():
    text = ("According to Trump, he was once part of the so-called establishment, but is now "
            "“the worst thing that ever happened to the establishment.”")
    assert _quotes(text) == [("Trump", "According to", [text[len("According to Trump, "):]])]


def test_a_tag_with_its_subject_after_the_verb_closes_the_words_before_it():
    assert _quotes("Couple global exposure with a lightning rod and Clevelanders get nervous, "
                   "said Christine Link, executive director of the ACLU in Ohio.") == [
        ("Christine Link", "said",
         ["Couple global exposure with a lightning rod and Clevelanders get nervous"])]
    # of the two subjects the parser gives "said", the one after it speaks
    assert _quotes("\"Anybody who attacks him, it's like buyer beware,\" said Louise Sunshine, "
                   "who has known Trump since the 1970s.") == [
        ("Louise Sunshine", "said", ["\"Anybody who attacks him, it's like buyer beware,\""])]


def test_column_titles_shouts_and_quoted_titles_are_no_speakers():
    assert _quotes("The Latest: Sanders wins Minnesota Democratic caucuses\n\nThe race goes "
                   "on.") == []
    assert _quotes("LOOK: Shocking Photos Of GOP Candidate's Rally Are Going Viral\n\nMore "
                   "below.") == []
    assert [c for _, _, c in _quotes("Sunday on Fox News channel's “Sunday Morning Futures,” "
                                     "Rep. Darrell Issa said Clinton lied.")] == [
        ["Clinton lied"]]
    assert _quotes("Graham: Trump's Rhetoric Is Destroying the Party\n\nMore below.") == [
        ("Graham", ":", ["Trump's Rhetoric Is Destroying the Party"])]


def test_a_closing_tag_after_a_clause_with_an_auxiliary_reports_it():
    text = ("The Internet has also made it possible for people with like-minded, if bogus, "
            "ideas and theories to organize into communities and reach others, she said.")
    assert [(s, c) for s, _, c in _quotes(text)] == [("she", [
        "The Internet has also made it possible for people with like-minded, if bogus, ideas "
        "and theories to organize into communities and reach others"])]


def test_words_before_the_cue_are_not_joined_to_what_a_dash_or_semicolon_sets_off():
    assert _quotes("Such a move could alienate his backers, Clinton allies believe — backers "
                   "she will need come November.") == [
        ("Clinton allies", "believe", ["Such a move could alienate his backers"])]
    quotes = _quotes("The story never ran; my editor at the time at Politico argued the piece "
                     "made Obama look too good.")
    assert [c[0] for _, cue, c in quotes if cue == "argued"] == [
        "the piece made Obama look too good"]


def test_the_agent_of_a_passive_cue_reports():
    assert _quotes("As first reported by CNN, the FBI has interviewed key aides.") == [
        ("CNN", "reported", ["the FBI has interviewed key aides"])]
    assert [s for s, _, _ in _quotes("He was told by his aides that the race was lost.")] == [
        "his aides"]


@pytest.mark.parametrize("text", [
    "All told, up to 5 million undocumented people could be eligible for the programs.",
    "That said, the governor still has a lead in the polls.",
    "Having said that, the governor still has a lead in the polls.",
])
def test_set_phrases_with_a_verb_of_saying_report_nothing(text):
    assert _quotes(text) == []


def test_a_list_after_a_comma_is_reported_whole_and_a_description_is_not():
    quotes = _quotes("He said he and Trump differ on Israel, the Iranian nuclear deal and the "
                     "possibility of compromising over a choice for the Supreme Court.")
    assert quotes[0][2] == ["he and Trump differ on Israel, the Iranian nuclear deal and the "
                            "possibility of compromising over a choice for the Supreme Court"]
    quotes = _quotes("He said he did not support Mr. Trump, the presumed Putin favorite.")
    assert quotes[0][2] == ["he did not support Mr. Trump"]


def test_a_that_clause_the_parser_hung_on_a_noun_of_the_cues_phrase_is_reported():
    quotes = _quotes("Roy M. Neel, who managed Al Gore's 1992 presidential campaign, said in an "
                     "oral history of the Bill Clinton years that women in the South "
                     "particularly disliked Mrs. Clinton, because she was rude.")
    assert quotes[0][2] == ["that women in the South particularly disliked Mrs. Clinton, "
                            "because she was rude"]
    # and a second that-clause, which the parser joins to the cue, goes with it
    quotes = _quotes("Donald Trump told the audience at his fundraiser for veterans that he and "
                     "Fox News had multiple conversations Thursday but that nothing could "
                     "change his mind.")
    assert quotes[0][2] == ["that he and Fox News had multiple conversations Thursday but that "
                            "nothing could change his mind"]


def test_a_tag_of_a_quotation_reports_nothing_else():
    # what follows the tag of a quotation before it, and what precedes a tag that leads
    # into one, are the writer's
    text = ("\"Bill Clinton reinforces all the negative attributes voters assign to Secretary "
            "Clinton,\" spokesman Jeff Bechdel said in a statement issued a half-hour before "
            "Clinton's event was set to begin.")
    assert [k for k, _, _ in _quotes(text)] == ["spokesman Jeff Bechdel"]
    text = ("But six minutes into the event, when another man was led away, raising both "
            "middle fingers to the crowd, Mr. Trump yelled, ''Out, out, out!''")
    assert [c for _, _, c in _quotes(text)] == [["''Out, out, out!''"]]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a description the parser made a clause before the cue: the name in it speaks
    ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and "
     "other rabbis were alarmed about Trump's behavior.", "Jeffrey Salkin",
     "he and other rabbis were alarmed about Trump's behavior"),
    # a noun the parser joined to the phrase before the cue
    ("After a day of tensions between two of the nation’s highest-profile Republicans, House "
     "Speaker Paul Ryan’s office announced Friday that Ryan will meet with Donald Trump on "
     "Thursday.", "House Speaker Paul Ryan’s office",
     "that Ryan will meet with Donald Trump on Thursday"),
    # "according to" opening a clause of its own
    ("He crossed the border more than 30 years ago after, according to him, Mexico’s "
     "powerful Televisa network censured his first report.", "him",
     "Mexico’s powerful Televisa network censured his first report"),
    # a quotation set off by dashes before the subject is not the cue's content
    ("And although O'Malley lamented her tendency to commit gaffes - \"does she have to keep "
     "giving them so much ammunition?\" - Democrats in Iowa who watched the debate said they "
     "were unfazed by the flap.", "Democrats in Iowa", "they were unfazed by the flap"),
    # the reported subject the parser made the cue's object
    ("Still, Clinton campaign aides believe her efforts as a New York senator for eight "
     "years, promoting economic development in communities such as Buffalo, will offset "
     "Sanders' potential advantage.", "Clinton campaign aides",
     "her efforts as a New York senator for eight years, promoting economic development in "
     "communities such as Buffalo, will offset Sanders' potential advantage"),
    # the quoted second object hung inside the first, the verb read as a participle
    ("Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, "
     "called Trump's statements and actions on Sunday \"childish.\"", "Stuart Stevens",
     "Trump's statements and actions on Sunday \"childish.\""),
])
def test_speakers_and_content_across_parser_errors(text, speaker, content):
    assert (speaker, content) in [(s, c[0]) for s, _, c in _quotes(text)]


def test_a_verb_of_speech_in_the_cues_tense_is_the_speakers_next_act():
    assert [(s, cue) for s, cue, _ in _quotes(
        "But Clinton has said she wants to establish a safe zone for civilians in Syria and "
        "has expressed support for wider U.S. military engagement.")] == [
        ("Clinton", "said"), ("Clinton", "expressed")]
    # without an auxiliary of its own it may share the content's, left out
    quotes = _quotes("Officials said the senator had praised the plan and criticized its cost.")
    assert quotes[0][2] == ["the senator had praised the plan and criticized its cost"]
    # and one the parser joined to what the object is called
    assert _quotes('He called it "shameful" and called on leaders to act.')[0][2] == [
        'it "shameful"']
    # a bare one in the cue's tense, where the content's is another, is the speaker's act
    assert [(cue, c) for _, cue, c in _quotes(
        "She said she admires his determination and highlighted their shared commitment "
        "on policy goals like universal health care.")] == [
        ("said", ["she admires his determination"]),
        ("highlighted", ["their shared commitment on policy goals like universal health care"])]


def test_words_reported_inside_an_aside_end_at_its_closing_dash():
    quotes = _quotes("GOP front-runner Donald Trump - who previously said he would \"bomb the "
                     "[expletive] out of\" oil fields seized by the Islamic State - said at a "
                     "Saturday rally in Texas that the United States should close its borders.")
    assert ["he would \"bomb the [expletive] out of\" oil fields seized by the Islamic State"
            ] in [c for _, _, c in quotes]


def test_a_whole_short_sentence_right_after_its_cue_is_quoted():
    quotes = _quotes("Some in the crowd booed, and when Rubio said it was great to be home, a "
                     "man yelled “Stay there!”")
    assert ("a man", "yelled", ["“Stay there!”"]) in quotes
    # a quoted phrase, no sentence, stays inside the reported words
    assert [k for _, _, k in _quotes("He called the plan “a total disaster” on Monday.")] == [
        ["the plan “a total disaster”"]]


def test_a_cue_inside_a_quotation_reports_only_what_it_holds():
    text = ("The challenge of transparency is exemplified by this finding: ''27 companies "
            "reported 16,389 total subsidiaries to the Federal Reserve.''")
    assert not [c for _, cue, c in _quotes(text)
                if cue == "reported" and c[0].startswith("The challenge")]


def test_a_time_the_parser_hung_on_the_speakers_name_is_not_the_speaker():
    assert [s for s, _, _ in _quotes("Trump this week also said he would consider naming Sen. "
                                     "Mike Lee to the Supreme Court.")] == ["Trump"]


def test_the_same_said_and_an_as_clause_with_its_own_object():
    assert _quotes("Last month, 26 percent said the same.") == [
        ("26 percent", "said", ["the same"])]
    # "just as X announced a concert": a time, and the announcement is of the concert
    assert [c for _, cue, c in _quotes(
        "News of the album spreads just as Red Hot Chili Peppers announced a benefit concert "
        "in support of Bernie Sanders.") if cue == "announced"] == [
            ["a benefit concert in support of Bernie Sanders"]]


def test_a_tag_whose_object_is_who_was_asked_still_tags_the_quote_before_it():
    assert _quotes("\"You think I'm going to change?\" Trump asked reporters rhetorically "
                   "during a news conference late last month. \"I'm not changing.\"") == [
        ("Trump", "asked", ["\"You think I'm going to change?\"", "\"I'm not changing.\""])]


def test_an_infinitive_list_and_what_one_is_referred_to_as_are_whole():
    assert _quotes("Citizens for Tax Justice advocates a litany of rules to end the deferral "
                   "of foreign income, stop tax inversions and remove loopholes.")[0][2] == [
        "a litany of rules to end the deferral of foreign income, stop tax inversions and "
        "remove loopholes"]
    assert _quotes("My father referred to Martin Luther King as Martin Luther Coon.")[0][2] == [
        "Martin Luther King as Martin Luther Coon"]


def test_an_aside_before_the_that_of_the_reported_clause_is_not_reported():
    assert _quotes("His campaign chairman Paul Manafort said — on Twitter, as it happens — "
                   "that Trump raised about $4 million that day.")[0][2] == [
        "that Trump raised about $4 million that day"]


def test_an_armed_group_inside_what_is_criticized_makes_no_attack_of_it():
    # Islamic State is named within the approach criticized, not as the one attacked
    quotes = _quotes("The rhetoric of Republican presidential candidates blasting President "
                     "Obama's approach to combating Islamic State terrorism suggests a divide.")
    assert ("Republican presidential candidates", "blasting",
            ["President Obama's approach to combating Islamic State terrorism"]) in quotes


def test_a_verb_of_stance_in_one_sense_only_needs_its_mark():
    assert _quotes("Sanders shrugged off the criticism from party leaders.") == [
        ("Sanders", "shrugged", ["the criticism from party leaders"])]
    assert _quotes("She brushed a speck of lint from her jacket.") == []
    assert _quotes("Prosecutors charged him with fraud.") == [
        ("Prosecutors", "charged", ["him with fraud"])]
    assert _quotes("The club charged a $100,000 initiation fee.") == []


def test_orders_thanks_and_wariness_are_attributed():
    assert _quotes("The governor ordered that the schools be closed.") == [
        ("The governor", "ordered", ["that the schools be closed"])]
    assert _quotes("Clinton thanked voters for their support.") == [
        ("Clinton", "thanked", ["voters for their support"])]
    assert _quotes("Democrats were wary of the plan to cut taxes.") == [
        ("Democrats", "wary", ["the plan to cut taxes"])]


def test_verbs_of_presenting_count_with_their_particle_or_as():
    assert _quotes("Trump laid out his vision for America on Monday.") == [
        ("Trump", "laid", ["his vision for America"])]
    assert _quotes("He laid the book on the table.") == []
    assert _quotes("Cruz cast himself as a Washington outsider.") == [
        ("Cruz", "cast", ["himself as a Washington outsider"])]
    assert _quotes("Voters cast their ballots on Tuesday.") == []


def test_untagged_words_go_on_from_a_speaker_not_from_a_decision():
    text = ("“We will rule on the appeal soon,” said Judge Anne Smith. The agency's decision "
            "to deny the request stands for now. “The court takes no side on the merits of "
            "the case.”")
    assert [(s, cue) for s, cue, _ in _quotes(text)] == [
        ("Judge Anne Smith", "said"), ("The agency", "decision"), ("Judge Anne Smith", "")]


def test_a_relative_speaker_is_the_one_its_noun_is_said_to_be():
    text = "Angela Corey is the state attorney who charged Zimmerman with murder."
    d = extract(Article(id="q", text=text, published="2016-09-30"))
    assert [(q.speaker_text, d.actor(q.speaker).name) for q in d.quotes] == [
        ("who", "Angela Corey")]


def test_a_participle_is_not_its_own_objects_act():
    # whoever thanks Gates here (the parser hands the participle the clause's subject), it
    # is not Gates himself
    assert [cue for _, cue, _ in _quotes(
        "Bill Gates was a guest on a call between President Biden and President Macron, "
        "thanking Gates for the vaccines.")] == []


def test_what_one_made_clear_or_distanced_oneself_from():
    assert _quotes("Clinton made clear that she supports the deal.") == [
        ("Clinton", "made", ["that she supports the deal"])]
    assert ("Cruz", "distanced", ["the remarks about Muslims"]) in _quotes(
        "Cruz distanced himself from the remarks about Muslims.")
    assert _quotes("Ryan sided with Trump on the wall.") == [("Ryan", "sided", ["Trump"])]


def test_a_typewriter_quote_takes_the_tag_of_its_own_sentence():
    # the parser ends the sentence before on the opening '' mark
    quotes = _quotes("A chorus of Republicans has said the same thing. ''The sooner he "
                     "releases his entire returns, the better,'' Mr. Goldberg told CNBC in "
                     "August.")
    assert ("Mr. Goldberg", "told",
            ["''The sooner he releases his entire returns, the better,''"]) in quotes


def test_a_clause_before_a_colon_is_not_what_the_cue_after_it_holds():
    # the parser may hang the writer's clause before a colon on the verb after it
    text = ("Though that's an issue that splits Congress, there is almost no partisan divide "
            "among Millennials: 89% of young Democrats and 83% of young Republicans endorse "
            "universal background checks.")
    contents = [q[2] for q in _quotes(text) if q[1] == "endorse"]
    assert contents == [["universal background checks"]]


def test_of_two_subjects_before_the_cue_the_nearer_speaks():
    # the parser took the place in the opening phrase for a second subject of "said"
    text = ("Tuesday at Baldwin Wallace University in Berea, OH, after winning Ohio in the "
            "Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting "
            "ready to rent a covered wagon.”")
    assert [q[:2] for q in _quotes(text)] == [("Gov. John Kasich", "said")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("WASHINGTON (AP) — President Obama, dedicating the National Museum of African American "
     "History and Culture on Saturday, said it would tell an American story.", "President Obama"),
    ("With 50 days until the election, Minyon Moore, a senior adviser to the Clinton "
     "campaign, called Mr. Obama's remarks a wake-up call.", "Minyon Moore"),
    ("To understand the real Dred Scott, Chief Justice Roberts said, one should visit this "
     "museum.", "Chief Justice Roberts"),
    # (a role in apposition stays the speaker as written, with a name set right after it)
    ("Carter's press secretary, Peter Cook, told the Times that the emails were fine.",
     "Carter's press secretary"),
    ("The economist Jared Bernstein wrote on his blog that the report was strong.",
     "The economist Jared Bernstein"),
])
def test_a_person_the_parser_set_in_apposition_to_a_place_or_a_phrase_speaks(
        text: str, speaker: str) -> None:
    assert [q[0] for q in _quotes(text)] == [speaker]


def test_as_someone_put_it_frames_the_clause():
    text = ("As Ms. Simonyan put it in a statement to my colleague, critics are trying to "
            "silence an alternative. As he put it down, the phone rang.")
    assert [q[:3] for q in _quotes(text)] == [
        ("Ms. Simonyan", "put", ["critics are trying to silence an alternative"])]


def test_no_answer_to_a_request_for_comment_is_attributed_but_an_answer_in_acts_is_not():
    text = ("Trump did not respond to a request for comment. Israel responded to the attack "
            "with airstrikes.")
    assert [q[:3] for q in _quotes(text)] == [("Trump", "respond", ["a request for comment"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Twitter is increasingly seen as a source of news.",
     ("", "seen", ["Twitter", "as a source of news"])),
    ("The staffing change was seen by some as a demotion for Mr. Manafort.",
     ("some", "seen", ["The staffing change", "as a demotion for Mr. Manafort"])),
    # (a "by" phrase the parser hangs on the judgement is the judges)
    ("Trump is considered a long shot by most analysts.",
     ("most analysts", "considered", ["Trump", "a long shot"])),
    ("The deal is widely regarded as a failure.",
     ("", "regarded", ["The deal", "as a failure"])),
])
def test_a_passive_judgement_holds_its_subject_and_names_its_judges_where_given(
        text: str, expected: tuple[str, str, list[str]]) -> None:
    assert [q[:3] for q in _quotes(text)] == [expected]


def test_what_one_is_seen_doing_is_no_judgement_and_asked_by_no_one_is_no_ones():
    assert _quotes("McDonald was seen walking down a street.") == []
    text = ("O'Neill said officials had the video. Asked to describe the device, he declined "
            "to give details.")
    assert [q[0] for q in _quotes(text) if q[1] == "Asked"] == [""]


def test_a_statement_someone_put_out_speaks_for_them():
    text = ("Gowdy released a statement highlighting the report's findings. POLITICO published "
            "a story detailing four claims against him.")
    assert [q[:2] for q in _quotes(text)] == [("Gowdy", "highlighting"), ("POLITICO", "detailing")]


def test_what_someone_says_about_a_thing_is_about_that_thing():
    text = "The message coincides with what others are saying about the candidate choices."
    assert [q[:3] for q in _quotes(text)] == [("others", "saying", ["the candidate choices"])]


def test_straight_single_marks_quote_with_a_tag_and_go_on_in_the_same_marks():
    text = ("'It's over,' she told the BBC. 'We have nothing left.' The students' union said "
            "it would strike.")
    quotes = _quotes(text)
    assert quotes[0] == ("she", "told", ["'It's over,'", "'We have nothing left.'"])
    assert [q[0] for q in quotes[1:]] == ["The students' union"]


def test_a_heading_in_straight_single_marks_goes_on_no_ones_quote():
    text = "''It is over,'' she said.\n\n'A Tough Decision.'\n\nThe vote comes next."
    assert [q[2] for q in _quotes(text)] == [["''It is over,''"]]


def test_a_post_the_parser_read_as_a_participle_is_its_subjects():
    text = 'The minister posted on X: "Iran will never bow to pressure."'
    assert [q[:2] for q in _quotes(text)] == [("The minister", "posted")]


def test_a_title_the_parser_split_off_as_a_subject_stays_in_the_speakers_phrase():
    text = ("USAF's chief of staff General Duncan McNab stated ``The tanker is the "
            "number-one procurement priority for us right now.''")
    assert [q[0] for q in _quotes(text)] == ["USAF's chief of staff General Duncan McNab"]


def test_of_two_subjects_before_the_cue_a_relative_clause_is_none():
    text = ("A statement on Apple's website, the homepage of which currently displays a black "
            "and white photograph, states: “Apple has lost a visionary and creative genius.”")
    assert [q[0] for q in _quotes(text)] == ["A statement on Apple's website"]


def test_a_that_clause_the_parser_hung_on_a_time_phrase_is_what_is_said():
    text = ("Kirby also said for the first time that some emails between Clinton and President "
            "Obama have been located. He responded then the same way that we must respond now.")
    assert [q[:3] for q in _quotes(text)] == [
        ("Kirby", "said", ["that some emails between Clinton and President Obama have been "
                           "located"])]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the parser read "show" as a verb and "insiders" as its object
    ("As a reality TV boss, Trump demeaned women with sexist language, according to show "
     "insiders.", "show insiders", "As a reality TV boss, Trump demeaned women with sexist "
     "language"),
    # the parser made the sentence an apposition of the source
    ("According to conservative talk radio host Rush Limbaugh, the move reeks of fear and "
     "desperation.", "conservative talk radio host Rush Limbaugh",
     "the move reeks of fear and desperation"),
])
def test_according_to_a_source_the_parser_misread_frames_the_rest(
        text: str, speaker: str, content: str) -> None:
    assert [q[0::2] for q in _quotes(text)] == [(speaker, [content])]


def test_a_tag_that_ends_its_paragraph_on_a_colon_holds_the_next_paragraph():
    text = ("The governor added:\n\nIt’s typical of Hillary Clinton. She knows nothing, but the "
            "mouth never stops.\n\nThe race goes on. Mr. Trump said: the deal is done.")
    quotes = _quotes(text)
    assert quotes[0][:3] == (
        "The governor", "added", ["It’s typical of Hillary Clinton. She knows nothing, but "
                                  "the mouth never stops"])
    assert len(quotes) == 2


def test_what_one_warns_or_speaks_out_against_is_reported_but_not_a_backdrop():
    text = ("Cruz warned against the fevered dreams of a brokered convention. He has spoken out "
            "against the new bathroom law. He spoke against the majestic bronze backdrop of "
            "the museum.")
    assert [q[1:] for q in _quotes(text)] == [
        ("warned", ["the fevered dreams of a brokered convention"]),
        ("spoken", ["the new bathroom law"])]


def test_a_passive_cue_with_a_by_phrase_holds_its_subject_and_the_by_phrase_speaks():
    text = ("Clinton was supported by 42 percent of those responding. The registration issue "
            "was first reported by The Washington Post. The state was decided by less than "
            "one percentage point.")
    assert [q[:3] for q in _quotes(text)] == [
        ("42 percent of those responding", "supported", ["Clinton"]),
        ("The Washington Post", "reported", ["The registration issue"])]


def test_what_is_tweeted_is_reported_but_a_tweet_tag_in_markup_is_no_cue():
    text = ('Clinton tweeted congratulations to Sanders.\n\nRepublicans offered their '
            'prayers:\n\n<tweet pic="" author="GovMikeHuckabee" timestamp="1449075600" '
            'tweet_id="672151859491016704">Praying for those impacted by the shooting in '
            'California today.</tweet>.\n\n<tweet pic="" author="realDonaldTrump" '
            'timestamp="1449075600" tweet_id="672152791717158917">California shooting looks '
            'very bad.</tweet>.')
    # (what Republicans offered is theirs, "their prayers"; the tweets' markup tells nothing)
    assert [q[:3] for q in _quotes(text)] == [
        ("Clinton", "tweeted", ["congratulations to Sanders"]),
        ("Republicans", "offered", ["their prayers"])]


def test_a_title_case_headline_reports_what_its_speaker_does():
    text = ("Ted Cruz Refuses To Disavow Lindsey Graham Endorsement\n\n"
            "Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham.")
    assert ("Ted Cruz", "Refuses", ["To Disavow Lindsey Graham Endorsement"]) in _quotes(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("``We have covered the entire list of questions,'' Yeltsin was quoted as saying by the"
     " ITAR-Tass news agency.", "Yeltsin", "``We have covered the entire list of questions,''"),
    ("Yeltsin was quoted as saying that the talks had covered every question.", "Yeltsin",
     "that the talks had covered every question"),
    # (not the agency holding "Yeltsin", as a passive's "by" phrase holds its subject)
    ("Yeltsin was quoted by Interfax as saying the talks had gone well.", "Yeltsin",
     "the talks had gone well"),
    ("The minister was quoted by the state news agency IRNA as saying on Sunday that Iran"
     " would respond.", "The minister", "that Iran would respond"),
])
def test_who_is_quoted_as_saying_says_it(text, speaker, content):
    assert [(s, c) for s, _, c in _quotes(text)] == [(speaker, [content])]


def test_an_agency_quoting_someone_tells_what_they_say():
    d = extract(Article(id="q", text="The agency quoted Yeltsin as saying that the talks had"
                        " covered every question.", published="2016-09-30"))
    outer, inner = sorted(d.quotes, key=lambda q: q.cue.start)
    assert (outer.speaker_text, inner.speaker_text) == ("The agency", "Yeltsin")
    assert inner.within == outer.id


@pytest.mark.parametrize("text, content", [
    ("The UN called on Iran to release the prisoners.", "Iran to release the prisoners"),
    ("The British government called for Sinn Fein, the IRA's political wing, to be expelled"
     " from the talks.", "Sinn Fein, the IRA's political wing, to be expelled from the talks"),
])
def test_whom_a_call_asks_to_act_is_part_of_what_is_called_for(text, content):
    assert [c for _, _, c in _quotes(text)] == [[content]]


def test_what_goes_on_after_a_tag_inside_the_sentence_is_said_too():
    text = ("IBM has no plans to recall its add-on cards, the spokeswoman said, and could"
            " probably circumvent the bugs without long product delays.")
    assert _quotes(text) == [("the spokeswoman", "said", [
        "IBM has no plans to recall its add-on cards",
        "could probably circumvent the bugs without long product delays"])]


def test_a_passive_judgement_of_a_relative_clause_names_no_judge():
    """"which is considered ...": whoever considers is not named; "which" is the thing
    judged, not the one who judges."""
    text = "The plan, which is considered the best option, was approved."
    assert _quotes(text) == [("", "considered", ["the best option"])]


def test_what_is_asked_ends_before_who_answers():
    """The parser runs the name of who replies into the question ("... between Russia
    and the US, Boeing Executive Vice President Scott Carson"): what is asked is the
    question alone."""
    text = ("When asked whether the deal should be seen as a step towards a resolution of the"
            " rift between Russia and the US, Boeing Executive Vice President Scott Carson"
            " replied that it was business.")
    asked = [c for _, cue, c in _quotes(text) if cue == "asked"]
    assert asked == [["whether the deal should be seen as a step towards a resolution of the"
                      " rift between Russia and the US"]]


@pytest.mark.parametrize("text, speaker, content", [
    # the name before a participle's phrase set off by commas, not its last noun
    ("“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland,"
     " wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly as he left.",
     "Texas delegate Bill Eastland", "“We’ve had more successful conventions than this one,”"),
    # a name the parser joined to the reported clause says it, and the clause ends before
    ("Russia had sent troops to Syria, Defense Minister Sergei Shoigu told Interfax.",
     "Defense Minister Sergei Shoigu", "Russia had sent troops to Syria"),
])
def test_a_name_the_parser_hung_elsewhere_before_the_tag_speaks(text, speaker, content):
    assert [(s, c) for s, _, c in _quotes(text)] == [(speaker, [content])]


@pytest.mark.parametrize("label", ["CLARIFICATION", "CORRECTION", "EDITOR'S NOTE"])
def test_an_editors_label_is_no_speaker(label):
    text = (f"Fowler is calling for a new chairman.\n\n{label}: This story has been updated to"
            " reflect new figures from the ministry.")
    assert all(s != label for s, _, _ in _quotes(text))


@pytest.mark.parametrize("text, content", [
    ("Two Democratic speechwriters implored her to bring it back.", "her to bring it back"),
    ("Cruz exhorted Republicans to vote their conscience.",
     "Republicans to vote their conscience"),
])
def test_imploring_and_exhorting_are_urging(text, content):
    assert [c for _, _, c in _quotes(text)] == [[content]]


def test_a_show_title_in_marks_after_the_tag_is_no_speaker():
    text = ("“There's a disconnect between this White House and our military,” Flynn, a top"
            " Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.”")
    assert [s for s, _, _ in _quotes(text)] == ["Flynn"]


def test_an_inverted_tag_read_as_a_name_names_its_speaker():
    """'Said Ellis: “...”': the parser makes "Said" part of the name; Ellis speaks (not
    the experts of the sentence before)."""
    text = ("Experts said the plan would make the code more complicated. Said Ellis: “I don’t"
            " get the sense that this is simpler.”")
    assert ("Ellis", "Said", ["“I don’t get the sense that this is simpler.”"]) in _quotes(text)


@pytest.mark.parametrize("text, speaker", [
    ("The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”",
     "Hillary Clinton"),
    # one written to is not the one who writes
    ("He wrote a letter to Jeff Zucker asking that all the proceeds go to charity.", "He"),
])
def test_a_participle_after_a_named_person_is_that_persons(text, speaker):
    assert [s for s, _, _ in _quotes(text)][:1] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The plan would cut taxes, according to a speech Mrs. Clinton gave on Monday.",
     "Mrs. Clinton"),
    ("The plan would cut taxes, according to a statement released by the ministry.",
     "the ministry"),
    ("According to a report by Human Rights Watch, the army killed 40 people.",
     "Human Rights Watch"),
])
def test_according_to_a_document_its_maker_speaks(text, speaker):
    assert [s for s, _, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("Trump repeated many of the campaign pledges he has made for months: rebuilding the"
     " military and building a wall on the Mexican border.",
     "many of the campaign pledges he has made for months: rebuilding the military and"
     " building a wall on the Mexican border"),
    ("The governor said he was familiar with two men: Ahmed Abu Khattala, who was charged"
     " with plotting the attacks, and Sufian bin Qumu.",
     "he was familiar with two men: Ahmed Abu Khattala, who was charged with plotting the"
     " attacks, and Sufian bin Qumu"),
    # a clause or a sentence after the colon is the writer's
    ("Jones promotes a variety of fringe ideas: even his allies find them odd.",
     "a variety of fringe ideas"),
    ("Polls show Clinton ahead in the next contest: New York, her home state.",
     "Clinton ahead in the next contest: New York, her home state"),
    ("Obama believes it to be the worst day of his career: The failure to pass new"
     " legislation haunts him.", "it to be the worst day of his career"),
])
def test_what_a_colon_lists_after_the_content_is_in_it(text, content):
    assert [c for _, _, c in _quotes(text)][:1] == [[content]]


@pytest.mark.parametrize("text, expected", [
    ("To many, Santilli is a provocateur for the movement.",
     [("many", ["Santilli is a provocateur for the movement"])]),
    ("But to others, he is a citizen journalist in military attire.",
     [("others", ["he is a citizen journalist in military attire"])]),
    ("To Sexton, who has studied Trump rallies, Tuesday marked a turning point.",
     [("Sexton", ["Tuesday marked a turning point"])]),
    # what it was for someone, and "to" that is no one, are no view
    ("For Trump, the loss was a heavy blow.", []),
    ("To date, no one has been charged with the crime.", []),
])
def test_a_sentence_opening_on_to_and_people_is_their_view(text, expected):
    assert [(s, c) for s, _, c in _quotes(text)] == expected


def test_the_conjunction_before_according_to_is_not_the_claims():
    text = "But according to the report, the plan failed badly."
    assert [(s, c) for s, _, c in _quotes(text)] == [("the report", ["the plan failed badly"])]


@pytest.mark.parametrize("text, expected", [
    ("Warren forced Stumpf to admit that no senior executives had been fired.",
     ("Stumpf", "admit")),
    ("The senator asked Stumpf to explain why the bank had failed.", ("Stumpf", "explain")),
    # the subject acts where the object is a thing used
    ("Ramos used his acceptance speech to call for the resignation of the president.",
     ("Ramos", "call")),
])
def test_who_is_made_or_asked_to_speak_speaks(text, expected):
    assert expected in [(s, c) for s, c, _ in _quotes(text)]


@pytest.mark.parametrize("text, content", [
    ('South Korea condemned the test as "provocative and destabilizing" and a "grave threat"'
     " to regional stability.",
     'the test as "provocative and destabilizing" and a "grave threat" to regional stability'),
    # (not what "but" sets against it)
    ("Gowdy referenced a 2015 report on e-mail retention, but that report concerned other"
     " officials.", "a 2015 report on e-mail retention"),
])
def test_a_noun_joined_to_the_cue_goes_on_its_object(text, content):
    assert [c for _, _, c in _quotes(text)][:1] == [[content]]


@pytest.mark.parametrize("text, content", [
    # a phrase that says which thing is held, though the parser hangs it on the verb
    ("The department declined comment beyond its filings in the pending court case.",
     "comment beyond its filings in the pending court case"),
    ("The state reported a 2.8 percent unemployment rate in June.",
     "a 2.8 percent unemployment rate in June"),
    # where or when it was said, and a name, which needs no phrase to pick it out
    ("The host denounced the annexation in an on-air diatribe.", "the annexation"),
    ("The senator denounced the deal in a speech on Tuesday.", "the deal"),
    ("He endorsed Cruz in November.", "Cruz"),
    # the object's own infinitive
    ("He resisted calls from party leaders to drop out of the race.",
     "calls from party leaders to drop out of the race"),
    ("Critics questioned his fitness to lead.", "his fitness to lead"),
])
def test_what_an_object_is_held_as_runs_through_the_phrases_that_pick_it_out(text, content):
    assert [c for _, _, c in _quotes(text)][:1] == [[content]]


def test_an_infinitive_of_speech_after_the_object_is_an_attribution_of_its_own():
    assert _quotes("The council called an emergency meeting to discuss the test.") == [
        ("The council", "called", ["an emergency meeting"]),
        ("The council", "discuss", ["the test"])]


@pytest.mark.parametrize("text, expected", [
    ("Peacekeepers have been accused of hurting the civilians they were sent to protect.",
     [("", "accused", ["Peacekeepers", "of hurting the civilians they were sent to protect"])]),
    ("Three city commissioners were charged with receiving bribes from developers.",
     [("", "charged", ["Three city commissioners", "with receiving bribes from developers"])]),
    # no charge made
    ("Mr. Trump has not been charged with any wrongdoing.", []),
])
def test_a_passive_charge_holds_its_subject_and_its_grounds(text, expected):
    assert _quotes(text) == expected


def test_an_aside_after_a_comma_inside_the_closing_mark_is_the_writers():
    text = ('They slammed the tax loophole called an "inversion," a move that lets a company'
            " shift its address abroad.")
    assert [c for _, _, c in _quotes(text)][:1] == [['the tax loophole called an "inversion,"']]


@pytest.mark.parametrize("text, expected", [
    ("Sanders's point was that the nominee would need the superdelegates.",
     [("Sanders", "point", ["that the nominee would need the superdelegates"])]),
    ("The idea is that donors reluctant to back Trump can still give to the group.",
     [("", "idea", ["that donors reluctant to back Trump can still give to the group"])]),
    ("The concern within the administration is that the court could block the program.",
     [("the administration", "concern", ["that the court could block the program"])]),
    ("My generic point is, you get behind the curve.",
     [("My", "point", ["you get behind the curve"])]),
    # a thought under a saying is the saying's; a noun phrase it equals is no clause
    ("One attendee said the message was that the race would go on.",
     [("One attendee", "said", ["the message was that the race would go on"])]),
    ("The end goal was a state in which class was abolished.", []),
])
def test_a_thought_that_is_a_clause_is_its_holders(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("PolitiFact rated 32% of the claims as false.",
     [("PolitiFact", "rated", ["32% of the claims as false"])]),
    ("She is sure that keeping him in jail will only make his voice louder.",
     [("She", "sure", ["that keeping him in jail will only make his voice louder"])]),
    ("City officials aren't sure how to cut him out.",
     [("City officials", "sure", ["how to cut him out"])]),
    ("Her advisers are convinced that the message will work.",
     [("Her advisers", "convinced", ["that the message will work"])]),
    # a likelihood and a purpose are no one's belief; a rating is not a judgement
    ("The backsliding is sure to spur a fight with the growers.", []),
    ("She strove to make sure it stayed dead.", []),
    ("The company is rating its bonds.", []),
])
def test_a_rating_and_a_certainty_are_their_holders(text, expected):
    assert _quotes(text) == expected


def test_rated_is_read_as_rate():
    assert [t.lemma_ for t in parse.parse("PolitiFact rated the claim.")][1] == "rate"


@pytest.mark.parametrize("text, expected", [
    ("The purchase price was not disclosed.", [("", "disclosed", ["The purchase price"])]),
    ("Ronald Reagan was known for his hatred of the Soviet empire.",
     [("", "known", ["Ronald Reagan", "his hatred of the Soviet empire"])]),
    # ("it" stands for what the text reports elsewhere, or for nothing)
    ("It was announced on Tuesday.", []),
])
def test_a_passive_report_with_no_one_named_holds_its_subject(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The FBI is reportedly making arrangements to interview Clinton.",
     [("", "reportedly", ["The FBI is", "making arrangements to interview Clinton"])]),
    ("When the vote was called, anti-Trump delegates reportedly erupted in boos.",
     [("", "reportedly", ["anti-Trump delegates", "erupted in boos"])]),
    ("Reportedly, he made comments to co-workers.",
     [("", "Reportedly", ["he made comments to co-workers"])]),
    # a saying it modifies is the saying's quote
    ("Trump reportedly said he would win.", [("Trump", "said", ["he would win"])]),
])
def test_what_is_reportedly_so_is_reported_by_no_one_named(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The administration has promised a veto.",
     [("The administration", "promised", ["a veto"])]),
    ("She declined that assignment.", [("She", "declined", ["that assignment"])]),
])
def test_two_words_are_enough_for_what_a_stance_is_on(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Some view Trump's nomination as a hostile takeover.",
     [("Some", "view", ["Trump's nomination as a hostile takeover"])]),
    ("Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy.",
     [("Mr. Obama", "sees", ["Mr. Netanyahu as captured by a hard-line philosophy"])]),
    ("Experts see the elections held Sunday as a test of the generals.",
     [("Experts", "see", ["the elections held Sunday as a test of the generals"])]),
    ("Viguerie is upbeat, in part because he sees Cruz as a uniter.",
     [("he", "sees", ["Cruz as a uniter"])]),
])
def test_what_one_sees_as_something_is_their_view(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sanders took aim at Wall Street banks.", [("Sanders", "aim", ["Wall Street banks"])]),
    ("Cruz took issue with the plan.", [("Cruz", "issue", ["the plan"])]),
    ("Obama made the case that the deal would work.",
     [("Obama", "case", ["that the deal would work"])]),
    ("She has made no secret of her disdain for Trump.",
     [("She", "secret", ["her disdain for Trump"])]),
    # neither word alone
    ("He took a long walk at dusk.", []),
    ("The case for the deal is weak.", []),
])
def test_a_verb_and_its_object_can_name_a_stance_together(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("row", lexicon._rows("light_stances.tsv"),
                         ids=lambda r: f"{r['verb']}-{r['noun']}")
def test_every_light_stance_example_is_a_stance_of_its_pair(row):
    assert [cue for _, cue, _ in _quotes(row["example"])][:1] == [row["noun"]]


@pytest.mark.parametrize("text, expected", [
    ("KYIV, March 3 (Reuters) - Russian drones struck the port overnight, Ukraine's military"
     " said on Tuesday.",
     [("Ukraine's military", "said", ["Russian drones struck the port overnight"])]),
    ("WASHINGTON (AP) — Donald Trump will visit Mexico, his campaign said.",
     [("his campaign", "said", ["Donald Trump will visit Mexico"])]),
])
def test_reported_words_open_after_the_dateline(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peskov said Putin would attend the summit, the state news agency TASS reported.",
     [("the state news agency TASS", "reported", ["Peskov said Putin would attend the summit"]),
      ("Peskov", "said", ["Putin would attend the summit"])]),
    ("The Syrian newspaper Al-Watan reported that the army had retaken the town.",
     [("The Syrian newspaper Al-Watan", "reported", ["that the army had retaken the town"])]),
])
def test_a_speaker_described_before_the_name_is_the_name(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("Britain, France and Germany said Iran attacked the tanker.", "Britain, France and Germany"),
    ("Iran attacked the tanker, witnesses and local media said.", "witnesses and local media"),
    # (an apposition still ends the speaker's phrase)
    ("Sheena Toosi, a senior fellow, said Iran attacked the tanker.", "Sheena Toosi"),
])
def test_listed_speakers_are_one_speakers_phrase(text, speaker):
    assert [s for s, cue, _ in _quotes(text) if cue == "said"] == [speaker]


def test_which_after_a_description_set_beside_a_name_is_the_name():
    d = extract(Article(id="q", text="Two people were shot dead, according to the Kenya National"
                        " Commission on Human Rights, a state-funded body, which accused police"
                        " of using excessive force.", published="2024-06-25"))
    accused = next(q for q in d.quotes if q.cue and q.cue.text == "accused")
    assert d.actor(accused.speaker).name == "Kenya National Commission on Human Rights"


@pytest.mark.parametrize("text, actor", [
    # the channel, not the group that owns it
    ("Al-Houthi threatened to retaliate, according to the group's Al-Masirah television.",
     "Al-Masirah"),
    # a description stays the speaker as written, the name beside it the actor
    ("The tanker's Greek operator, Empire Navigation, said it had lost contact with the"
     " vessel.", "Empire Navigation"),
])
def test_a_speakers_head_word_is_of_the_name_it_is_given(text, actor):
    d = extract(Article(id="q", text=text, published="2024-01-11"))
    assert [d.actor(q.speaker).name for q in d.quotes] == [actor]


def test_who_speaks_for_the_one_its_clause_describes():
    # (no actor's mention is the relative word: the description's own words say who)
    text = "An MSF nurse, who asked not to be named, said some patients had walked for two days."
    assert _speaker_of(text, "not to be named") == "Doctors Without Borders"
    assert _speaker_of(text, "patients") == "Doctors Without Borders"


def test_a_name_hung_on_the_body_a_role_is_held_at_is_the_speaker():
    text = "A spokesman for the M23, Lawrence Kanyuka, rejected the accusation."
    assert _speaker_of(text, "accusation") == "Lawrence Kanyuka"
    d = extract(Article(id="q", text=text, published="2025-05-07"))
    assert next(a for a in d.actors if a.name == "Lawrence Kanyuka").role == "spokesman"


def test_a_headlines_name_the_tagger_took_for_a_place_is_the_person_named_below():
    text = ("Zelenskyy says Ukraine will not cede territory\n\nUkrainian President Volodymyr "
            "Zelenskyy said Sunday that his country would never give up land.")
    assert _speaker_of(text, "cede") == "Volodymyr Zelensky"


def test_a_name_set_beside_an_owned_role_is_the_speaker_not_the_owner():
    assert _speaker_of("NetChoice welcomed the ruling. Its general counsel, Chris Marchese, "
                       "said the decision protects platforms.", "protects") == "Chris Marchese"


def test_a_stance_a_subject_stirs_is_not_the_subjects():
    # (the investigation causes the fears; who holds them the sentence does not say)
    assert _speaker_of("The EU ended an investigation that has sparked fears of a trade war.",
                       "trade war") is None
    d = extract(Article(id="g", text="The move fueled speculation that Iran would respond."))
    assert [q.speaker_text for q in d.quotes] == [None]


def test_a_pact_agreed_before_is_no_ones_report():
    assert extract(Article(id="g", text="A ceasefire agreed in 2021 had largely held until "
                                        "this week.")).quotes == []


def test_pushing_is_a_stance_only_for_something():
    d = extract(Article(id="g", text="The war has pushed parts of the country into famine. "
                                     "Democrats pushed for a vote."))
    assert [d.article.text[q.cue.start:q.cue.end] for q in d.quotes] == ["pushed"]
    assert d.quotes[0].content[0].start > 60
    # (or for an idea a clause gives)
    assert len(extract(Article(id="g", text="The campaign is pushing the idea that he is "
                                            "unstable.")).quotes) == 1


def test_a_persons_allies_or_supporters_speak_for_themselves():
    text = ("Former President Donald Trump criticized the bill. His allies in the House said "
            "they would try to oust the speaker.")
    assert _speaker_of(text, "oust") is None
    # (one's aides speak for one)
    assert _speaker_of("Former President Donald Trump criticized the bill. His aides said he "
                       "was tired.", "tired") == "Donald Trump"


def test_he_who_tells_someone_is_named_before_not_the_one_told():
    text = ("U.S. President Joe Biden condemned the attack “in the strongest possible terms”. "
            "He told Prime Minister Benjamin Netanyahu that the United States would not take "
            "part in any counter-offensive, a senior administration official said.")
    d = extract(Article(id="g", text=text))
    told = next(q for q in d.quotes if q.cue and d.article.text[q.cue.start:q.cue.end] == "told")
    assert d.actor(told.speaker).name == "Joe Biden"


def test_a_participle_after_a_clause_of_contrast_is_that_clauses_speakers():
    assert _speaker_of("France said it would respect the court's independence, while Hungary's "
                       "Prime Minister Viktor Orban invited Netanyahu to visit Budapest, saying "
                       'the warrant would have "no effect" there.', "no effect") == "Viktor Orban"


def test_a_described_body_set_in_apposition_before_a_tag_is_its_speaker():
    d = extract(Article(id="g", text="Beijing reportedly summoned the U.S. ambassador, "
                        "Nicholas Burns, the Global Times newspaper said, citing unnamed "
                        "diplomatic sources."))
    assert {q.cue.text: (a.name if (a := d.actor(q.speaker)) else None)
            for q in d.quotes if q.cue.text in {"said", "citing"}} == {
        "said": "Global Times", "citing": "Global Times"}
