"""The drafter's rules, one sentence of our own each: what they find, and what they must never do.

The house rule first: a statement the article attributes to anyone, or a grouping named in
someone's words, is never drafted in the article's own voice.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.annotation import Annotation, parse_annotation
from kb.extract import DRAFTER_VERSION, Drafter


@pytest.fixture(scope="module")
def drafter() -> Drafter:
    return Drafter()


@functools.cache
def rules_only() -> Drafter:
    """A drafter without the learned stance step, for the tests of what the rules alone do."""
    return Drafter(learned=False)


def draft(drafter: Drafter, text: str) -> Annotation:
    """A draft of ``text``, checked like any annotation (every quote is exact text)."""
    return parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)


def claims(ann: Annotation) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.status, c.quote) for c in ann.claims]


def claim_of(ann: Annotation, words: str):
    return next(c for c in ann.claims if words in c.quote)


def drafted_as_fact(ann: Annotation, words: str) -> bool:
    """Whether a claim quoting ``words`` is in the article's voice or asserted: an allegation's
    twin must never be."""
    return any(words in c.quote and (c.speaker == "article" or c.status == "asserted") for c in ann.claims)


def test_the_draft_names_its_generator(drafter):
    ann = draft(drafter, "Kenya rejected the plan.\n")
    assert ann.article.generator == f"geokb-drafter {DRAFTER_VERSION}" and ann.article.method == "drafted"


# --- never an allegation as fact -------------------------------------------------------------


def _none_as_fact(claims) -> bool:  # type: ignore[no-untyped-def]
    """No claim among ``claims`` is in the article's voice or asserted (the scorer's "as fact")."""
    return all(c.speaker != "article" and c.status != "asserted" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Kenya and Uganda now plot against Tanzania.\n",
        "Kenya and Uganda now form an axis against Tanzania, a diplomat who asked not to be named said.\n",
        "Kenya and Uganda are reportedly arming rebels in Tanzania.\n",
        "According to analysts, Kenya is arming rebels in Tanzania.\n",
        'He added: "Kenya is arming rebels in Tanzania."\n',
    ],
)
def test_an_attributed_or_hedged_sentence_is_never_the_articles_voice(drafter, text):
    ann = draft(drafter, text)
    assert _none_as_fact(ann.claims), claims(ann)


def test_a_grouping_nobody_can_be_found_to_name_is_alleged_by_an_unknown_speaker(drafter):
    text = 'The talks stalled.\n\nKenya, Uganda and Rwanda have formed "a lakeside axis" against Tanzania.\n'
    ann = draft(drafter, text)
    c = claim_of(ann, "lakeside axis")
    assert c.speaker == "unknown-speaker" and c.status == "alleged"
    bloc = ann.actor("lakeside-axis")
    assert bloc.type == "bloc" and bloc.existence == "alleged" and bloc.existence_claim == c.id
    assert {(m.member, m.claim) for m in ann.memberships} == {
        (s, c.id) for s in ("kenya", "uganda", "rwanda")
    }


def test_a_grouping_in_a_speakers_words_is_alleged_with_its_members(drafter):
    text = (
        'Envoy Amara Okafor told reporters that Kenya and Uganda were building an "East African NATO" '
        "to encircle Tanzania.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "East African NATO")
    assert c.speaker == "amara-okafor" and c.status == "alleged"
    assert {m.member for m in ann.memberships} == {"kenya", "uganda"}


@pytest.mark.parametrize(
    "text, grouping",
    [
        ("Tanzania's Dilemma\n\nKenya and Uganda now form a bloc against Tanzania.\n", "bloc"),
        ("Kenya and Uganda are fighting on two fronts, and they are not a coincidence.\n", "fronts"),
        ("Kenya's war has two fronts, and they are not a coincidence\n\nThe talks stalled.\n", "fronts"),
        ('Kenya, Uganda Form "Lakeside Shield"\n\nThe talks stalled.\n', "Lakeside Shield"),
        ('Kenya and Uganda launched the "Lakeside Shield" on Monday.\n', "Lakeside Shield"),
        ("Kenya and Uganda have joined the so-called Lakeside Group.\n", "Lakeside Group"),
        ("Kenya and Uganda signed a pact against Tanzania on Monday.\n", "pact"),
        ("Kenya, Uganda and Rwanda are a new troika. Together they outvote Tanzania.\n", "outvote"),
    ],
)
def test_a_sentence_that_names_a_grouping_is_never_the_articles_fact(drafter, text, grouping):
    """Grouping words (plurals too), a quoted group name, "so-called": never asserted, never
    the article's voice, and a pronoun after it carries it on."""
    ann = draft(drafter, text)
    held = [c for c in ann.claims if grouping in c.quote]
    assert _none_as_fact(held), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed police in front of the Ugandan embassy on Monday.\n",
        "Kenya sent aid to the refugee camps near the border with Uganda.\n",
        "Kenya moved troops to the front line with Uganda on Monday.\n",
    ],
)
def test_a_grouping_word_that_names_no_grouping_leaves_the_article_its_voice(drafter, text):
    ann = draft(drafter, text)
    assert [c.speaker for c in ann.claims] == ["article"]


def test_a_grouping_in_the_articles_words_is_alleged_by_an_unknown_speaker_with_its_members(drafter):
    """The reverse path: memberships drafted from a sentence in no one's words hang on an alleged
    claim of an unknown speaker, never on the article's voice."""
    ann = draft(drafter, "Tanzania Waits\n\nKenya, Uganda and Rwanda have formed an axis against Tanzania.\n")
    c = claim_of(ann, "axis")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged")
    assert {m.member for m in ann.memberships} == {"kenya", "uganda", "rwanda"}
    by_id = {x.id: x for x in ann.claims}
    for m in ann.memberships:
        assert by_id[m.claim].status == "alleged" and by_id[m.claim].speaker != "article"


@pytest.mark.parametrize(
    "text, drafted",
    [
        ("Oil prices rose more than 2 percent in early Asian trading.\n", True),
        ("The vessel is being escorted to the port of Mombasa.\n", False),
        ("This is a developing story and will be updated.\n", False),
        ("I have covered this island since the referendum, and I have never heard such anger.\n", False),
        ("Let me not be coy: these are not two separate decisions in Nairobi.\n", False),
    ],
)
def test_a_sentence_that_names_no_actor_is_the_articles_only_when_concrete(drafter, text, drafted):
    """A number or a name makes a report; boilerplate and the first person (a column's own view,
    often its allegation) do not."""
    ann = draft(drafter, "Kenya Ports Reopen\n\n" + text)
    assert any(c.speaker == "article" and c.quote in text for c in ann.claims) is drafted, claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Anchors can drag by accident, they note, and owners hide behind shell companies in Panama.\n",
        "Analysts note that Kenya has moved troops to the border with Uganda.\n",
        "In their telling, Kenya has moved troops to the border with Uganda.\n",
    ],
)
def test_base_forms_of_saying_attribute_a_sentence(drafter, text):
    ann = draft(drafter, text)
    assert all(c.speaker != "article" for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A State Department spokesperson condemned the attack and said Kenya may defend itself.\n",
         "unnamed-state-department-spokesperson"),
        ('Kremlin officials dismissed it as "Russophobic hysteria".\n', "unnamed-kremlin-officials"),
    ],
)  # fmt: skip
def test_an_unnamed_source_that_speaks_by_an_act_of_speech_is_not_its_body(drafter, text, speaker):
    ann = draft(drafter, text)
    assert [c.speaker for c in ann.claims] == [speaker], claims(ann)


def test_an_inverted_speaker_with_a_long_title_and_a_pronoun_with_an_adverb(drafter):
    text = (
        '"Kenya has kept every promise," said Minister of Foreign Affairs Amina Odhiambo Wekesa. '
        '"We expect the same."\n\nEnvoy Amara Okafor spoke later. She further claimed that Uganda '
        "had closed the border.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "kept every promise").speaker == "amina-odhiambo-wekesa"
    assert claim_of(ann, "We expect the same").speaker == "amina-odhiambo-wekesa"
    assert claim_of(ann, "Uganda had closed").speaker == "amara-okafor"


@pytest.mark.parametrize(
    "text, first, second",
    [
        ('An official said Kenya had urged both sides "to calm down" and had raised it with Uganda.\n',
         'Kenya had urged both sides "to calm down"', "had raised it with Uganda."),
        ('Envoy Amara Okafor said the expulsions were "cruel," while the UN agency repeated its call.\n',
         'the expulsions were "cruel,"', None),
    ],
)  # fmt: skip
def test_reported_speech_is_cut_before_a_second_perfect_and_before_while(drafter, text, first, second):
    quotes = [c.quote for c in draft(drafter, text).claims if c.speaker != "article"]
    assert quotes[0] == first and (second is None or quotes[1] == second), quotes


@pytest.mark.parametrize(
    "text",
    [
        "Japan called for restraint on all sides.\n",
        "Iran has warned against any change to regional borders.\n",
        "The Kenyan army has not claimed the attack on Uganda.\n",
        "Uganda has not commented.\n",
    ],
)
def test_a_word_of_saying_that_reports_an_act_leaves_the_article_its_voice(drafter, text):
    """Negated, or asking for or warning against something, with no words carried."""
    ann = draft(drafter, text)
    assert [(c.speaker, c.quote) for c in ann.claims] == [("article", text.strip())]


@pytest.mark.parametrize(
    "text",
    [
        "Japan called for restraint, saying Kenya is arming rebels in Uganda.\n",
        'Iran warned against "Kenyan meddling" in Uganda.\n',
        "Uganda has not denied that Kenya is arming rebels.\n",
    ],
)
def test_an_act_of_saying_that_carries_words_is_still_someones(drafter, text):
    ann = draft(drafter, text)
    assert all(c.speaker != "article" for c in ann.claims), claims(ann)


def test_a_headline_that_makes_an_accusation_in_no_ones_name_is_alleged_by_an_unknown_speaker(drafter):
    ann = draft(drafter, "Kenya Secretly Arming Rebels in Uganda\n\nThe talks stalled on Monday.\n")
    c = claim_of(ann, "Arming Rebels")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged")


@pytest.mark.parametrize(
    "lead, speaker",
    [
        ("Envoy Amara Okafor went further.", "amara-okafor"),
        ("Uganda gave a very different account.", "uganda"),
        ("Kampala's allies were less restrained.", "uganda"),
    ],
)
def test_a_sentence_announced_as_someones_words_is_theirs_not_the_articles(drafter, lead, speaker):
    """ "X went further. <sentence with no attribution>": X's words, never the article's fact."""
    ann = draft(drafter, f"{lead} Kenya and Tanzania are coordinating their border patrols.\n")
    c = claim_of(ann, "coordinating")
    assert c.speaker == speaker and c.status != "asserted", claims(ann)


_STATES = ["Kenya", "Uganda", "Rwanda", "Tanzania", "Egypt", "Ethiopia", "Peru", "Chile", "Poland"]
_GROUPINGS = ["axis", "bloc", "camp", "club", "cartel", "coalition", "alliance", "front", "pact", "triangle",
              "quartet", "grouping", "blocs", "fronts", "axes", "camps"]  # fmt: skip
_FRAMES = [
    "{a} and {b} now form {det} {adj}{g} against {c}.",
    "{a}, {b} and {c} are {det} {adj}{g}.",
    "{a} has joined {det} {adj}{g} led by {b}, and {c} is next.",
    "In {c}, {a} and {b} are {det} {adj}{g} in the making.",
    '{a} and {b} launched "{Name}" on Monday, a {adj}{g} aimed at {c}.',
    '{a} and {b} Form "{Name}" Against {c}\n\nThe talks stalled.',
    "{a} and {b}: {det} {adj}{g} that {c} cannot ignore\n\nThe talks stalled.",
    "{a} and {b} belong to the so-called {Name}, which {c} fears.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    frame=st.sampled_from(_FRAMES),
    states=st.permutations(_STATES),
    g=st.sampled_from(_GROUPINGS),
    det=st.sampled_from(["a", "the", "a new", "an informal", "this"]),
    adj=st.sampled_from(["", "hostile ", "regional ", "anti-Western "]),
    name=st.sampled_from(["Lakeside Shield", "Northern Pact", "Eastern Quartet", "Union of the Willing"]),
)
def test_property_a_grouping_with_an_article_voice_frame_is_never_asserted(
    drafter, frame, states, g, det, adj, name
):
    """Random sentences that mix a grouping word or a quoted group name with a frame in the
    article's own voice: no claim that holds the grouping is asserted or the article's, and
    every membership hangs on an alleged claim in someone's words."""
    a, b, c = states[:3]
    text = frame.format(a=a, b=b, c=c, g=g, det=det, adj=adj, Name=name) + "\n"
    ann = draft(drafter, text)
    words = (g, name) if "{Name}" in frame else (g,)
    for claim in ann.claims:
        if any(w in claim.quote for w in words):
            assert claim.speaker != "article" and claim.status != "asserted", (text, claims(ann))
    by_id = {x.id: x for x in ann.claims}
    for m in ann.memberships:
        assert by_id[m.claim].status == "alleged" and by_id[m.claim].speaker != "article", text


@pytest.mark.parametrize(
    "text, speaker, target",
    [
        ("Kenya blamed Uganda for the attack on the border post.\n", "kenya", "uganda"),
        ("Kenya held Uganda responsible for the attack on the border post.\n", "kenya", "uganda"),
    ],
)
def test_blaming_someone_for_something_is_the_blamers_allegation(drafter, text, speaker, target):
    ann = draft(drafter, text)
    assert [(c.speaker, c.status, c.kind) for c in ann.claims] == [(speaker, "alleged", "accusation")]
    assert [(s.target, s.polarity) for s in ann.claims[0].stances] == [(target, -1)]


def test_a_sentence_opening_with_a_pronoun_after_an_allegation_carries_it_on(drafter):
    ann = draft(drafter, "The real bloc is elsewhere, critics say. It sits inside Kenya's cabinet.\n")
    assert not any(c.speaker == "article" for c in ann.claims), claims(ann)


def test_an_interview_answer_is_the_interviewees_never_the_article(drafter):
    text = (
        "Amara Okafor, Nigeria's deputy foreign minister, spoke to us in Abuja.\n\n"
        "Q: Is Ghana to blame?\n\nA: Ghana has armed the rebels. We will answer.\n"
    )
    ann = draft(drafter, text)
    assert claims(ann)[-2:] == [
        ("amara-okafor", "reported", "Ghana has armed the rebels."),
        ("amara-okafor", "reported", "We will answer."),
    ]


def test_an_answer_whose_interviewee_is_not_found_has_an_unknown_speaker(drafter):
    ann = draft(drafter, "Q: Is Ghana to blame?\n\nA: Ghana has armed the rebels in Mali.\n")
    assert claim_of(ann, "Ghana has armed").speaker == "unknown-speaker"


def test_the_paragraph_after_said_colon_is_the_speakers(drafter):
    text = "In a statement, Kenya's foreign ministry said:\n\nUganda is arming rebels near the border.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "Uganda is arming").speaker == "kenyan-foreign-ministry"


# --- speakers ---------------------------------------------------------------------------------


def test_the_speaker_after_the_clause(drafter):
    ann = draft(drafter, "Ghana will reopen the border next week, a Malian government official said.\n")
    c = claim_of(ann, "Ghana will reopen")
    assert c.speaker == "unnamed-malian-government-official" and c.status == "reported"
    assert ann.actor(c.speaker).affiliation == ("mali",)


def test_an_unnamed_source_past_a_place_and_a_relative_clause(drafter):
    text = (
        "A senior Ghanaian security official, who spoke on condition of anonymity, said the drills were "
        "larger than before.\n\nDiplomats in Accra said the timing was no accident.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "the drills").speaker == "unnamed-ghanaian-security-official"
    diplomats = ann.actor(claim_of(ann, "the timing").speaker)
    assert diplomats.unnamed and "Diplomats in Accra" in diplomats.aliases


def test_a_speaker_named_after_a_participle_clause(drafter):
    text = "Prime Minister Amara Okafor, speaking to reporters outside parliament, said the offer stood.\n"
    assert claim_of(draft(drafter, text), "the offer stood").speaker == "amara-okafor"


def test_a_description_is_the_last_actor_so_described(drafter):
    text = (
        "A Kenyan foreign ministry spokesperson said Nairobi was monitoring the border. "
        'The spokesperson called the incursion "unacceptable."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "the incursion").speaker == claim_of(ann, "monitoring").speaker


def test_he_said_is_the_last_person_named_when_the_last_speaker_spoke_long_ago(drafter):
    text = (
        '"We are ready," said Amara Okafor. '
        + "The talks went on for hours in the capital. " * 6
        + 'Envoy Kwame Mensah arrived late. "The border stays shut," he said.\n'
    )
    assert claim_of(draft(drafter, text), "border stays shut").speaker == "kwame-mensah"


def test_said_before_the_name_and_mr_with_a_surname(drafter):
    text = '"We have taken the airport," said Kofi Boateng. Mr Mensah said the city was calm.\n'
    ann = draft(drafter, text)
    assert claim_of(ann, "taken the airport").speaker == "kofi-boateng"
    assert ann.actor(claim_of(ann, "city was calm").speaker).label == "Mensah"


def test_told_an_outlet_the_gazetteer_does_not_know(drafter):
    text = "Kwame Mensah, a Ghanaian army spokesman, told the Daily Clarion that the troops would stay.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "the troops would stay")
    assert c.speaker == "kwame-mensah" and c.via == "daily-clarion"
    assert ann.actor("daily-clarion").type == "media"


def test_told_the_broadcaster_named_after_it(drafter):
    text = "Kwame Mensah told the state broadcaster GBC that the army was ready.\n"
    assert claim_of(draft(drafter, text), "the army was ready").via == "gbc"


def test_characterising_verbs_with_a_quotation(drafter):
    text = (
        'Ghana\'s trade minister Kofi Boateng called the attack "a war crime" and said the army would '
        "respond.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "a war crime").speaker == "kofi-boateng"
    assert claim_of(ann, "the army would respond").speaker == "kofi-boateng"


def test_a_quotation_of_several_sentences_is_a_claim_per_sentence(drafter):
    text = '"Ghana will not yield. Mali must withdraw," Kofi Boateng said.\n'
    assert [c.quote for c in draft(drafter, text).claims] == ["Ghana will not yield.", "Mali must withdraw"]


def test_one_stray_quotation_mark_does_not_shift_the_others(drafter):
    text = (
        'He left" early. Kofi Boateng said: "Mali must withdraw." '
        'Later, "we will wait for them," Kwame Mensah said.\n'
    )
    quotes = [c.quote for c in draft(drafter, text).claims]
    assert "Mali must withdraw." in quotes and "we will wait for them" in quotes


# --- actors -----------------------------------------------------------------------------------


def test_a_body_of_a_state_by_its_name_or_demonym(drafter):
    ann = draft(drafter, "Romania's foreign ministry said Moldova was ready. The Saudi government agreed.\n")
    ministry = ann.actor("romanian-foreign-ministry")
    assert ministry.type == "government-body" and ministry.affiliation == ("romania",)
    assert ann.actor("saudi-government").affiliation == ("saudi-arabia",)


def test_names_lose_leading_function_words_and_organisations_are_not_people(drafter):
    text = "But Mr Kwame Mensah said the deal was done. The Federal Government said it agreed.\n"
    ann = draft(drafter, text)
    labels = {a.label: a.type for a in ann.actors}
    assert labels.get("Kwame Mensah") == "person"
    assert labels.get("Federal Government") == "government-body"
    assert not any(label.split()[0] in ("But", "The", "Mr") for label in labels)


def test_hyphenated_given_names_and_name_particles(drafter):
    text = (
        "Spokesman Chen Wei-ming said the drills were over. "
        "General Abdel Karim al-Tahir said the army was ready.\n"
    )
    ann = draft(drafter, text)
    assert {"chen-wei-ming", "abdel-karim-al-tahir"} <= {a.id for a in ann.actors}


def test_no_misnaming_flag_for_the_expected_name_itself(drafter):
    ann = draft(drafter, "Keir Starmer said the talks would go on.\n")
    assert not ann.flags


# --- stances ----------------------------------------------------------------------------------


def test_one_stance_per_target_in_a_list(drafter):
    ann = draft(drafter, 'Kofi Boateng said Mali, Senegal and Niger were "destabilising the whole region."\n')
    c = claim_of(ann, "destabilising")
    assert {(s.target, s.polarity) for s in c.stances} == {("mali", -1), ("senegal", -1), ("niger", -1)}


def test_stances_in_quoted_speech_towards_metonyms_and_demonyms(drafter):
    text = '"Abuja is a partner we trust, but Ghanaian troops are a threat," Kofi Boateng said.\n'
    c = claim_of(draft(drafter, text), "partner")
    # the troops are Ghana's and its army's, the one the draft makes of them (stkin23)
    got = {(s.target, s.polarity) for s in c.stances}
    assert got == {("nigeria", 1), ("ghana", -1), ("ghanaian-army", -1)}


def test_no_stance_towards_the_holders_own_side(drafter):
    text = "Kenya's foreign ministry said Kenya condemned the attack by Somalia.\n"
    c = claim_of(draft(drafter, text), "condemned")
    assert {s.target for s in c.stances} == {"somalia"}


def test_organisations_by_their_head_noun_and_their_acronym(drafter):
    text = (
        "Fighting between the Ghanaian Armed Forces and the Coastal Liberation Front (CLF) went on. "
        "The CLF said it would not withdraw.\n"
    )
    ann = draft(drafter, text)
    forces = ann.actor("ghanaian-armed-forces")
    assert forces.type == "armed-force" and forces.affiliation == ("ghana",)
    front = ann.actor("clf")  # the ID by its acronym, as curators write it (ids17)
    assert front.type == "organization" and "CLF" in front.aliases
    assert claim_of(ann, "not withdraw").speaker == "clf"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Kwame Mensah told the newspaper Harbour Light that the port would reopen.\n", "harbour-light"),
        ("Lake Courier reported that Kenya had closed the border.\n", "lake-courier"),
        ("Kwame Mensah, quoted by the state broadcaster GBC, said the port would reopen.\n", "gbc"),
    ],
)
def test_outlets_the_gazetteer_does_not_know(drafter, text, outlet):
    assert draft(drafter, text).actor(outlet).type == "media"


def test_an_abbreviation_ends_no_sentence(drafter):
    text = "In Accra, Ghanaian Trade Minister Kofi Boateng Sr. said the border would reopen.\n"
    c = claim_of(draft(drafter, text), "the border would reopen")
    assert c.speaker == "kofi-boateng-sr" or c.speaker == "kofi-boateng"


def test_the_subject_is_before_the_first_speech_verb_not_inside_a_quotation(drafter):
    text = (
        'Kenya\'s foreign ministry said it supported "the integrity of Uganda" and called the raid '
        '"a threat to the whole region".\n'
    )
    assert claim_of(draft(drafter, text), "a threat to").speaker == "kenyan-foreign-ministry"


def test_no_indirect_claim_of_two_words(drafter):
    ann = draft(drafter, "The Coastal Liberation Front has not claimed the attack.\n")
    assert not [c for c in ann.claims if c.speaker != "article"]


def test_a_transcript_with_speaker_labels(drafter):
    text = (
        "Amara Okafor, Nigeria's deputy foreign minister, spoke to the Lagos Ledger.\n\n"
        "Lagos Ledger: Is Ghana to blame?\n\nOkafor: Ghana has armed the rebels.\n\n"
        "Lagos Ledger: And Mali?\n\nOkafor: Mali must withdraw its troops.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "Ghana has armed").speaker == "amara-okafor"
    assert claim_of(ann, "Mali must withdraw").speaker == "amara-okafor"
    assert not any("Is Ghana" in c.quote for c in ann.claims)


def test_the_interviewee_is_the_one_the_interview_introduces(drafter):
    text = (
        "President Kofi Boateng has threatened new tariffs.\n\n"
        "Amara Okafor, Nigeria's deputy foreign minister, spoke to us in Abuja about Kwame Mensah.\n\n"
        "Q: Is Ghana to blame?\n\nA: Ghana has armed the rebels.\n"
    )
    assert claim_of(draft(drafter, text), "Ghana has armed").speaker == "amara-okafor"


def test_a_name_in_apposition_after_a_title_and_a_quoted_by_parenthetical(drafter):
    text = (
        "A spokesman for Kenya's foreign ministry, Otieno Were, quoted by the Lake Courier, "
        "said the border would stay open.\n"
    )
    c = claim_of(draft(drafter, text), "the border would stay open")
    assert c.speaker == "otieno-were"


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Boateng said the border would reopen and that the troops would leave by May.\n",
        "Kofi Boateng said the border would reopen, adding that the troops would leave by May.\n",
        "Kofi Boateng said the border would reopen, but he also warned that the troops would leave by May.\n",
    ],
)
def test_reported_speech_is_cut_where_the_speaker_goes_on_to_a_second_claim(drafter, text):
    ann = draft(drafter, text)
    assert [c.quote for c in ann.claims] == ["the border would reopen", "the troops would leave by May."]
    assert {c.speaker for c in ann.claims} == {"kofi-boateng"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Ines Carvalho said Angola "wants calm on the river" but would "not cede a single island".\n',
            'Angola "wants calm on the river"',
            'would "not cede a single island".',
        ),
        (
            "Ines Carvalho said the ferry would resume but that the fees would double in June.\n",
            "the ferry would resume",
            "the fees would double in June.",
        ),
        (
            'Ines Carvalho said Luanda "respects Namibia\'s claim" but hoped "reason will win".\n',
            'Luanda "respects Namibia\'s claim"',
            'hoped "reason will win".',
        ),
        (
            "Ines Carvalho said the ferry would resume soon, and later wrote on social media that "
            "Angola sought a joint patrol with Namibia.\n",
            "the ferry would resume soon",
            "Angola sought a joint patrol with Namibia.",
        ),
        (
            'Ines Carvalho said the ferry "will resume soon," adding, in a remark read in Windhoek as a '
            'threat, that "neighbours should count their boats."\n',
            'the ferry "will resume soon,"',
            'neighbours should count their boats."',
        ),
        (
            "Ines Carvalho said the ferry would resume in June, and Namibia had agreed to share the fees.\n",
            "the ferry would resume in June",
            "Namibia had agreed to share the fees.",
        ),
        (
            "Ines Carvalho said the islands were Angolan, and she has said the same to Namibian envoys.\n",
            "the islands were Angolan",
            "she has said the same to Namibian envoys.",
        ),
    ],
)
def test_reported_speech_is_cut_at_a_second_verb_or_a_new_subject(drafter, text, first, second):
    quotes = [c.quote for c in draft(drafter, text).claims if c.speaker == "ines-carvalho"]
    assert any(q.startswith(first) and second not in q for q in quotes), quotes
    assert any(q.endswith(second) and first not in q for q in quotes), quotes


def test_a_list_of_subjects_is_not_cut_into_claims(drafter):
    text = "Ines Carvalho said Namibia, Zambia and Botswana had formed a bloc against Angola.\n"
    quotes = [c.quote for c in draft(drafter, text).claims]
    assert quotes == ["Namibia, Zambia and Botswana had formed a bloc against Angola."]


def test_he_is_a_person_not_the_ministry_that_spoke_before(drafter):
    text = (
        "Kenya's foreign ministry says the border is safe. Foreign Minister Otieno Were has refused to "
        "give a date. But he says the threat is gone.\n"
    )
    assert claim_of(draft(drafter, text), "the threat is gone").speaker == "otieno-were"


def test_a_sentence_that_starts_inside_a_quotation_is_left_to_the_quotation(drafter):
    text = '"Many have claimed that Ghana is to blame. They are wrong," Kofi Boateng said.\n'
    assert {c.speaker for c in draft(drafter, text).claims} == {"kofi-boateng"}


def test_a_cue_holds_for_every_actor_of_a_list_after_it(drafter):
    c = claim_of(draft(drafter, "Kenya condemned Uganda, Rwanda and Tanzania on Monday.\n"), "condemned")
    assert {(s.holder, s.target, s.polarity) for s in c.stances} == {
        ("kenya", t, -1) for t in ("uganda", "rwanda", "tanzania")
    }


def test_no_member_of_a_grouping_from_the_speakers_own_side(drafter):
    text = 'Kenyan envoy Otieno Were said Kenya\'s rivals Uganda and Rwanda had formed "a lakeside axis".\n'
    assert {m.member for m in draft(drafter, text).memberships} == {"uganda", "rwanda"}


def test_a_wrong_office_before_a_known_name_is_flagged(drafter):
    ann = draft(drafter, "Prime Minister Emmanuel Macron said the talks would go on.\n")
    assert [(f.kind, f.actor, f.surface, f.expected) for f in ann.flags] == [
        ("wrong-title", "emmanuel-macron", "Prime Minister", "President")
    ]
    ok = draft(
        drafter, "French President Emmanuel Macron and Commission President Ursula von der Leyen met.\n"
    )
    assert not ok.flags


def test_a_wrong_office_flag_spans_the_demonym_that_opens_the_title(drafter):
    ann = draft(drafter, "On Friday, French Prime Minister Emmanuel Macron said the talks would go on.\n")
    assert [(f.kind, f.surface, f.expected) for f in ann.flags] == [
        ("wrong-title", "French Prime Minister", "President")
    ]
    ann = draft(drafter, "France's Prime Minister Emmanuel Macron said the talks would go on.\n")
    assert [f.surface for f in ann.flags] == ["Prime Minister"]  # a possessive is no part of the title


def test_a_misnaming_keeps_its_generational_suffix_and_no_function_word_is_a_first_name(drafter):
    ann = draft(
        drafter, "Ferdinand Marcos Sr. said the islands were safe. Whether Marcos agrees is unclear.\n"
    )
    assert [f.surface for f in ann.flags] == ["Ferdinand Marcos Sr."]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda is arming rebels in Kenya, a panel of experts concluded.\n",
        "Uganda is arming rebels in Kenya. That is the finding of a report the panel released.\n",
    ],
)
def test_a_finding_attributed_in_or_after_the_sentence_is_not_the_articles(drafter, text):
    ann = draft(drafter, text)
    assert not any(c.speaker == "article" and "arming" in c.quote for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ("Uganda broke the deal, said a senior Kenyan security official.\n",
         "unnamed-kenyan-security-official", "Uganda broke the deal"),
        ("The opposition leader, Raila Odinga, said the government had lied about Uganda.\n",
         "raila-odinga", "the government had lied about Uganda."),
        ('Kenya has "no intention" of sending troops, Foreign Minister Musalia Mudavadi said.\n',
         "musalia-mudavadi", 'Kenya has "no intention" of sending troops'),
        ('William Ruto told the BBC: "We are ready to talk to Uganda."\n',
         "william-ruto", "We are ready to talk to Uganda."),
        ("Uganda will not attend, its foreign ministry said on Friday, citing security concerns.\n",
         "ugandan-foreign-ministry", "Uganda will not attend"),
        ("The rebels, who the UN says are backed by Rwanda, took the town of Goma on Sunday.\n",
         "united-nations", "are backed by Rwanda"),
    ],
)  # fmt: skip
def test_speakers_in_wire_copy(drafter, text, speaker, quote):
    ann = draft(drafter, text)
    assert (speaker, quote) in [(c.speaker, c.quote) for c in ann.claims], claims(ann)


def test_ids_drop_apostrophes_and_abbreviation_dots_and_outlets_their_ownership(drafter):
    ann = draft(drafter, "Kwame Mensah told the Kenyan-owned Lake Courier that the U.S. official had left.\n")
    assert ann.actor("lake-courier").type == "media"
    from kb.extract import slug

    assert (slug("People's Defence Force"), slug("U.S. Army")) == ("peoples-defence-force", "us-army")


def test_a_demand_made_of_a_target_and_one_stance_per_target(drafter):
    c = claim_of(
        draft(drafter, "Kofi Boateng urged Kenya to respect the ceasefire and to support peace.\n"), "Kenya"
    )
    assert [(s.target, s.polarity) for s in c.stances] == [("kenya", -1)]


def test_citing_a_source_through_an_outlet(drafter):
    text = "The Lake Courier reported, citing U.S. officials, that the Pentagon has drawn up plans.\n"
    c = claim_of(draft(drafter, text), "drawn up plans")
    assert (c.speaker, c.via) == ("unnamed-us-officials", "lake-courier")


@pytest.mark.parametrize(
    ("text", "speaker", "via", "quote"),
    [
        ("The Lake Courier, quoting two diplomats, said Kenya would withdraw its troops.\n",
         "unnamed-diplomats", "lake-courier", "Kenya would withdraw its troops."),
        ("William Ruto was quoted by the Lake Courier as saying that Uganda had broken the deal.\n",
         "william-ruto", "lake-courier", "Uganda had broken the deal."),
        ("Uganda has broken the deal, William Ruto wrote on X.\n",
         "william-ruto", None, "Uganda has broken the deal"),
        ('Uganda "has broken every promise", according to William Ruto.\n',
         "william-ruto", None, 'Uganda "has broken every promise"'),
    ],
)  # fmt: skip
def test_outlets_quoting_people_and_attributions_at_the_end(drafter, text, speaker, via, quote):
    ann = draft(drafter, text)
    assert (speaker, via, quote) in [(c.speaker, c.via, c.quote) for c in ann.claims], claims(ann)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("According to Kofi Boateng, as quoted in The Reporter, Ghana will not yield to pressure.\n",
         "Ghana will not yield to pressure."),
        ("According to Kofi Boateng (as quoted in The Reporter), Ghana will not yield to pressure.\n",
         "Ghana will not yield to pressure."),
        ("Kofi Boateng, as quoted by The Reporter, said Ghana will not yield to pressure.\n",
         "Ghana will not yield to pressure."),
    ],
)  # fmt: skip
def test_as_quoted_in_with_commas_or_brackets(drafter, text, quote):
    c = claim_of(draft(drafter, text), quote)
    assert (c.speaker, c.via) == ("kofi-boateng", "the-reporter")  # "The" mid-sentence: part of the name


def test_a_quote_split_by_its_attribution_and_a_title_of_several_words(drafter):
    ann = draft(
        drafter,
        '"We will not yield to anyone," Kofi Boateng said, "and we will not provoke our neighbours."\n',
    )
    assert {c.speaker for c in ann.claims} == {"kofi-boateng"} and len(ann.claims) == 2
    ann = draft(drafter, "Brazil's Minister of Foreign Affairs Mauro Vieira said the talks would resume.\n")
    assert claim_of(ann, "talks would resume").speaker == "mauro-vieira"


def test_conjoined_predicates_keep_the_subject_as_holder(drafter):
    c = claim_of(draft(drafter, "Ghana praised Kenya and backed Uganda, but condemned Mali.\n"), "praised")
    assert {(s.holder, s.target, s.polarity) for s in c.stances} == {
        ("ghana", "kenya", 1),
        ("ghana", "uganda", 1),
        ("ghana", "mali", -1),
    }


def test_roles_before_and_after_a_name(drafter):
    ann = draft(drafter, "Otieno Were, Kenya's foreign minister, said the talks would resume.\n")
    assert [r[0] for r in ann.actor("otieno-were").roles] == ["Kenya's foreign minister"]
    ann = draft(drafter, "Kenyan Foreign Minister Otieno Were said the talks would resume.\n")
    assert [r[0] for r in ann.actor("otieno-were").roles] == ["Kenyan Foreign Minister"]


def test_the_newspaper_is_the_last_outlet_named(drafter):
    text = (
        "The Lake Courier reported that the talks had failed. The same newspaper claimed in an editorial "
        "that Kenya had lied.\n"
    )
    assert claim_of(draft(drafter, text), "Kenya had lied").speaker == "lake-courier"


# --- the article's voice: titles and names -----------------------------------------------------


def test_a_titles_rubric_is_dropped_and_its_clauses_are_the_articles(drafter):
    text = "Analysis: Kenya keeps the Uganda border shut, recalls its envoy to Tanzania\n\nTrade fell."
    ann = draft(drafter, text)
    quotes = {c.quote for c in ann.claims if c.speaker == "article"}
    assert quotes == {"Kenya keeps the Uganda border shut", "recalls its envoy to Tanzania"}


def test_a_title_that_reports_an_act_towards_someone_is_the_articles(drafter):
    text = "Egypt Warns Ethiopia Over Nile Dam as African Union Calls for Talks\n\nCAIRO - Talks stalled.\n"
    ann = draft(drafter, text)
    assert [(c.speaker, c.quote) for c in ann.claims if c.form == "headline"] == [
        ("article", "Egypt Warns Ethiopia Over Nile Dam"),
        ("article", "African Union Calls for Talks"),
    ]


def test_a_titles_label_that_names_a_speaker_is_still_their_words(drafter):
    ann = draft(drafter, "Kremlin: Kyiv plotting attack on Crimea\n\nMOSCOW - Talks stalled.\n")
    assert all(c.speaker != "article" for c in ann.claims if c.form == "headline"), claims(ann)


def test_a_word_of_saying_inside_a_name_attributes_nothing(drafter):
    ann = draft(drafter, "The United States backed Kenya in the dispute.\n")
    assert [c.speaker for c in ann.claims] == ["article"]


def test_a_sentence_is_cut_where_an_actor_takes_over_as_subject_but_not_in_a_list(drafter):
    text = (
        "Kenya has reopened its embassy in Juba; yet Uganda is still massing troops on the border, "
        "and Tanzania has recalled its envoy.\n\nKenya, Uganda and Tanzania signed the accord in May.\n"
    )
    ann = draft(drafter, text)
    assert [c.quote for c in ann.claims if c.speaker == "article"] == [
        "Kenya has reopened its embassy in Juba",
        "Uganda is still massing troops on the border",
        "Tanzania has recalled its envoy.",
        "Kenya, Uganda and Tanzania signed the accord in May.",
    ]


def test_a_state_that_denies_something_in_no_quoted_words_is_the_articles_report(drafter):
    ann = draft(
        drafter,
        "Niger accused Benin of hosting French bases.\n\nBenin has repeatedly denied hosting any base.\n",
    )
    c = claim_of(ann, "denied hosting")
    assert (c.speaker, c.kind) == ("article", "rejection")
    person = draft(drafter, 'Spokesman Jean Adjovi denied that Benin hosts "any base".\n')
    assert all(c.speaker != "article" for c in person.claims), claims(person)


def test_a_pronoun_before_the_verb_beats_a_place_in_the_participle_before_it(drafter):
    text = (
        "Kenyan President William Ruto met envoys.\n\n"
        "Speaking in Kampala on Monday, he said Kenya would reopen the border.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "would reopen").speaker == "william-ruto"


def test_reported_speech_stops_at_a_semicolon_and_before_a_comment_on_it(drafter):
    ann = draft(drafter, "Ruto said Kenya would reopen the border; in Kampala, nobody believed it.\n")
    assert claim_of(ann, "reopen").quote == "Kenya would reopen the border"
    ann = draft(drafter, "Ruto said he wanted more investment in ports, a position his critics call naive.\n")
    assert claim_of(ann, "investment").quote == "he wanted more investment in ports"


@pytest.mark.parametrize(
    "name, actor",
    [("Benin", "benin"), ("Cotonou", "benin"), ("ECOWAS", "ecowas"), ("Honiara", "solomon-islands")],
)
def test_the_gazetteer_knows_every_un_member_and_the_regional_bodies(drafter, name, actor):
    ann = draft(drafter, f"{name} rejected the plan.\n")
    assert actor in {a.id for a in ann.actors}


# --- stances ------------------------------------------------------------------------------------


def test_a_grouping_is_against_the_actors_named_after_it():
    """The rules alone: the grouping against its target, and (since session 16) the speaker against
    each member that is no person (as the curation notes ask since NOTES-dev-G; a leader named as a
    member is left to the learned step: on dev and the bundled article 3 of 8 such were the curators')."""
    text = (
        'Kenyan envoy Paul Otieno said Uganda and Rwanda had formed "an axis of pressure" against Tanzania.\n'
    )
    c = claim_of(draft(rules_only(), text), "axis of pressure")
    assert {(s.holder, s.target, s.polarity) for s in c.stances} >= {("axis-of-pressure", "tanzania", -1)}
    mine = {(s.target, s.polarity) for s in c.stances if s.holder in (None, c.speaker)}
    assert mine >= {("uganda", -1), ("rwanda", -1)}


def test_a_denial_that_names_nobody_is_against_the_last_accuser(drafter):
    text = (
        "NAIROBI (Reuters) - Kenya accused Uganda of arming rebels in the north.\n\n"
        'Ugandan spokesman Paul Okello said the accusations were "pure fabrication".\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "arming rebels").speaker == "kenya"  # not the agency of the dateline
    assert [(s.target, s.polarity) for s in claim_of(ann, "fabrication").stances] == [("kenya", -1)]


def test_refusals_and_closures_are_a_negative_tone(drafter):
    ann = draft(drafter, 'Kenyan minister Paul Otieno said Kenya "will not be lectured" by Uganda.\n')
    assert [(s.target, s.polarity) for s in claim_of(ann, "lectured").stances] == [("uganda", -1)]


@pytest.mark.parametrize(
    "title",
    [
        "Kenya arming rebels in Uganda, officials say",
        "Analyst Warns Kenya Is Arming Rebels in Uganda",
        'Kenya Accuses Uganda and Sudan of Forming "Axis"',
        "Kenya Reportedly Accuses Uganda of Arming Rebels",
        'Kenya Calls Uganda Leader "Warlord"',
    ],
)
def test_a_title_that_carries_someones_words_is_never_the_articles(drafter, title):
    ann = draft(drafter, f"{title}\n\nTrade fell.\n")
    assert all(c.speaker != "article" for c in ann.claims if c.form == "headline"), claims(ann)


def test_a_titles_accusation_is_the_articles_report_of_the_accusing_and_the_accusers_stance(drafter):
    # the curators' convention (rules9, session 13): the title reports that Kenya accuses, an
    # asserted claim of kind accusation; the charge itself is Kenya's, its stance Kenya's
    ann = draft(drafter, "Kenya accuses Kampala of arming rebels\n\nTrade fell.\n")
    assert [(c.speaker, c.status, c.quote) for c in ann.claims if c.form == "headline"] == [
        ("article", "asserted", "Kenya accuses Kampala of arming rebels"),
    ]
    c = claim_of(ann, "accuses Kampala")
    assert c.kind == "accusation"
    assert [(s.holder, s.target, s.polarity) for s in c.stances] == [("kenya", "uganda", -1)]


def test_a_titles_accusation_with_no_subject_of_its_own_is_the_accusers_allegation(drafter):
    # neverfact17: "..., accuses Kampala of ..." holds only the charge (dt-vaalimaa's curators; the
    # house rule: in doubt, downgrade); the act before it stays the article's
    ann = draft(drafter, "Kenya keeps Uganda border shut, accuses Kampala of arming rebels\n\nTrade fell.\n")
    assert [(c.speaker, c.status, c.quote) for c in ann.claims if c.form == "headline"] == [
        ("article", "asserted", "Kenya keeps Uganda border shut"),
        ("kenya", "alleged", "accuses Kampala of arming rebels"),
    ]
    c = claim_of(ann, "accuses Kampala")
    assert c.kind == "accusation"
    assert [(s.holder, s.target, s.polarity) for s in c.stances] == [("kenya", "uganda", -1)]


def test_said_and_accused_are_two_claims_and_the_accusation_keeps_its_verb(drafter):
    ann = draft(
        drafter,
        "Kenya said it would keep the border shut and accused Uganda of arming rebels in the north.\n",
    )
    assert [(c.speaker, c.status, c.quote) for c in ann.claims] == [
        ("kenya", "reported", "it would keep the border shut"),
        ("kenya", "alleged", "accused Uganda of arming rebels in the north."),
    ]


def test_an_outlet_that_speaks_itself_is_the_speaker_but_not_the_agency_of_a_dateline(drafter):
    ann = draft(drafter, 'The Global Times wrote that Kenya and Uganda were building "a Western bloc".\n')
    assert claim_of(ann, "Western bloc").speaker == "global-times"
    ann = draft(drafter, "NAIROBI (Reuters) - Officials said Kenya would reopen the border.\n")
    assert claim_of(ann, "reopen").speaker != "reuters"


def test_telling_reporters_that_is_reported_speech(drafter):
    text = "Kenyan minister Paul Otieno hit back on Sunday, telling reporters that Kenya would not yield.\n"
    assert claim_of(draft(drafter, text), "would not yield").speaker == "paul-otieno"


def test_an_unnamed_source_past_a_lower_case_place(drafter):
    text = (
        "A French diplomat in the region, who asked not to be named, said "
        'Paris saw "no interest in this quarrel."\n'
    )
    c = claim_of(draft(drafter, text), "no interest")
    assert c.speaker.startswith("unnamed-french-diplomat")


def test_in_doubt_a_demonym_alone_or_what_someone_did_not_say_is_not_the_articles(drafter):
    text = (
        "Rwandan troops are fighting in the north.\n\n"
        "What Kenya did not say, and what its critics were quick to point out, was that Uganda had lost.\n"
    )
    assert all(c.speaker != "article" for c in draft(drafter, text).claims)


def test_an_outlet_named_after_what_it_is_anywhere_in_the_sentence(drafter):
    text = 'The conservative daily Kayhan went further, describing Kenya and Uganda as "an axis of greed".\n'
    ann = draft(drafter, text)
    c = claim_of(ann, "axis of greed")
    assert (c.speaker, c.status) == ("kayhan", "alleged")


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda commands the M23 rebels. Kigali denies this.\n",
        "The Houthis receive weapons and training from Iran. Tehran denies arming them.\n",
        "Make no mistake: Serbia is arming the militias in northern Kosovo.\n",
    ],
)
def test_a_contested_or_accusing_sentence_is_not_the_articles_fact(drafter, text):
    ann = draft(drafter, text)
    first = text.split(".")[0]
    assert all(not (c.speaker == "article" and first in c.quote) for c in ann.claims), claims(ann)


def test_an_interview_title_quote_and_words_reported_inside_an_answer(drafter):
    text = (
        '"Russia holds our land": a Kenyan expert on the border\n\n'
        "Paul Otieno, a former minister, spoke to the Ledger.\n\n"
        "Q: Will Brussels act?\n\n"
        "A: No. A senior Western diplomat told me last week that nobody in Brussels wants a new front. "
        "I think that is a mistake.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "Russia holds our land").speaker == "paul-otieno"
    assert claim_of(ann, "nobody in Brussels").speaker == "unnamed-western-diplomat"
    assert claim_of(ann, "a mistake").speaker == "paul-otieno"


def test_reported_that_then_citing_the_source_at_the_end(drafter):
    text = (
        "The Nation newspaper, which is close to the army, reported that Uganda had moved troops north, "
        "citing the army spokesman, Colonel Paul Okello.\n"
    )
    c = claim_of(draft(drafter, text), "moved troops")
    assert (c.speaker, c.via, c.quote) == ("paul-okello", "nation", "Uganda had moved troops north")


def test_a_q_and_a_whose_questions_carry_no_q_is_still_the_interviewees(drafter):
    text = (
        "Guyana's foreign minister on the dispute\n\n"
        "Guyanese Foreign Minister Hugh Todd spoke to the Caribbean Ledger.\n\n"
        "Caracas has held a referendum. How worried are you?\n\n"
        "Venezuela is trying to intimidate a small neighbour.\n\n"
        "Will you ask Washington for help?\n\n"
        "The United States has been a reliable partner.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "intimidate").speaker == "hugh-todd"
    assert claim_of(ann, "reliable partner").speaker == "hugh-todd"
    assert all(c.speaker != "article" for c in ann.claims if "referendum" in c.quote)


def test_two_rhetorical_questions_without_an_interview_make_no_q_and_a(drafter):
    text = (
        "Kenya's choice\n\nKenya must decide. What should Nairobi do?\n\n"
        "Uganda has closed the border.\n\nWho benefits?\n\nTanzania has gained most.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "Tanzania has gained").speaker == "article"


def test_wire_lede_attributed_before_a_trailing_as_clause_and_without_its_dateline(drafter):
    text = (
        "SEOUL, May 3 (Wire) - North Korea fired two missiles into the sea on Friday, South Korea's "
        "military said, as Seoul and Washington held joint drills.\n\n"
        'The launch "threatens peace", U.N. Secretary-General Antonio Guterres said in a statement.\n\n'
        "KCNA, the North's official news agency, said the drills were a rehearsal for invasion.\n"
    )
    ann = draft(drafter, text)
    lede = claim_of(ann, "fired two missiles")
    assert (lede.speaker, lede.quote) == (
        "south-korean-military",
        "North Korea fired two missiles into the sea on Friday",
    )
    assert claim_of(ann, "threatens peace").speaker == "antonio-guterres"
    assert claim_of(ann, "rehearsal").speaker == "kcna"


def test_analysis_sources_and_a_second_claim_after_an_accusation(drafter):
    text = (
        "Kenyan President William Ruto has repeatedly accused Uganda of arming rebels, and last month "
        'he told parliament that Uganda was "preparing another war."\n\n'
        "According to diplomats in Nairobi, Kampala sees the dispute as a distraction. "
        'One of them said Uganda, Rwanda and Burundi now act as "a quiet bloc" in the region.\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "arming rebels").quote == "accused Uganda of arming rebels"
    assert claim_of(ann, "another war").speaker == "william-ruto"
    assert claim_of(ann, "distraction").speaker == "unnamed-diplomats-nairobi"
    bloc = claim_of(ann, "quiet bloc")
    assert (bloc.speaker, bloc.status) == ("unnamed-diplomats-nairobi", "alleged")


def test_told_is_no_interview_for_bare_questions(drafter):
    text = (
        "Kenya's choice\n\nKenyan minister Paul Otieno told reporters that talks would resume.\n\n"
        "What should Nairobi do?\n\nUganda has closed the border.\n\n"
        "Who gains?\n\nTanzania has gained most.\n"
    )
    assert claim_of(draft(drafter, text), "Tanzania has gained").speaker == "article"


# --- drafter 5: stances, and allegations kept out of the article's voice ----------------------


def stances_of(c) -> set[tuple[str | None, str, int]]:
    return {(s.holder, s.target, s.polarity) for s in c.stances}


def test_a_pair_that_trades_accusations_holds_a_stance_against_each_other(drafter):
    text = "Kenya and Uganda trade accusations over a fishing island\n\nThe row began in May.\n"
    got = stances_of(claim_of(draft(drafter, text), "trade accusations"))
    assert {(t, p) for _h, t, p in got} == {("kenya", -1), ("uganda", -1)}


@pytest.mark.parametrize(
    ("text", "words", "polarity"),
    [
        ("Ruth Okello said the bitter row between Chad and Niger would deepen.\n", "bitter row", -1),
        ("Fighting between Armenia and Azerbaijan resumed near the border.\n", "Fighting between", -1),
        ("Relations between Peru and Ecuador have soured since the election.\n", "Relations between", -1),
        ("Relations between Japan and South Korea have warmed this year.\n", "Relations between", 1),
        ("Ghana quietly signed a maritime pact with Togo on Monday, officials said.\n", "Ghana quietly", 1),
        ("Mongolia has renewed its transit agreement with Kazakhstan, officials said.\n", "Mongolia has", 1),
        ("Analysts said Laos and Vietnam are close allies, a diplomat said.\n", "Laos and", 1),
        ("Analysts said Chile and Bolivia have long been at odds, a diplomat said.\n", "Chile and", -1),
    ],
)
def test_a_pair_in_a_quarrel_or_a_deal_holds_a_stance_towards_each_other(drafter, text, words, polarity):
    got = stances_of(claim_of(draft(drafter, text), words))
    assert len({t for _h, t, _p in got}) == 2 and {p for _h, _t, p in got} == {polarity}, got


@pytest.mark.parametrize(
    "text",
    [
        "Uganda trained the fighters in camps near Gulu, a charge Kampala denies.\n",
        "• Rwanda backs the rebels (UN experts)\n",
        "Uganda trained the militia fighters, per a leaked report.\n",
        "Uganda armed the rebels, diplomats suspect.\n",
        "Uganda may have armed the rebels.\n",
        "Uganda appears to have armed the rebels.\n",
        "Kenya is understood to have sent troops to the border.\n",
        "Uganda likely armed the rebels last year.\n",
        "The talks stalled.\n\nThe conclusion is simple: Rwanda is funding the rebels.\n",
        "The talks stalled. Is Uganda arming the rebels? Uganda has every reason to.\n",
        "The talks stalled.\n\nUganda would gain most from a weak Juba.\n",
    ],
)
def test_a_charge_a_source_in_passing_a_hedge_or_the_writers_argument_is_never_the_articles_fact(
    drafter, text
):
    ann = draft(drafter, text)
    assert _none_as_fact(
        c for c in ann.claims if "Uganda" in c.quote or "Rwanda" in c.quote or "Kenya" in c.quote
    ), claims(ann)


@pytest.mark.parametrize(
    "text",
    ["Uganda is believed to be arming the rebels.\n", "Ethiopia is said to be training the fighters.\n"],
)
def test_a_passive_verb_of_saying_is_an_unknown_speakers_allegation_not_the_subjects_words(drafter, text):
    ann = draft(drafter, text)
    assert [(c.speaker, c.status) for c in ann.claims] == [("unknown-speaker", "alleged")]


def test_a_relative_clause_that_says_whose_words_they_are_gives_them_to_that_source(drafter):
    ann = draft(drafter, "Uganda, which the report says trained the fighters, denies it.\n")
    c = claim_of(ann, "trained the fighters")
    assert c.speaker != "uganda" and c.status == "alleged"


def test_a_state_that_denies_for_its_part_is_the_articles_report(drafter):
    ann = draft(drafter, "Kenya accused Uganda of arming rebels.\n\nUganda, for its part, denies any role.\n")
    c = claim_of(ann, "denies any role")
    assert (c.speaker, c.status) == ("article", "asserted")


def test_an_accusation_after_and_is_made_by_the_subject_of_its_own_clause(drafter):
    text = (
        "Kenya closed its border with Uganda on Tuesday, the interior ministry said, and President "
        "William Ruto accused Kampala and Kigali of arming the rebels.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "accused Kampala")
    assert c.speaker == "william-ruto"
    assert all(s.target != (s.holder or c.speaker) for x in ann.claims for s in x.stances)


def test_an_accusation_against_a_list_holds_a_stance_against_each_listed(drafter):
    text = "Ghana's foreign ministry accused Nigeria, Togo and Cameroon of leaving gaps in patrols.\n"
    ann = draft(drafter, text)
    got = {(t, p) for _h, t, p in stances_of(claim_of(ann, "accused"))}
    assert {("nigeria", -1), ("togo", -1), ("cameroon", -1)} <= got


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Estonian Prime Minister Kristen Michal called on the European Union to adopt sanctions.", 1),
        ("Estonian Prime Minister Kristen Michal called on Russia to release the ship.", -1),
    ],
)
def test_one_asked_to_help_is_a_partner_one_asked_to_stop_is_opposed(drafter, sentence, polarity):
    ann = draft(drafter, sentence + "\n")
    got = {(t, p) for c in ann.claims for _h, t, p in stances_of(c)}
    urged = "european-union" if "Union" in sentence else "russia"
    assert (urged, polarity) in got, claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya Backs Rebels, Says Uganda\n\nThe border was closed on Monday.\n",
        "Kenya Backs Rebels, Ugandan Officials Say\n\nThe border was closed on Monday.\n",
        "Border clash\n\n• Uganda: Kenya behind the attack\n• The border was closed on Monday.\n",
    ],
)
def test_a_title_said_by_someone_or_a_bullet_with_a_speakers_label_is_never_the_articles_fact(
    drafter, text
):
    ann = draft(drafter, text)
    assert all(c.speaker != "article" for c in ann.claims if "Kenya" in c.quote), claims(ann)


def test_speculation_in_someones_words_is_reported_not_alleged_and_a_suspect_is_no_hedge(drafter):
    ann = draft(drafter, "Kenyan envoy Kofi Mensah said the toll in Uganda was likely to rise.\n")
    assert claim_of(ann, "likely to rise").status == "reported"
    ann = draft(drafter, "Uganda searched the hills for Joseph Kony, the number one suspect in it.\n")
    assert claim_of(ann, "searched the hills").speaker == "article"


def test_a_charge_denied_at_a_sentences_end_is_the_deniers_report_against_the_accuser(drafter):
    # fact25: the denier's words, reported, as a short denial is (denial21), never the article's
    text = "Niger accused Benin of letting French troops prepare attacks, a charge Cotonou has rejected.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "a charge Cotonou")
    assert (c.speaker, c.status) == ("benin", "reported")
    assert stances_of(c) == {("benin", "niger", -1)}
    assert claim_of(ann, "accused Benin").speaker == "niger"


def test_both_leaders_are_the_last_two_leaders_named_not_the_last_two_people(drafter):
    text = (
        "President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Abu Dhabi. Analyst Anna Petrova "
        "said the text was short.\n\nEU envoy Jan Novak praised both leaders for their courage.\n"
    )
    got = {(t, p) for _h, t, p in stances_of(claim_of(draft(drafter, text), "praised both leaders"))}
    assert got == {("ilham-aliyev", 1), ("nikol-pashinyan", 1)}


def test_a_hyphenated_name_with_a_one_letter_part_introduced_with_who_is_a_person(drafter):
    text = (
        "Ramon Tjon-A-Fat, who chairs the foreign affairs committee, spoke to the Ledger.\n\n"
        "Q: Why now?\n\nA: It was never quiet.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "never quiet").speaker == "ramon-tjon-a-fat"


def test_a_pair_that_signs_a_deal_holds_a_stance_for_each_other(drafter):
    text = "The talks ended on Friday.\n\nKenya and Uganda signed a border agreement in Arusha on Monday.\n"
    got = stances_of(claim_of(draft(drafter, text), "signed a border"))
    assert got == {("kenya", "uganda", 1), ("uganda", "kenya", 1)}


def test_general_news_words_of_tone_place_a_stance_in_quoted_speech(drafter):
    text = 'Kenyan minister Paul Otieno said Uganda was "taking advantage of the flood to grab land."\n'
    got = {(t, p) for c in draft(drafter, text).claims for _h, t, p in stances_of(c)}
    assert ("uganda", -1) in got


def test_news_verbs_of_criticism_place_a_stance_towards_the_one_criticised(drafter):
    ann = draft(drafter, "Kenya lashed out at Uganda on Monday over the border closure.\n")
    assert ("kenya", "uganda", -1) in stances_of(claim_of(ann, "lashed out"))


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled.\n\nThe charge from Kampala: Kenya armed the rebels.\n",
        "The talks stalled.\n\nUganda's message was clear: Kenya is arming the rebels.\n",
        "The talks stalled.\n\nUganda's view is simple. Kenya armed the rebels.\n",
    ],
)
def test_words_announced_by_a_lead_are_never_the_articles_fact(drafter, text):
    ann = draft(drafter, text)
    assert _none_as_fact(c for c in ann.claims if "rebels" in c.quote)


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled.\n\nUganda trained the fighters, Kenya charged.\n",
        "The talks stalled.\n\nUganda trained the fighters, Kenya maintains.\n",
        "The talks stalled.\n\nUganda trained the fighters, a Kenyan official confirmed.\n",
    ],
)
def test_a_speaker_after_the_clause_with_a_less_common_verb_of_saying_keeps_it_out_of_the_articles_voice(
    drafter, text
):
    ann = draft(drafter, text)
    assert all(c.speaker != "article" for c in ann.claims if "fighters" in c.quote), claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Border news\n\n• Kenya armed the rebels - Ugandan army\n• Trade fell.\n", "ugandan-army"),
        (
            "KAMPALA (Wire) - Kenya armed the rebels in April \u2014 army spokesman Felix Kulayigye.\n",
            "felix-kulayigye",
        ),
    ],
)
def test_a_source_after_a_closing_dash_says_what_comes_before_it(drafter, text, speaker):
    c = claim_of(draft(drafter, text), "armed the rebels")
    assert (c.speaker, c.quote.startswith("Kenya")) == (speaker, True)


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled.\n\nKenya armed the rebels, the document shows.\n",
        "The talks stalled.\n\nKenya armed the rebels, leaked documents indicate.\n",
        "The talks stalled.\n\nKenya armed the rebels, evidence suggests.\n",
    ],
)
def test_a_claim_a_document_or_evidence_shows_is_never_the_articles_fact(drafter, text):
    assert all(c.speaker != "article" for c in draft(drafter, text).claims if "rebels" in c.quote)


# --- drafter 6: forms of reported speech -----------------------------------------------------


def test_a_speaker_set_between_commas_inside_the_claim(drafter):
    text = (
        "Kenyan envoy Otieno Mwangi spoke in Kampala on Monday. Uganda's 2,000 troops in the region, "
        'he said, were "a shield, not a sword". Its patience, analysts say, is running out.\n'
    )
    ann = draft(drafter, text)
    troops = claim_of(ann, "a shield")
    assert (troops.speaker, troops.quote) == ("otieno-mwangi", 'were "a shield, not a sword".')
    patience = claim_of(ann, "patience")
    assert patience.speaker.startswith("unnamed-analysts") and patience.quote.startswith("Its patience")


def test_unnamed_sources_after_the_clause_and_an_aside_inside_the_reported_words(drafter):
    text = (
        "NAIROBI, Kenya (Wire) - Fighting closed the road to Busia on Friday, local authorities said.\n\n"
        "Analysts in Nairobi said the timing, a week before the Kenyan vote, was no accident.\n"
    )
    ann = draft(drafter, text)
    road = claim_of(ann, "Fighting closed")
    assert (road.speaker, road.quote) == (
        "unnamed-local-authorities", "Fighting closed the road to Busia on Friday"
    )
    assert claim_of(ann, "the timing").quote.endswith("was no accident.")


def test_a_post_on_x_ends_its_sentence(drafter):
    text = 'Uganda "will not bow," Yoweri Museveni wrote on X. He added that Kenya was "a good neighbour."\n'
    ann = draft(drafter, text)
    assert claim_of(ann, "good neighbour").speaker == "yoweri-museveni"


def test_a_quoted_grouping_keeps_its_list_or_its_aim_when_the_noun_alone_is_no_name(drafter):
    text = (
        'Opposition leader Amani Kiptoo said that Kenya was run by "a cartel of Nairobi, Kampala and '
        'Kigali" that cared only for gold.\n\nThe Tanzanian minister described Kenya and Uganda as '
        '"an alliance against the lake people."\n'
    )
    ann = draft(drafter, text)
    groups = {m.group for m in ann.memberships}
    assert groups == {"cartel-of-nairobi-kampala-and-kigali", "alliance-against-the-lake-people"}
    members = {(m.member, m.group) for m in ann.memberships}
    assert ("uganda", "cartel-of-nairobi-kampala-and-kigali") in members
    assert ("uganda", "alliance-against-the-lake-people") in members
    assert all(c.status == "alleged" and c.speaker != "article" for c in ann.claims if "cartel" in c.quote)


def test_an_accusation_and_a_second_claim_without_a_pronoun(drafter):
    text = (
        'Kenyan MP Amani Kiptoo accused Kampala of "lying to its people" and wrote that Kenya, '
        'the United States and Rwanda were building "a lakeside axis" in Africa.\n'
    )
    ann = draft(drafter, text)
    second = claim_of(ann, "lakeside axis")
    assert second.quote.startswith("Kenya, the United States and Rwanda") and second.status == "alleged"
    assert {m.member for m in ann.memberships} == {"united-states", "rwanda"}  # not the speaker's own side
    assert claim_of(ann, "accused Kampala").quote == 'accused Kampala of "lying to its people"'


def test_according_to_inside_a_relative_clause_is_no_source_of_the_sentence(drafter):
    text = (
        'Kenyan MP Amani Kiptoo accused Uganda of acting as "a water cartel," a phrase that, according to '
        "the Daily Clarion, drew a protest from Kampala.\n"
    )
    c = claim_of(draft(drafter, text), "water cartel")
    assert (c.speaker, c.status) == ("amani-kiptoo", "alleged")
    assert c.quote == 'accused Uganda of acting as "a water cartel,"'


def test_a_quotation_that_carries_on_the_speakers_clause_is_the_whole_clause(drafter):
    text = (
        "Kenyan President William Ruto spoke on Sunday. Kenya would \"not beg\" for peace, he told the "
        "Daily Clarion, adding that Uganda's leaders were \"looking for an enemy.\" Kampala struck a "
        'softer tone. "We are neighbours," said Ugandan minister Sam Kutesa.\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "not beg").quote == 'Kenya would "not beg" for peace'
    assert claim_of(ann, "looking for").quote == "Uganda's leaders were \"looking for an enemy.\""
    assert {c.speaker for c in ann.claims if "beg" in c.quote or "enemy" in c.quote} == {"william-ruto"}
    assert claim_of(ann, "neighbours").quote == "We are neighbours"  # the sentence before is not its lead


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya has ostensibly armed rebels in Uganda.",
        "Kenya armed rebels in Uganda, critics charge.",
        "Kenya armed rebels in Uganda, Ugandan officials allege.",
        "Kenya armed the rebels in Uganda. Or so Kampala insists.",
    ],
)
def test_a_hedge_a_charge_at_the_end_or_an_or_so_is_never_the_articles_voice(drafter, sentence):
    ann = draft(drafter, f"The talks in Nairobi stalled on Monday.\n\n{sentence}\n")
    assert _none_as_fact(c for c in ann.claims if "rebels" in c.quote)


def test_bullets_after_a_speaker_who_spoke_are_the_speakers(drafter):
    text = "The talks stalled. Ugandan minister Sam Kutesa spoke:\n\n• Kenya arms rebels.\n• Rwanda pays.\n"
    ann = draft(drafter, text)
    assert {c.speaker for c in ann.claims if "rebels" in c.quote or "pays" in c.quote} == {"sam-kutesa"}


def test_a_sentence_in_his_account_or_in_the_tense_of_reported_speech_carries_the_speaker_on(drafter):
    text = (
        "The talks stalled on Monday. Ugandan President Yoweri Museveni said Kenya was to blame. "
        "Kenya, in his account, armed the rebels. Rwanda had paid the fighters in gold.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "in his account").speaker == "yoweri-museveni"
    paid = claim_of(ann, "had paid")
    assert (paid.speaker, paid.status) == ("yoweri-museveni", "reported")


def test_a_speaker_who_goes_on_to_an_act_after_and_makes_a_second_claim(drafter):
    text = (
        'Kenyan President William Ruto said the convoy was "on a lawful errand" and demanded its '
        "immediate release. Ugandan minister Sam Kutesa accused Kenya of arming rebels, and offered to "
        "host talks in Entebbe next month.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "demanded").quote == "demanded its immediate release."
    assert claim_of(ann, "lawful").quote == 'the convoy was "on a lawful errand"'
    offered = claim_of(ann, "offered")
    assert (offered.speaker, offered.quote) == ("sam-kutesa", "offered to host talks in Entebbe next month.")
    assert claim_of(ann, "accused").quote == "accused Kenya of arming rebels"


def test_reported_speech_stops_where_the_article_goes_on_about_the_speakers_side(drafter):
    text = (
        'Kenyan President William Ruto said Kenya would "never bow," and his government has sent '
        "2,000 troops to the border since May.\n"
    )
    c = claim_of(draft(drafter, text), "never bow")
    assert c.quote == 'Kenya would "never bow,"'


@pytest.mark.parametrize(
    ("seat", "state"),
    [
        ("Zhongnanhai", "china"),
        ("Bankova", "ukraine"),
        ("Casa Rosada", "argentina"),
        ("Malacañang", "philippines"),
    ],
)
def test_seats_of_government_are_their_states(drafter, seat, state):
    ann = draft(drafter, f"{seat} condemned the attack on Tuesday.\n")
    assert state in {a.id for a in ann.actors}


def test_a_body_keeps_its_name_with_a_plain_apostrophe_and_a_source_before_an_adverb(drafter):
    text = (
        "Rwanda\u2019s defence ministry said the troops would stay. Kremlin officials had earlier "
        'dismissed the plan as "a provocation".\n'
    )
    ann = draft(drafter, text)
    body = next(a for a in ann.actors if a.type == "government-body")
    assert {"Rwanda\u2019s defence ministry", "Rwanda's defence ministry"} <= set(body.aliases)
    assert claim_of(ann, "dismissed").speaker == "unnamed-kremlin-officials"


def test_a_clause_then_according_to_a_source_which_said_more(drafter):
    text = (
        "No shots were fired at the border post, according to the Kenyan army, which said two soldiers "
        "were hurt.\n\nThe Economic Community of Central African States said it would send an envoy.\n"
    )
    ann = draft(drafter, text)
    shots = claim_of(ann, "No shots")
    assert (shots.speaker, shots.quote) == ("kenyan-army", "No shots were fired at the border post")
    assert claim_of(ann, "two soldiers").speaker == "kenyan-army"
    assert claim_of(ann, "envoy").speaker == "eccas"


def test_a_states_military_presence_is_the_states_not_a_body(drafter):
    ann = draft(drafter, 'Moldova called Russia\'s military presence in the region "a threat to all".\n')
    assert "russian-military" not in {a.id for a in ann.actors}
    assert any(s.target == "russia" and s.polarity == -1 for c in ann.claims for s in c.stances)


def test_the_gazetteer_knows_sitting_leaders_so_a_wrong_first_name_or_former_is_flagged(drafter):
    text = (
        "Algerian President Abdelaziz Tebboune said Algeria would not yield. "
        "Former Rwandan President Paul Kagame said Rwanda was ready to talk.\n"
    )
    ann = draft(drafter, text)
    flags = {(f.kind, f.actor) for f in ann.flags}
    assert ("wrong-name", "abdelmadjid-tebboune") in flags
    assert ("wrong-title", "paul-kagame") in flags


def test_a_participle_after_the_subjects_clause_and_in_his_words_keep_the_speaker(drafter):
    text = (
        "Ugandan President Yoweri Museveni, quoted by the Daily Clarion, went further, describing Kenya "
        'and Rwanda as "a lakeside axis" against Uganda.\n\nKenyan envoy Otieno Mwangi said the talks '
        'were over. Uganda and Tanzania were, in his words, "one front of bullies" on the lake.\n'
    )
    ann = draft(drafter, text)
    axis = claim_of(ann, "lakeside axis")
    assert (axis.speaker, axis.status) == ("yoweri-museveni", "alleged")
    assert axis.quote.startswith("describing")
    front = claim_of(ann, "in his words")
    assert (front.speaker, front.status) == ("otieno-mwangi", "alleged")
    members = {(m.member, m.group) for m in ann.memberships}
    assert members >= {("kenya", "lakeside-axis"), ("rwanda", "lakeside-axis")}


def test_the_writers_comment_after_someones_words_is_the_articles_and_not_their_claim(drafter):
    text = (
        'Kenyan minister Amani Kiptoo said Kenya was "ready to carry every tonne Kampala sends," '
        "a message that was not lost on Nairobi's rivals.\n\nUgandan minister Sam Kutesa said the "
        'talks had failed, a view that his critics say is "a convenient fiction".\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "ready to carry").quote == 'Kenya was "ready to carry every tonne Kampala sends,"'
    comment = claim_of(ann, "not lost")
    assert (comment.speaker, comment.status) == ("article", "asserted")
    assert all(c.speaker != "article" for c in ann.claims if "fiction" in c.quote)  # attributed


@pytest.mark.parametrize(
    "sentence",
    ["Kenya has been linked to the rebels in Uganda.", "Kenya was implicated in the attack on Uganda."],
)
def test_a_passive_link_with_no_one_who_makes_it_is_never_the_articles_fact(drafter, sentence):
    ann = draft(drafter, f"The talks in Nairobi stalled on Monday.\n\n{sentence}\n")
    assert _none_as_fact(c for c in ann.claims if "Kenya" in c.quote)


def test_the_paragraph_after_said_on_a_day_colon_is_the_speakers(drafter):
    text = "The talks stalled.\n\nUganda's Yoweri Museveni said on Monday:\n\nKenya arms the rebels.\n"
    assert claim_of(draft(drafter, text), "arms").speaker == "yoweri-museveni"


def test_the_president_or_the_minister_is_the_last_person_in_that_office(drafter):
    text = (
        "Kenyan President William Ruto spoke in Nairobi. Uganda's foreign minister, Okello Oryem, "
        'flew to Kampala. The president said Kenya was "open to dialogue". The minister said Uganda '
        "would wait.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "open to dialogue").speaker == "william-ruto"
    assert claim_of(ann, "would wait").speaker == "okello-oryem"


def test_an_outlet_citing_a_source_after_a_day_with_two_claims(drafter):
    text = (
        "The Daily Clarion reported on Tuesday, citing UN sources, that Kenyan workers had resumed "
        'work on the road, and that peacekeepers had been "pushed aside" at the border.\n'
    )
    ann = draft(drafter, text)
    road = claim_of(ann, "resumed")
    assert road.speaker.startswith("unnamed-un-sources") and road.via == "daily-clarion"
    assert road.quote == "Kenyan workers had resumed work on the road"
    assert claim_of(ann, "pushed aside").quote.startswith("peacekeepers")


def test_an_outlet_that_quoted_an_unnamed_source_as_saying(drafter):
    text = (
        "The story was picked up by the Daily Clarion, which quoted a Kenyan official who declined to "
        "be named as saying Nairobi had asked Kampala to pull back its troops.\n"
    )
    c = claim_of(draft(drafter, text), "Nairobi had asked")
    assert (c.speaker, c.via) == ("unnamed-kenyan-official", "daily-clarion")
    assert c.quote.startswith("Nairobi had asked")


@pytest.mark.parametrize(
    "sentence",
    [
        "Uganda's position is that Kenya armed the rebels.",
        "The Ugandan version is that Kenya armed the rebels.",
        "To Kampala, Kenya is the rebels' sponsor.",
        "Kampala sees the hand of Nairobi behind the rebels.",
        "The dossier details how Kenya armed the rebels.",
    ],
)
def test_a_view_a_perspective_or_a_document_is_never_the_articles_fact(drafter, sentence):
    ann = draft(drafter, f"The talks in Nairobi stalled on Monday.\n\n{sentence}\n")
    assert _none_as_fact(c for c in ann.claims if "rebels" in c.quote)


def test_a_trailing_comment_with_a_further_clause_still_ends_the_reported_words(drafter):
    text = (
        "Kenyan President William Ruto insists that Kenya keeps full control of the road, a claim "
        "that Ugandan officials say they accept; a Ugandan official said, however, that Kampala "
        "was worried.\n"
    )
    c = claim_of(draft(drafter, text), "full control")
    assert c.quote == "Kenya keeps full control of the road"


def test_urging_a_quoted_party_to_act_is_the_whole_demand(drafter):
    text = 'Kenyan envoy Otieno Mwangi urged "all parties in Uganda" to settle their differences by talks.\n'
    c = claim_of(draft(drafter, text), "all parties")
    assert (c.speaker, c.quote) == (
        "otieno-mwangi", 'urged "all parties in Uganda" to settle their differences by talks.'
    )


def test_working_with_a_partner_as_equals_is_a_positive_stance(drafter):
    text = 'Kenyan President William Ruto said Kenya would work with Uganda "as equals and as neighbours".\n'
    ann = draft(drafter, text)
    assert any(s.target == "uganda" and s.polarity == 1 for c in ann.claims for s in c.stances)


def test_an_unnamed_source_after_but_opens_its_clause(drafter):
    text = "Kenya has sought to mend ties, but security officials in both capitals say mistrust runs deep.\n"
    c = claim_of(draft(drafter, text), "mistrust")
    assert c.speaker.startswith("unnamed-security-officials") and c.quote == "mistrust runs deep."


# --- session 9: the report that opens an attributed sentence, the subject of ", and accused" ----


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            'Brazil sent two frigates to the Atlantic on Friday, in what Argentina called "a provocation".\n',
            "Brazil sent two frigates to the Atlantic on Friday",
        ),
        (
            "Chile recalled its ambassador to Peru on Tuesday, saying the new maps ignored the ruling.\n",
            "Chile recalled its ambassador to Peru on Tuesday",
        ),
    ],
)
def test_the_report_that_opens_a_sentence_before_someones_words_is_the_articles(drafter, text, lead):
    ann = draft(drafter, text)
    assert ("article", "asserted", lead) in claims(ann)
    assert all(c.speaker != "article" for c in ann.claims if c.quote != lead), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya armed the rebels in Uganda, as Kampala has long alleged.\n",
        "Rwanda deployed troops in Kivu, and Kinshasa accuses it of backing the rebels.\n",
        "Rwanda deployed troops in Kivu, as Kinshasa accused Rwanda of backing the rebels.\n",
        "Rwanda's army shelled the town overnight, killing at least 12 people, Congolese officials said.\n",
        "Kenya is arming the rebels in Uganda, and Kampala says it has proof.\n",
        "Kenya is arming the rebels in Uganda, while Nairobi denies it.\n",
        "Kenya armed the rebels in Uganda, diplomats said, and Kampala protested.\n",
        "Kenya may have armed the rebels, and Kampala said so.\n",
        "Kenya and Uganda now form a new bloc, and Tanzania said it was worried.\n",
        "Ugandan President Yoweri Museveni, speaking in Kampala, said Kenya had armed the rebels.\n",
    ],
)
def test_a_sentence_whose_opening_is_contested_or_someones_has_no_article_claim(drafter, text):
    ann = draft(drafter, text)
    assert all(c.speaker != "article" for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Chile recalled its envoy to Peru on Tuesday, saying the new maps ignored the ruling.\n", "chile"),
        ("Ghana seized a trawler bound for Togo on Monday, and accused its crew of smuggling.\n", "ghana"),
    ],
)
def test_a_verb_after_and_or_a_participle_speaks_for_the_sentences_subject(drafter, text, speaker):
    ann = draft(drafter, text)
    said = [c for c in ann.claims if c.speaker not in ("article", "unknown-speaker")]
    assert said and all(c.speaker == speaker for c in said), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Togo's assertion that Ghana had armed the rebels was repeated on Monday.\n",
        "Ghana armed the rebels in Togo, Nigeria charged on Monday.\n",
        "Ghana may well have armed the rebels in Togo.\n",
        "Ghana would have armed the rebels in Togo without the embargo.\n",
        "Ghana armed the rebels in Togo, it emerged on Monday.\n",
        "Nigerian officials think Ghana armed the rebels in Togo.\n",
        "Talks in Accra resumed amid accusations by Togo that Ghana armed the rebels.\n",
        "Ghana's contention that Togo harbours the rebels drew scorn in Abuja.\n",
        "Ghana is thought to be training militias in Togo.\n",
        "Ghana reportedly armed the rebels in Togo.\n",
        "Sources close to the presidency say Ghana is arming rebels in Togo.\n",
        "The accusation: Ghana armed the rebels in Togo.\n",
        "Did Ghana arm the rebels in Togo? Officials in Lome think so.\n",
    ],
)
def test_an_assertion_a_conditional_or_what_emerged_is_never_the_articles_fact(drafter, text):
    ann = draft(drafter, text)
    assert _none_as_fact(ann.claims), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana armed the rebels in Togo: that is the conclusion of a UN panel.\n",
        "Ghana armed the rebels in Togo, as Lome has claimed for months.\n",
        "Togolese officials are convinced. Ghana armed the rebels, and Benin paid them.\n",
        "Ghana armed the rebels in Togo, sources in Lome said. Benin is also under suspicion.\n",
    ],
)
def test_a_conclusion_a_conviction_or_what_someone_has_claimed_for_months_is_not_the_articles(drafter, text):
    ann = draft(drafter, text)
    named = [c for c in ann.claims if "Ghana" in c.quote or "Benin" in c.quote]
    assert all(c.status != "asserted" for c in named), claims(ann)


def test_the_interviewee_is_who_talked_to_us_not_who_told_reporters_before(drafter):
    text = (
        "Palau has argued for years about its fishing pact. President Surangel Whipps told reporters in 2024 "
        "that he would end it. Mele Tupou, a former fisheries minister, talked to Island Weekly in Koror.\n\n"
        "Q: Is the pact alive?\n\nA: Barely. The patrol boats still come every month.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "The patrol boats").speaker == "mele-tupou", claims(ann)


def test_a_drafted_body_of_a_state_is_labelled_by_its_formal_name(drafter):
    ann = draft(drafter, "Peru's foreign ministry said on Monday that the talks would resume in Lima.\n")
    body = next(a for a in ann.actors if a.type == "government-body")
    assert body.label == "Ministry of Foreign Affairs of Peru" and "Peru's foreign ministry" in body.aliases


def test_a_hostile_word_from_one_side_of_a_two_state_dispute_is_against_the_other(drafter):
    text = (
        "Chile and Peru traded protests over the fishing zone on Monday. Chile recalled its envoy. "
        "Peru summoned the Chilean ambassador. Chile said the zone was its own. Peru disagreed.\n\n"
        'Chilean Foreign Minister Ana Rojas said: "We will never give up a metre of our sea."\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "a metre of our sea")
    assert {(s.target, s.polarity) for s in c.stances} == {("peru", -1)}, claims(ann)
    mediator = draft(drafter, text.replace("Chilean Foreign Minister Ana Rojas", "The UN envoy Jan Berg"))
    assert not claim_of(mediator, "a metre of our sea").stances


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Democratic Republic of Congo closed its border on Monday.\n", "dr-congo"),
        ("The Republic of Korea sent a frigate to the strait on Monday.\n", "south-korea"),
        ("The Dominican foreign ministry said the border would stay shut.\n", "dominican-republic"),
    ],
)
def test_common_long_forms_and_demonyms_name_their_state(drafter, text, state):
    ann = draft(drafter, text)
    assert state in {a.id for a in ann.actors}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'Kenya\'s army said it would take "all necessary measures". It did not say what they might be.\n',
            "It did not say what they might be.",
        ),
        (
            "The Ugandan foreign ministry did not respond to a request for comment.\n",
            "The Ugandan foreign ministry did not respond to a request for comment.",
        ),
        (
            "Kenya accused Uganda of arming the rebels, a charge Kampala did not immediately address.\n",
            "a charge Kampala did not immediately address.",
        ),
    ],
)
def test_what_someone_did_not_say_or_answer_is_the_articles_report(drafter, text, quote):
    ann = draft(drafter, text)
    assert ("article", "asserted", quote) in claims(ann)
    assert all(c.speaker != "article" for c in ann.claims if c.quote != quote), claims(ann)


def test_he_in_turn_or_for_his_part_is_the_last_person_named(drafter):
    text = (
        "Kenyan President William Ruto spoke in Nairobi. He in turn accused Kampala of arming the rebels. "
        "He, for his part, said Uganda had closed the border.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "accused Kampala").speaker == "william-ruto"
    assert claim_of(ann, "Uganda had closed").speaker == "william-ruto"


def test_a_states_official_named_by_office_only_is_an_unnamed_source_of_that_state(drafter):
    text = "Lithuania's interior minister, quoted by LRT, said Vilnius would close its crossings.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "Vilnius would close")
    speaker = next(a for a in ann.actors if a.id == c.speaker)
    assert speaker.unnamed and "lithuania" in speaker.affiliation
    assert "Lithuania's interior minister" in speaker.aliases
    named = draft(drafter, "Kenya's foreign minister Musalia Mudavadi said the talks had failed.\n")
    assert claim_of(named, "the talks had failed").speaker == "musalia-mudavadi"


def test_the_government_of_the_one_state_its_paragraph_named_and_no_outlet_as_speaker(drafter):
    text = (
        "Cameroon rejected the charge. In a statement read on the state broadcaster CRTV, the government "
        "said Cameroon had never hosted the rebels.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "had never hosted")
    speaker = next(a for a in ann.actors if a.id == c.speaker)
    assert speaker.label == "Government of Cameroon" and "cameroon" in speaker.affiliation
    two = draft(drafter, text.replace("Cameroon rejected", "Chad accused Cameroon. Cameroon rejected"))
    assert all(c.speaker != "crtv" for c in two.claims)


def test_a_statements_own_voice_is_the_articles_but_never_the_claims_it_answers(drafter):
    text = (
        "Statement by the Ministry of Foreign Affairs\n\n"
        "The Ministry firmly rejects the remarks made on Monday by officials in Lome. "
        "The Ministry also condemns the campaign of certain outlets, which have claimed without evidence "
        "that Ghana armed the rebels.\n"
    )
    ann = draft(drafter, text)
    own = "The Ministry firmly rejects the remarks made on Monday by officials in Lome."
    assert ("article", "asserted", own) in claims(ann)
    assert all("armed the rebels" not in c.quote for c in ann.claims if c.speaker == "article"), claims(ann)


def test_a_statements_own_welcome_is_a_stance_of_its_issuer(drafter):
    text = (
        "The Ministry of Foreign Affairs of Ghana expresses its concern at the events in Lome.\n\n"
        "The Ministry welcomes the clear statements of Nigeria and Benin in support of dialogue.\n"
    )
    c = claim_of(draft(drafter, text), "welcomes the clear statements")
    assert {(s.target, s.polarity) for s in c.stances} == {("nigeria", 1), ("benin", 1)}


def test_a_bullet_that_reports_a_number_and_names_no_one_is_the_articles(drafter):
    text = "Colombia shuts border after ambush\n\n  • About 2,000 troops are being sent to the region.\n"
    ann = draft(drafter, text)
    assert ("article", "asserted", "About 2,000 troops are being sent to the region.") in claims(ann)


def test_according_to_a_source_who_asked_not_to_be_named_starts_after_the_aside(drafter):
    text = (
        "According to a senior adviser, who spoke on condition of anonymity, the prime minister has asked "
        "Ankara for an emergency release.\n"
    )
    c = claim_of(draft(drafter, text), "emergency release")
    assert c.quote == "the prime minister has asked Ankara for an emergency release."


def test_a_speaker_who_said_a_and_denied_b_makes_two_claims(drafter):
    text = "Ugandan minister Paul Ochieng said the talks would go on and denied arming the rebels in Kenya.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "denied arming").quote == "denied arming the rebels in Kenya."
    assert claim_of(ann, "talks would go on").quote == "the talks would go on"


def test_their_leader_or_its_spokesman_is_an_unnamed_source_in_a_body_or_an_answer(drafter):
    ann = draft(drafter, "The rebels took it. Their leader told TASS the base was a guarantee of peace.\n")
    c = claim_of(ann, "a guarantee of peace")
    speaker = next(a for a in ann.actors if a.id == c.speaker)
    assert speaker.unnamed and "Their leader" in speaker.aliases
    qa = (
        "Ana Lima, a scholar, talked to Island Weekly.\n\nQ: What do the rebels say?\n\n"
        "A: Their leader told TASS that the base was a guarantee of peace.\n"
    )
    assert claim_of(draft(drafter, qa), "a guarantee of peace").speaker != "ana-lima"


def test_a_person_is_of_the_state_whose_title_they_hold_before_or_after_the_name(drafter):
    ann = draft(drafter, "Greenland's Prime Minister Aqqa Olsen said Greenland was not for sale.\n")
    person = next(a for a in ann.actors if a.id == "aqqa-olsen")
    assert "greenland" in person.affiliation
    assert not claim_of(ann, "not for sale").stances  # never a stance toward one's own state
    after = draft(drafter, "Lucia Vera Soto, Mexico's deputy foreign minister, said the talks would go on.\n")
    assert "mexico" in next(a for a in after.actors if a.id == "lucia-vera-soto").affiliation


def test_an_alias_names_one_actor_in_a_draft(drafter):
    text = (
        "Chinese police advisers, officials in Suva say, still visit the force. "
        "Officials in Suva said the review was over.\n\n"
        "Q: Is it over?\n\nA: Officials in Suva say so, and officials in Suva are rarely wrong.\n"
    )
    ann = draft(drafter, text)  # parse_annotation refuses an alias owned twice
    owners = [a.id for a in ann.actors if "officials in Suva" in a.aliases]
    assert len(owners) <= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry notes with concern the reports of abuses by Togolese border guards.\n",
        'The Ministry regrets the words of the Togolese minister, who described Ghana as a "rogue state".\n',
    ],
)
def test_a_statements_sentence_that_carries_others_words_is_not_its_fact(drafter, sentence):
    ann = draft(drafter, "Statement of the Ministry of Foreign Affairs of Ghana\n\n" + sentence)
    assert all(c.speaker != "article" for c in ann.claims if c.span.start > 60), claims(ann)


# --- the last check: one test of hearsay for every claim in the article's voice ---------------


def test_no_claim_is_alleged_in_the_articles_voice_whichever_rule_drafted_it(drafter):
    from kb.extract.drafter import Draft

    d = Draft(drafter, "Ghana sent two frigates to the Togolese coast on Monday.\n")
    d.find_actors()
    d.add_claim("article", 0, 54, form="body", status="alleged")  # as a careless rule might
    d.never_fact()
    assert [(c.speaker, c.status) for c in d.claims] == [("unknown-speaker", "alleged")]
    assert d.claims[0].confidence < 1.0


@pytest.mark.parametrize(
    "words",
    [
        "Chile is understood to have moved two frigates toward the strait",
        "Peru moved troops to the border amid reports of Bolivian incursions",
        "Ghana detained two Togolese officers on suspicion of spying",
        "The charge from Accra: Togo armed the rebels",
        "Uganda could have stopped the convoy",
        "Critics say Kenya armed the rebels in Somalia",
        "security sources in Lima think Bolivia armed them",
        "Algeria has been charged with funding the militia in Mali",
        "Angola ostensibly withdrew its troops from Congo",
        "Does Kenya arm the rebels in Somalia?",
        "Namibia and Angola, a so-called river pact, closed the crossing",
    ],
)
def test_a_claim_in_the_articles_voice_that_marks_hearsay_is_downgraded(drafter, words):
    assert _after_never_fact(drafter, words) == [("unknown-speaker", "alleged")], words


def _after_never_fact(drafter, words: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(speaker, status) of ``words`` drafted as one claim in the article's voice, after the last check."""
    from kb.extract.drafter import Draft

    d = Draft(drafter, words + ".\n")
    d.find_actors()
    d.claims = []
    d.add_claim("article", 0, len(words), form="body")
    d.never_fact()
    return [(c.speaker, c.status) for c in d.claims]


@pytest.mark.parametrize(
    "words",
    [
        "Venezuela rejected the accusation",
        "Kenya and Uganda trade accusations over the border",
        "Zambia closed its border with Malawi on Tuesday",
    ],
)
def test_an_act_towards_an_accusation_it_only_names_keeps_the_articles_voice(drafter, words):
    assert _after_never_fact(drafter, words) == [("article", "asserted")], words


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Zambia is thought to be behind the raid on Malawi.\n", "Zambia is thought to be behind the raid"),
        (
            "Chad is reportedly training fighters near the border, although officials deny it.\n",
            "Chad is reportedly training fighters near the border",
        ),
        ("Indian border police are said to have doubled their patrols.\n", "Indian border police are said"),
    ],
)
def test_a_hedged_sentence_nobody_is_named_for_is_the_unknown_speakers_allegation(drafter, text, quote):
    ann = draft(drafter, text)
    c = claim_of(ann, quote)
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged"), claims(ann)
    assert all(x.speaker != "article" and x.status != "asserted" for x in ann.claims), claims(ann)


def test_a_passive_accusation_in_a_title_is_the_unknown_speakers_not_the_accuseds(drafter):
    text = "Rwanda Accused of Arming Rebels in Congo\n\nKINSHASA, May 3 (Wire) - Fighting went on.\n"
    c = claim_of(draft(drafter, text), "Rwanda Accused")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged")
    text = "Manila Accuses Beijing of Ramming Ship\n\nMANILA - The ship sank.\n"
    c = claim_of(draft(drafter, text), "Manila")  # the active form: the article's report of the accusing
    assert (c.speaker, c.status) == ("article", "asserted")
    assert [(s.holder, s.target) for s in c.stances] == [("philippines", "china")]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Iran seized a tanker. In Tehran, the foreign ministry said the crew was safe and well.\n",
            "the crew was safe",
            "iranian-foreign-ministry",
        ),
        (
            "Kazakhstan built a pipeline. The energy ministry in Astana said the first tests went well.\n",
            "the first tests went well",
            "kazakh-energy-ministry",
        ),
        (
            "India's external affairs ministry said it was in contact with the crew of the ship.\n",
            "it was in contact",
            "indian-external-affairs-ministry",
        ),
    ],
)
def test_a_bare_ministry_is_the_one_of_the_state_beside_it_or_just_named(drafter, text, quote, speaker):
    ann = draft(drafter, text)
    assert claim_of(ann, quote).speaker == speaker, claims(ann)
    body = next(a for a in ann.actors if a.id == speaker)
    assert body.type == "government-body"


def test_a_bare_ministry_after_two_states_is_nobodys_guess(drafter):
    ann = draft(drafter, "Kenya and Uganda met on Monday. The foreign ministry said the talks went well.\n")
    assert not [a.id for a in ann.actors if "ministry" in a.id]


def test_a_plural_demonym_names_its_state_as_a_target(drafter):
    text = 'Georgian envoy Levan Beridze warned on Monday that "the Russians are arming the separatists."\n'
    c = claim_of(draft(drafter, text), "arming the separatists")
    assert ("russia", -1) in [(s.target, s.polarity) for s in c.stances]


def test_words_of_one_side_that_name_only_the_other_side_are_against_it(drafter):
    text = (
        "India and Pakistan exchanged fire across the line on Monday. India said Pakistan fired first. "
        "Pakistan denied it. India closed the crossing.\n\n"
        '"Pakistan knows where the line is," Indian Defence Minister Rajnath Singh said.\n'
    )
    c = claim_of(draft(drafter, text), "knows where the line is")
    assert [(s.target, s.polarity) for s in c.stances] == [("pakistan", -1)]


def test_a_source_in_a_place_who_told_reporters_is_the_speaker(drafter):
    text = "The East African Community offered to mediate, officials in Arusha told reporters.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "offered to mediate")
    assert c.speaker.startswith("unnamed-officials") and c.status == "reported", claims(ann)


def test_an_embassy_in_a_capital_is_the_embassy_not_its_host(drafter):
    text = "The United States embassy in Bujumbura called on Burundi and Rwanda to work together.\n"
    ann = draft(drafter, text)
    assert {c.speaker for c in ann.claims} == {"us-embassy-bujumbura"}, claims(ann)


def test_a_bare_ministry_after_the_sentences_subject_state_is_that_states(drafter):
    text = "BUJUMBURA, June 9 - Burundi closed its border with Rwanda, the interior ministry said.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "closed its border").speaker == "burundian-interior-ministry", claims(ann)


def test_a_name_the_gazetteer_does_not_know_before_a_hedge_is_an_unknown_speakers_allegation(drafter):
    ann = draft(drafter, "The Tabara Front is said to have moved its fighters across the river.\n")
    c = claim_of(ann, "moved its fighters")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged"), claims(ann)


def test_a_statements_two_acts_in_one_sentence_are_two_claims_and_others_words_are_cut_off(drafter):
    text = (
        "The Government of Palau reaffirms that the reef is closed to all fishing, and rejects the "
        'statement made by Nauru, which claims that the reef is "open to everyone."\n'
    )
    ann = draft(drafter, text)
    arts = [c.quote for c in ann.claims if c.speaker == "article"]
    assert any(q.startswith("The Government of Palau") and q.endswith("fishing") for q in arts), arts
    assert any(q.startswith("rejects the statement") and "open to everyone" not in q for q in arts), arts


def test_an_inverted_speaker_named_after_a_long_office_and_a_particle_surname(drafter):
    text = '"The sea is ours," said the Minister of Petroleum and Mineral Resources, Ana da Costa Pereira.\n'
    ann = draft(drafter, text)
    assert claim_of(ann, "The sea is ours").speaker == "ana-da-costa-pereira", claims(ann)


def test_the_side_a_speaker_speaks_for_is_never_the_target_of_their_words(drafter):
    text = 'Azman Yusof said Malaysia would "never accept threats from anyone" in the dispute with China.\n'
    c = claim_of(draft(drafter, text), "never accept threats")
    targets = [s.target for s in c.stances]
    assert "malaysia" not in targets and "china" in targets, targets


def test_a_trailing_appositive_that_gives_a_sources_view_is_that_sources_claim(drafter):
    text = (
        'Energy Minister Ali Haddad wrote that Qatar would "protect every rig in our waters," '
        "a remark Bahraini officials described as a threat.\n"
    )
    ann = draft(drafter, text)
    view = claim_of(ann, "a remark Bahraini officials")
    assert view.speaker.startswith("unnamed-") and view.speaker != "article", claims(ann)
    assert "a remark" not in claim_of(ann, "protect every rig").quote


@pytest.mark.parametrize(
    ("text", "outlet", "not_a_state"),
    [
        ("The Bangkok Post reported that the talks had stalled.\n", "bangkok-post", "thailand"),
        ("Fighting resumed on Monday, Citizen TV said in its evening bulletin.\n", "citizen-tv", None),
        ("The Ghana News Agency quoted a minister as saying it was closed.\n", "ghana-news-agency", "ghana"),
    ],
)
def test_an_outlet_known_by_the_shape_of_its_name_hides_no_state(drafter, text, outlet, not_a_state):
    ids = {a.id: a.type for a in draft(drafter, text).actors}
    assert ids.get(outlet) == "media", ids
    assert not_a_state is None or not_a_state not in ids, ids


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("LAGOS (Reuters) - Pirates boarded a ship in the Gulf of Guinea, Nigeria's navy said.\n", "guinea"),
        ("LAGOS (Reuters) - Pirates from the Niger Delta boarded a ship, Nigeria's navy said.\n", "niger"),
        ("LAGOS, May 3 (Reuters) - Pirates boarded a tanker on Monday, Nigeria's navy said.\n", "reuters"),
    ],
)
def test_a_place_named_after_a_state_or_a_datelines_wire_agency_is_no_actor(drafter, text, absent):
    assert absent not in {a.id for a in draft(drafter, text).actors}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chad's new oil law\n\nBy Amina Oumar\n\nChad passed a new oil law on Monday.\n", "amina-oumar"),
        ("The faction led by Tesfay Gebreyes rejected the charge on Monday.\n", "tesfay-gebreyes"),
        ("Energy Commissioner Lars Holm told reporters that Norway would help.\n", "lars-holm"),
        ('"We will stay," said the Minister, Ahmed Ould Salem Brahim.\n', "ahmed-ould-salem-brahim"),
        ("Energy Commissioner Dan Jørgensen told reporters that Norway would help.\n", "dan-jorgensen"),
    ],
)
def test_a_person_in_a_byline_after_led_by_a_commissioner_or_with_a_particle(drafter, text, person):
    ann = draft(drafter, text)
    assert person in {a.id for a in ann.actors}
    assert not any(c.quote.startswith("By ") for c in ann.claims)


def test_a_writers_note_on_themself_is_no_claim(drafter):
    text = "Chad passed a new oil law on Monday.\n\nAmina Oumar is a columnist based in N'Djamena.\n"
    assert not any("columnist" in c.quote for c in draft(drafter, text).claims)


@pytest.mark.parametrize(
    "text",
    [
        "Iran seized a tanker in the Gulf on Thursday, accusing its crew of smuggling fuel.\n",
        "Ghana's navy seized a fishing trawler off Togo on Monday, and accused its crew of smuggling.\n",
        "LOME, March 3 - Togo closed its border with Ghana on Monday, as Ghanaian officials accused "
        "Abuja of sheltering gunmen.\n",
        "Ghana closed the border with Togo on Monday amid reports that Togolese troops had crossed it.\n",
    ],
)
def test_the_articles_part_of_a_sentence_that_carries_hearsay_is_never_asserted(drafter, text):
    ann = draft(drafter, text)
    assert _none_as_fact(ann.claims), claims(ann)


def test_the_report_of_an_answer_to_a_charge_is_the_answerers_words(drafter):
    # fact25: was the article's voice; a denial is a party's position (as denial21 has it)
    text = "Niger accused Benin of hosting French troops, a charge Cotonou has rejected for months.\n"
    c = claim_of(draft(drafter, text), "a charge Cotonou")
    assert (c.speaker, c.status) == ("benin", "reported")


@pytest.mark.parametrize(
    ("sentence", "kind", "target", "polarity"),
    [
        ("Envoy Amos Wako said Nairobi would oppose any Ugandan plan.", "rejection", "uganda", -1),
        ("Envoy Amos Wako said Nairobi would thank Tanzania for it.", "endorsement", "tanzania", 1),
        ("Envoy Amos Wako said Nairobi would condemn Uganda at once.", "criticism", "uganda", -1),
    ],
)
def test_the_base_forms_of_stance_verbs_are_cues(drafter, sentence, kind, target, polarity):
    c = claim_of(draft(drafter, sentence + "\n"), "Nairobi would")
    assert c.kind == kind
    assert (target, polarity) in [(s.target, s.polarity) for s in c.stances], c.stances


# --- a refusal answers whoever last said something of the one who refuses --------------------


@pytest.mark.parametrize(
    ("text", "refusal", "target"),
    [
        (
            "Ghana's navy boarded a trawler that left a Togolese port, on suspicion of cutting the cable.\n\n"
            "Lome denies any involvement.\n",
            "Lome denies",
            "ghana",
        ),
        (
            "Kenya's foreign minister, Amina Odhiambo, said Uganda had armed the rebels.\n\n"
            "Kampala rejected the charge.\n",
            "Kampala rejected",
            "amina-odhiambo",
        ),
    ],
)
def test_a_refusal_without_a_named_target_answers_the_last_one_who_named_its_holder(
    drafter, text, refusal, target
):
    ann = draft(drafter, text)
    assert [(s.target, s.polarity) for s in claim_of(ann, refusal).stances] == [(target, -1)]


def test_a_refusal_of_an_armys_charge_answers_its_state(drafter):
    text = "Peru's army accused Bolivia of sheltering smugglers.\n\nLa Paz rejected the accusation.\n"
    got = [(s.target, s.polarity) for s in claim_of(draft(drafter, text), "La Paz rejected").stances]
    assert got == [("peru", -1)]


def test_a_refusal_nobody_prompted_has_no_stance(drafter):
    ann = draft(drafter, "Chile thanked Argentina for the rescue.\n\nBolivia denies any involvement.\n")
    assert not claim_of(ann, "Bolivia denies").stances


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('"Kenya must stop arming the rebels," the Somali president, Hassan Mohamud, said.\n', "kenya"),
        ("Uganda should reopen the Busia crossing, Kenya's trade minister, Rebecca Miano, said.\n", "uganda"),
    ],
)
def test_what_someone_says_another_must_or_should_do_is_a_stance_against_them(drafter, text, target):
    ann = draft(drafter, text)
    assert (target, -1) in {(s.target, s.polarity) for c in ann.claims for s in c.stances}, claims(ann)


@pytest.mark.parametrize(
    "tail",
    [
        "Rebecca Miano, Kenya's trade minister, said.",
        "the trade minister, Rebecca Miano, said on Friday.",
        "Kenya's trade minister, Rebecca Miano, said on Tuesday.",
    ],
)
def test_a_speaker_named_last_with_an_appositive_title_and_a_day(drafter, tail):
    ann = draft(drafter, "Ghana met Togo.\n\nUganda reopened the border at Busia, " + tail + "\n")
    assert claim_of(ann, "Uganda reopened").speaker == "rebecca-miano"
    assert not any(a.type == "media" for a in ann.actors), [a.id for a in ann.actors]


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        ("Benin sided with Togo, saying the closure was a matter of security.\n", "benin", None),
        ("Ghana criticised Togo, saying the closure was illegal.\n", "ghana", None),
        (
            "Ghana's opposition leader, Mahamudu Bawumia, criticised Togo for its \"weak response\".\n",
            "mahamudu-bawumia",
            ("togo", -1),
        ),
        ('Ghana thanked Nigeria for its "patient and brotherly" mediation.\n', "ghana", ("nigeria", 1)),
    ],
)
def test_the_subject_of_the_sentence_says_what_follows_saying_or_its_verdict(drafter, text, speaker, stance):
    ann = draft(drafter, "Ghana and Togo met on Monday.\n\n" + text)
    said = [c for c in ann.claims if c.span.start > 30]
    assert said and all(c.speaker == speaker for c in said if c.speaker != "article"), claims(ann)
    if stance:
        assert stance in {(s.target, s.polarity) for c in said for s in c.stances}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Peru's environment minister, Juan Castro, said it was dead.\n", "juan-castro", "peru"),
        ("Brazil's Minister of Foreign Affairs, Mauro Vieira, said so.\n", "mauro-vieira", "brazil"),
    ],
)
def test_a_role_in_apposition_before_a_name_ties_the_person_to_its_state(drafter, text, person, state):
    ann = draft(drafter, text)
    assert state in {a.id: a for a in ann.actors}[person].affiliation


def test_each_one_urged_in_a_list_holds_the_demands_stance(drafter):
    ann = draft(drafter, "Ghana met Togo.\n\nThe African Union urged Lima and Quito to show restraint.\n")
    urged = {(s.target, s.polarity) for s in claim_of(ann, "Lima and Quito").stances}
    assert urged == {("peru", -1), ("ecuador", -1)}


def test_it_after_a_sentence_that_opens_with_a_body_is_that_body(drafter):
    text = (
        '"Quito knew and said nothing," Peru\'s environment minister, Juan Castro, told reporters.\n\n'
        "Ecuador's energy ministry rejected the accusation. In a statement, it said the leak had been "
        "reported within hours.\n"
    )
    assert claim_of(draft(drafter, text), "the leak").speaker == "ecuadorian-energy-ministry"


def test_claims_a_subject_rejects_are_never_its_own_words(drafter):
    text = "Armenia met Azerbaijan.\n\nAzerbaijan rejected claims that its drone had crossed the border.\n"
    ann = draft(drafter, text)
    assert not any(c.speaker == "azerbaijan" and "drone had" in c.quote for c in ann.claims), claims(ann)


def test_a_denial_of_a_clause_is_the_deniers_words(drafter):
    ann = draft(drafter, "Armenia met Azerbaijan.\n\nBaku denies the drone crossed into Armenian airspace.\n")
    denial = claim_of(ann, "Baku denies")
    assert (denial.speaker, denial.status) == ("azerbaijan", "reported")


def test_a_possessive_appositive_after_the_speaker_is_not_the_speaker(drafter):
    text = "Armenia met Azerbaijan.\n\nTurkey, Azerbaijan's ally, said it stood in solidarity with Baku.\n"
    c = claim_of(draft(drafter, text), "solidarity")
    assert c.speaker == "turkey" and ("azerbaijan", 1) in {(s.target, s.polarity) for s in c.stances}


def test_we_before_a_cue_is_the_speaker_whoever_was_named_before(drafter):
    text = (
        "Malawi met Tanzania.\n\n"
        '"We are grateful to Mozambique, and we thank Joaquim Chissano," the foreign minister, '
        "Nancy Tembo, said.\n"
    )
    c = claim_of(draft(drafter, text), "grateful")
    assert ("joaquim-chissano", 1) in {(s.target, s.polarity) for s in c.stances}
    assert all(s.holder in (None, "nancy-tembo") for s in c.stances), c.stances


@pytest.mark.parametrize(
    "text",
    [
        "Malawi and Tanzania have argued for decades over the border on the lake.\n",
        "Peru and Ecuador clashed over the Cenepa valley in 1995.\n",
    ],
)
def test_a_pair_that_quarrels_is_the_articles_report_and_each_against_the_other(drafter, text):
    c = claim_of(draft(drafter, "Ghana met Togo.\n\n" + text), " and ")
    assert (c.speaker, c.status) == ("article", "asserted")
    assert {s.polarity for s in c.stances} == {-1} and len(c.stances) == 2


def test_a_rejection_of_a_new_claim_spelled_out_does_not_contest_the_sentence_before(drafter):
    text = (
        "Statement by the Ministry of Foreign Affairs of the Republic of Guyana\n\n"
        "The Government of Guyana thanks the Commonwealth and the United States for their support.\n\n"
        "The Ministry rejects the claim, repeated by Venezuelan officials this week, that Guyana hosts "
        "foreign bases.\n"
    )
    thanks = claim_of(draft(drafter, text), "thanks")
    assert (thanks.speaker, thanks.status) == ("article", "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "When Pristina's prime minister, Albin Kurti, sent police north, Brussels froze the aid.\n",
        "Kosovo's prime minister, Albin Kurti, praised the new police commander in Mitrovica.\n",
    ],
)
def test_no_tone_stance_from_a_subordinate_clause_or_towards_the_states_own_people(drafter, text):
    ann = draft(drafter, "Serbia met Kosovo.\n\n" + text)
    c = next(c for c in ann.claims if c.span.start >= 20)
    assert not any(s.holder == "kosovo" and s.target == "albin-kurti" for s in c.stances), c.stances


@pytest.mark.parametrize(
    ("text", "denial", "accuser"),
    [
        (
            "Sudan's army accused the UAE of arming the RSF on Monday.\n\n"
            "The UAE has repeatedly denied arming the RSF.\n",
            "The UAE has",
            "sudan",  # an army's charge is answered as its state's
        ),
        ("Niger accused Benin of it.\n\nBenin denies hosting any base.\n", "Benin denies", "niger"),
    ],
)
def test_a_denial_of_an_act_is_the_articles_report_against_the_accuser(drafter, text, denial, accuser):
    c = claim_of(draft(drafter, text), denial)
    assert (c.speaker, c.status) == ("article", "asserted")
    assert [(s.target, s.polarity) for s in c.stances] == [(accuser, -1)]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's foreign ministry at first said little.\n",
        "Beijing adds another layer.\n",
    ],
)
def test_saying_little_or_adding_a_layer_is_an_act_the_article_reports(drafter, text):
    ann = draft(drafter, "Ghana met Togo.\n\n" + text)
    assert any(c.speaker == "article" and c.quote == text.strip() for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Estonian public broadcaster ERR reported that the ship had been seized.\n", "err"),
        ("The Moroccan news site Hespress reported that the talks had failed.\n", "hespress"),
    ],
)
def test_an_outlet_after_a_demonym_and_a_media_noun(drafter, text, outlet):
    assert outlet in {a.id for a in draft(drafter, text).actors if a.type == "media"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The government in Beirut said it would not negotiate.\n", "lebanese-government"),
        ("The army in Khartoum said the RSF had shelled the city.\n", "sudanese-army"),
    ],
)
def test_a_body_named_by_its_seat_speaks(drafter, text, body):
    ann = draft(drafter, "Ghana met Togo.\n\n" + text)
    assert body in {c.speaker for c in ann.claims}, claims(ann)


def test_a_spokesperson_tied_to_no_state_speaks_for_the_body_named_before(drafter):
    text = (
        "Thailand and Cambodia clashed on Thursday.\n\n"
        "Cambodia's defence ministry gave a different account. Its spokeswoman, Maly Socheata, said Thai "
        "soldiers had crossed into Cambodian territory and provoked the clash.\n"
    )
    c = claim_of(draft(drafter, text), "Thai soldiers")
    assert c.speaker == "maly-socheata" and "cambodia" not in {s.target for s in c.stances}, c.stances


@pytest.mark.parametrize(
    "text",
    [
        "Thailand, Cambodia trade fire at disputed temple\n\nBANGKOK (Wire) - Thailand spoke.\n",
        "Ghana met Togo.\n\nIndia and Pakistan exchanged fire across the Line of Control on Friday.\n",
    ],
)
def test_a_pair_that_exchanges_fire_each_against_the_other(drafter, text):
    c = next(c for c in draft(drafter, text).claims if "fire" in c.quote)
    assert len(c.stances) == 2 and {s.polarity for s in c.stances} == {-1}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('The Malian army, in a statement, said: "We have no choice."\n', "We have no choice."),
        ("The Malian army, in a statement posted on Facebook, said it had no choice.\n", "it had no choice."),
        ('"We have no choice," according to the Malian army.\n', "We have no choice"),
    ],
)
def test_a_speaker_around_an_aside_or_after_according_to(drafter, text, quote):
    ann = draft(drafter, "Mali and Algeria met on Monday.\n\n" + text)
    assert claim_of(ann, quote).speaker == "malian-army", claims(ann)


def test_words_said_according_to_an_outlet_are_the_speakers_through_it(drafter):
    text = (
        "Serbia met Kosovo.\n\nRussia's foreign ministry spokeswoman, Maria Zakharova, said the West bore "
        '"full responsibility" for the crisis, according to the TASS news agency.\n'
    )
    c = claim_of(draft(drafter, text), "the West bore")
    assert (c.speaker, c.via) == ("maria-zakharova", "tass") and "TASS" not in c.quote


def test_an_outlets_name_ends_with_its_sentence(drafter):
    text = 'Serbia met Kosovo.\n\n"It is a crisis," Vucic told the broadcaster RTS. He went on.\n'
    assert "rts" in {a.id for a in draft(drafter, text).actors}


def test_a_columns_own_sentence_is_its_writers_view_of_every_actor_it_names(drafter):
    text = (
        "Jakarta must speak plainly\n\nBy Dewi Kartika\n\n"
        "Hanoi, at least, has been honest about the problem. Beijing has been aggressive.\n"
    )
    ann = draft(drafter, text)
    assert ("vietnam", 1) in {(s.target, s.polarity) for s in claim_of(ann, "Hanoi").stances}
    assert all(s.holder == "dewi-kartika" for s in claim_of(ann, "Hanoi").stances)


def test_words_named_as_someones_at_the_end_are_theirs(drafter):
    text = "Chile's president, Gabriel Boric, met Peru.\n\nPeru had \"crossed a line\", in Boric's words.\n"
    assert claim_of(draft(drafter, text), "crossed a line").speaker == "gabriel-boric"


def test_the_minister_with_a_capital_is_the_minister_named_before(drafter):
    text = (
        "Mauritania and Senegal met. The Minister of Energy, Sidi Ould Ebeidi, attended.\n\n"
        "The Minister added that Mauritania remained a brother of Senegal.\n"
    )
    assert claim_of(draft(drafter, text), "remained a brother").speaker == "sidi-ould-ebeidi"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Western diplomats accuse Beijing of debt-trap diplomacy.\n", "unnamed-western-diplomats"),
        ("Tonga and Fiji accuse China of meddling.\n", "fiji"),
    ],
)
def test_accuse_in_the_present_is_an_accusation(drafter, text, speaker):
    c = claim_of(draft(drafter, "Tonga and China met on Monday.\n\n" + text), "accuse")
    assert (c.speaker, c.status) == (speaker, "alleged")
    assert ("china", -1) in {(s.target, s.polarity) for s in c.stances}


@pytest.mark.parametrize(
    "text",
    [
        "Last month, for the second time this year, a frigate from Chile entered waters that Argentina "
        "patrols south of the Beagle Channel.\n",
        "The 2019 accord, brokered by Norway, divided the fishing grounds between Iceland and "
        "the Faroe Islands.\n",
        "In March 2023, a week after the vote in Pretoria, Lesotho recalled its envoy from South Africa.\n",
    ],
)
def test_a_report_that_names_two_actors_after_a_subject_of_its_own_is_the_articles(drafter, text):
    assert [(c.speaker, c.status) for c in draft(drafter, text).claims] == [("article", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the decade, the new treaty between Iceland and Norway could reshape the "
        "fishing grounds.\n",
        "Papers seen by the Courier show that Iceland paid Norway for the survey data.\n",
        "Every spring, a few dozen boats leave the harbour at Tórshavn for the grounds off Iceland.\n",
    ],
)
def test_a_late_subject_that_guesses_or_names_one_actor_is_not_the_articles_claim(drafter, text):
    ann = draft(drafter, text)
    assert not [c for c in ann.claims if c.speaker == "article" and c.status == "asserted"], claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador met in Lima on Monday.\n\nOpposition lawmakers from three parties backed the plan "
        "on Tuesday.\n",
        "Peru and Ecuador met in Lima on Monday.\n\nThe remaining crew locked themselves in the engine room "
        "overnight.\n",
    ],
)
def test_a_report_of_what_people_named_by_their_role_did_is_the_articles(drafter, text):
    last = draft(drafter, text).claims[-1]
    assert (last.speaker, last.status) == ("article", "asserted")
    assert last.quote.startswith(("Opposition", "The"))


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador met in Lima on Monday.\n\nWe have watched our lawmakers fail for a decade.\n",
        "Peru and Ecuador met in Lima on Monday.\n\nThe talks were long and the mood was grim.\n",
    ],
)
def test_a_sentence_with_no_actor_nor_a_role_nor_a_number_is_no_claim(drafter, text):
    assert len(draft(drafter, text).claims) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo met on Monday.\n\nTogo's interior minister, Koffi Agbeko, went further. Ghana was "
        "hiding the smugglers, he said.\n",
        "Ghana and Togo met on Monday.\n\nOpposition lawmakers in Lomé were less diplomatic. Ghana was "
        "hiding the smugglers, they said.\n",
    ],
)
def test_a_sentence_that_announces_someones_words_is_the_articles_report(drafter, text):
    ann = draft(drafter, text)
    announce = next(c for c in ann.claims if "went further" in c.quote or "less diplomatic" in c.quote)
    assert (announce.speaker, announce.status) == ("article", "asserted")
    assert _none_as_fact([c for c in ann.claims if "smugglers" in c.quote])


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ama Mensah, asked about the dispute during a visit to Lomé, said only that the "
        "border would reopen soon.\n",
        "Foreign Minister Ama Mensah, interviewed by a radio station in Togo, said the border would "
        "reopen soon.\n",
        "Foreign Minister Ama Mensah, answering a question from Togo's envoy, said the border would "
        "reopen soon.\n",
    ],
)
def test_an_aside_between_the_speaker_and_the_verb_does_not_speak(drafter, text):
    assert claim_of(draft(drafter, text), "the border would reopen soon").speaker == "ama-mensah"


def test_a_source_named_last_before_a_trailing_phrase_still_speaks(drafter):
    text = (
        "Gunmen seized two fishing boats off Bata on Sunday, Equatorial Guinea's navy said, in the "
        "third such attack this year.\n"
    )
    c = claim_of(draft(drafter, text), "Gunmen seized two fishing boats")
    assert c.speaker != "article" and c.quote.startswith("Gunmen") and "navy said" not in c.quote


def test_a_list_with_a_quoted_member_described_as_a_label_is_one_claim(drafter):
    text = (
        'Foreign Minister Ama Mensah described Togo, Benin and "the cocoa smugglers" as "a southern '
        'cartel" on Monday.\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "described Togo")
    assert c.speaker == "ama-mensah" and "southern cartel" in c.quote and c.status == "alleged"
    assert {m.member for m in ann.memberships} >= {"togo", "benin"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A Western diplomat in Accra, quoted by Reuters, said Togo had closed the border.\n", "unnamed"),
        ("The ECOWAS commission in Abuja said Togo had closed the border.\n", "ecowas"),
    ],
)
def test_a_capital_after_in_is_where_the_source_is_not_who_speaks(drafter, text, speaker):
    c = claim_of(draft(drafter, text), "Togo had closed the border")
    assert c.speaker.startswith(speaker), c.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ines Carvalho said Angola would not be lectured by SADC, which she said had ignored the raids "
        "for years.\n",
        "Ines Carvalho said Angola had offered Namibia a joint patrol, an offer which, she said, Windhoek "
        "had ignored for years.\n",
    ],
)
def test_a_relative_clause_the_speaker_vouches_for_is_a_second_claim(drafter, text):
    quotes = [c.quote for c in draft(drafter, text).claims if c.speaker == "ines-carvalho"]
    assert len(quotes) == 2, quotes
    assert "for years" not in quotes[0] and quotes[1].endswith("for years."), quotes


def test_the_minister_in_an_aside_is_the_minister_named_before(drafter):
    text = (
        "Foreign Minister Ines Carvalho spoke in Luanda on Monday. Namibia, the minister said, had "
        '"chosen quarrels over fishing."\n'
    )
    assert claim_of(draft(drafter, text), "chosen quarrels").speaker == "ines-carvalho"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ama Mensah repeated the charge that Togo and Benin had armed the smugglers.\n",
        "Foreign Minister Ama Mensah on Monday renewed her government's accusation that Togo had armed "
        "the smugglers.\n",
    ],
)
def test_a_charge_someone_repeats_is_their_allegation(drafter, text):
    c = claim_of(draft(drafter, text), "armed the smugglers")
    assert (c.speaker, c.status) == ("ama-mensah", "alleged")
    assert "charge" not in c.quote and "accusation" not in c.quote


@pytest.mark.parametrize(
    "aside",
    [
        "now deputy chairman of the National Security Council of Ghana",
        "formerly Ghana's ambassador to Togo and to the African Union",
    ],
)
def test_an_appositive_about_the_speaker_does_not_push_the_verb_away(drafter, aside):
    text = f"Former minister Kojo Asante, {aside}, wrote on social media that Togo had closed the border.\n"
    assert claim_of(draft(drafter, text), "Togo had closed the border").speaker == "kojo-asante"


def test_a_columns_own_views_are_the_articles_only_where_its_writer_speaks(drafter):
    """A column's sentences are its writer's: one that names no actor is the article's too, in the
    first person as well (as the curators take them, voice23), but never a sentence that points
    back to nothing of the writer's ("That fear ..."), words inside a quotation, nor a signpost."""
    text = (
        "Why the river matters\n\nBy Ama Mensah\n\nAccra and Lomé have quarrelled over the Volta.\n\n"
        "That fear is understandable, but it is wrong. I have fished this river since I was a boy.\n\n"
        '"We will close it," a Togolese official told me. "Nobody can stop us."\n\nLet me be plain.\n'
    )
    ann = draft(drafter, text)
    own = {c.quote for c in ann.claims if c.speaker == "article"}
    assert "Accra and Lomé have quarrelled over the Volta." in own, own
    assert "I have fished this river since I was a boy." in own, own
    assert not any("fear" in q or "Nobody" in q or "Let me" in q for q in own), own


def test_a_sentence_without_an_actor_outside_a_column_is_still_no_claim(drafter):
    text = "Accra and Lomé have quarrelled over the Volta.\n\nThat fear is understandable, but it is wrong.\n"
    quotes = [c.quote for c in draft(drafter, text).claims]
    assert quotes == ["Accra and Lomé have quarrelled over the Volta."]


def test_an_interviewers_statement_of_fact_is_the_articles_and_the_question_no_ones(drafter):
    text = (
        "Ghana's river: an interview\n\nAma Mensah, Ghana's foreign minister, spoke to the Coast Ledger.\n\n"
        "Q: Togo has closed the Volta crossing. Why?\n\nA: We do not know. We have asked Lomé to explain.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "Togo has closed")
    assert (c.speaker, c.status, c.quote) == ("article", "asserted", "Togo has closed the Volta crossing.")
    assert not any("Why?" in x.quote for x in ann.claims)


def test_a_statements_own_sentences_are_its_issuers_in_the_articles_voice(drafter):
    text = (
        "Statement on the Volta crossing\n\nThe Ministry of Foreign Affairs of Ghana regrets the closure of "
        "the Volta crossing by Togo.\n\nThe Ministry welcomes the offer of talks made by Benin. No decision "
        "on tolls has been taken.\n"
    )
    c = claim_of(draft(drafter, text), "No decision on tolls")
    assert (c.speaker, c.status) == ("article", "asserted")


@pytest.mark.parametrize("text", ["Kofi Boateng told Parliament that Togo had closed the border.\n",
                                  "Kofi Boateng, speaking to Reporters, said Togo had closed the border.\n"])
def test_a_common_noun_after_told_is_no_outlet(drafter, text):
    assert not [a.id for a in draft(drafter, text).actors if a.type == "media"]


def test_a_plural_source_that_opens_a_sentence_in_a_capital_with_an_apostrophe_speaks(drafter):
    text = "Tonga owes China money.\n\nOfficials in Nuku'alofa say the talks are about rescheduling.\n"
    c = claim_of(draft(drafter, text), "the talks are about rescheduling")
    assert c.speaker.startswith("unnamed-officials"), c.speaker


def test_a_body_named_after_its_organisation_is_one_actor_part_of_it(drafter):
    text = "The African Union Liaison Office for Sahel Affairs urged Mali and Niger to reopen the border.\n"
    ann = draft(drafter, text)
    body = next(a for a in ann.actors if a.label == "African Union Liaison Office for Sahel Affairs")
    assert claim_of(ann, "reopen the border").speaker == body.id
    assert body.affiliation == ("african-union",)


def test_a_source_in_a_body_named_by_metonym_is_an_unnamed_source_not_the_state(drafter):
    text = "The Daily Graphic reported, citing a source in the Kremlin, that Russia would close its base.\n"
    c = claim_of(draft(drafter, text), "Russia would close its base")
    assert c.speaker == "unnamed-kremlin-source", c.speaker


@pytest.mark.parametrize("verb", ["dismissed the video as propaganda", "rejected the charge on Monday"])
def test_unnamed_sources_who_answer_with_words_speak_themselves(drafter, verb):
    text = f"Ghana and Togo met in Lomé.\n\nTogolese officials {verb}.\n"
    c = claim_of(draft(drafter, text), "Togolese officials")
    assert c.speaker == "unnamed-togolese-officials" and c.status != "asserted"


def test_a_source_in_a_body_of_several_words_is_an_unnamed_source(drafter):
    text = (
        "The Daily Graphic reported, citing a source in the Ghanaian Defence Ministry, that Togo had armed "
        "the smugglers.\n"
    )
    c = claim_of(draft(drafter, text), "Togo had armed the smugglers")
    assert c.speaker == "unnamed-ghanaian-defence-source", c.speaker


@pytest.mark.parametrize("who", ["one captain", "a fisherman in Aflao", "two traders"])
def test_people_named_by_their_trade_are_unnamed_sources(drafter, who):
    text = f'Ghana and Togo met in Lomé. "We pay for every quarrel on this river," {who} said.\n'
    c = claim_of(draft(drafter, text), "We pay for every quarrel")
    assert c.speaker.startswith("unnamed-"), c.speaker


def test_an_aside_after_an_unnamed_source_keeps_it_the_speaker(drafter):
    text = "Niger closed the border.\n\nTraders in Gaya, on the Nigerien side, say rice prices doubled.\n"
    assert claim_of(draft(drafter, text), "rice prices doubled").speaker.startswith("unnamed-traders")


def test_who_describes_a_list_as_a_bloc_speaks_after_a_relative_clause(drafter):
    text = (
        "Ghana and Togo met.\n\nA retired general who now sits in the Senate went further on television, "
        'describing Togo, Benin and "certain NGOs" as "an axis of smugglers".\n'
    )
    ann = draft(drafter, text)
    c = next(c for c in ann.claims if "axis" in c.quote and c.quote.startswith("describing"))
    assert (c.speaker, c.status) == ("unnamed-retired-general", "alleged")
    assert {m.member for m in ann.memberships} >= {"togo", "benin"}


def test_an_editorial_in_an_outlet_is_the_outlets_words(drafter):
    text = (
        "Ghana and Togo met.\n\nAn editorial in the Global Times described Ghana, Togo and Benin as "
        '"a western policing club".\n'
    )
    c = claim_of(draft(drafter, text), "policing club")
    assert (c.speaker, c.status) == ("global-times", "alleged")


def test_the_one_a_relative_clause_hangs_on_describes(drafter):
    text = (
        "The Ministry of Foreign Affairs of Ghana notes the remarks of a Togolese senator, Koffi Mensah, "
        'who, as quoted by the daily Liberté, described Ghana and "the cocoa barons" as "a smugglers\' '
        'club".\n'
    )
    c = claim_of(draft(drafter, text), "smugglers' club")
    assert (c.speaker, c.status) == ("koffi-mensah", "alleged")


def test_a_pronoun_aside_after_a_place_phrase_speaks_and_the_members_stay_in_the_claim(drafter):
    text = (
        "Defence Minister Kojo Asante went further. Togo and the junta government in Niamey, he wrote on "
        'social media, had formed "an unholy nexus" to bleed Ghana.\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "unholy nexus")
    assert (c.speaker, c.status) == ("kojo-asante", "alleged") and c.quote.startswith("Togo and")
    assert {m.member for m in ann.memberships} == {"togo", "niger"}


def test_a_statement_speaks_as_its_state_too(drafter):
    text = (
        "Statement on the Volta crossing\n\nThe Ministry of Foreign Affairs of Ghana regrets the closure of "
        "the crossing by Togo.\n\nThe Ministry welcomes the offer of talks made by Benin. Ghana shares this "
        "principle and expects it to apply to Ghanaian traders in Togo, some of whom are reported to have "
        "been turned back at Aflao.\n"
    )
    ann = draft(drafter, text)
    own = next(c for c in ann.claims if c.quote.startswith("Ghana shares"))
    assert (own.speaker, own.status) == ("article", "asserted") and "reported" not in own.quote
    assert _none_as_fact([c for c in ann.claims if "turned back" in c.quote])


def test_a_statements_state_calling_on_another_is_the_statements_voice(drafter):
    text = (
        "Statement on the Volta crossing\n\nThe Ministry of Foreign Affairs of Ghana regrets the closure of "
        "the crossing by Togo.\n\nThe Ministry welcomes the offer of talks made by Benin. Ghana calls on "
        "Togo to reopen the crossing before the harvest.\n"
    )
    c = claim_of(draft(drafter, text), "Ghana calls on Togo")
    assert (c.speaker, c.status) == ("article", "asserted")

_PILCOMAYO = (
    "Bolivia and Paraguay argue over the Pilcomayo\n\n"
    "Bolivia says Paraguay diverted the river. Paraguay denies it, and Bolivia has asked Paraguay to stop. "
    "Chile offered to help.\n\n"
)


@pytest.mark.parametrize(
    ("words", "target"),
    [
        ('"There is no treaty that gives them the river," Bolivia\'s foreign minister, Ana Rojas, said.',
         "paraguay"),
        ('"Nobody here takes sides," said Chile\'s envoy, Luis Mena.', None),
    ],
)
def test_a_refusal_by_one_side_of_a_dispute_that_names_no_one_is_against_the_other(drafter, words, target):
    ann = draft(drafter, _PILCOMAYO + words + "\n")
    c = claim_of(ann, words.split('"')[1].split(",")[0][:12])
    assert [(s.target, s.polarity) for s in c.stances] == ([(target, -1)] if target else []), c.stances


@pytest.mark.parametrize(
    ("words", "target"),
    [
        ("the herders had been warned twice before.", None),  # a warning to whom it names: no side
        ("the herders had been attacked twice before.", "paraguay"),  # a hostile word: the other side
    ],
)
def test_a_warning_by_one_side_of_a_dispute_is_no_stance_against_the_other(drafter, words, target):
    ann = draft(drafter, _PILCOMAYO + "Bolivia's foreign minister, Ana Rojas, said " + words + "\n")
    c = claim_of(ann, words[:24])
    assert [(s.target, s.polarity) for s in c.stances] == ([(target, -1)] if target else []), c.stances


@pytest.mark.parametrize(
    ("words", "target"),
    [
        ("expresses its deep concern over the closure of the crossing by the Togolese authorities.", "togo"),
        ("has learned with concern that the Togolese authorities have closed the crossing.", "togo"),
        ("notes with particular concern the decision of the Togolese authorities to close it.", "togo"),
        ("expresses its deep concern over the floods in the north.", None),  # no one named: no one
    ],
)
def test_a_statements_concern_with_its_adjective_is_against_whom_it_names(words, target):
    text = (
        "Statement on the Aflao crossing\n\nThe Ministry of Foreign Affairs of the Republic of Ghana "
        "regrets the delay.\n\nThe Ministry " + words + "\n"
    )
    c = claim_of(draft(rules_only(), text), words[:20])
    got = [(s.holder, s.target, s.polarity) for s in c.stances]
    assert got == ([("ghana", target, -1)] if target else []), got


@pytest.mark.parametrize(
    ("words", "target"),
    [
        ("regrets the remarks of a Togolese senator, Kodjo Amavi.", "kodjo-amavi"),
        ("regrets the remarks made in the Togolese parliament on 2 May by Mr Kodjo Amavi.", "kodjo-amavi"),
        ("regrets the statement of the Togolese Ministry of Foreign Affairs.", "togolese-foreign-ministry"),
    ],
)
def test_a_cue_about_someones_remarks_is_toward_the_one_who_made_them(words, target):
    text = (
        "Statement on the Aflao crossing\n\nThe Ministry of Foreign Affairs of the Republic of Ghana "
        "regrets the delay.\n\nThe Ministry " + words + "\n"
    )
    c = claim_of(draft(rules_only(), text), words[:20])
    assert [(s.holder, s.target, s.polarity) for s in c.stances] == [("ghana", target, -1)], c.stances


def test_a_refusal_of_a_charge_in_no_ones_name_holds_no_stance_towards_the_unknown_speaker(drafter):
    text = "Cameroon Secretly Sheltering Chadian Rebels\n\nCameroon rejected the charge on Monday.\n"
    ann = draft(drafter, text)
    assert not any(s.target == "unknown-speaker" for c in ann.claims for s in c.stances)


@pytest.mark.parametrize(
    ("lead", "target"),
    [
        ("Ghana's army sealed the border on Monday.", "ghanaian-army"),
        ("Ghana's army and Togo's army met on Monday.", None),  # two armies: "the army" is neither
    ],
)
def test_a_body_named_later_by_its_noun_alone_is_the_one_the_draft_knows(drafter, lead, target):
    text = lead + '\n\nTogo\'s foreign minister, Kofi Adjavon, said the army\'s raids were "an aggression."\n'
    got = [(s.target, s.polarity) for s in claim_of(draft(drafter, text), "the army's raids").stances]
    assert got == ([(target, -1)] if target else []), got


@pytest.mark.parametrize(
    ("text", "target", "polarity"),
    [
        ("Zambia summoned Malawi's envoy over the shooting.", "malawi", -1),
        ("Laos recalled its ambassador from Vietnam on Friday.", "vietnam", -1),
        ("Zambia questioned Malawi's commitment to the corridor deal.", "malawi", -1),
        ("Laos cut diplomatic ties with Thailand after the raid.", "thailand", -1),
        ("Zambia froze talks with Malawi over the dam.", "malawi", -1),
        ("Laos distanced itself from Cambodia's position on the dam.", "cambodia", -1),
        ("Zambia renewed its call on Malawi to release the lorries.", "malawi", -1),
        ("Laos said it would not recognise Vietnam's new survey.", "vietnam", -1),
        ("Zambia said it regretted Malawi's decision to close the crossing.", "malawi", -1),
        ("Laos protests Thai-Cambodian deal on the Mekong", "thailand", -1),
        ("Zambia on Monday lodged a formal protest with Malawi over the new toll agreement.", "malawi", -1),
        ("Zambia's envoy, Grace Banda, said Lusaka expects Malawi to refrain from any step.", "malawi", -1),
        ("Zambia seizes Malawi-bound lorries at Mwami", "malawi", -1),
        ("Laos expels Thai diplomats over dam row", "thailand", -1),
        ("Zambia pledges help to Malawi after floods", "malawi", 1),
    ],
)
def test_acts_of_diplomacy_carry_their_polarity_towards_the_one_named(drafter, text, target, polarity):
    ann = draft(drafter, text + "\n")
    got = {(s.target, s.polarity) for c in ann.claims for s in c.stances}
    assert (target, polarity) in got and (target, -polarity) not in got, got


@pytest.mark.parametrize(
    ("text", "target", "polarity"),
    [
        ('"The Turks are our brothers," said Azerbaijan\'s president, Ilham Aliyev.', "turkey", 1),
        ('"Aso Rock has ignored our warnings," Niger\'s minister, Ali Mahamane, said.', "nigeria", -1),
        ('"The Chinese have no business in our waters," the Philippine navy spokesman, Jay Tarriela, said.',
         "china", -1),
        ('"Beijing\'s coast guard behaves like a gang," said Vietnam\'s fisheries minister, Tran Hung.',
         "china-coast-guard", -1),
        ('"Putrajaya has been a true friend," said Brunei\'s foreign minister, Erywan Yusof.', "malaysia", 1),
    ],
)
def test_quoted_words_hold_a_stance_towards_a_seat_of_government_or_a_people(drafter, text, target, polarity):
    got = {(s.target, s.polarity) for c in draft(drafter, text + "\n").claims for s in c.stances}
    assert (target, polarity) in got, got


@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ('"We value our friendship with Kenya, but we will not be bullied," said Sam Okot of Uganda.', -1),
        ('"I respect President Ruto, but a post does not move a border," said Sam Okot of Uganda.', -1),
        ('"We value our friendship with Kenya, and we will deepen it," said Sam Okot of Uganda.', 1),
    ],
)
def test_a_friendly_clause_conceded_before_a_refusal_is_against(drafter, words, polarity):
    got = {s.polarity for c in draft(drafter, words + "\n").claims for s in c.stances if s.target != "uganda"}
    assert got == {polarity}, got


@pytest.mark.parametrize(
    ("words", "target", "polarity"),
    [
        ('Bhutan "no longer supports" Nepal\'s plan, the minister, Tashi Dorji, said.', "nepal", -1),
        ('"Dhaka has not helped itself," said Tashi Dorji, a Bhutanese analyst.', "bangladesh", -1),
        ('Bhutan had "no quarrel with the Nepali people," the minister, Tashi Dorji, said.', "nepal", None),
    ],
)
def test_a_negation_turns_a_friendly_word_and_silences_a_hostile_one(drafter, words, target, polarity):
    ann = draft(drafter, words + "\n")
    got = {s.polarity for c in ann.claims for s in c.stances if s.target == target}
    assert -1 not in got if polarity is None else got == {polarity}, got


@pytest.mark.parametrize(
    ("text", "words", "targets"),
    [
        ("Laos protests Thailand-Cambodia deal on the Mekong\n", "Laos protests", {"thailand", "cambodia"}),
        (
            'Kazakhstan\'s envoy, Daniyar Sarsen, said Moscow "can threaten Uzbek roads, Kyrgyz dams and '
            'Tajik towns at once."\n',
            "can threaten",
            {"uzbekistan", "kyrgyzstan", "tajikistan"},
        ),
    ],
)
def test_a_cue_reaches_each_state_of_a_list_named_by_demonym_or_hyphen(drafter, text, words, targets):
    got = {(s.target, s.polarity) for s in claim_of(draft(drafter, text), words).stances}
    assert {(t, -1) for t in targets} <= got, got


def test_a_grouping_joined_with_others_makes_them_members_and_the_accused_a_target(drafter):
    text = 'Kenya\'s minister, Amina Odhiambo, accused Uganda of joining "an axis of spoilers" with Rwanda.\n'
    ann = draft(drafter, text)
    c = claim_of(ann, "accused Uganda")
    assert {("uganda", -1), ("rwanda", -1)} <= {(s.target, s.polarity) for s in c.stances}
    assert all(s.holder in (None, c.speaker) for s in c.stances if s.target == "rwanda")
    assert {m.member for m in ann.memberships} == {"uganda", "rwanda"}


def test_a_request_is_no_stance_of_its_own(drafter):
    ann = draft(drafter, "Laos had asked Thailand to share the survey data, an official said.\n")
    assert not any(s.target == "thailand" and s.polarity == 1 for c in ann.claims for s in c.stances)


def test_what_an_aside_about_the_subject_names_is_no_target_of_the_sentences_tone(drafter):
    text = (
        "Ghana, whose soldiers serve alongside Togolese units against the jihadists, offered to help, "
        "an official said.\n"
    )
    ann = draft(drafter, text)
    assert not any(s.target == "togo" for c in ann.claims for s in c.stances)


def test_a_state_named_as_a_place_is_no_target_of_the_tone_around_it(drafter):
    text = "The talks in Nairobi on the Ugandan incursion failed, Tanzania's minister, Juma Ali, said.\n"
    got = {(s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert ("uganda", -1) in got and not any(t == "kenya" for t, _p in got), got


def test_a_state_named_by_a_past_event_that_dates_the_sentence_is_no_target(drafter):
    text = "Trade has been slow since the 2021 clashes with Tajikistan, Kyrgyzstan's Jeenbek Kulubaev said.\n"
    assert not any(s.target == "tajikistan" for c in draft(drafter, text).claims for s in c.stances)


def test_him_or_her_after_a_cue_is_the_last_person_named_in_the_paragraph(drafter):
    text = (
        "Senegal's trade minister, Bassirou Faye, called Gambia's Adama Barrow on Sunday. "
        'Barrow thanked him for his "personal commitment", a spokesman, Ebrima Jallow, said.\n'
    )
    got = {(s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert ("bassirou-faye", 1) in got, got


@pytest.mark.parametrize(
    "words",
    [
        "The Ministry reminds Lilongwe that the 1964 treaty fixed the border.",
        "The Ministry notes with concern the statement of the Embassy of Malawi.",
        "The Ministry regrets that Malawi has chosen confrontation over dialogue.",
    ],
)
def test_a_statements_admonitions_are_its_issuers_stance_against_the_one_admonished(drafter, words):
    lead = "The Ministry of Foreign Affairs of the Republic of Zambia expresses its concern.\n\n"
    c = claim_of(draft(drafter, lead + words + "\n"), words[:20])
    got = {(s.holder, s.target, s.polarity) for s in c.stances}
    assert ("zambia", "malawi", -1) in got, got


def test_a_cue_never_targets_the_speakers_own_state(drafter):
    text = (
        "Kenya's foreign ministry spokesperson, Ruth Wanjiku, condemned the raid and said Kenya stood "
        '"shoulder to shoulder with the Somali people."\n'
    )
    assert not any(s.target == "kenya" for c in draft(drafter, text).claims for s in c.stances)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Ghana condemned Togo as well as Benin for the raid.\n", {"togo", "benin"}),
        ("Ghana accused Togo and its ally Benin of arming the smugglers.\n", {"togo", "benin"}),
        ("Ghana criticised neither Togo nor Benin.\n", set()),
    ],
)
def test_one_stance_for_each_of_a_list_and_none_for_neither(drafter, text, targets):
    got = {s.target for c in draft(drafter, text).claims for s in c.stances}
    assert got == targets, got


@pytest.mark.parametrize(
    ("text", "target", "polarity"),
    [
        ("Responding to Kenya's charge, Uganda's Oboth said the claims were \"fiction\".\n", "kenya", -1),
        ('In a reply to Lima, Ecuador\'s Gabriela Sommerfeld said "the border is settled".\n', "peru", -1),
    ],
)
def test_words_introduced_as_an_answer_to_someone_are_towards_them(drafter, text, target, polarity):
    got = {(s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert (target, polarity) in got, got


def test_words_in_no_ones_name_hold_no_ones_stance(drafter):
    ann = draft(drafter, "Talks stalled.\n\nUganda is reportedly arming rebels who raid Sudanese units.\n")
    c = claim_of(ann, "Uganda is reportedly")
    assert c.speaker == "unknown-speaker"
    assert not [s for s in c.stances if s.holder in (None, c.speaker)], c.stances


def test_a_state_named_by_its_own_name_after_in_stays_a_target(drafter):
    text = 'Kenya\'s minister, Juma Ali, said the "illegal occupation" in Somalia must end.\n'
    assert "somalia" in {s.target for c in draft(drafter, text).claims for s in c.stances}


def test_a_speaker_of_no_known_state_speaks_for_the_state_their_words_open_with_in_quotes(drafter):
    text = 'Talks stalled.\n\nLevan Beridze, a chairman, said Armenia "will not be dragged into a war."\n'
    assert not any(s.target == "armenia" for c in draft(drafter, text).claims for s in c.stances)


def test_nothing_more_than_is_no_refusal(drafter):
    words = '"We want nothing more than to reopen the river," Bolivia\'s foreign minister, Ana Rojas, said.'
    text = _PILCOMAYO + words + "\n"
    assert not any(s.target == "paraguay" for s in claim_of(draft(drafter, text), "want nothing").stances)


@pytest.mark.parametrize(
    ("text", "words", "holder", "target"),
    [
        ("Kenya seizes Ugandan fishing boats; Kampala demands release\n", "Kampala", "uganda", "kenya"),
        ("Chad closes border as Yaounde voices concern\n", "Yaounde", "cameroon", "chad"),
    ],
)
def test_a_headlines_second_half_answers_its_first(drafter, text, words, holder, target):
    got = {(s.holder, s.target, s.polarity) for s in claim_of(draft(drafter, text), words).stances}
    assert (holder, target, -1) in got, got


def test_a_demand_is_made_only_of_the_one_it_names_not_of_one_thanked_later(drafter):
    text = (
        "Armenia's foreign ministry said: \"We call on our partners to stand with Armenia, "
        'and we thank France for its solidarity."\n'
    )
    got = {(s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert ("france", 1) in got and ("france", -1) not in got, got


@pytest.mark.parametrize(
    ("text", "holder", "target", "polarity"),
    [
        ("Analysts said China, Laos's closest ally, wants the dam built.\n", "china", "laos", 1),
        ("Analysts said Chile, Bolivia's old rival, wants the river left alone.\n", "chile", "bolivia", -1),
    ],
)
def test_an_apposition_calling_one_an_ally_or_rival_is_a_stance(drafter, text, holder, target, polarity):
    got = {(s.holder, s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert (holder, target, polarity) in got, got


def test_an_accusation_of_the_x_backed_group_is_against_the_group(drafter):
    text = "Kinshasa accused the Rwanda-backed M23 of shelling Goma, an official said.\n"
    got = {(s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert ("m23", -1) in got and ("rwanda", -1) not in got, got


def test_x_backed_y_is_xs_stance_for_y(drafter):
    text = "Analysts said the Iran-backed Houthis would keep firing, a diplomat said.\n"
    got = {(s.holder, s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert ("iran", "houthis", 1) in got, got


@pytest.mark.parametrize(
    ("text", "holder", "target", "polarity"),
    [
        ("Ghana's criticism of Togo was muted, a diplomat said.\n", "ghana", "togo", -1),
        ("Analysts said Egypt's support for Eritrea had grown, a diplomat said.\n", "egypt", "eritrea", 1),
    ],
)
def test_a_possessed_relation_is_the_owners_stance_not_the_speakers(drafter, text, holder, target, polarity):
    got = {(s.holder, s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert (holder, target, polarity) in got and not any(t == holder for _h, t, _p in got), got


@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_he_or_she_never_stands_for_several_unnamed_sources(drafter, pronoun):
    text = (
        "Chile and Bolivia traded charges on Friday. \u201cWe will defend our water,\u201d Foreign Minister "
        "Ana Rojas told reporters in Santiago. Diplomats in La Paz said the dispute would go to court. "
        f"Peru, {pronoun} added, had offered to mediate.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "had offered to mediate").speaker == "ana-rojas", claims(ann)
    assert claim_of(ann, "the dispute would go to court").speaker != "ana-rojas", claims(ann)


# --- branch rules9 (session 13): claims in the article's own voice ---------------------------------

STATEMENT = (
    "Statement of the Ministry of Foreign Affairs of Ghana\n\n"
    "The Ministry rejects the claims made in Lome this week. The Ministry recalls that the border has "
    "been open since 2019.\n\n"
)


def test_a_statements_criticism_of_remarks_is_its_own_though_the_remarks_name_a_grouping(drafter):
    text = STATEMENT + (
        "The Ministry notes with regret the remarks of a Togolese senator, Kofi Mensah, who described "
        'Ghana and Benin as "a smugglers\' front".\n'
    )
    ann = draft(drafter, text)
    own = claim_of(ann, "The Ministry notes with regret")
    assert (own.speaker, own.status) == ("article", "asserted"), claims(ann)
    assert "front" not in own.quote, claims(ann)


def test_a_statements_second_call_in_one_sentence_is_its_own_too(drafter):
    text = STATEMENT + (
        "The Government calls on the Government of Togo to reopen the crossing, and calls on the union "
        "to lift the blockade without delay.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "calls on the Government of Togo").speaker == "article", claims(ann)
    assert claim_of(ann, "calls on the union").speaker == "article", claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "It thanks the Commission for its consistent engagement.",
        "It also calls on Togo to reopen the crossing.",
    ],
)
def test_it_with_an_issuers_verb_in_a_statement_is_its_own_voice(drafter, sentence):
    ann = draft(drafter, STATEMENT + sentence + "\n")
    c = claim_of(ann, sentence.split()[2])
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_it_remains_in_a_statement_is_not_its_issuers_act(drafter):
    ann = draft(drafter, STATEMENT + "It remains unclear whether Togo will reopen the crossing.\n")
    assert not any("remains unclear" in c.quote and c.speaker == "article" for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo are two sovereign states, and Ghana closed the border on Monday.\n",
        "Several member states backed Ghana's plan on Monday.\n",
        "Latvia and the other Baltic states closed their borders on Monday.\n",
        "Ghana, like many coastal states in the region, closed its waters on Monday.\n",
    ],
)
def test_states_as_countries_is_no_verb_of_saying(drafter, text):
    ann = draft(drafter, text)
    assert any(c.speaker == "article" for c in ann.claims), claims(ann)


def test_states_after_a_subject_still_carries_its_words(drafter):
    ann = draft(drafter, "The report states that Ghana armed the rebels.\n")
    assert not any(c.speaker == "article" and c.status == "asserted" for c in ann.claims), claims(ann)
    ann = draft(drafter, "Ghana states that Togo armed the rebels.\n")
    assert claim_of(ann, "Togo armed").speaker == "ghana", claims(ann)


def test_a_titles_accuser_is_the_actor_before_the_verb_in_its_clause(drafter):
    text = 'Japan protests drills on Kurils; Moscow accuses Tokyo of "militarisation"\n\nTrade fell.\n'
    c = claim_of(draft(drafter, text), "Moscow accuses")
    assert [(s.holder, s.target) for s in c.stances] == [("russia", "japan")], c.stances


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian officials have not commented publicly.",
        "Shell declined to comment.",
        "Neither presidency confirmed the call.",
        "Neither Oman nor Qatar commented.",
        "He did not present the evidence.",
        "He did not mention Oman by name.",
    ],
)
def test_no_comment_is_the_articles_report(drafter, sentence):
    ann = draft(drafter, f"Iran seized a tanker on Monday. {sentence}\n")
    c = claim_of(ann, sentence[:12])
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


@pytest.mark.parametrize(
    ("sentence", "source", "outlet"),
    [
        (
            "Ghanaian police detained six traders on Sunday, the newspaper Daily Graphic reported, "
            "citing relatives of the men.",
            "unnamed-men-relatives",
            "daily-graphic",
        ),
        (
            "Togo has offered to mediate again, the Sankei Shimbun reported, citing a Togolese diplomat, "
            "though the ministry would not confirm it.",
            "unnamed-togolese-diplomat",
            "sankei-shimbun",
        ),
    ],
)
def test_what_an_outlet_reports_citing_a_source_is_the_sources_through_the_outlet(
    drafter, sentence, source, outlet
):
    ann = draft(drafter, f"Ghana and Togo traded charges.\n\n{sentence}\n")
    c = claim_of(ann, sentence[:20])
    assert (c.speaker, c.via) == (source, outlet), claims(ann)
    assert "though" not in c.quote and not any(x.quote.startswith("though") for x in ann.claims), claims(ann)


def test_a_hedged_report_names_its_source_after_it_and_ends_at_a_semicolon(drafter):
    text = (
        "Ghana and Togo traded charges.\n\n"
        "Togo is believed to be moving troops to the border, diplomats in Accra say; Ghana has closed "
        "two crossings since June.\n\n"
        "Ghanaian police are said to have detained six traders, although neither government has published "
        "figures.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "Togo is believed")
    assert (c.status, c.quote) == ("alleged", "Togo is believed to be moving troops to the border"), c
    assert c.speaker.startswith("unnamed-diplomats"), claims(ann)
    c = claim_of(ann, "Ghana has closed")
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    c = claim_of(ann, "detained six traders")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged") and "although" not in c.quote, claims(ann)
    c = claim_of(ann, "neither government")
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_an_interviews_introduction_names_the_one_who_answers(drafter):
    text = (
        "Togo's port chief on Ghana and the border\n\n"
        "President Faure Gnassingbe said in May that the border would stay open. We spoke to Kossi Amedodji, "
        "a deputy minister at Togo's Ministry of Transport, in Lome.\n\n"
        "Q: Will the border close?\n\n"
        "A: No. Our trade with Ghana is too important.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "Our trade with Ghana").speaker == "kossi-amedodji", claims(ann)


@pytest.mark.parametrize(
    ("sentence", "alias", "words"),
    [
        (
            "Diplomats of several friendly countries have told the Ministry that they see no obstacle.",
            "Diplomats of several friendly countries",
            "they see no obstacle",
        ),
        (
            "Several other partners of the project have informed the Government, in confidence, that they "
            "share its concern.",
            "Several other partners of the project",
            "they share its concern",
        ),
    ],
)
def test_sources_a_text_counts_but_does_not_name_speak_for_themselves(drafter, sentence, alias, words):
    ann = draft(drafter, f"Ghana closed the border on Monday.\n\n{sentence}\n")
    c = claim_of(ann, words)
    speaker = next(a for a in ann.actors if a.id == c.speaker)
    assert alias in speaker.aliases and c.quote.startswith(words), claims(ann)


def test_a_title_that_says_whom_a_state_suspects_reports_the_suspicion(drafter):
    ann = draft(drafter, "Cable cut in Gulf of Guinea; Accra suspects sabotage\n\nTrade fell.\n")
    c = claim_of(ann, "Accra suspects")
    assert (c.speaker, c.status, c.kind) == ("article", "asserted", "accusation"), claims(ann)
    ann = draft(drafter, "Cable cut in Gulf of Guinea; Accra reportedly suspects sabotage\n\nTrade fell.\n")
    assert claim_of(ann, "Accra reportedly").status == "alleged", claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of lorries are stranded at the main crossing.",
        "Rail traffic on the coastal line has been suspended.",
    ],
)
def test_what_has_happened_to_things_and_people_is_the_articles_report(drafter, sentence):
    ann = draft(drafter, f"Ghana closed the border on Monday.\n\n{sentence}\n")
    c = claim_of(ann, sentence[:15])
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_a_state_of_things_someone_reports_stays_theirs(drafter):
    text = "Ghana closed the border on Monday.\n\nHundreds of lorries are stranded, officials said.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "Hundreds of lorries").speaker != "article", claims(ann)


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("Ghanaian lawmakers from several parties backed the deployment.", True),
        ("Ghanaian lawmakers were less cautious than the army.", True),
        ("Ghanaian soldiers opened fire first near the river.", False),
    ],
)
def test_a_countrys_politicians_acting_are_the_articles_report_not_its_soldiers(drafter, sentence, drafted):
    ann = draft(drafter, f"Ghana and Togo traded charges on Monday.\n\n{sentence}\n")
    got = any(c.quote.startswith(sentence[:20]) and c.speaker == "article" for c in ann.claims)
    assert got == drafted, claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Togo seized a boat in waters that Ghana claims as its own, officials in Lome said on Monday.\n",
        "The islets, which Ghana claims and calls the Keta Rocks, \"belong to Togo,\" Kossi Amedodji said.\n",
    ],
)
def test_a_claim_to_a_place_in_a_clause_about_it_is_no_speech(drafter, text):
    ann = draft(drafter, "Ghana and Togo traded charges.\n\n" + text)
    assert not any(c.speaker == "ghana" for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana claims twelve nautical miles of airspace around the Keta Rocks.",
        "Togo has claimed all or part of the Volta region since 1960, and talks have stalled.",
    ],
)
def test_a_claim_to_territory_is_a_states_position_not_its_words(drafter, sentence):
    ann = draft(drafter, f"Ghana and Togo traded charges.\n\n{sentence}\n")
    c = claim_of(ann, sentence[:12])
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_a_claim_with_a_clause_stays_the_claimants_words(drafter):
    text = "Ghana and Togo traded charges.\n\nTogo claimed its waters were being fished illegally.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "its waters").speaker == "togo", claims(ann)


@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        (
            "According to the Ghana Chamber of Commerce and Industry, more than 400 lorries are stranded.",
            "Ghana Chamber of Commerce and Industry",
        ),
        ("More than 400 lorries are stranded, according to the Lome Port Authority.", "Lome Port Authority"),
    ],
)
def test_according_to_a_body_the_gazetteer_does_not_know_is_its_claim(drafter, sentence, alias):
    ann = draft(drafter, f"Ghana closed the border on Monday.\n\n{sentence}\n")
    c = claim_of(ann, "400 lorries")
    speaker = next(a for a in ann.actors if a.id == c.speaker)
    assert alias in speaker.aliases, claims(ann)


def test_according_to_a_title_and_a_person_is_the_persons_claim(drafter):
    text = "Ghana closed the border.\n\nAccording to Trade Minister Kofi Mensah, 400 lorries are stranded.\n"
    assert claim_of(draft(drafter, text), "400 lorries").speaker == "kofi-mensah"


def test_an_interviewees_name_may_hold_a_one_letter_word(drafter):
    text = (
        "Suriname's minister on Guyana\n\nWe spoke to Ramon Tjon A Fat, a minister, in Paramaribo.\n\n"
        "Q: Is there a dispute?\n\nA: Yes, there is a dispute with Guyana.\n"
    )
    assert claim_of(draft(drafter, text), "there is a dispute").speaker == "ramon-tjon-a-fat"


@pytest.mark.parametrize(
    "sentence",
    ["Dozens of homes were damaged by Ugandan shelling.", "Many homes were damaged in Ugandan shelling."],
)
def test_a_state_of_things_that_names_whose_act_it_was_is_not_the_articles_fact(drafter, sentence):
    ann = draft(drafter, f"Kenya and Uganda traded charges.\n\n{sentence}\n")
    assert not any(c.speaker == "article" and "homes" in c.quote for c in ann.claims), claims(ann)


# --- stances9 (session 13) -------------------------------------------------------------------


def test_each_state_accused_of_forming_a_grouping_is_a_target(drafter):
    text = 'Kenya\'s minister, Amina Odhiambo, accused Uganda, Rwanda and Burundi of forming "a cartel".\n'
    c = claim_of(draft(drafter, text), "accused Uganda")
    got = {(s.target, s.polarity) for s in c.stances}
    assert {("uganda", -1), ("rwanda", -1), ("burundi", -1)} <= got, got


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("In Lima, a senior Peruvian Foreign Ministry official, Ana Quispe, said Peru would not yield.\n",
         "ana-quispe", "peru"),
        ("Ghana's chief executive officer for foreign affairs, Kofi Mensah, said Togo was wrong.\n",
         "kofi-mensah", "ghana"),
    ],
)
def test_a_role_set_before_a_name_ties_the_person_to_its_state(drafter, text, person, state):
    ann = draft(drafter, text)
    assert state in next(a for a in ann.actors if a.id == person).affiliation
    assert not any(s.target == state for c in ann.claims for s in c.stances)


def test_an_envoy_on_a_state_is_not_of_that_state(drafter):
    ann = draft(drafter, "ASEAN's special envoy on Myanmar, Ana Reyes, said the talks would go on.\n")
    assert "myanmar" not in next(a for a in ann.actors if a.id == "ana-reyes").affiliation


def test_a_role_set_after_a_name_ties_the_person_to_its_state(drafter):
    text = (
        "Kenya and Uganda traded charges over the island. Uganda said Kenya had moved troops. "
        "Ana Okello, Kenya's deputy foreign minister for East Africa, told reporters that Kenya "
        "wanted calm. Kenya sent police. Uganda sent troops. \"We will not give up an inch,\" Okello said.\n"
    )
    ann = draft(drafter, text)
    assert "kenya" in next(a for a in ann.actors if a.id == "ana-okello").affiliation
    got = {(s.target, s.polarity) for s in claim_of(ann, "give up an inch").stances}
    assert ("uganda", -1) in got and not any(t == "kenya" for t, _ in got), got


def test_words_quoted_of_a_subject_named_before_them_are_about_it(drafter):
    text = (
        'Turkish Defence Minister Ali Demir, who had praised what he called "a new era" with Greece, told '
        'parliament that Athens was "arming islands that treaties keep demilitarised," and he warned that '
        'Turkey "will not stand by."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "arming").quote.startswith("arming")  # the quote alone: its subject is outside
    assert ("greece", -1) in {(s.target, s.polarity) for s in claim_of(ann, "arming").stances}
    assert not any(s.target == "turkey" for c in ann.claims for s in c.stances)


def test_a_grouping_aimed_at_the_speakers_own_state_holds_a_stance_against_it(drafter):
    text = (
        'Russia\'s envoy, Ivan Petrov, said Norway and Finland had formed "an Arctic bloc" whose purpose '
        "was to push Russia out of the north.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "Arctic bloc")
    assert any(s.holder == "arctic-bloc" and s.target == "russia" and s.polarity == -1 for s in c.stances)


def test_a_role_that_names_a_state_by_demonym_alone_adds_that_state(drafter):
    ann = draft(drafter, "A senior Chilean official, Ana Rojas, said the talks had failed.\n")
    assert "chile" in next(a for a in ann.actors if a.id == "ana-rojas").affiliation
    assert "chile" in {a.id for a in ann.actors}


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Ghana ordered two Togolese diplomats to leave the country on Monday for helping a smuggler.\n",
         "ghana", "togo"),
        ("Kenyan border guards are said to have stopped several Ugandan fishing boats last month.\n",
         "kenyan-border-guards", "uganda"),
    ],
)
def test_an_act_against_someone_is_its_subjects_stance_against_its_object(drafter, text, holder, target):
    got = {(s.holder, s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}
    assert (holder, target, -1) in got, got


def test_unnamed_analysts_and_diplomats_take_no_side_of_their_own(drafter):
    text = (
        "Kenya and Uganda traded charges on Monday. Analysts said Uganda was unlikely to escalate "
        "a dangerous quarrel. Diplomats said Kampala had grown reckless.\n"
    )
    ann = draft(drafter, text)
    observed = [c for c in ann.claims if c.speaker in ("unnamed-analysts", "unnamed-diplomats")]
    assert observed, claims(ann)
    assert not any(s.holder in (None, c.speaker) for c in observed for s in c.stances)


@pytest.mark.parametrize(
    "text",
    [
        'A spokesman, Li Wei, accused Japan of using its fishermen "as a front for a staged provocation."\n',
        'Minister Ana Banda said the "so-called cartel" existed "only in the minds of politicians."\n',
    ],
)
def test_a_front_for_something_or_a_so_called_cartel_is_no_grouping(drafter, text):
    ann = draft(drafter, text)
    assert not any(a.type == "bloc" for a in ann.actors) and not ann.memberships


def test_a_fraternal_people_is_a_friendly_word(drafter):
    text = "Russia and Armenia traded barbs. Peskov said Armenia remained \"a fraternal people\".\n"
    got = {(s.target, s.polarity) for s in claim_of(draft(drafter, text), "fraternal").stances}
    assert ("armenia", 1) in got and ("armenia", -1) not in got, got


def test_an_office_of_no_named_state_in_a_ministrys_statement_is_the_issuers(drafter):
    text = (
        "The Ministry of Foreign Affairs of the Republic of Ghana expresses its concern at the remarks "
        "made by officials of Togo.\n\n"
        '"Ghana has kept every promise," said Minister of Foreign Affairs Kofi Mensah.\n'
    )
    ann = draft(drafter, text)
    assert "ghana" in next(a for a in ann.actors if a.id == "kofi-mensah").affiliation


@pytest.mark.parametrize("rank", ["Col.", "Commodore"])
def test_a_rank_between_a_title_and_a_name_leaves_the_person_their_role_and_body(drafter, rank):
    """ "Army spokesman Col. Kofi Mensah", "navy spokesman Commodore X": the rank between the title
    and the name is no end of the role; the spokesman is of the body named before (stkin23)."""
    text = f"Border\n\nGhana's army rejected the plan. Army spokesman {rank} Kofi Mensah said it was over.\n"
    person = draft(drafter, text).actor("kofi-mensah")
    assert person.affiliation == ("ghanaian-army",) and [r for r, _ in person.roles] == ["spokesman"]


def test_an_office_in_apposition_after_said_the_in_a_ministrys_statement_is_the_issuers(drafter):
    """ '"...," said the Minister of Energy, Kofi Mensah.': the office is the issuing state's, as
    without "the" and the comma (stkin23)."""
    text = (
        "The Ministry of Foreign Affairs of the Republic of Ghana expresses its concern at the remarks "
        "made by officials of Togo.\n\n"
        '"Ghana has kept every promise," said the Minister of Energy, Kofi Mensah.\n'
    )
    ann = draft(drafter, text)
    assert "ghana" in next(a for a in ann.actors if a.id == "kofi-mensah").affiliation


def test_no_quarrel_with_the_other_side_is_no_refusal_of_it(drafter):
    text = (
        "Kenya and Tanzania traded charges over the deportations. Kenya said Tanzania broke the rules. "
        "Tanzania said Kenya lied. Kenya recalled its envoy. Tanzania's foreign minister, Juma Ali, said "
        'Tanzania had "no quarrel with the Kenyan people."\n'
    )
    c = claim_of(draft(drafter, text), "no quarrel")
    assert not any(s.target == "kenya" and s.polarity == -1 for s in c.stances), c.stances


# --- actors9: actor IDs in the curators' forms ---


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Analysts in Nairobi said the border would stay shut.\n", "unnamed-analysts-nairobi"),
        ("Kenya shut it. Diplomats in the region say the row will last.\n", "unnamed-diplomats-region"),
        ("A Western diplomat in Nairobi said the border would stay shut.\n", "unnamed-western-diplomat"),
        (
            "Kenya closed the border, according to officials in Nuku'alofa, who gave no reason.\n",
            "unnamed-officials-nukualofa",
        ),
    ],
)
def test_several_unnamed_sources_keep_their_place_in_their_id_one_does_not(drafter, text, actor):
    ids = {a.id for a in draft(drafter, text).actors}
    assert actor in ids, ids


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The U.S. embassy in Nairobi said the border would reopen.\n", "us-embassy-nairobi"),
        ("NAIROBI, May 3 - The Chinese embassy said the border would reopen.\n", "chinese-embassy-nairobi"),
        ("Kenya and Uganda met. Kenya agreed. The Chinese embassy said so.\n", "chinese-embassy-kenya"),
        ("The UAE foreign ministry said the border would reopen.\n", "uae-foreign-ministry"),
        ("The Romanian foreign ministry said the border would reopen.\n", "romanian-foreign-ministry"),
    ],
)
def test_a_body_id_has_the_initials_a_state_goes_by_and_an_embassy_its_seat(drafter, text, actor):
    ids = {a.id for a in draft(drafter, text).actors}
    assert actor in ids, ids


@pytest.mark.parametrize(
    "text",
    [
        "According to police in Puerto Cortes, boats from Kenya have stayed in port.\n",
        "A senator from Alto Verde, Juan Perez, accused Kenya of lying.\n",
    ],
)
def test_a_place_after_a_title_and_a_preposition_is_no_person(drafter, text):
    ids = {a.id for a in draft(drafter, text).actors}
    assert not ids & {"puerto-cortes", "alto-verde"}, ids


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Croatia's Ministry of the Interior said the border would reopen.\n", "croatian-interior-ministry"),
        ("The Chilean Ministry of Foreign Affairs said the talks would end.\n", "chilean-foreign-ministry"),
    ],
)
def test_a_ministry_by_its_formal_name_has_the_id_of_its_short_name(drafter, text, actor):
    ids = {a.id for a in draft(drafter, text).actors}
    assert actor in ids, ids


def test_a_body_by_its_formal_name_is_drafted_by_the_states_name(drafter):
    text = (
        "The Ministry of Foreign Affairs of the Republic of Bulgaria regrets the remarks. "
        "It calls on the Government of Kenya to end the dispute.\n"
    )
    actors = {a.id: a for a in draft(drafter, text).actors}
    assert {"bulgaria-foreign-ministry", "kenya-government"} <= set(actors), set(actors)
    assert actors["kenya-government"].label == "Government of Kenya"
    assert "kenya" in actors  # the state stays named: only the claims rules say who speaks


def test_the_government_after_one_state_is_that_states_government(drafter):
    text = (
        "Kenya closed its border on Monday. Critics blamed the government for the delay.\n\n"
        "Kenya and Uganda met. The government of Rwanda said nothing.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert "kenyan-government" in ids and "ugandan-government" not in ids, ids


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A lecturer at the University of the Andes said Kenya was wrong.\n", "university-of-the-andes"),
        ("The Bank of Commerce and Industry said Kenya was wrong.\n", "bank-of-commerce-and-industry"),
        ("Forces of the Government of National Unity and Kenya met.\n", "government-of-national-unity"),
    ],
)
def test_one_head_word_and_the_name_it_is_of_is_an_organisation(drafter, text, actor):
    ids = {a.id for a in draft(drafter, text).actors}
    assert actor in ids, ids


def test_a_states_formal_body_is_no_organisation(drafter):
    ids = {a.id for a in draft(drafter, "The Government of the Republic of Kenya said it was so.\n").actors}
    assert not any(i.startswith("government-of") for i in ids), ids


def test_a_seat_is_the_court_the_article_names_not_its_state(drafter):
    text = (
        "Kenya took the dispute to the International Court of Justice in 2019. "
        '"This is why we went to The Hague," the minister said.\n'
    )
    ann = draft(drafter, text)
    ids = {a.id for a in ann.actors}
    assert "icj" in ids and "netherlands" not in ids, ids
    assert "netherlands" in {a.id for a in draft(drafter, "The Hague said it would help Kenya.\n").actors}


def test_a_states_press_or_media_is_an_unnamed_source(drafter):
    ids = {a.id for a in draft(drafter, "Kenyan state media said Uganda had armed the rebels.\n").actors}
    assert "unnamed-kenyan-state-media" in ids, ids


@pytest.mark.parametrize(
    "text",
    [
        "A deputy from the ruling party, Jonas Mbeki, accused Kenya of lying.\n",
        "In Nairobi, the assembly member Jonas Mbeki described Kenya as a bully.\n",
    ],
)
def test_a_name_before_an_act_of_speech_is_a_person(drafter, text):
    assert "jonas-mbeki" in {a.id for a in draft(drafter, text).actors}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The lawyer Jane Odhiambo told Kenya's Daily Clarion that Uganda was wrong.\n", "daily-clarion"),
        ("The minister told ZBC's Morning Desk that Uganda was wrong.\n", "zbc-morning-desk"),
    ],
)
def test_an_outlet_after_a_possessive_is_the_outlet_its_id_without_the_s(drafter, text, outlet):
    ids = {a.id for a in draft(drafter, text).actors}
    assert outlet in ids, ids


def test_the_is_part_of_an_outlets_name_written_mid_sentence(drafter):
    text = "Uganda armed the rebels, the Kampala daily The Monitor reported on Monday.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "the-monitor" in ids, ids


def test_a_hyphenated_outlet_name_is_whole(drafter):
    ids = {a.id for a in draft(drafter, "The minister told the Post-Tribune that Kenya was wrong.\n").actors}
    assert "post-tribune" in ids and "post" not in ids, ids


def test_a_known_outlets_name_after_another_name_is_another_outlet(drafter):
    text = "The minister, speaking to the Lagos Guardian, said Kenya was wrong.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "lagos-guardian" in ids and "the-guardian" not in ids, ids


def test_the_wire_of_an_accented_dateline_is_no_actor(drafter):
    text = "Border row\n\nBOGOTÁ, March 14 (Reuters) - Colombia closed three crossings on Friday.\n"
    assert "reuters" not in {a.id for a in draft(drafter, text).actors}


def test_a_bare_foreign_office_is_the_named_states(drafter):
    text = "Pakistan closed the crossing, and the Foreign Office said the move was temporary.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "pakistan-foreign-office" in ids and "uk-foreign-office" not in ids, ids
    text = "Britain summoned the envoy, and the Foreign Office said the move was right.\n"
    assert "uk-foreign-office" in {a.id for a in draft(drafter, text).actors}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Channel 9 reported, citing unnamed security officials, that Kenya was wrong.\n",
         "unnamed-security-officials"),
        ("Kenya armed the rebels, its Ugandan critics say.\n", "unnamed-ugandan-critics"),
    ],
)  # fmt: skip
def test_an_unnamed_sources_id_has_no_pronoun_and_one_unnamed(drafter, text, actor):
    ids = {a.id for a in draft(drafter, text).actors}
    assert actor in ids, ids


def test_an_embassy_placed_nowhere_keeps_one_id(drafter):
    text = (
        "Kenya and Uganda met. The Chinese embassy said it would help.\n\n"
        "Uganda, Uganda and Uganda again. A Chinese embassy official said so too.\n"
    )
    ids = [a.id for a in draft(drafter, text).actors if "embassy" in a.id and a.type != "person"]
    assert ids == ["chinese-embassy-uganda"], ids  # (its official is an unnamed person of his own)


def test_a_states_military_in_passing_is_no_actor_but_speaking_it_is(drafter):
    text = "Kenya said the Ugandan military had crossed the border.\n"
    assert "ugandan-military" not in {a.id for a in draft(drafter, text).actors}
    text = "The Ugandan military said Kenya had crossed the border.\n"
    assert "ugandan-military" in {a.id for a in draft(drafter, text).actors}


def test_a_capitalised_body_with_no_state_beside_it_is_the_articles_states(drafter):
    text = "Mexico sent troops north. Mexico said the National Guard would patrol the border.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "mexican-national-guard" in ids and "national-guard" not in ids, ids


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Kenya, the Armenian service of Radio Free Europe/Radio Liberty reported, is wrong.\n",
         "radio-free-europe-radio-liberty"),
        ("The minister told Radio New Zealand that Kenya was wrong.\n", "radio-new-zealand"),
    ],
)  # fmt: skip
def test_a_radios_name_of_several_words_is_whole(drafter, text, outlet):
    ids = {a.id for a in draft(drafter, text).actors}
    assert outlet in ids and "new-zealand" not in ids, ids


# --- rules10 -------------------------------------------------------------------------------------


def test_he_after_one_unnamed_source_is_that_source_not_the_named_speaker(drafter):
    text = (
        "Kenya's trade minister John Otieno said the border would stay open.\n\n"
        '"We are adding routes," a senior official in the transport ministry, who asked not to be '
        "named, told this newspaper. He added that the road was closed.\n"
    )
    got = claims(draft(drafter, text))
    assert ("unnamed-transport-official", "reported", "the road was closed.") in got, got


def test_a_source_after_the_last_comma_before_a_quotation_speaks(drafter):
    # spaCy ends the sentence after the next one's opening quotation mark; the source still speaks
    text = (
        "Lorries queued at Busia. Uganda has not paid its share for the upkeep of the road, one "
        'Western diplomat in Kampala said. "The treaty fixed the line," he said.\n'
    )
    got = claims(draft(drafter, text))
    said = "Uganda has not paid its share for the upkeep of the road"
    assert ("unnamed-western-diplomat", "reported", said) in got, got
    assert ("unnamed-western-diplomat", "reported", "The treaty fixed the line") in got, got


def test_one_woman_after_a_quotation_is_an_unnamed_source_not_the_last_speaker(drafter):
    text = (
        "Kenya's trade minister John Otieno said the border would stay open. "
        '"We sleep in the cabs," one woman said.\n'
    )
    got = claims(draft(drafter, text))
    assert ("unnamed-woman", "reported", "We sleep in the cabs") in got, got


def test_said_about_a_number_is_words_not_an_act(drafter):
    text = "Lorries queued at Busia. One trader said about 300 lorries were stuck at the border.\n"
    got = claims(draft(drafter, text))
    assert ("unnamed-trader", "reported", "about 300 lorries were stuck at the border.") in got, got


def test_a_source_after_a_quotation_then_who_clause_speaks(drafter):
    text = (
        "Kenya's trade minister John Otieno said the border would stay open.\n\n"
        '"We are adding routes," a senior official in the transport ministry, who asked not to be named '
        "because he was not authorised to speak, told this newspaper.\n"
    )
    got = claims(draft(drafter, text))
    assert ("unnamed-transport-official", "reported", "We are adding routes") in got, got


def test_an_organisations_spokeswoman_speaks_not_the_organisation(drafter):
    text = "Kenya closed the border. NATO's spokeswoman said the alliance was watching the border closely.\n"
    d = draft(drafter, text)
    got = claims(d)
    said = [s for s, _, q in got if q.startswith("the alliance was watching")]
    assert said and said[0] != "nato" and "spokeswoman" in said[0], got
    assert "nato" in next(a.affiliation for a in d.actors if a.id == said[0])


def test_a_states_government_spokesman_is_one_unnamed_person_not_the_government(drafter):
    text = (
        "Kenya closed the border. A Ugandan government spokesman, quoted by the Monitor, "
        'called the closure "a mistake."\n'
    )
    got = claims(draft(drafter, text))
    said = [s for s, _, q in got if "a mistake" in q]
    assert said == ["unnamed-ugandan-government-spokesman"], got


def test_sources_quoted_by_an_outlet_speak_not_the_outlet(drafter):
    text = "Kenya closed the border. Ugandan officials, quoted by the Monitor, said the road was closed.\n"
    got = claims(draft(drafter, text))
    assert ("unnamed-ugandan-officials", "reported", "the road was closed.") in got, got


# --- stances10 (session 13): stances on first-sight articles ---


def _stances_of(drafter: Drafter, text: str) -> set[tuple[str, int]]:
    return {(s.target, s.polarity) for c in draft(drafter, text).claims for s in c.stances}


def test_a_statements_letterhead_state_holds_its_it_sentences(drafter):
    text = (
        "Republic of Ghana\nMinistry of Foreign Affairs\n\nStatement on the river\n\n"
        "The Ministry condemns the closure of the river by Togo. The Ministry rejects the remarks "
        "of the Togolese envoy. It welcomes the statement of the African Union.\n"
    )
    assert ("african-union", 1) in _stances_of(drafter, text)


def test_thanks_is_an_endorsement_of_whom_it_thanks(drafter):
    text = (
        "The Ministry of Foreign Affairs of Kenya rejects the claims of Uganda. "
        "The Ministry thanks the State of Qatar for its offer to mediate.\n"
    )
    assert ("qatar", 1) in _stances_of(drafter, text)


def test_asked_to_go_on_as_they_are_is_no_stance(drafter):
    text = "Kenya said it calls on the African Union to remain firm on the agreed framework.\n"
    assert not {t for t, _ in _stances_of(drafter, text)} & {"african-union"}


def test_a_quotation_that_is_a_verb_and_its_object_is_no_grouping(drafter):
    text = 'Kenya\'s foreign minister accused Uganda of "stealing the triangle one island at a time."\n'
    ann = draft(drafter, text)
    assert not [a for a in ann.actors if a.type == "bloc"], [a.id for a in ann.actors]
    assert ("uganda", -1) in _stances_of(drafter, text)


def test_a_court_a_dispute_goes_to_is_no_target(drafter):
    text = (
        "Kenyan officials said Nairobi is considering taking the dispute back to the "
        "International Court of Justice.\n"
    )
    assert "icj" not in {t for t, _ in _stances_of(drafter, text)}


def test_another_states_soldiers_acting_in_a_speakers_words_are_against_that_state(drafter):
    text = "Kenya's foreign ministry said Ugandan soldiers had built a fence on the island.\n"
    assert ("uganda", -1) in _stances_of(drafter, text)
    text = "Kenya's foreign ministry said Kenyan soldiers had built a fence on the island.\n"
    assert ("kenya", -1) not in _stances_of(drafter, text)


# --- actors10 ---


def test_a_body_named_by_its_states_name_has_the_states_name_in_its_id(drafter):
    text = "Kenya accused Uganda. The Uganda police said the men had crossed the border.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "uganda-police" in ids and "ugandan-police" not in ids, ids
    text = "Kenya accused Uganda. The Ugandan police said the men had crossed the border.\n"
    assert "ugandan-police" in {a.id for a in draft(drafter, text).actors}


def test_a_groupings_id_leaves_out_a_names_possessive(drafter):
    text = (
        "Kenya rejected what its foreign minister, Musalia Mudavadi, called"
        ' "Moscow\'s bloc inside the African Union".\n'
    )
    ids = {a.id for a in draft(drafter, text).actors if a.type == "bloc"}
    assert ids == {"moscow-bloc-inside-the-african-union"}, ids


def test_an_outlet_called_a_portal_is_an_outlet(drafter):
    text = "The German ambassador, as quoted by the local portal Tukoleo, called on Kenya to talk.\n"
    ids = {a.id: a.type for a in draft(drafter, text).actors}
    assert ids.get("tukoleo") == "media", ids


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen on Lake Nyasa said Malawi had seized their nets.\n",
        "Analysts at the Institute of International Studies said Kenya was wrong.\n",
    ],
)
def test_a_name_of_a_place_or_thing_is_no_person(drafter, text):
    people = {a.id for a in draft(drafter, text).actors if a.type == "person" and not a.unnamed}
    assert not people & {"lake-nyasa", "international-studies"}, people


def test_an_x_based_outlet_named_with_al_is_one_outlet_and_no_person(drafter):
    text = "Tribal sources told the Aden-based outlet Aden al-Ghad that Yemen was wrong.\n"
    actors = {a.id: a.type for a in draft(drafter, text).actors}
    assert actors.get("aden-al-ghad") == "media" and "aden-based" not in actors, actors


# --- interview14: an interview introduced by a pronoun ----------------------------------------


def test_an_interview_introduced_by_a_pronoun_is_the_named_persons(drafter):
    text = (
        "Talks on the Sava\n\n"
        "Mirela Kovač chairs Croatia's delegation to the river commission. She spoke to us in Zagreb.\n\n"
        "Q. Is the dam on schedule?\n\n"
        "A. The dam is a Serbian project and Belgrade has not shared a single study with us.\n"
    )
    ann = draft(drafter, text)
    answer = claim_of(ann, "has not shared a single study")
    assert answer.speaker == "mirela-kovac" and answer.direct
    assert any(a.id == "mirela-kovac" and a.type == "person" for a in ann.actors)


def test_a_pronoun_introduction_after_a_states_sentence_names_no_interviewee(drafter):
    text = (
        "Talks on the Sava\n\n"
        "Costa Rica wants a new study of the river. She spoke to us in San Jose.\n\n"
        "Q. Is the dam on schedule?\n\n"
        "A. The dam is a Nicaraguan project and Managua has not shared a single study with us.\n"
    )
    ann = draft(drafter, text)
    assert any(a.id == "costa-rica" for a in ann.actors)
    assert all(a.type != "person" or a.id == "unknown-speaker" for a in ann.actors)


# --- outlets14: the world's major outlets in the gazetteer ------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('CGTN said Manila had "chosen confrontation".\n', "cgtn"),
        ("According to Sputnik, the talks in Baku had collapsed.\n", "sputnik"),
        ("Jakarta had protested to Beijing, The Straits Times said.\n", "the-straits-times"),
    ],
)
def test_a_major_outlet_is_known_by_name(drafter, text, outlet):
    ann = draft(drafter, text)
    assert any(a.id == outlet and a.type == "media" for a in ann.actors)
    assert any(c.speaker == outlet or c.via == outlet for c in ann.claims)


# --- via14: the outlet named in the sentence of someone's words ----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        (
            "In a statement carried by Tasnim, Iran's trade minister, Ali Karimi, said Baku had "
            '"crossed a line".\n',
            "ali-karimi",
            "tasnim",
        ),
        ('Pakistan "will not be bullied," Defence Minister Tariq Aziz said in remarks to Dawn on Monday.\n',
         "tariq-aziz", "dawn"),
        ("Pakistan's foreign office, as quoted by Dawn, said it was following developments closely.\n",
         "pakistan-foreign-office", "dawn"),
    ],
)
def test_a_medium_in_the_sentence_is_the_outlet(drafter, text, speaker, via):
    c = draft(drafter, text).claims[0]
    assert (c.speaker, c.via) == (speaker, via)


def test_the_articles_own_wire_is_no_outlet(drafter):
    text = (
        "Chile protests Argentine patrol\n\n"
        "SANTIAGO, Nov. 3 (Reuters) - A Chilean navy officer, speaking on condition of anonymity, "
        'told Reuters that the patrol boat had "ignored three warnings".\n'
    )
    c = claim_of(draft(drafter, text), "ignored three warnings")
    assert c.speaker != "article" and c.via is None


def test_a_body_one_speaks_to_is_no_outlet(drafter):
    text = 'Prime Minister Tshering Dorji told the National Assembly that Bhutan "will not move the posts".\n'
    ann = draft(drafter, text)
    assert all(a.type != "media" for a in ann.actors)
    assert claim_of(ann, "will not move the posts").via is None


def test_a_speakers_next_words_keep_their_outlet(drafter):
    text = (
        'Defence Minister Tariq Aziz told Dawn that Kabul was "sheltering killers". He added that the border '
        "would stay closed.\n\n"
        'Tariq Aziz later told Geo News that talks were "not on the table".\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "sheltering killers").via == "dawn"
    assert claim_of(ann, "would stay closed").via == "dawn"
    assert claim_of(ann, "not on the table").via == "geo-news"


# --- neverfact15 (session 15): the house rule in more disguises ---------------------------------

NF15_LEAD = "Lithuania and Belarus held talks in Vilnius on Monday.\n\n"


def _nf15_as_fact(drafter: Drafter, text: str, alleged: str) -> list[tuple[str, str, str]]:
    """The claims asserted or in the article's voice over half of ``alleged`` (as the scorer counts)."""
    gs = text.index(alleged)
    ge = gs + len(alleged)
    return [
        (c.speaker, c.status, c.quote)
        for c in draft(drafter, text).claims
        if (c.status == "asserted" or c.speaker == "article")
        and min(c.span.end, ge) - max(c.span.start, gs) >= max(1, min(c.span.end - c.span.start, ge - gs) / 2)
    ]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        # hearsay of the sentence (extraction.yaml, hearsay)
        ("Video footage places Belarusian trucks at the crossing.\n", "Belarusian trucks at the crossing"),
        ("The suspicion in Vilnius is that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("It has long been Riga's view that Moscow funds the party.\n", "Moscow funds the party"),
        (
            "Vilnius's accusation — that Minsk paid the smugglers — was repeated.\n",
            "Minsk paid the smugglers",
        ),
        ("Lithuania's complaints include that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("By Vilnius's reckoning, Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Lithuanian officials are sure Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("It is not clear that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Rumours abound that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Lithuania offered no proof that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("That Minsk paid the smugglers is beyond dispute in Vilnius.\n", "Minsk paid the smugglers"),
        ("Minsk reputedly paid the smugglers.\n", "Minsk reputedly paid the smugglers"),
        ("Minsk, Vilnius reiterated, paid the smugglers.\n", "paid the smugglers"),
        ("The smugglers, long believed to be Belarusian agents, crossed at night.\n", "Belarusian agents"),
        ("It is conceivable that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Minsk is to blame for the crossings.\n", "Minsk is to blame for the crossings."),
        ("Vilnius puts the number of crossings at 4,000.\n", "the number of crossings at 4,000"),
        (
            "Some 4,000 migrants crossed from Belarus, on official estimates.\n",
            "Some 4,000 migrants crossed from Belarus",
        ),
        ("Minsk was complicit in the crossings.\n", "Minsk was complicit in the crossings."),
        ("Minsk and Moscow, partners in crime, run the route.\n", "partners in crime"),
        ("Minsk and Moscow act as one on the border.\n", "Minsk and Moscow act as one on the border."),
        (
            "Minsk and Moscow have teamed up against Vilnius.\n",
            "Minsk and Moscow have teamed up against Vilnius.",
        ),
        (
            "The probe found Belarusian guards escorted the migrants.\n",
            "Belarusian guards escorted the migrants",
        ),
        (
            "The court established that Belarusian guards escorted the migrants.\n",
            "Belarusian guards escorted the migrants",
        ),
        ("Lithuanian officials have no doubt Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Minsk and Moscow are tacit allies against Vilnius.\n", "tacit allies against Vilnius"),
        # hearsay of the claim's own words (extraction.yaml, hearsay_own)
        ("Vilnius blamed the crossings on Belarusian guards.\n", "the crossings on Belarusian guards"),
        ("Vilnius put the blame for the crossings on Minsk.\n", "the blame for the crossings on Minsk"),
        ("Vilnius portrays the crossings as hybrid warfare.\n", "hybrid warfare"),
        ("Vilnius holds Minsk accountable for the crossings.\n", "Minsk accountable for the crossings"),
        ("Vilnius likened the crossings to an invasion.\n", "the crossings to an invasion"),
        (
            "Vilnius lashed out at Minsk over its backing for the smugglers.\n",
            "its backing for the smugglers",
        ),
        (
            "Lithuania expelled two Belarusian diplomats because Minsk paid the smugglers.\n",
            "Minsk paid the smugglers",
        ),
        # the next sentence, a colon's lead, an announcement, a list (claims.py)
        ("Minsk paid the smugglers. Belarus calls the claim a fabrication.\n", "Minsk paid the smugglers."),
        (
            "Minsk paid the smugglers. On this, Lithuanian officials are adamant.\n",
            "Minsk paid the smugglers.",
        ),
        ("Minsk paid the smugglers. Vilnius says it has proof.\n", "Minsk paid the smugglers."),
        ("Minsk paid the smugglers. Belarus's denials have been curt.\n", "Minsk paid the smugglers."),
        ("Minsk paid the smugglers. Such is the claim from Vilnius.\n", "Minsk paid the smugglers."),
        ("Minsk paid the smugglers. The charges come from Vilnius.\n", "Minsk paid the smugglers."),
        ("Vilnius spelled out its case: Minsk paid the smugglers.\n", "Minsk paid the smugglers."),
        ("Vilnius's argument goes like this. Minsk paid the smugglers.\n", "Minsk paid the smugglers."),
        (
            "Lithuania makes two charges.\n\n- Minsk paid the smugglers\n- Belarusian guards escorted them\n",
            "Belarusian guards escorted them",
        ),
        (
            "Lithuanian officials say Minsk paid the smugglers. Moreover, Belarusian guards escorted them.\n",
            "Belarusian guards escorted them.",
        ),
        # subheads, explainers' questions, transcripts
        ("Vilnius's version\n\nMinsk paid the smugglers.\n", "Minsk paid the smugglers."),
        ("What does Vilnius claim?\n\nMinsk paid the smugglers.\n", "Minsk paid the smugglers."),
        ("LANDSBERGIS: Minsk paid the smugglers.\n", "Minsk paid the smugglers."),
    ],
)
def test_nf15_an_allegation_in_another_disguise_is_never_fact(drafter, text, alleged):
    text = NF15_LEAD + text
    assert _nf15_as_fact(drafter, text, alleged) == []


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        (
            "Minsk paid smugglers\n\nLithuania's president levelled the charge on Monday.\n",
            "Minsk paid smugglers",
        ),
        (
            "A new bloc: Minsk and Moscow\n\nVILNIUS (Wire) - Lithuania and Belarus held talks.\n",
            "Minsk and Moscow",
        ),
    ],
)
def test_nf15_a_title_framed_as_someones_is_never_fact(drafter, text, alleged):
    assert _nf15_as_fact(drafter, text, alleged) == []


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("The border\n\nLithuania closed two crossings on Monday.\n", "Lithuania closed two crossings"),
        (
            "Lithuania rejects the claims\n\nLithuania closed two crossings on Monday.\n",
            "Lithuania closed two crossings",
        ),
        (
            "Lithuanian officials say Minsk paid the smugglers. Poland also closed its border on Monday.\n",
            "Poland also closed its border",
        ),
        ("Lithuania thanked Poland for its support during the crisis.\n", "Lithuania thanked Poland"),
    ],
)
def test_nf15_the_articles_own_report_beside_them_keeps_its_voice(drafter, text, own):
    c = claim_of(draft(drafter, NF15_LEAD + text), own)
    assert (c.speaker, c.status) == ("article", "asserted")


def test_nf15_a_headline_grouping_outside_the_label_leaves_the_other_clause_its_own(drafter):
    text = 'Junta blames "terror axis" as Thailand shuts crossing\n\nBANGKOK (Wire) - The two met.\n'
    c = claim_of(draft(drafter, text), "Thailand shuts crossing")
    assert (c.speaker, c.status) == ("article", "asserted")


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Minsk paid the smugglers, the envoy scoffed.\n", "Minsk paid the smugglers"),
        ("Minsk paid the smugglers, the spokeswoman went on.\n", "Minsk paid the smugglers"),
        ("Minsk paid the smugglers, the Courier has learned.\n", "Minsk paid the smugglers"),
        ("Belarusian guards were linked to the smuggling ring in March.\n", "Belarusian guards were linked"),
        ("Minsk's role in the kidnappings angered Vilnius.\n", "Minsk's role in the kidnappings"),
        ("Minsk paid the smugglers; that was the thrust of the report.\n", "Minsk paid the smugglers"),
        ("A study ties Belarusian guards to the crossings.\n", "Belarusian guards to the crossings"),
        (
            "The minister reeled off Minsk's misdeeds. Minsk paid the smugglers. Minsk hid them.\n",
            "Minsk hid them.",
        ),
    ],
)
def test_nf15_more_disguises_are_never_fact(drafter, text, alleged):
    assert _nf15_as_fact(drafter, NF15_LEAD + text, alleged) == []


def test_nf15_a_lede_that_restates_its_titles_charge_is_never_fact(drafter):
    text = (
        "Vilnius accuses Minsk of funding smugglers\n\n"
        "VILNIUS (Wire) - Minsk has funded the smugglers for a year, sending cash across at night.\n"
    )
    assert _nf15_as_fact(drafter, text, "Minsk has funded the smugglers for a year") == []


def test_nf15_a_lede_on_another_act_than_its_titles_charge_keeps_its_voice(drafter):
    text = (
        "Vilnius accuses Minsk of paying smugglers\n\n"
        "VILNIUS (Wire) - Lithuania closed two border crossings with Belarus on Monday.\n"
    )
    c = claim_of(draft(drafter, text), "Lithuania closed two border crossings")
    assert (c.speaker, c.status) == ("article", "asserted")


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Moldova, long in Moscow's pocket, signed the deal.\n", "long in Moscow's pocket"),
        ("The Minsk-Moscow tandem runs the border.\n", "The Minsk-Moscow tandem runs the border."),
        ("Minsk took its orders from Moscow throughout the crisis.\n", "Minsk took its orders from Moscow"),
        ("Moscow pulled the strings in Minsk throughout the crisis.\n", "Moscow pulled the strings in Minsk"),
        ("Kremlin-directed hackers hit the Lithuanian grid.\n", "Kremlin-directed hackers"),
        ("In the Lithuanian account, Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("On Vilnius's telling, Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Viewed from Vilnius, Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("As far as Vilnius is concerned, Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Minsk paid the smugglers, a view widely shared in Riga.\n", "Minsk paid the smugglers"),
        ("Riga agrees: Minsk paid the smugglers.\n", "Minsk paid the smugglers."),
        ("The worry in Vilnius is that Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
    ],
)
def test_nf15_views_and_alignment_in_other_words_are_never_fact(drafter, text, alleged):
    assert _nf15_as_fact(drafter, NF15_LEAD + text, alleged) == []


def test_nf15_coming_round_to_someones_view_is_the_articles_report(drafter):
    text = "Poland and Latvia came round to Lithuania's view that the crossings must close.\n"
    c = claim_of(draft(drafter, NF15_LEAD + text), "came round")
    assert (c.speaker, c.status) == ("article", "asserted")


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Minsk paid the smugglers (Vilnius's phrase).\n", "Minsk paid the smugglers"),
        ("To paraphrase the Lithuanian president, Minsk paid the smugglers.\n", "Minsk paid the smugglers"),
        ("Minsk paid the smugglers has become a mantra in Vilnius.\n", "Minsk paid the smugglers"),
        ("The Minsk-financed smugglers crossed at night.\n", "Minsk-financed smugglers"),
        ("Inquiry finds Minsk paid smugglers\n\nVILNIUS (Wire) - The two met.\n", "Minsk paid smugglers"),
    ],
)
def test_nf15_words_named_as_someones_are_never_fact(drafter, text, alleged):
    text = text if text.startswith("Inquiry") else NF15_LEAD + text
    assert _nf15_as_fact(drafter, text, alleged) == []


def test_nf15_a_nuclear_armed_state_is_no_charge(drafter):
    text = "India and Pakistan, two nuclear-armed neighbours, held talks in Doha on Monday.\n"
    c = claim_of(draft(drafter, text), "held talks in Doha")
    assert (c.speaker, c.status) == ("article", "asserted")


def test_nf15_also_on_the_one_the_words_before_accuse_is_theirs(drafter):
    text = NF15_LEAD + "Lithuanian officials say Minsk pays the smugglers. Minsk also hides them.\n"
    assert _nf15_as_fact(drafter, text, "Minsk also hides them.") == []


def test_nf15_also_on_the_speaker_itself_is_the_articles_report(drafter):
    text = NF15_LEAD + "Poland said it would send guards. Poland also sent money to Vilnius.\n"
    c = claim_of(draft(drafter, text), "Poland also sent money")
    assert (c.speaker, c.status) == ("article", "asserted")


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("Minsk's backing of the separatists angered Vilnius.\n", "Minsk's backing of the separatists"),
        ("Belarusian guards beat him, Tomas, a driver, remembers.\n", "Belarusian guards beat him"),
        ("Minsk and Moscow are joined at the hip on the border.\n", "Minsk and Moscow are joined at the hip"),
        ("Minsk has lined up behind Moscow against Vilnius.\n", "Minsk has lined up behind Moscow"),
    ],
)
def test_nf15_support_recollection_and_alignment_are_never_fact(drafter, text, alleged):
    assert _nf15_as_fact(drafter, NF15_LEAD + text, alleged) == []


def test_nf15_support_for_a_state_is_the_articles_report(drafter):
    text = NF15_LEAD + "Poland's support for Lithuania grew after the crossings.\n"
    c = claim_of(draft(drafter, text), "support")
    assert (c.speaker, c.status) == ("article", "asserted")
# --- claims15: where someone's words start and end ----------------------------------------------


def test_another_speaker_after_and_is_a_claim_of_their_own(drafter):
    text = (
        "Diplomats in Nairobi say the talks will resume in March, and analysts in Kampala say "
        "the truce is unlikely to hold beyond the rainy season.\n"
    )
    ann = draft(drafter, text)
    first = claim_of(ann, "talks will resume")
    assert first.quote == "the talks will resume in March"
    second = claim_of(ann, "truce is unlikely")
    assert second.speaker not in (first.speaker, "article") and second.status != "asserted"


def test_a_comment_on_the_speakers_own_words_ends_the_claim(drafter):
    text = (
        "Kenya says the island lies wholly within its waters, and it has said so since the survey of 2009."
        "\n\n"
        "Uganda says the lake belongs to both countries, a position it repeated to the BBC last week.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "wholly within").quote == "the island lies wholly within its waters"
    assert claim_of(ann, "belongs to both").quote == "the lake belongs to both countries"


def test_a_pronoun_clause_after_but_is_the_speakers_second_claim(drafter):
    text = (
        'A Japanese government spokesman said Tokyo was "not a party" to the dispute, but he voiced '
        "support for an early settlement.\n"
    )
    ann = draft(drafter, text)
    first = claim_of(ann, "not a party")
    second = claim_of(ann, "voiced support")
    assert first.quote == 'Tokyo was "not a party" to the dispute'
    assert second.speaker == first.speaker and second.quote.startswith("he voiced support")


def test_one_labelled_speaker_answering_questions_says_each_sentence(drafter):
    text = (
        "Ghana's trade minister on the closed border\n\n"
        "ACCRA - We spoke to Kwame Mensah, Ghana's trade minister, in his office in Accra.\n\n"
        "Q. Lome says the closure is about customs checks. Do you believe that?\n\n"
        "Mensah: The checks are real. They do not need three weeks.\n\n"
        "Q. Will the border reopen soon?\n\n"
        "Mensah: Our lorries have waited long enough. I expect news on Monday.\n"
    )
    ann = draft(drafter, text)
    said = {c.quote: c.speaker for c in ann.claims}
    assert said["The checks are real."] == said["They do not need three weeks."] == "kwame-mensah"
    assert said["I expect news on Monday."] == "kwame-mensah"


def test_a_transcript_label_that_is_a_title_is_the_person_so_titled(drafter):
    text = (
        "Transcript: Tuvalu's president on the survey ship\n\n"
        "FUNAFUTI - President Feleti Teo held a press conference on Friday. Here is a transcript.\n\n"
        "THE PRESIDENT: The ship entered our waters without clearance. We have protested.\n\n"
        "REPORTER (Reuters): Beijing says the ship was in international waters. Is that wrong?\n\n"
        "THE PRESIDENT: It is wrong. We have the tracks.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "without clearance").speaker == "feleti-teo"
    assert claim_of(ann, "We have the tracks").speaker == "feleti-teo"


def test_an_appeal_or_an_act_after_and_is_a_claim_that_keeps_its_verb(drafter):
    text = (
        'The UN mission said its patrols had "observed increased activity" near the line and urged restraint.'
        "\n\n"
        'Spokeswoman Ana Lopes called the accusations "absurd" and promised a "firm response."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "restraint").quote == "urged restraint."
    c = claim_of(ann, "firm response")
    assert c.quote == 'promised a "firm response."' and c.speaker == claim_of(ann, "absurd").speaker


def test_a_second_speaker_after_a_semicolon_says_the_rest(drafter):
    text = "Ghana says the tariff is out of date; Togo says it already pays more than the road costs.\n"
    ann = draft(drafter, text)
    assert (claim_of(ann, "tariff").speaker, claim_of(ann, "tariff").quote) == (
        "ghana", "the tariff is out of date"
    )
    assert claim_of(ann, "already pays").speaker == "togo"


def test_words_said_in_a_relative_clause_end_with_it(drafter):
    text = (
        "Iran, which calls the field Arash and says a slice of it lies in its own waters, "
        "saw things differently.\n"
    )
    c = claim_of(draft(drafter, text), "slice")
    assert (c.speaker, c.quote) == ("iran", "a slice of it lies in its own waters")


def test_words_reported_in_a_when_clause_end_at_its_comma(drafter):
    text = (
        "When Ghana's energy ministry announced last week that the platform would be ready by 2027, "
        "it presented the project as a purely national affair; Togo says a slice of the field lies "
        "in its own waters.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "platform").quote == "the platform would be ready by 2027"
    assert claim_of(ann, "slice").speaker == "togo"


def test_another_speaker_named_in_an_appositive_after_and(drafter):
    text = (
        'The Chinese embassy said the decision was "the trend of the times," and China\'s foreign ministry '
        "spokeswoman, Ana Lopes, told reporters that other allies would follow soon.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "trend").quote == 'the decision was "the trend of the times,"'
    assert claim_of(ann, "would follow").speaker == "ana-lopes"


@pytest.mark.parametrize(
    "text, words, speaker, status",
    [
        ("The Ministry rejects the statement of the Ghanaian Ministry of Information, according to which "
         'Togolese troops had "crossed the line" last month.\n', "Togolese troops",
         "ghanaian-information-ministry", None),
        ("The Ministry has noted a report in Le Monde, citing French officials, according to which further "
         "patrols are planned for the summer.\n", "further patrols", None, "alleged"),
    ],
)  # fmt: skip
def test_words_according_to_which_are_the_source_the_sentence_names(drafter, text, words, speaker, status):
    c = claim_of(draft(drafter, text), words)
    assert c.quote.startswith(words) and c.speaker not in ("article", "unknown-speaker")
    assert speaker is None or c.speaker == speaker
    assert status is None or c.status == status


def test_a_clause_an_aside_interrupts_keeps_its_subject(drafter):
    text = (
        'Foreign Minister Ana Lopes spoke to reporters in Lome. Togo, she said, "will not be the hostage '
        'of any single port," and she instructed the ministry to open talks with Benin.\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "hostage")
    assert c.quote == 'Togo, she said, "will not be the hostage of any single port,"'
    assert c.speaker == "ana-lopes"


def test_a_wire_lede_names_its_source_after_the_first_clause(drafter):
    text = (
        "Soldiers cross river\n\n"
        "ACCRA, Nov. 25 (Reuters) - Togolese soldiers crossed the river into the Volta region on Tuesday, "
        "Ghanaian officials said, the most serious incident on the border in two years.\n"
    )
    c = claim_of(draft(drafter, text), "crossed the river")
    assert c.quote == "Togolese soldiers crossed the river into the Volta region on Tuesday"
    assert c.speaker not in ("article", "unknown-speaker") and c.status != "asserted"


def test_a_headline_is_the_words_of_the_outlet_that_ran_it(drafter):
    text = (
        "Le Monde ran the figure on its front page the next day under the headline \"The hunt continues.\" "
        "Officials in Paris did not comment.\n"
    )
    c = claim_of(draft(drafter, text), "hunt continues")
    assert c.speaker == "le-monde" and c.status != "asserted"


def test_an_act_then_said_is_two_claims(drafter):
    text = (
        "In Accra, a foreign ministry spokesperson condemned the attack and said Ghana stood "
        '"shoulder to shoulder with the people of Togo."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "condemned").quote == "condemned the attack"
    assert claim_of(ann, "shoulder").quote.startswith("Ghana stood")


def test_this_after_the_verb_opens_the_claim_when_a_verb_follows(drafter):
    text = "Ghana says this is about customs checks, not about politics.\n"
    c = claim_of(draft(drafter, text), "customs checks")
    assert (c.speaker, c.quote) == ("ghana", "this is about customs checks, not about politics.")


def test_a_qa_by_turns_without_labels_gives_the_answers_to_the_interviewee(drafter):
    text = (
        "Ghana's envoy on the islets\n\n"
        "Ghana has claimed the islets since 1960. We spoke to Ama Owusu, Ghana's special envoy for "
        "maritime boundaries, in Accra.\n\n"
        "Togo says the plaque was put there illegally. Why did you go?\n\n"
        "Because those islets are ours. Our fishermen have sailed there for centuries.\n\n"
        "Lome has said nothing since.\n\n"
        "Lome has many friends. We hope it remembers that we are one of them.\n\n"
        "Will you go back?\n\n"
        "Yes. Next year, with a bigger boat.\n\n"
        "With whom?\n\n"
        "With our chiefs and our lawyers.\n"
    )
    ann = draft(drafter, text)
    for words in ("islets are ours", "sailed there", "We hope it remembers", "bigger boat", "our lawyers"):
        assert claim_of(ann, words).speaker == "ama-owusu"
    assert all(c.speaker != "ama-owusu" for c in ann.claims if "said nothing" in c.quote)


def test_a_quoted_clause_after_the_attribution_and_and_is_the_same_speakers(drafter):
    text = (
        'The platform is "operated by a private company," foreign ministry spokeswoman Ana Lopes told a '
        'regular briefing in Lome, and the coast guard had acted "in accordance with the law".\n'
    )
    c = claim_of(draft(drafter, text), "in accordance with the law")
    assert c.speaker == "ana-lopes" and c.quote.startswith("the coast guard had acted")


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("Kofi Mensah, who teaches history in Kumasi, said by telephone that Togo had taken the islets "
         "by force.\n", "Togo had taken", "kofi-mensah"),
        ("The Ministry takes note of the remarks of the Foreign Minister of Togo, Ana Lopes, who said in "
         'Lome on 21 November that the works were "routine maintenance".\n', "the works were", "ana-lopes"),
        ('Prime Minister Ana Lopes thanked the police and "our allies in Accra" for their help, and wrote '
         "on social media that Togo would ask the AU for sanctions.\n", "Togo would ask", "ana-lopes"),
    ],
)  # fmt: skip
def test_words_after_a_date_a_medium_or_an_act_are_the_speakers(drafter, text, words, speaker):
    c = claim_of(draft(drafter, text), words)
    assert c.speaker == speaker and c.quote.startswith(words)


def test_words_a_pronoun_says_inside_a_relative_clause_are_its_own(drafter):
    text = (
        "Togo's army said it had seized the boat. Quoted by the state broadcaster, the Togolese army "
        'described the seizure as a warning to "the Ghanaian-Beninese alliance" that, they said, was '
        'turning the gulf into "a base for smugglers."\n'
    )
    c = claim_of(draft(drafter, text), "was turning the gulf")
    assert c.quote.startswith("was turning the gulf") and c.speaker not in ("article", "unknown-speaker")


def test_according_to_the_body_named_before_and_up_to_a_semicolon(drafter):
    text = (
        "Ghana's foreign ministry summoned the Togolese ambassador on Monday. According to the ministry, "
        "the ambassador was handed a protest note; the talks are off.\n"
    )
    c = claim_of(draft(drafter, text), "protest note")
    assert (c.speaker, c.quote) == ("ghanaian-foreign-ministry", "the ambassador was handed a protest note")


def test_reported_speech_ends_before_others_who_have_acted_since(drafter):
    text = (
        'Kofi Mensah told the state broadcaster GBC that Lome had "chosen confrontation", and '
        "pro-government commentators have repeated the phrase ever since.\n"
    )
    c = claim_of(draft(drafter, text), "chosen confrontation")
    assert c.quote == 'Lome had "chosen confrontation"'
# --- speakers15: unnamed sources and the speakers they make ---------------------------------------


def test_an_unnamed_sources_article_is_part_of_its_name(drafter):
    text = "The ambassador was told that Seoul would act, according to a ministry official.\n"
    ann = draft(drafter, text)
    source = next(a for a in ann.actors if a.unnamed)
    assert "a ministry official" in source.aliases


@pytest.mark.parametrize(
    ("text", "alias", "words"),
    [
        ("A Tongan energy official, who asked not to be named, said Suva would not keep its word.\n",
         "A Tongan energy official", "Suva would not keep its word"),
        ("The Sentinel reported, citing officials in both capitals, that the talks had stalled.\n",
         "officials in both capitals", "the talks had stalled"),
        ("A lawyer for the heirs called the ruling unjust and said the family would appeal.\n",
         "A lawyer for the heirs", "the family would appeal"),
        ("Representatives of several Nordic countries have told the ministry that the vote was fair.\n",
         "Representatives of several Nordic countries", "the vote was fair"),
        ("A Fijian official who asked not to be named said the ship had left.\n",
         "A Fijian official who asked not to be named", "the ship had left"),
    ],
)  # fmt: skip
def test_an_unnamed_source_is_named_as_curators_write_it(drafter, text, alias, words):
    ann = draft(drafter, text)
    source = next(a for a in ann.actors if alias in a.aliases)
    assert source.unnamed and claim_of(ann, words).speaker == source.id


def test_one_of_a_group_with_an_outlet_of_their_own_is_a_source_of_their_own(drafter):
    text = (
        "Fishing crews in Apia say the catch has fallen. One of them, who asked not to be named, "
        "told the Samoa Observer that patrols had stopped.\n\n"
        "Q: Some in Suva accuse you of ignoring the crews.\n"
    )
    ann = draft(drafter, text)
    one = next(a for a in ann.actors if "One of them" in a.aliases)
    assert one.unnamed and claim_of(ann, "patrols had stopped").speaker == one.id
    some = next(a for a in ann.actors if "Some in Suva" in a.aliases)
    assert claim_of(ann, "ignoring the crews").speaker == some.id


def test_a_places_appositive_keeps_its_residents_the_speakers(drafter):
    text = "Residents of Kolo, the village closest to the border, said the soldiers had left.\n"
    ann = draft(drafter, text)
    source = next(a for a in ann.actors if "Residents of Kolo" in a.aliases)
    assert claim_of(ann, "the soldiers had left").speaker == source.id


def test_a_transcript_label_of_initials_is_the_person_introduced(drafter):
    text = (
        "Water talks\n\n"
        "Nurlan Bekov ran the dam for nine years before the handover. We spoke in Osh.\n\n"
        "Q: Has the deal worked?\n\n"
        "NB: Partly. In August the gates were shut for eleven days.\n\n"
        "Q: Tashkent says it was routine.\n\n"
        "NB: There is no agreed schedule.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "no agreed schedule").speaker == "nurlan-bekov"
    assert {a.id for a in ann.actors if a.type == "media"} == set()


def test_the_in_front_of_a_news_agency_is_no_outlet(drafter):
    text = "The news agency 24.kg, citing a source in the government, reported that the board would meet.\n"
    assert "the" not in {a.id for a in draft(drafter, text).actors}


def test_a_source_named_by_a_possessive_and_a_title_speaks(drafter):
    text = "Sudan's army shelled the farms. In a statement, its spokesman said they fired only at militias.\n"
    ann = draft(drafter, text)
    source = next(a for a in ann.actors if "its spokesman" in a.aliases)
    assert source.unnamed and claim_of(ann, "fired only at militias").speaker == source.id


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Fiji's Foreign Minister, Sarah King, told reporters that the talks would resume.\n", "sarah-king"),
        ("One woman, who gave only her first name, Mele, told the radio that the boats had gone.\n", "mele"),
        ("His Tongan counterpart, Sione Vea, told parliament that Tonga would not move.\n", "sione-vea"),
        ("Taoiseach Aoife Burke told the Dáil that Ireland would not move.\n", "aoife-burke"),
    ],
)
def test_people_introduced_without_a_known_title_before_their_name(drafter, text, person):
    ann = draft(drafter, text)
    assert person in {a.id for a in ann.actors}
    assert all(a.type != "media" for a in ann.actors)


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("The Malawi Defence Force said its soldiers had been fired on.\n", "malawi-defence-force"),
        ("Talks will resume, the army's Southern Command said on Monday.\n", "southern-command"),
        ("The People's Liberation Army's Eastern Theater Command said the drills were routine.\n",
         "eastern-theater-command"),
    ],
)  # fmt: skip
def test_an_armed_force_named_with_its_state_or_its_parent(drafter, text, force):
    ann = draft(drafter, text)
    assert force in {a.id for a in ann.actors}
    assert any(c.speaker == force for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    ("text", "alias", "words"),
    [
        ("Forty lorries are stranded at the border, according to the customs administration.\n",
         "the customs administration", "Forty lorries are stranded"),
        ("Radio Kalima reported, citing the health office in Kindu province, that nine people had died.\n",
         "the health office in Kindu province", "nine people had died"),
        ("Malawi's fisheries directorate said the lake had been closed to boats.\n",
         "Malawi's fisheries directorate", "the lake had been closed"),
    ],
)  # fmt: skip
def test_a_body_by_a_common_name_speaks_or_is_cited(drafter, text, alias, words):
    ann = draft(drafter, text)
    body = next(a for a in ann.actors if alias in a.aliases)
    assert body.type == "government-body" and claim_of(ann, words).speaker == body.id, claims(ann)


def test_an_energy_company_is_a_known_actor(drafter):
    ann = draft(drafter, "TotalEnergies said the field would be developed with Mozambique.\n")
    assert claim_of(ann, "the field would be developed").speaker == "totalenergies"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("An MP, Pieter Joubert, told the broadcaster eNCA that the dam was full.\n", "enca"),
        ("Pieter Joubert told the radio station RPP that the dam was full.\n", "rpp"),
        ("Pieter Joubert told the newspaper Ödriin Sonin that the dam was full.\n", "odriin-sonin"),
    ],
)
def test_outlets_a_media_noun_names_whatever_their_spelling(drafter, text, outlet):
    assert claim_of(draft(drafter, text), "the dam was full").via == outlet


# --- claims15b (session 15, round 2) ---


@pytest.mark.parametrize(
    "text",
    [
        "Chad's interior ministry disagreed. In a statement posted online, it said the convoy was armed.\n",
        "Chad's interior ministry disagreed. In a message posted on X, it said the convoy was armed.\n",
    ],
)
def test_a_document_posted_before_it_said_is_no_verb_of_saying(drafter, text):
    assert claim_of(draft(drafter, text), "the convoy was armed").speaker == "chadian-interior-ministry"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Asked about the report, a spokesperson for the Kenyan foreign ministry said the border was open.\n",
         "spokesperson for the Kenyan foreign ministry"),
        ("Nairobi answered. The Kenyan government spokesman told reporters that the border was open.\n",
         "Kenyan government spokesman"),
        ("Kenya thanked the African Union, whose spokesperson said on Monday that the border was open.\n",
         "spokesperson"),
    ],
)  # fmt: skip
def test_an_unnamed_spokesperson_speaks_not_the_body(drafter, text, words):
    ann = draft(drafter, text)
    speaker = next(a for a in ann.actors if a.id == claim_of(ann, "the border was open").speaker)
    assert speaker.unnamed and speaker.label == f"unnamed {words}", claims(ann)


def test_a_named_spokesperson_still_speaks_in_person(drafter):
    text = "Amina Odhiambo, a spokeswoman for Kenya's foreign ministry, said the border was open.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "the border was open").speaker == "amina-odhiambo", claims(ann)


def test_a_paper_quoted_an_unnamed_spokesperson_as_saying(drafter):
    text = "The Nation quoted a spokesperson for Kenya's Ministry of Defence as saying that it was open.\n"
    ann = draft(drafter, text)
    speaker = ann.actor(claim_of(ann, "it was open").speaker)
    assert speaker.unnamed and "spokesperson" in speaker.label, claims(ann)


def test_according_to_an_outlet_between_two_predicates_keeps_the_speaker(drafter):
    text = "President Ana Ruiz said Peru would talk to Chile, according to the daily El Comercio, "
    text += "and warned that the border was closed.\n"
    ann = draft(drafter, text)
    first, second = claim_of(ann, "Peru would talk to Chile"), claim_of(ann, "the border was closed")
    assert (first.speaker, first.via) == ("ana-ruiz", "el-comercio"), claims(ann)
    assert second.speaker == "ana-ruiz", claims(ann)


def test_a_relative_clause_with_a_list_before_said(drafter):
    text = "The African Union, which has troops in Somalia, Kenya and Ethiopia, said it would stay.\n"
    assert claim_of(draft(drafter, text), "it would stay").speaker == "african-union"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Border row\n\nGhana's foreign ministry denied that its troops had crossed the river.\n",
         "denied that its troops", "ghanaian-foreign-ministry"),
        ("Border row\n\nA Western diplomat who attended the talks described them as long and calm.\n",
         "described them as long", "unnamed-western-diplomat"),
    ],
)  # fmt: skip
def test_a_denial_or_description_without_a_quotation_is_the_subjects(drafter, text, words, speaker):
    ann = draft(drafter, text)
    assert claim_of(ann, words).speaker == speaker, claims(ann)


def test_words_after_a_colon_with_an_aside_are_the_openers(drafter):
    text = "Border row\n\nA Kenyan coast guard officer was less amused: the lighthouse, he said, was a "
    text += "Tanzanian rock.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "the lighthouse")
    assert c.speaker == "unnamed-kenyan-coast-guard-officer" and "amused" not in c.quote, claims(ann)


# --- speed16b (session 16): the regex hot paths, every draft the same -----------------------------


@pytest.mark.parametrize(
    "source",
    [
        r";\s|,\"?\s+(?:a|an)\s+(?:that|which)\s|(?:(?<=,\")|,)\s+(?:and|but)\s+(?=he\s)",
        r"\b(?:not|never|no)\b|n't",
        r"(?P<det>[Tt]he|(?P<owner>[A-Z]\w+)'s)\s+(?:[a-z]\w*\s+){1,3}office\b",
        r"\s*(?:(?:But|And),?\s+)?[Tt]he\s+Ministry\s+(?:also\s+)*rejects\b",
    ],
)
def test_opening_finds_the_same_matches(source):
    import re

    from kb.extract.opening import opening

    texts = [
        'He said no, and he added that it was not so; the minister\'s own office said," and he left.',
        "Kenya's border office in Mandera closed. The Ministry also rejects it; But the Ministry rejects.",
        "", " ", "no", "didn't",
    ]
    plain, opened = re.compile(source), re.compile(opening(source))
    assert opened.pattern.startswith("(?=[")  # a look-ahead was written
    for text in texts:
        assert [m.span() for m in opened.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert [m.groupdict() for m in opened.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


def test_opening_leaves_what_it_cannot_read():
    import re

    from kb.extract.opening import opening

    assert opening(r"\s*x|y?") == r"\s*x|y?"  # may match the empty string: at any position
    assert opening(r"said", re.X) == "said"  # verbose: not read
    assert opening(r",\s+and", re.I) == r",\s+and"  # re skips to the comma already
    assert opening(r"[^,]+,") == r"[^,]+,"  # a negated set: any character
    assert opening(r".said") == r".said"


@pytest.mark.parametrize(
    "source",
    [r"\b(?:since|after|during)\s", r"\b(?:responding|reacting)\s+to|in\s+(?:a\s+)?reply\s+to", r"\bkin|sk"],
)
def test_opening_under_re_i_finds_the_same_matches(source):
    import re

    from kb.extract.opening import opening

    texts = ["Since May, AFTER the talks, during it", "In a Reply to Kenya, responding To it"]
    texts.append("\u212ain \u017fk KIN")  # the Kelvin sign and the long s match "k" and "s" under re.I
    plain, opened = re.compile(source, re.I), re.compile(opening(source, re.I), re.I)
    assert opened.pattern.startswith("(?=[")
    for text in texts:
        assert [m.span() for m in opened.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_required_words_are_in_every_match():
    import re

    from kb.extract.claims import ClaimRules
    from kb.extract.opening import required

    for p in (ClaimRules.CHARGE_MADE, ClaimRules.CHARGE_THAT, ClaimRules.SOURCE_WHO, ClaimRules.HEDGED):
        words = required(p.pattern, p.flags)
        assert words, p.pattern
        texts = [
            "Somalia's president made the charge on Monday.", "Such is the story from Tehran.",
            "Both Claims come from Yerevan.", "Kenya repeated the junta's charge that A",
            'x," an aide, who asked not, said',
            "Uganda is reportedly arming them.", "It was thought to be so.",
        ]  # fmt: skip
        for text in texts:
            if p.search(text):
                low = text.lower() if p.flags & re.I else text
                assert any(w in low for w in words), (p.pattern[:40], text)


# --- claims16: where someone's words start and end, and who says them ---------------------------


def test_where_a_statement_was_made_is_not_what_it_says(drafter):
    text = "Border row\n\nThe Malian army said in a statement on Telegram that it welcomed the truce and "
    text += 'accused Algeria of "arming the rebels."\n'
    ann = draft(drafter, text)
    c = claim_of(ann, "welcomed the truce")
    assert c.quote == "it welcomed the truce" and c.speaker == "malian-army", claims(ann)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Ghana said the talks must go on and called on "both sides" to withdraw their troops by Friday.\n',
         'called on "both sides" to withdraw their troops by Friday.'),
        ('Ghana warned against what it called the "quiet annexation" of the border villages.\n',
         'called the "quiet annexation" of the border villages.'),
        ('Ghana called the patrol "a provocation" and said it would protest.\n',
         'called the patrol "a provocation"'),
    ],
)  # fmt: skip
def test_a_characterising_quotation_runs_to_the_end_of_its_clause(drafter, text, quote):
    ann = draft(drafter, "Border row\n\n" + text)
    assert any(c.speaker == "ghana" and c.quote == quote for c in ann.claims), claims(ann)


def test_a_title_quote_is_whoever_the_transcript_labels_answer(drafter):
    text = (
        '"The river is not for sale": a Ghanaian engineer on the Volta Basin\n\n'
        "Kofi Mensah, a former engineer at the Akosombo dam, said the gates were opened late. We spoke "
        "to him in Accra.\n\n"
        "Interviewer: Togo says the gates were opened on time. Were they?\n\n"
        "Mensah: No. They were opened eleven days late.\n\n"
        "Interviewer: Why?\n\n"
        "Mensah: Nobody in Lome will say.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "The river is not for sale").speaker == "kofi-mensah", claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Its chairman, Liam O'Driscoll, told reporters that the boats would sail.\n", "liam-odriscoll"),
        ("Its principal secretary, Wanjiku Ng'ethe, wrote that Nairobi had sought clarification.\n",
         "wanjiku-ngethe"),
    ],
)  # fmt: skip
def test_a_name_with_an_apostrophe_inside_is_a_name(drafter, text, speaker):
    ann = draft(drafter, "Border row\n\n" + text)
    assert [c.speaker for c in ann.claims if c.speaker != "article"] == [speaker], claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The attack hit a site run by TotalEnergies. The French company said its staff were safe.\n",
         "totalenergies"),
        ("Jeune Afrique broke the story. The Paris-based magazine said the deal was secret.\n",
         "jeune-afrique"),
    ],
)  # fmt: skip
def test_the_company_or_the_magazine_is_the_last_one_named(drafter, text, speaker):
    ann = draft(drafter, "Border row\n\n" + text)
    assert [c.speaker for c in ann.claims if c.speaker != "article"] == [speaker], claims(ann)


def test_a_name_with_its_initials_in_brackets_is_a_body_the_initials_name_again(drafter):
    text = "Border row\n\nTwo soldiers died, according to Inter-Services Public Affairs (ISPA).\n\n"
    text += "The ISPA said in a statement that the attackers had fled.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "the attackers had fled")
    assert c.speaker == "ispa", claims(ann)  # the ID by its acronym, as curators write it (ids17)
    assert next(a for a in ann.actors if a.id == c.speaker).type == "organization"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Chad's army general staff said that its helicopters had struck a rebel camp.\n",
         "chadian-army-general-staff"),
        ("The Nigerian defence staff said in a statement that two patrol boats were lost.\n",
         "nigerian-defence-staff"),
    ],
)  # fmt: skip
def test_a_general_staff_is_a_force_of_its_state(drafter, text, speaker):
    ann = draft(drafter, "Border row\n\n" + text)
    assert [c.speaker for c in ann.claims if c.speaker != "article"] == [speaker], claims(ann)
    assert next(a for a in ann.actors if a.id == speaker).type == "armed-force"


def test_words_said_before_an_accusation_joined_by_and_are_their_speakers(drafter):
    text = "Border row\n\nTwo patrols exchanged fire overnight, the Kenyan army said, and Somalia accused "
    text += 'Kenya of "shelling villages."\n'
    ann = draft(drafter, text)
    first, second = claim_of(ann, "Two patrols"), claim_of(ann, "accused Kenya")
    assert (first.speaker, first.quote) == ("kenyan-army", "Two patrols exchanged fire overnight")
    assert (second.speaker, second.status) == ("somalia", "alleged"), claims(ann)


def test_an_accusation_not_made_is_nobodys_accusation(drafter):
    ann = draft(drafter, "Border row\n\nGhana has not accused Togo of moving the border posts.\n")
    assert not [c for c in ann.claims if c.speaker != "article" and "accused Togo" in c.quote], claims(ann)


def test_a_columns_line_about_its_writer_is_no_claim(drafter):
    text = "Border row\n\nGhana should talk to Togo.\n\nAma Owusu writes on regional affairs from Accra.\n"
    ann = draft(drafter, text)
    assert not [c for c in ann.claims if "affairs" in c.quote], claims(ann)


def test_a_condition_split_by_its_attribution_is_one_quotation(drafter):
    text = 'Border row\n\nPrime Minister Ana Soares was calm. "If the rebels come," she said, '
    text += '"we will talk to them."\n'
    ann = draft(drafter, text)
    spoken = [c.quote for c in ann.claims if c.speaker == "ana-soares"]
    assert spoken == ['If the rebels come," she said, "we will talk to them.'], claims(ann)


def test_a_denial_then_telling_someone_is_two_claims_of_the_source(drafter):
    text = "Border row\n\nGhanaian diplomats rejected the label, telling the Daily Graphic that there was "
    text += '"no plan of any kind" with Lome.\n'
    ann = draft(drafter, text)
    theirs = [c.quote for c in ann.claims if c.speaker == "unnamed-ghanaian-diplomats"]
    assert theirs == ["rejected the label", 'there was "no plan of any kind" with Lome.'], claims(ann)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Kenya has long accused Uganda of arming the rebels; Uganda denies it.\n", "Uganda denies it.",
         "uganda"),
        ("The rebel leader is believed to be in Kampala. The Ugandan army denied any such presence.\n",
         "The Ugandan army denied any such presence.", "ugandan-army"),
    ],
)  # fmt: skip
def test_a_short_denial_is_its_subjects_claim(drafter, text, quote, speaker):
    ann = draft(drafter, "Border row\n\n" + text)
    c = claim_of(ann, quote)
    assert (c.speaker, c.quote, c.status) == (speaker, quote, "reported"), claims(ann)


def test_a_charge_rejected_stays_the_articles_report(drafter):
    # denial21: a short denial of words is now the denier's (reported), as the dw/dx/dy gold and the
    # house rule have it (a denial is a party's position, not a fact the article establishes)
    ann = draft(drafter, "Border row\n\nKenya accused Uganda of arming rebels. Uganda rejected the charge.\n")
    c = claim_of(ann, "Uganda rejected the charge")
    assert (c.speaker, c.status) == ("uganda", "reported"), claims(ann)


def test_sources_cited_first_speak_through_the_outlet(drafter):
    text = "Border row\n\nCiting Kenyan diplomatic sources, the daily Nation reported that the note had been "
    text += "handed over on Saturday.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "the note had been handed over")
    assert (c.speaker, c.via) == ("unnamed-kenyan-diplomatic-sources", "nation"), claims(ann)


def test_officials_after_an_interviews_question_label_are_sources(drafter):
    ann = draft(drafter, "Border row\n\nQ. Kenyan officials say the rains were weak. Is that true?\n")
    assert claim_of(ann, "the rains were weak").speaker == "unnamed-kenyan-officials", claims(ann)


def test_a_quotation_then_and_a_second_verb_is_a_second_claim(drafter):
    text = 'Border row\n\nGhana\'s foreign ministry said it was "following events closely" and remained "in '
    text += 'touch with Lome."\n'
    ann = draft(drafter, text)
    said = [c.quote for c in ann.claims if c.speaker == "ghanaian-foreign-ministry"]
    assert said == ['it was "following events closely"', 'remained "in touch with Lome."'], claims(ann)


def test_according_to_an_outlet_after_a_closing_mark_is_the_via(drafter):
    text = 'Border row\n\nGhana\'s army says the post stands "on Ghanaian soil, as it always has," '
    text += "according to a statement quoted by the Accra daily Graphic.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "the post stands")
    assert c.quote == 'the post stands "on Ghanaian soil, as it always has,"' and c.speaker == "ghanaian-army"
    assert c.via is not None, claims(ann)


def test_declining_to_say_is_saying_nothing(drafter):
    ann = draft(drafter, "Border row\n\nGhana's foreign ministry declined to say whether troops had moved.\n")
    assert not [c for c in ann.claims if c.speaker == "ghanaian-foreign-ministry"], claims(ann)


def test_an_outlet_citing_a_document_speaks_itself(drafter):
    text = "Border row\n\nLe Monde said, citing a copy of the contract, that Angola had sold the block.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "Angola had sold the block")
    assert (c.speaker, c.via) == ("le-monde", None), claims(ann)


def test_the_ambassador_of_a_state_unnamed_is_a_source_of_his_own(drafter):
    text = 'Border row\n\n"We will not move," the Ghanaian ambassador in Lome told the AFP news agency.\n'
    ann = draft(drafter, text)
    assert claim_of(ann, "We will not move").speaker == "ghanaian-ambassador", claims(ann)


# --- article16: the article's report before someone's words, cut with no comma ------------------


@pytest.mark.parametrize(
    ("text", "report"),
    [
        ("Border row\n\nGhana summoned Togo's ambassador on Monday after local officials said two Ghanaian "
         "traders had been beaten by Togolese police.\n", "Ghana summoned Togo's ambassador on Monday"),
        ("Border row\n\nACCRA, May 4 (Reuters) - Ghana lodged a formal protest with Togo on Monday over "
         "what Accra called the harassment of its traders at Aflao.\n",
         "Ghana lodged a formal protest with Togo on Monday"),
        ("Border row\n\nThe Ghanaian foreign ministry summoned Togo's ambassador and, in a statement, "
         'called the arrests "a provocation".\n', "The Ghanaian foreign ministry summoned Togo's ambassador"),
    ],
)  # fmt: skip
def test_a_report_before_words_cut_with_no_comma_is_the_articles(drafter, text, report):
    ann = draft(drafter, text)
    c = claim_of(ann, report)
    assert (c.speaker, c.status, c.quote) == ("article", "asserted", report), claims(ann)
    words = [c for c in ann.claims if "said" in c.quote or "called" in c.quote]
    assert all(c.speaker != "article" for c in words), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Border row\n\nTogolese troops crossed into Ghana after the talks failed, Ghanaian officials said.\n",
        "Border row\n\nTogo, which has long denied arming the rebels after they said Accra had cut aid, "
        "closed the crossing.\n",
        "Border row\n\nGhana closed the border on Monday, days after officials said Togo had armed the "
        "rebels.\n",
    ],
)  # fmt: skip
def test_no_report_is_cut_from_a_sentence_attributed_as_a_whole_or_inside_a_clause(drafter, text):
    ann = draft(drafter, text)
    facts = [c.quote for c in ann.claims if c.speaker == "article" and c.status == "asserted"]
    assert all("Togo" not in q or q.endswith("the crossing.") for q in facts if "row" not in q), claims(ann)
    assert not any(q.rstrip().endswith(("days", "rebels", "failed")) for q in facts), claims(ann)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("On the Volta, a new dam tests Ghana's patience with Togo\n\nThe dam opened on Monday.\n",
         "On the Volta, a new dam tests Ghana's patience with Togo"),
        ("The river belongs to the fishermen, not to Accra\n\nThe dam opened on Monday.\n",
         "The river belongs to the fishermen, not to Accra"),
        ("Ghana and Togo quarrel over the Volta, mostly on the radio\n\nThe dam opened on Monday.\n",
         "Ghana and Togo quarrel over the Volta, mostly on the radio"),
    ],
)  # fmt: skip
def test_a_title_is_cut_at_a_comma_only_before_a_verb(drafter, text, title):
    ann = draft(drafter, text)
    assert [c.quote for c in ann.claims if c.span.end <= len(title)] == [title], claims(ann)


def test_a_title_cut_at_a_comma_before_a_verb_of_its_subject(drafter):
    ann = draft(drafter, "Ghana keeps the Aflao crossing shut, accuses Togo of stalling\n\nTalks failed.\n")
    assert any(c.quote == "Ghana keeps the Aflao crossing shut" for c in ann.claims), claims(ann)


def test_a_statements_letterhead_is_no_claim(drafter):
    text = "REPUBLIC OF GHANA\nMINISTRY OF FOREIGN AFFAIRS\n\nThe Ministry rejects the remarks of the "
    text += "Togolese minister. The Ministry calls on Togo to reopen the border.\n"
    ann = draft(drafter, text)
    assert not any(c.quote.isupper() for c in ann.claims), claims(ann)
    assert any("calls on Togo" in c.quote for c in ann.claims), claims(ann)


def test_a_title_of_two_words_before_as_is_not_cut(drafter):
    ann = draft(drafter, "Ghana protests as Togolese boats chase a fishing canoe off Keta\n\nTalks failed.\n")
    title = "Ghana protests as Togolese boats chase a fishing canoe off Keta"
    assert any(c.quote == title for c in ann.claims), claims(ann)


# neverfact16 (session 16): a subject who denies, blames, doubts or wants speaks; a quotation opened
# without a close is its speaker's


@pytest.mark.parametrize(
    ("text", "words", "speaker", "status"),
    [
        ("Border row\n\nMali and Niger met on Monday.\n\nSome in Niamey deny any role in the raid.\n",
         "deny any role", "some-in-niamey", "reported"),
        ("Border row\n\nSudan met Chad on Monday.\n\nIn Khartoum, the army-backed government blamed the RSF "
         "too.\n",
         "blamed the RSF", "sudanese-government", "alleged"),
        ("Border row\n\nGhana and Togo met on Monday.\n\nSome in Accra want the crossing closed.\n",
         "want the crossing closed", "some-in-accra", "reported"),
        ("Border row\n\nGhana and Togo met on Monday.\n\nDiplomats in Accra doubt that Togo will sign.\n",
         "Togo will sign", "unnamed-diplomats-accra", "reported"),
        ("Border row\n\nThe Ugandan defence minister, Jacob Oboth, who visited the border on Monday, blamed "
         "Kenyan herders.\n", "blamed Kenyan", "jacob-oboth", "alleged"),
        ("Border row\n\nVietnam's foreign ministry repeated it on Wednesday.\n", "repeated it",
         "vietnamese-foreign-ministry", "reported"),
    ],
)  # fmt: skip
def test_a_subject_that_denies_blames_or_doubts_speaks(drafter, text, words, speaker, status):
    ann = draft(drafter, text)
    c = claim_of(ann, words)
    assert (c.speaker, c.status) == (speaker, status), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        '"Baku moved its guns to the ridge. It shelled Sotk," Armenia\'s envoy, Ara Sargsyan, said.\n',
        '"Baku moved its guns to the ridge.\n\n"It shelled Sotk," Armenia\'s envoy, Ara Sargsyan, said.\n',
        'Ara Sargsyan, Armenia\'s envoy, spoke on Monday. "Baku moved its guns to the ridge. It shelled '
        'Sotk."\n',
    ],
)
def test_the_first_sentence_of_an_open_quotation_is_its_speakers(drafter, text):
    ann = draft(drafter, "Armenia and Azerbaijan met in Geneva.\n\n" + text)
    assert claim_of(ann, "Baku moved its guns").speaker == "ara-sargsyan", claims(ann)


def test_hearsay_inside_an_open_quotation_is_still_its_speakers(drafter):
    text = 'Armenia and Azerbaijan met in Geneva.\n\n"Baku allegedly moved its guns to the ridge. It shelled '
    text += "Sotk,\" Armenia's envoy, Ara Sargsyan, said.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "Baku allegedly moved")
    assert (c.speaker, c.status) == ("ara-sargsyan", "alleged"), claims(ann)


# --- stances16 (session 16): stances towards the actors a claim takes a side on ---------------------


def test_the_speaker_of_a_grouping_is_against_each_member_named_before_it():
    text = 'Minister Amara Okafor said Kenya, Uganda and Rwanda had formed "a lakeside bloc" against Tonga.\n'
    c = claim_of(draft(rules_only(), text), "lakeside bloc")
    targets = {(s.target, s.polarity) for s in c.stances if s.holder in (None, c.speaker)}
    assert {("kenya", -1), ("uganda", -1), ("rwanda", -1)} <= targets, c.stances


@pytest.mark.parametrize(
    "words",
    ["the island lay wholly within Kenyan territory", "the island is an inseparable part of Kenya",
     "the boat had been on our side of the lake", "the island is still Kenyan",
     "the boat was in international waters", "the lake has been Kenyan law since 1926"],
)  # fmt: skip
def test_a_side_asserting_its_title_in_a_two_state_dispute_is_against_the_other(words):
    text = (
        "Kenya and Uganda quarrel over Migingo\n\nUganda sent police to Migingo. Kenya protested to Uganda. "
        "Uganda said the police would stay. Kenya recalled its envoy from Uganda.\n\n"
        f"Kenyan Foreign Minister Amina Odhiambo said {words}.\n"
    )
    c = claim_of(draft(rules_only(), text), words)
    assert c.speaker == "amina-odhiambo" and {(s.target, s.polarity) for s in c.stances} == {("uganda", -1)}


def test_a_side_naming_the_others_waters_asserts_no_title():
    text = (
        "Kenya and Uganda quarrel over Migingo\n\nUganda sent police to Migingo. Kenya protested to Uganda. "
        "Uganda said the police would stay. Kenya recalled its envoy from Uganda.\n\n"
        "Kenyan Foreign Minister Amina Odhiambo said the boat had sailed in Ugandan waters.\n"
    )
    c = claim_of(draft(rules_only(), text), "sailed in Ugandan waters")
    assert not c.stances


def test_an_alleged_charge_against_no_one_named_in_a_two_state_dispute_is_against_the_other():
    text = (
        "Kenya and Uganda quarrel over Migingo\n\nUganda sent police to Migingo. Kenya protested to Uganda. "
        "Uganda said the police would stay. Kenya recalled its envoy from Uganda.\n\n"
        "Kenyan Foreign Minister Amina Odhiambo accused the police of beating fishermen.\n"
    )
    c = claim_of(draft(rules_only(), text), "beating fishermen")
    assert c.status == "alleged" and {(s.target, s.polarity) for s in c.stances} == {("uganda", -1)}


@pytest.mark.parametrize(
    ("lead", "state"),
    [
        ("Ramon Tjon, who chairs the foreign affairs committee of Suriname's National Assembly,", "suriname"),
        ("Farida Akhter, who served in Nauru's foreign ministry,", "nauru"),
    ],
)  # fmt: skip
def test_a_person_who_leads_or_serves_a_states_body_is_of_that_state(lead, state):
    ann = draft(rules_only(), f"Border row\n\n{lead} said the talks would go on.\n")
    speaker = ann.actor(claim_of(ann, "the talks would go on").speaker)
    assert tuple(speaker.affiliation) == (state,), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        'Minister Amara Okafor said Kenya and Uganda had formed "a lake cartel" that stole Tanzanian fish.\n',
        'The Global Times described Kenya and Uganda as "a lake cartel" that wants to "keep Tanzania out."\n',
    ],
)
def test_a_grouping_is_against_whom_the_rest_of_its_sentence_names(text):
    ann = draft(rules_only(), text)
    c = next(c for c in ann.claims if any(s.target == "lake-cartel" for s in c.stances))
    assert any(s.holder == "lake-cartel" and s.target == "tanzania" for s in c.stances), c.stances


@pytest.mark.parametrize("verb", ["expected", "was pressing"])
def test_a_demand_in_the_past_is_against_the_one_asked(verb):
    text = f"Border row\n\nPresident Ana Ruiz said Peru {verb} Chile to respect the 1929 treaty in full.\n"
    c = claim_of(draft(rules_only(), text), "respect the 1929 treaty")
    assert ("chile", -1) in {(s.target, s.polarity) for s in c.stances}, c.stances


# --- stances16b: the side (state) of a speaker whose role names no state ---------------------------


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "Moscow's reply came quickly, if indirectly. Energy Minister Ivan Petrenko told reporters"
            ' that the checks were "purely technical."',
            "ivan-petrenko",
            "russia",
        ),
        (
            "In Addis Ababa, the summit was read as a threat. Tesfaye Girma, an adviser to the prime"
            ' minister, said the pact was "hostile."',
            "tesfaye-girma",
            "ethiopia",
        ),
        (
            'Chile protested. The foreign minister of Bolivia, Ana Quispe, said the works were "lawful."',
            "ana-quispe",
            "bolivia",
        ),
        (
            'Kenya rejected the note. "We want peace," said Amos Kiptoo, a spokesman for President'
            " William Ruto.",
            "amos-kiptoo",
            "kenya",
        ),
    ],
)
def test_a_role_of_no_named_state_is_of_the_state_its_sentences_open_with(text, person, state):
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    assert state in ann.actor(person).affiliation, claims(ann)


def test_a_role_owned_by_someone_else_or_across_paragraphs_takes_no_opening_state():
    text = (
        "Border row\n\nTokyo sent a junior minister. Our foreign minister, Cho Min, called it a snub.\n\n"
        "Mali's government accuses Nouakchott of doing too little.\n\n"
        'In parliament, opposition lawmaker Aicha Mint Ely said the border was "a shooting range."\n'
    )
    ann = draft(rules_only(), text)
    assert "japan" not in ann.actor("cho-min").affiliation, claims(ann)
    assert "mali" not in ann.actor("aicha-mint-ely").affiliation, claims(ann)


def test_the_home_of_an_outlet_a_speaker_talked_to_is_not_their_side():
    text = (
        "Border row\n\nKenyan politicians answered in kind. In an interview with Uganda's Daily Monitor,"
        ' the opposition MP Esther Wanjiru said the two had formed "a club of strongmen."\n'
    )
    ann = draft(rules_only(), text)
    assert ann.actor("esther-wanjiru").affiliation == ("kenya",), claims(ann)


def test_a_transcript_label_by_surname_takes_the_role_of_the_full_name_introduced():
    text = (
        "Water talks\n\nMASERU - Lerato Ntsane leads Lesotho's negotiating team. The interview has been"
        " edited.\n\nInterviewer: Is the offer fair?\n\nNtsane: It is half right. Nobody in Pretoria counts"
        " the villages we moved.\n\nInterviewer: And next month?\n\nNtsane: We will not accept the old"
        " formula.\n\nThe ministry in Pretoria declined to comment on Mr Ntsane's remarks.\n"
    )
    ann = draft(rules_only(), text)
    speaker = ann.actor(claim_of(ann, "accept the old formula").speaker)
    assert "lesotho" in speaker.affiliation, claims(ann)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ('A French senator, Paul Girard, said Vanuatu had formed "an axis."', "paul-girard", "france"),
        (
            "Kenya's foreign ministry at first said little. Its principal secretary, Amos Kibet, wrote that"
            ' Nairobi had "sought clarification."',
            "amos-kibet",
            "kenya",
        ),
    ],
)
def test_a_senator_or_a_bodys_secretary_is_of_the_state_the_role_names(text, person, state):
    ann = draft(rules_only(), f"Border row\n\nThe row went on. {text}\n")
    assert state in ann.actor(person).affiliation, claims(ann)


# neverfact17 (session 17): an attribution in a relative clause after the article's own report


@pytest.mark.parametrize(
    ("text", "theirs", "speaker", "status", "own"),
    [
        (
            "Kenya closed two border posts on Monday, after a rise in cattle raids that officials there blame"
            " on Ugandan herders.\n",
            "a rise in cattle raids that officials there blame on Ugandan herders",
            "unnamed-officials-there",
            "alleged",
            "Kenya closed two border posts on Monday",
        ),
        (
            "Kenya closed the post amid a wave of attacks which Kenyan police have blamed on Ugandan"
            " militias.\n",
            "a wave of attacks which Kenyan police have blamed on Ugandan militias",
            "kenyan-police",
            "alleged",
            "Kenya closed the post",
        ),
        (
            "Uganda's coffee exports fell by a fifth last year, a drop that the World Bank attributes to"
            " drought in the west.\n",
            "a drop that the World Bank attributes to drought in the west",
            "world-bank",
            "reported",
            "Uganda's coffee exports fell by a fifth last year",
        ),
    ],
)
def test_an_attribution_in_a_relative_clause_is_its_sources_and_the_act_before_it_the_articles(
    drafter, text, theirs, speaker, status, own
):
    ann = draft(drafter, "Kenya and Uganda met in Nairobi.\n\n" + text)
    c = claim_of(ann, theirs)
    assert (c.speaker, c.status, c.quote) == (speaker, status, theirs), claims(ann)
    assert ("article", "asserted", own) in claims(ann), claims(ann)


def test_a_view_in_a_relative_clause_whose_source_is_not_known_is_alleged(drafter):
    text = "Uganda's exports fell by a fifth, a drop that the ministry attributes to Kenyan tariffs.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "attributes to Kenyan tariffs")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged"), claims(ann)


@pytest.mark.parametrize(
    ("text", "theirs", "speaker", "own"),
    [
        (
            "When Uganda reopened the Busia crossing in May, Kenyan traders spoke of a victory for common"
            " sense.\n",
            "Kenyan traders spoke of a victory for common sense",
            "unnamed-kenyan-traders",
            "When Uganda reopened the Busia crossing in May",
        ),
        (
            "After Kenya signed the pipeline deal, officials in Kampala presented it as a betrayal.\n",
            "officials in Kampala presented it as a betrayal",
            "unnamed-officials-kampala",
            "After Kenya signed the pipeline deal",
        ),
    ],
)
def test_a_subject_that_speaks_of_what_the_opening_clause_reports_is_a_speaker(
    drafter, text, theirs, speaker, own
):
    # neverfact17: "When X happened, officials spoke of ...": their view; the event the article's
    ann = draft(drafter, "Kenya and Uganda met in Nairobi.\n\n" + text)
    c = claim_of(ann, theirs)
    assert (c.speaker, c.status, c.quote) == (speaker, "reported", theirs), claims(ann)
    assert ("article", "asserted", own) in claims(ann), claims(ann)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Kampala rejects the picture as a relic.\n", "rejects the picture as a relic."),
        ("Uganda has rejected similar claims as a fantasy.\n", "has rejected similar claims as a fantasy."),
    ],
)
def test_a_rejection_that_characterises_the_charge_is_the_rejecters(drafter, text, theirs):
    # neverfact17: "X rejects the picture as Y" is X's words, as "X dismissed the report as Y" is
    ann = draft(drafter, "Kenya and Uganda met in Nairobi.\n\n" + text)
    assert ("uganda", "reported", theirs) in claims(ann), claims(ann)


@pytest.mark.parametrize(
    "text", ["Uganda rejected the budget as well.\n", "Uganda rejected the offer as soon as it arrived.\n"]
)
def test_a_rejection_with_as_of_time_or_degree_is_no_characterisation(drafter, text):
    ann = draft(drafter, "Kenya and Uganda met in Nairobi.\n\n" + text)
    assert not [c for c in ann.claims if c.quote.startswith("rejected")], claims(ann)


def test_an_unnamed_official_who_rejects_an_account_after_a_long_aside_is_a_speaker(drafter):
    # neverfact17: a named actor's "X rejected that account" stays the article's report (the
    # curators' majority); an unnamed source's is that source's words
    text = "Back in Kampala, a Ugandan official, who asked not to be named, rejected that account.\n"
    ann = draft(drafter, "Kenya and Uganda met in Nairobi.\n\n" + text)
    c = claim_of(ann, "rejected that account")
    assert (c.speaker, c.status) == ("unnamed-ugandan-official", "reported"), claims(ann)
    # denial21: a named actor's "X rejected that account" is now X's (reported), as the dw/dx/dy gold
    # and the house rule have it (a denial is a party's position, not a fact the article establishes)
    ann = draft(drafter, "Kenya and Uganda met in Nairobi.\n\nUganda rejected that account on Tuesday.\n")
    assert claim_of(ann, "rejected that account").speaker == "uganda", claims(ann)


# --- claims17: someone's words the drafter missed or gave to no one ---------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Efua Mensah, who buys the catch at the landing beach, has heard the rumour too. "The navy never'
            ' came this far west before," the fish trader said.',
            "navy never came",
            "efua-mensah",
        ),
        (
            "Ghana and Ivory Coast still dispute the boundary. Kofi Boateng, 58, a fisherman in Elmina, has"
            ' lost two canoes. "Nobody asked us," the 58-year-old added.',
            "Nobody asked us",
            "kofi-boateng",
        ),
        (
            "Lindiwe Dube, Pretoria's special envoy for the talks, has read every letter. The envoy told me"
            " over lunch in Maseru that she was not there to win the argument.",
            "not there to win",
            "lindiwe-dube",
        ),
    ],
)
def test_a_description_of_a_person_named_just_before_speaks_for_that_person(text, words, speaker):
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    c = claim_of(ann, words)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(ann)


def test_a_description_with_an_anonymity_aside_is_a_new_unnamed_source():
    text = (
        "Border row\n\nThe Marine Directorate says its patrol vessel boarded the trawler. The skipper, who"
        ' did not want to be named, told the broadcaster RTE that the crew had been "polite but firm".\n'
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "polite but firm")
    assert c.speaker == "unnamed-skipper" and ann.actor(c.speaker).unnamed, claims(ann)


def test_a_description_after_someone_new_is_introduced_is_not_the_person_named_before():
    text = (
        "Border row\n\nGrace Phiri chairs the panel. It has not met, according to a SADC official who has"
        ' followed the talks. "Both governments prefer the dispute," the official said.\n'
    )
    ann = draft(rules_only(), text)
    assert all(c.speaker != "grace-phiri" for c in ann.claims if "prefer the dispute" in c.quote), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        'Lesotho wants more money for its water. Its negotiator, Thabo Mokhele, was blunt. "The royalties are'
        ' a scandal. Gauteng drinks our rivers for nothing."',
        'Lesotho wants more money for its water. Its negotiator, Thabo Mokhele, did not mince words: "The'
        ' royalties are a scandal."',
        '"We said it before," Naledi Pandor told reporters. Lesotho wants more money for its water. Its'
        ' negotiator, Thabo Mokhele, was blunt. "The royalties are a scandal."',
    ],
)
def test_a_quotation_with_no_verb_of_saying_is_the_person_the_sentence_before_introduced(text):
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    c = claim_of(ann, "royalties are a scandal")
    assert (c.speaker, c.status, c.direct) == ("thabo-mokhele", "reported", True), claims(ann)


def test_an_aside_that_describes_the_person_named_before_gives_them_the_sentence():
    text = (
        "Border row\n\nGhana and Ivory Coast still dispute the boundary. Kofi Boateng, 58, a fisherman in"
        ' Elmina, has lost two canoes. "Nobody asked us," he said. He does not expect the canoes back, the'
        " 58-year-old added, but he would settle for a quieter year.\n"
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "quieter year").speaker == "kofi-boateng", claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker where the quotation closes, two paragraphs on
        "The minister spoke at length on Tuesday.\n\n\u201cWe have asked Kigali three times to withdraw its"
        " troops. Each time we were told to wait.\n\n\u201cPatience has limits.\n\n\u201cWe will not wait a"
        " fourth time,\u201d Foreign Minister Therese Kayikwamba Wagner said.",
        # the speaker named before the quotation opens, and no attribution where it closes
        'Foreign Minister Therese Kayikwamba Wagner said on Tuesday: "We have asked Kigali three times to'
        ' withdraw its troops. Each time we were told to wait.\n\n"Patience has limits. We will not wait a'
        ' fourth time."\n\nRwanda did not reply.',
    ],
)
def test_a_quotation_that_runs_on_over_paragraphs_is_its_speakers_in_every_sentence(text):
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    for words in ("asked Kigali three times", "told to wait", "Patience has limits", "fourth time"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status, c.direct) == ("therese-kayikwamba", "reported", True), claims(ann)
    plain = "Rwanda did not reply" if "Rwanda" in text else "spoke at length"
    assert claim_of(ann, plain).speaker == "article", claims(ann)


@pytest.mark.parametrize(
    ("text", "words", "label"),
    [
        (
            "Niger closed the border with Benin. Officials at the Chinese-built pipeline said exports were"
            " running at half of capacity.",
            "running at half",
            "unnamed officials at the Chinese-built pipeline",
        ),
        (
            "Malaysia protested. Fishermen in Johor's Pengerang district said they had worked the area for"
            " generations.",
            "worked the area",
            "unnamed fishermen in Johor's Pengerang district",
        ),
        (
            "India summoned the envoy. The wife of one detained skipper, reached by The Hindu, said she had"
            " not heard from her husband since Tuesday.",
            "not heard from her husband",
            "unnamed wife of one detained skipper",
        ),
    ],
)
def test_people_a_subject_describes_but_does_not_name_are_an_unnamed_source(text, words, label):
    _reported_by(text, words, label)


def _reported_by(text: str, words: str, label: str) -> None:
    """The claim holding ``words`` in a draft of ``text`` is reported, by the actor labelled ``label``."""
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    c = claim_of(ann, words)
    assert ann.actor(c.speaker).label == label and c.status == "reported", claims(ann)


def test_a_former_office_of_someone_just_named_is_that_person():
    text = (
        "Border row\n\nIndonesia moved the markers. Yohanes Sanam, a farmer, sees the same fields from the"
        " other bank. The former head of Oepoli village said the markers were placed on land his people had"
        ' "always grazed."\n'
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "markers were placed").speaker == "yohanes-sanam", claims(ann)


def test_words_reported_in_an_interviewers_turn_are_their_speakers():
    text = (
        "Water talks\n\nMASERU - Lerato Ntsane leads Lesotho's negotiating team.\n\nInterviewer: South"
        " Africa's foreign minister, Naledi Pandor, said last week that the royalties already cover every"
        " cost. Is that wrong?\n\nNtsane: It is half right.\n\nInterviewer: And next month?\n\nNtsane: We"
        " will not accept the old formula.\n"
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "royalties already cover")
    assert (c.speaker, c.status) == ("naledi-pandor", "reported"), claims(ann)
    assert not any("Is that wrong" in c.quote for c in ann.claims), claims(ann)


@pytest.mark.parametrize(
    ("text", "words", "label"),
    [
        (
            "India and Pakistan traded fire. Diplomats in New Delhi, however, say the government is under"
            " pressure from its own supporters.",
            "under pressure",
            "unnamed diplomats in New Delhi",
        ),
        (
            "France protested. France's Europe minister told the broadcaster BFMTV that Paris could review"
            " the electricity it supplies to the island.",
            "review the electricity",
            "unnamed French Europe minister",
        ),
    ],
)
def test_a_source_located_in_a_capital_or_holding_a_states_office_is_not_the_state(text, words, label):
    _reported_by(text, words, label)


def test_the_subject_of_an_act_then_words_after_an_aside_is_the_sentences_not_the_objects():
    text = (
        "Border row\n\nThe Russian foreign ministry summoned Norway's ambassador and, in a statement"
        ' published on its website, called the boarding "an act of piracy."\n'
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "act of piracy").speaker == "russian-foreign-ministry", claims(ann)


def test_a_name_in_apposition_to_an_unnamed_description_is_the_speaker():
    text = (
        "Border row\n\nFishermen in Johor's Pengerang district said they had worked the area for generations."
        ' "We don\'t look at maps," one of them, Rosli Ahmad, told AFP by phone.\n'
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "look at maps").speaker == "rosli-ahmad", claims(ann)


def test_an_accusation_stops_where_another_speaker_goes_on():
    text = (
        "Border row\n\nThe opposition party accused the government of \"gambling the country's future,\" and"
        ' its leader, Kamla Beckles, said the prime minister had "picked a fight she cannot win."\n'
    )
    ann = draft(rules_only(), text)
    accusation = claim_of(ann, "gambling")
    assert "picked a fight" not in accusation.quote and accusation.status == "alleged", claims(ann)
    assert claim_of(ann, "picked a fight").speaker == "kamla-beckles", claims(ann)


def test_an_aside_claim_stops_before_the_articles_though():
    text = (
        "Border row\n\nKazakhstan is cautious. Her view is shared, diplomats say, in several Western"
        " embassies, though Washington and Brussels have praised Astana's caution in public.\n"
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "Her view is shared")
    assert "Washington" not in c.quote and c.speaker != "article", claims(ann)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Malaysia will "not be dragged into a conflict," Foreign Minister Mohamad Hasan told a committee,'
            " though he conceded that Chinese vessels had entered Malaysian waters dozens of times.",
            "Chinese vessels had entered",
            "mohamad-hasan",
        ),
        (
            "Analysts in Libreville say Oligui Nguema is unlikely to escalate; they warn, though, that his"
            " restraint has limits.",
            "restraint has limits",
            "unnamed-analysts-libreville",
        ),
    ],
)
def test_a_speakers_concession_or_warning_after_an_aside_is_theirs(text, words, speaker):
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    c = claim_of(ann, words)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Fireworks killed 30 people. Local residents blame vendors of illegal fireworks and said the street"
        " was too narrow.",
        "A gunman opened fire at a factory. People, believed to be as many as 35, have been shot.",
        "The refugee wrote to the minister. Dr Sultan said the centre stopped him from going.",
    ],
)
def test_a_clause_a_passive_or_a_titled_name_before_the_verb_is_no_unnamed_source(text):
    ann = draft(rules_only(), f"Border row\n\nPeru and Chile traded notes. {text}\n")
    labels = [a.label for a in ann.actors if a.unnamed]
    assert not any(("blame" in x or "People" in x or "Sultan" in x) for x in labels), labels


def test_an_appositive_that_gives_someones_view_of_the_words_before_is_theirs():
    text = (
        "Border row\n\nUruguayan port operators told the daily El Pais that the new route could cut traffic"
        ' through Montevideo by a fifth, a figure Argentine officials call "pure speculation."\n'
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "pure speculation")
    assert c.quote.startswith("a figure") and c.speaker not in ("article", "unknown-speaker"), claims(ann)
    assert "pure speculation" not in claim_of(ann, "cut traffic").quote, claims(ann)


# --- ids17: unnamed sources under the IDs curators give them ------------------------------------


@pytest.mark.parametrize(
    ("words", "uid"),
    [
        ("senior Zorvanian trade official", "unnamed-zorvanian-trade-official"),  # rank goes
        ("two diplomats", "unnamed-diplomats"),  # and number
        ("several Zorvanian lawmakers", "unnamed-zorvanian-lawmakers"),
        ("Velmar Party's spokesman", "unnamed-velmar-party-spokesman"),  # and a possessive's "'s"
        ("fishermen of Port Okra", "unnamed-port-okra-fishermen"),  # what they belong to, first
        ("lawyer for the growers", "unnamed-growers-lawyer"),
        ("diplomats of several neighbouring countries", "unnamed-neighbouring-diplomats"),
        ("source in the Zorvanian Water Ministry", "unnamed-zorvanian-water-source"),
        ("official at the National Grain Board", "unnamed-grain-board-official"),
        ("spokesperson for the Office of Coastal Roads and Ports", "unnamed-ocrp-spokesperson"),
        ("spokesman for the northern command in Velmar", "unnamed-northern-command-spokesman"),
        ("Analysts in Velmar", "unnamed-analysts-velmar"),  # a place (no "the"): as before
        ("Zorvanian diplomat in Velmar", "unnamed-zorvanian-diplomat"),
        ("trader in the region", "unnamed-trader"),
        ("Zorvanian ambassador in Velmar", "zorvanian-ambassador"),  # one holder of an office
        ("former ambassador", "unnamed-former-ambassador"),
        ("Zorvanian government spokesman", "unnamed-zorvanian-government-spokesman"),
        ("Some in Velmar", "some-in-velmar"),
        ("opposition member of parliament", "unnamed-opposition-mp"),
        ("Zorvania Defence Force spokesman", "unnamed-zdf-spokesman"),  # a force by its initials
        ("official in the foreign ministry", "unnamed-foreign-ministry-official"),
        ("Velmar Border Guard officer", "unnamed-velmar-border-guard-officer"),
    ],
)
def test_an_unnamed_sources_id_follows_the_curators_conventions(words, uid):
    from kb.extract.actors import unnamed_id  # (here, not at the top: a block of one branch)

    assert unnamed_id(words) == uid


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Chad's national assembly said the vote was valid.\n", "chad-national-assembly"),
        ("Ghana's foreign ministry said the vote was valid.\n", "ghanaian-foreign-ministry"),
    ],
)
def test_a_bodys_id_takes_the_form_curators_use_most_for_its_kind(drafter, text, body):
    assert body in {a.id for a in draft(drafter, text).actors}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The quota stands," an official at the fisheries ministry said.\n', "unnamed-fisheries-official"),
        ('"The quota stands," a source in the border service said.\n', "unnamed-border-service-source"),
        ('"The quota stands," a teacher at the school said.\n', "unnamed-teacher"),  # a place, not a body
    ],
)
def test_the_body_an_unnamed_source_is_at_is_part_of_its_id(drafter, text, speaker):
    ann = draft(drafter, f"Border row\n\nZorvania and Velmar met.\n\n{text}")
    assert claim_of(ann, "quota").speaker == speaker


@pytest.mark.parametrize(
    ("name", "uid"),
    [("L'Estafette", "l-estafette"), ("Velmar.ge", "velmar-ge"), ("Diario de S.Tomas", "diario-de-s-tomas"),
     ("U.S.", "us"), ("People's Front", "peoples-front"), ("Aoife O'Brien", "aoife-obrien")],
)
def test_an_elided_article_and_a_web_addresss_dot_break_words_in_an_id(name, uid):
    from kb.extract.rules import slug  # (here, not at the top: a block of one branch)

    assert slug(name) == uid


@pytest.mark.parametrize(
    "text",
    [
        "Border row\n\nGhana's intelligence agency, the GIA, said the canal was closed.\n",
        "Border row\n\nThe Velmar River Basin Authority (VRBA) said the canal was closed.\n",
    ],
)
def test_a_body_the_text_gives_an_acronym_for_goes_by_the_acronym(drafter, text):
    ids = {a.id for a in draft(drafter, text).actors}
    assert ids & {"gia", "vrba"}, ids


def test_the_press_office_a_statement_closes_with_is_no_actor(drafter):
    text = "Statement\n\nThe Ministry of Foreign Affairs of Ghana rejects the claim.\n\n"
    text += "Media Relations Office\n"
    assert not any("office" in a.id for a in draft(drafter, text).actors)


def test_a_known_body_keeps_its_gazetteer_id_however_the_text_names_it(drafter):
    text = "Border row\n\nThe Philippine coast guard said two boats had been turned back.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "philippine-coast-guard" in ids and "philippine-coast-guard" in {
        a.id for a in draft(drafter, "Border row\n\nThe Philippine Coast Guard said so.\n").actors
    }, ids


# --- branch stances17: stances on the claims the drafter finds ---


@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ('Bolivia had "walked away" from its word.', -1),
        ('Bolivia was "at odds" with its own promises.', -1),
        ('her country "respects" Bolivia.', 1),
    ],
)
def test_a_word_of_tone_news_prose_uses_gives_the_speakers_stance(words, polarity):
    ann = draft(rules_only(), f"Border row\n\nAna Soto, Chile's foreign minister, said {words}\n")
    c = claim_of(ann, words[:20])
    assert [(s.target, s.polarity) for s in c.stances] == [("bolivia", polarity)], claims(ann)


@pytest.mark.parametrize(
    ("words", "stances"),
    [
        ('Chile would "not take lessons in democracy from La Paz."', [("bolivia", -1)]),
        ('the fishermen "do not need permission from Bolivia to fish."', [("bolivia", -1)]),
        ("the fishermen had sought permission from Bolivia to fish.", []),
    ],
)
def test_refusing_anothers_lessons_or_permission_is_a_stance_against_them(words, stances):
    ann = draft(rules_only(), f"Border row\n\nAna Soto, Chile's foreign minister, said {words}\n")
    c = claim_of(ann, words[:20])
    assert [(s.target, s.polarity) for s in c.stances] == stances, claims(ann)


@pytest.mark.parametrize(
    ("answer", "denial"),
    [
        ('Ugandan spokesman Sam Okello said the accusations were "pure fabrication".', "pure fabrication"),
        ("Uganda has repeatedly denied arming the rebels.", "denied arming"),
    ],
)
def test_a_denial_that_names_nobody_takes_no_side_on_the_person_who_voiced_the_charge(answer, denial):
    charge = "Kenyan minister Paul Otieno accused Uganda of arming rebels in the north."
    text = f"Border row\n\n{charge}\n\n{answer}\n"
    ann = draft(rules_only(), text)
    assert all(s.target != "paul-otieno" for s in claim_of(ann, denial).stances), claims(ann)


@pytest.mark.parametrize(
    ("words", "stances"),
    [
        ('Chile was "fully behind" Bolivia.', [("bolivia", 1)]),
        ('Chile was "in close contact with" Bolivia.', [("bolivia", 1)]),
        ("the fishing agreement with Bolivia expires in May.", []),  # an agreement is a thing, not a side
    ],
)
def test_backing_and_contact_are_friendly_and_an_agreement_named_takes_no_side(words, stances):
    ann = draft(rules_only(), f"Border row\n\nAna Soto, Chile's foreign minister, said {words}\n")
    c = claim_of(ann, words[:20])
    assert [(s.target, s.polarity) for s in c.stances] == stances, claims(ann)


@pytest.mark.parametrize(
    ("words", "aimed_at"),
    [
        ('Peru and Bolivia had formed "a northern front".', "chile"),  # the speaker's own state
        ('Peru and Bolivia had formed "a northern front" against Ecuador.', "ecuador"),  # whom the words name
    ],
)
def test_a_grouping_a_speaker_names_is_aimed_at_their_state_unless_the_words_say_whom(words, aimed_at):
    ann = draft(rules_only(), f"Border row\n\nAna Soto, Chile's foreign minister, said {words}\n")
    c = claim_of(ann, words[:20])
    aimed = [(s.target, s.polarity) for s in c.stances if s.holder == "northern-front"]
    assert aimed == [(aimed_at, -1)], claims(ann)


@pytest.mark.parametrize(
    ("name", "group", "stance"),
    [
        ("a Brazil-led anti-Ecuador front", "brazil-led-anti-ecuador-front", ("ecuador", -1)),  # mid-name
        ("Brasilia's club", "brasilia-club", ("brazil", 1)),  # the state the grouping serves
        ("a Brazil-friendly bloc", "brazil-friendly-bloc", ("brazil", 1)),
    ],
)
def test_a_groupings_name_says_whom_it_serves_or_is_against(name, group, stance):
    words = f'Peru and Bolivia now form "{name}".'
    ann = draft(rules_only(), f"Border row\n\nAna Soto, Chile's foreign minister, said {words}\n")
    c = claim_of(ann, words[:20])
    assert stance in [(s.target, s.polarity) for s in c.stances if s.holder == group], claims(ann)


_SARSTOON = (
    "Border row\n\n{dateline}Guatemala sent gunboats to the Sarstoon river on Sunday, Belize said.\n\n"
    "Guatemala has long claimed the area. Belize rejects the claim, and Belize has asked for calm."
    " Guatemala moved troops to the border.\n\n"
    'Prime Minister John Tuyuc said the patrol "will not be intimidated."\n'
)


@pytest.mark.parametrize(("dateline", "side"), [("BELMOPAN, Belize - ", ("belize",)), ("", ())])
def test_a_named_speaker_of_no_state_in_a_dispute_story_is_of_the_side_it_is_filed_from(dateline, side):
    ann = draft(rules_only(), _SARSTOON.format(dateline=dateline))
    assert ann.actor("john-tuyuc").affiliation == side, claims(ann)
    stances = [(s.target, s.polarity) for s in claim_of(ann, "intimidated").stances]
    assert stances == ([("guatemala", -1)] if side else []), claims(ann)


@pytest.mark.parametrize(
    ("words", "side"),
    [
        ('Belize "will not be intimidated."', ("belize",)),  # the state the words speak for
        ('Belize "will not be intimidated," and Guatemala would have to answer.', ()),  # two: no side
    ],
)
def test_a_named_speaker_of_no_state_whose_words_speak_for_one_is_of_it(words, side):
    text = _SARSTOON.format(dateline="").replace('the patrol "will not be intimidated."', words)
    ann = draft(rules_only(), text)
    assert ann.actor("john-tuyuc").affiliation == side, claims(ann)


# --- article17: claims in the article's own voice ---------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Government rejects the decision of Togo to close the Volta crossing.",
        "The Federal Government asks Togo to reopen the Volta crossing.",
        "The Ministry for Foreign Affairs has noted with concern the closure of the Volta crossing by Togo.",
        "The Ministry is deeply concerned by the closure of the Volta crossing by Togo.",
        "The Ministry has read with astonishment the decision of Togo to close the Volta crossing.",
    ],
)
def test_a_statements_issuer_without_the_or_with_a_verb_of_record_speaks_in_its_own_voice(drafter, opening):
    text = (
        f"Statement on the Volta crossing\n\n{opening}\n\nGovernment further notes the offer of talks made by"
        " Benin. Such closures serve no one.\n"
    )
    ann = draft(drafter, text)
    for words in ("Government further notes", "Such closures serve no one"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_what_others_assured_a_statements_issuer_of_is_theirs(drafter):
    text = (
        "Statement on the Volta crossing\n\nThe Ministry rejects the closure of the crossing by Togo.\n\n"
        "The Ministry welcomes the offer of talks made by Benin. Diplomats of several states have assured the"
        " Ministry that Togo will reopen the crossing.\n"
    )
    assert _none_as_fact([c for c in draft(drafter, text).claims if "will reopen" in c.quote])


def test_a_lead_act_towards_the_united_states_is_the_articles_report_though_states_is_a_verb(drafter):
    text = (
        "Truce talks\n\nKenya on Monday rejected a draft truce put forward by the United States, saying the"
        " text treated the army and the militia as equals.\n"
    )
    ann = draft(drafter, text)
    lead = claim_of(ann, "rejected a draft truce")
    assert (lead.speaker, lead.status) == ("article", "asserted") and "saying" not in lead.quote, claims(ann)
    assert _none_as_fact([c for c in ann.claims if "as equals" in c.quote])


_COLUMN = (
    "The river is not a weapon\n\nBy Amara Okafor\n\nLast week Togo closed the Volta crossing. Its minister,"
    " Kodjo Mensah, said Ghana had armed smugglers on the river. {sentence}\n\n"
    "Amara Okafor writes on West Africa from Accra.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "That is nonsense.",
        "I do not accept his map.",
        "I think we should talk.",
        "I hope they reopen it.",
        "It should take the matter to the Volta commission.",
    ],
)
def test_a_columnists_own_judgement_after_someones_words_is_the_articles(drafter, sentence):
    ann = draft(drafter, _COLUMN.format(sentence=sentence))
    c = claim_of(ann, sentence.rstrip("."))
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert _none_as_fact([c for c in ann.claims if "armed smugglers" in c.quote])


@pytest.mark.parametrize(
    "sentence",
    [
        "I am told that Ghana armed them.",
        "I suspect Ghana armed them.",
        "I think Ghana and Nigeria form an axis.",
        '"I saw the boats," he said.',
    ],
)
def test_a_columnists_sentence_that_carries_hearsay_a_guess_or_a_grouping_is_never_fact(drafter, sentence):
    ann = draft(drafter, _COLUMN.format(sentence=sentence))
    assert _none_as_fact([c for c in ann.claims if "Ghana" in c.quote or "boats" in c.quote]), claims(ann)


def test_first_person_with_no_byline_is_not_taken_for_a_columnist(drafter):
    text = _COLUMN.replace("By Amara Okafor\n\n", "").format(sentence="I do not accept his map.")
    assert not [c for c in draft(drafter, text).claims if c.speaker == "article" and "his map" in c.quote]


@pytest.mark.parametrize(
    "sentence", ["That is unlikely.", "It is a convenient story.", "He was wrong to say it."]
)
def test_a_verdict_on_the_words_before_is_the_articles_in_any_article(drafter, sentence):
    text = _COLUMN.replace("By Amara Okafor\n\n", "").format(sentence=sentence)
    c = claim_of(draft(drafter, text), sentence.rstrip("."))
    assert (c.speaker, c.status) == ("article", "asserted")


@pytest.mark.parametrize(
    "sentence",
    [
        "He gave no evidence of any Ghanaian role.",
        "It made no mention of the smugglers.",
        "Its spokesman, Kofi Boateng, declined to say whether troops had moved.",
    ],
)
def test_what_a_speaker_did_not_give_or_say_is_the_articles_report(drafter, sentence):
    text = (
        "Volta row\n\nTogo's minister, Kodjo Mensah, said on Monday that Ghana had armed smugglers on the"
        f" river. {sentence}\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, sentence.rstrip(".")[-20:])
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert _none_as_fact([c for c in ann.claims if "armed smugglers" in c.quote])


def test_a_states_claim_to_a_place_is_no_hedge_but_a_claim_that_is(drafter):
    text = (
        "Reef row\n\nTonga renewed its claim to Minerva Reef on Monday. Fiji says the reefs are Fijian.\n\n"
        "Fiji repeated its claim that Tonga armed the fishermen.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "renewed its claim to Minerva")
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert _none_as_fact([c for c in ann.claims if "armed the fishermen" in c.quote])


def test_a_statements_numbered_paragraphs_are_its_own_voice_too(drafter):
    text = (
        "Statement on the Volta crossing\n\n1. The Ministry regrets the closure of the crossing by Togo.\n\n"
        "2. The Ministry welcomes the offer of talks made by Benin. Such closures serve no one.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "Such closures serve no one")
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


@pytest.mark.parametrize(
    ("sentence", "judged"),
    [
        ("These claims have no basis in fact.", True),
        ("His account could not be independently verified.", True),
        ("The claim that Ghana armed them could not be verified.", False),
    ],
)
def test_a_verdict_on_words_it_only_names_is_the_articles_but_never_one_that_carries_them(
    drafter, sentence, judged
):
    text = f"Volta row\n\nTogo's minister, Kodjo Mensah, said Ghana had armed smugglers. {sentence}\n"
    ann = draft(drafter, text)
    own = [c for c in ann.claims if c.speaker == "article" and c.quote.startswith(sentence[:12])]
    assert bool(own) == judged, claims(ann)
    assert _none_as_fact([c for c in ann.claims if "armed" in c.quote])


def test_a_statements_cleft_call_and_its_second_act_are_its_own_voice(drafter):
    text = (
        "Statement on the Volta crossing\n\nThe Ministry regrets the closure of the crossing by Togo.\n\n"
        "It is in that spirit that the Ministry calls on Togo to reopen the crossing, and stands ready to"
        " discuss tolls through the joint commission.\n"
    )
    ann = draft(drafter, text)
    for words in ("calls on Togo to reopen", "stands ready to discuss tolls"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert claim_of(ann, "calls on Togo").quote != claim_of(ann, "stands ready").quote


def test_a_statements_call_drafted_first_as_its_states_words_is_its_own_voice(drafter):
    text = (
        "Republic of Ghana\n\nStatement on the Volta crossing\n\nThe Ministry regrets the closure of the"
        " crossing by Togo.\n\nThe Ministry welcomes the offer of talks made by Benin. Ghana will defend its"
        " traders. It calls on the Government of Togo to reopen the crossing, and it calls on the Union to"
        " remain seized of the matter.\n"
    )
    ann = draft(drafter, text)
    for words in ("Government of Togo to reopen", "remain seized of the matter"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


# --- actors17b: people and places by the form of their names (session 17, round 2) ---


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ama Owusu-Boateng, 47, has sold fish at Elmina for thirty years.", "ama-owusu-boateng"),
        ("The loudest voice was from Tariq Hamdan al-Nouri, a former Jordanian envoy, who called it void.",
         "tariq-hamdan-al-nouri"),
        ("Petra Vasko, a glaciologist at the University of Kosice, doubts the figures.", "petra-vasko"),
    ],
)  # fmt: skip
def test_a_full_name_with_an_age_or_a_title_in_apposition_is_a_person(drafter, text, person):
    ann = draft(drafter, text + ' "It is ours," she said.')
    assert ann.actor(person).type == "person", [a.id for a in ann.actors]


def test_a_place_name_ending_in_a_place_word_is_no_person(drafter):
    ann = draft(drafter, 'Boats fish the Marlow Triangle, said Ines Falk. "It is ours," she said.')
    assert "marlow-triangle" not in [a.id for a in ann.actors]
    assert ann.actor("ines-falk").type == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reyna keeps a boat at the harbour. He has fished there for thirty years.\n",
        "Across the strait in Dunmore, Ilse Varga sees it the other way. Varga has sold nets for years.\n",
    ],
)
def test_a_full_name_as_a_verbs_subject_then_he_or_the_surname_is_a_person(drafter, text):
    ann = draft(drafter, text)
    assert [a.type for a in ann.actors if a.id in ("tomas-reyna", "ilse-varga")] == ["person"], text


def test_a_place_that_does_something_is_no_person(drafter):
    text = "Port Kelso sits in the bay. It has two harbours, Kenya's mayor said, and his boats.\n"
    ann = draft(drafter, text)
    assert "port-kelso" not in [a.id for a in ann.actors]


def test_a_qa_answer_under_the_surname_and_a_dash_is_that_persons_words(drafter):
    text = (
        "Interview\n\nLUBA, Kiribati - Ana Tekee chairs the island council.\n\n"
        "Q - What happened?\n\nTekee - Soldiers came across the line and burned a hut.\n\n"
        "Q - And now?\n\nTekee - We are still waiting for the markers.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "burned a hut").speaker == "ana-tekee", claims(ann)
    assert claim_of(ann, "still waiting").speaker == "ana-tekee", claims(ann)


def test_a_full_name_whose_surname_speaks_alone_later_is_a_person(drafter):
    text = (
        "The goats do not know the border, and neither, some days, does Ilona Brask.\n\n"
        '"My father grazed this hill," Brask said on Monday.\n'
    )
    ann = draft(drafter, text)
    assert ann.actor("ilona-brask").type == "person", [a.id for a in ann.actors]
    assert claim_of(ann, "grazed").speaker == "ilona-brask", claims(ann)


def test_a_state_named_only_as_where_something_is_is_no_actor(drafter):
    text = (
        "Ghana accused Togo of moving its border posts, in a statement issued in Accra on Monday. The group, "
        "mostly traders from Nigeria, was held at the post, the Paris-based magazine said.\n"
    )
    ids = [a.id for a in draft(drafter, text).actors]
    assert "togo" in ids and "nigeria" not in ids and "france" not in ids, ids


@pytest.mark.parametrize(
    ("text", "org", "of"),
    [
        ("The National Reserve Bank of Ghana raised rates.\n", "national-reserve-bank-of-ghana", "ghana"),
        ("The Baltic Cable Consortium halted work, Latvia said.\n", "baltic-cable-consortium", None),
    ],
)
def test_a_named_organisation_ending_in_of_a_state_is_that_states(drafter, text, org, of):
    ann = draft(drafter, text)
    assert ann.actor(org).type in ("organization", "government-body"), [a.id for a in ann.actors]
    assert ann.actor(org).affiliation == ((of,) if of else ()), ann.actor(org)


def test_a_full_name_in_apposition_to_a_role_then_a_verb_is_a_person(drafter):
    ann = draft(drafter, "When their lawyer, Ines Marovic, rose on Monday, she asked for more time.\n")
    assert ann.actor("ines-marovic").type == "person", [a.id for a in ann.actors]


# --- stances17b ---------------------------------------------------------------------------------

_CHACO = (
    "Border row\n\nParaguay sent troops to the Chaco on Sunday. Bolivia protested.\n\n"
    "Bolivia has long claimed the area. Paraguay rejects the claim, and Paraguay has asked for calm."
    " Bolivia moved troops to the border.\n\n"
    "{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "source", "side"),
    [  # the place in its name ...
        ('Some in La Paz said the patrol "will not be intimidated."', "some-in-la-paz", ("bolivia",)),
        # ... else, for a source of a body, the state its sentence opens with
        ('In Asuncion, a defence ministry official said the patrol "was lawful."',
         "unnamed-defence-ministry-official", ("paraguay",)),
        ('A farmer said the patrol "was lawful."', "unnamed-farmer", ()),  # neither: no side
    ],
)  # fmt: skip
def test_an_unnamed_source_of_no_state_is_of_the_state_its_name_or_sentence_places_in(sentence, source, side):
    ann = draft(rules_only(), _CHACO.format(sentence=sentence))
    assert ann.actor(source).affiliation == side, claims(ann)


def test_certain_companies_of_a_state_are_a_member_of_the_grouping_and_a_target():
    words = 'Peru, Repsol and "certain Brazilian mining companies" had formed "a northern front".'
    ann = draft(rules_only(), f"Border row\n\nAna Soto, Chile's foreign minister, said {words}\n")
    assert ann.actor("brazilian-mining-companies").affiliation == ("brazil",), claims(ann)
    assert "brazilian-mining-companies" in {m.member for m in ann.memberships}, claims(ann)
    stances = {(s.target, s.polarity) for s in claim_of(ann, words[:20]).stances}
    assert ("brazilian-mining-companies", -1) in stances, claims(ann)


@pytest.mark.parametrize(
    ("words", "target"),
    [
        ('accused the government of "selling the river to Bolivia."', "chilean-government"),
        ('accused the federal government of "selling the river."', "chilean-federal-government"),
    ],
)
def test_a_critic_who_accuses_the_government_is_against_their_own_states_government(words, target):
    text = (
        "Border row\n\nSANTIAGO, Chile - Chile and Bolivia argue over a river. Chile says the river is"
        f" Chilean.\n\nMarta Vidal, an opposition senator, {words}\n"
    )
    ann = draft(rules_only(), text)
    assert (target, -1) in [(s.target, s.polarity) for s in claim_of(ann, "accused").stances], claims(ann)
    assert ann.actor(target).affiliation == ("chile",), claims(ann)


# --- coordinator, session 17: a shared surname is a misnaming only for a person the gazetteer knows


def test_a_second_person_with_a_drafted_persons_surname_is_no_misnaming(drafter):
    """The Lee corpus drew 'Steve Waugh' as a misnaming of Mark Waugh, his brother, at confidence 1.0:
    of an unknown person the article names, another first name is another person, not an error."""
    text = (
        "Tomas Brennan, a farmer near the border, said the patrols had stopped. "
        "His sister, Aoife Brennan, said the patrols had never started.\n"
    )
    ann = draft(drafter, text)
    assert [f.surface for f in ann.flags] == []
    assert {"tomas-brennan", "aoife-brennan"} <= {a.id for a in ann.actors}
    # a person the gazetteer knows, under another first name, is still flagged: see
    # test_the_gazetteer_knows_sitting_leaders_so_a_wrong_first_name_or_former_is_flagged


def test_a_state_in_the_speakers_own_quotation_is_not_the_side_they_speak_for(drafter):
    """A minister of no named state whose sentence opens inside their own quotation: the state the
    quotation names ("Minsk is testing ...") is whom they speak of, not their side."""
    text = (
        'VILNIUS - "These are not accidents. Minsk is testing how fast we react," Interior Minister '
        "Daiva Rudyte told reporters. Rudyte said Lithuania would ask its allies for radars.\n"
    )
    ann = draft(drafter, text)
    rudyte = next(a for a in ann.actors if a.id == "daiva-rudyte")
    assert "belarus" not in rudyte.affiliation
    assert not any(s.target == "lithuania" and s.polarity == -1 for c in ann.claims for s in c.stances)


# --- words18, session 18: someone's words in plain news prose


@pytest.mark.parametrize(
    "title",
    [
        'Kenya detains 12 Ugandan fishermen on Lake Victoria; Kampala says crews were "kidnapped"',
        "Chile protests Bolivian survey near the Silala, La Paz says the river is its own",
    ],
)
def test_a_headline_whose_second_clause_has_its_own_speaker(title):
    """ "X does Y; Z says W": the words are Z's, not those of the state the headline opens with."""
    ann = draft(rules_only(), title + "\n\nThe row began on Monday.\n")
    said = [c for c in ann.claims if c.speaker != "article"]
    assert said and {c.speaker for c in said} <= {"uganda", "bolivia"}, claims(ann)
    assert not any(c.speaker in ("kenya", "chile") for c in ann.claims), claims(ann)


def test_she_said_after_a_quotation_is_not_the_man_quoted_before():
    """ "..., she said": the woman the text has called "she", not the nearer speaker it calls "he"."""
    text = (
        "Traders protest new border wall\n\n"
        "Amina Bello, 58, sells peppers at the crossing. Her takings, she says, have halved.\n\n"
        'A police officer, Musa Danjuma, said the wall had cut theft. "It works," he said.\n\n'
        '"I am no thief," she said. "I am a widow with a stall."\n'
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "I am no thief").speaker == "amina-bello", claims(ann)
    assert claim_of(ann, "It works").speaker == "musa-danjuma", claims(ann)


def test_said_a_and_expected_b_is_two_claims_of_the_speaker():
    """ "X said it had "protested" to Y and expected Z": the protest, then the expectation."""
    text = (
        "Fishing row deepens\n\n"
        'Ghana\'s foreign ministry said it had "lodged a strong protest" with the Ivorian envoy and'
        ' expected "a prompt explanation" of the seizures.\n'
    )
    ann = draft(rules_only(), text)
    said = [c for c in ann.claims if c.speaker == "ghanaian-foreign-ministry"]
    assert [c.quote.split()[0] for c in said] == ["it", "expected"], claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        'The daily Nation quoted an unnamed Kenyan official as saying the navy "will not leave the island"'
        ' and that talks would resume "within weeks."',
        'Kenya\'s defence minister was quoted by the daily Nation as saying the navy "will not leave the'
        ' island" and that talks would resume "within weeks."',
    ],
)
def test_quoted_as_saying_a_and_that_b_is_two_claims(sentence):
    """ "quoted X as saying A and that B": two claims of X, cut as other reported speech is."""
    ann = draft(rules_only(), "Island row\n\nUganda and Kenya dispute Migingo. " + sentence + "\n")
    said = [c for c in ann.claims if c.speaker != "article"]
    assert [c.quote.split()[0] for c in said] == ["the", "talks"], claims(ann)
    assert len({c.speaker for c in said}) == 1, claims(ann)


# --- coordinator, session 18: forms a new user's wire story about a diplomatic row drafted wrongly


def test_the_speaker_of_a_clause_after_a_subordinating_word_is_its_own_subject(drafter):
    """ "Chile recalled Peru's envoy after the defence minister accused Lima of ...": the minister
    accuses, not Peru (the last state of the main clause)."""
    text = "Chile recalled Peru's envoy on Monday after the defence minister accused Lima of spying on it.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "accused Lima")
    assert c.speaker not in ("peru", "chile", "article"), claims(ann)
    assert c.status == "alleged"


def test_a_name_quoted_as_saying_is_a_person_who_speaks_through_the_outlet(drafter):
    text = (
        "Row over a dam\n\nThe agency Prensa Latina quoted Ramiro Ocampo as saying that the dam was illegal. "
        "El Tiempo quoted a senior senator, Lucia Barrientos, as saying that Quito had lied.\n"
    )
    ann = draft(drafter, text)
    assert (claim_of(ann, "the dam was illegal").speaker, claim_of(ann, "Quito had lied").speaker) == (
        "ramiro-ocampo",
        "lucia-barrientos",
    ), claims(ann)
    assert ann.actor("lucia-barrientos").type == "person"


def test_a_place_that_ends_a_clause_before_said_is_no_persons_surname(drafter):
    """ "Officials, whose army retook Karabakh, said ...": "Karabakh," is no speaker, so the
    hyphenated "Upper-Karabakh" named earlier is no person either."""
    text = (
        "Tension rose after the war in Upper-Karabakh.\n\n"
        "Georgian officials, whose army once held Karabakh, said the talks had failed.\n"
    )
    ann = draft(drafter, text)
    karabakh = [(a.id, a.type) for a in ann.actors if "karabakh" in a.id]
    assert all(typ != "person" for _, typ in karabakh), karabakh


def test_the_members_of_a_quoted_grouping_are_listed_after_of_past_the_claims_comma(drafter):
    text = (
        'Critics in Tbilisi have long described a "northern triangle" of Armenia, Iran and Russia'
        " working against the West, a charge all three deny.\n"
    )
    ann = draft(drafter, text)
    members = {m.member for m in ann.memberships}
    assert members == {"armenia", "iran", "russia"}, ann.memberships
    assert all(c.status == "alleged" for c in ann.claims if c.id == ann.memberships[0].claim)


def test_a_ministry_spokesperson_speaks_for_the_ministry_named_before_not_the_state_named_last(drafter):
    text = (
        "The Dutch foreign ministry said the envoy had been asked to explain reports of spying run from"
        " Caracas. A ministry spokeswoman, Femke Aalders, said the Netherlands would not accept threats.\n"
    )
    ann = draft(drafter, text)
    assert ann.actor("femke-aalders").affiliation == ("dutch-foreign-ministry",), claims(ann)


def test_the_minister_a_lead_names_by_title_is_the_person_named_with_that_title_later(drafter):
    text = (
        "Spain summoned Morocco's ambassador on Friday after the interior minister accused Rabat of"
        " letting migrants cross.\n\nInterior Minister Ana Ledesma told reporters the crossings were"
        " organised.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "accused Rabat").speaker == "ana-ledesma", claims(ann)
    # a title no named person carries stays an unnamed source
    other = text.replace("Interior Minister Ana Ledesma", "Ana Ledesma")
    assert claim_of(draft(drafter, other), "accused Rabat").speaker != "ana-ledesma"


# --- actors18 (session 18): actors the drafts miss


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (  # an anonymity aside, then a verb that is no speech verb
            "Accra denied the report. A senior Togolese official, speaking on condition of anonymity because "
            "he was not authorised to brief reporters, went further, calling it a fabrication.\n",
            "unnamed-togolese-official",
        ),
        (  # ", who asked me not to print his name,": a columnist's source
            "A Beninese customs officer, who asked me not to print his name, "
            "put it more bluntly than either minister.\n",
            "unnamed-beninese-customs-officer",
        ),
        (  # a "who" clause after the source's place, with no commas
            "The commission has not met since March, according to a Gabonese diplomat in Libreville "
            "who spoke on condition of anonymity.\n",
            "unnamed-gabonese-diplomat",
        ),
    ],
)
def test_a_source_whose_aside_says_it_is_not_named_is_a_source_whatever_its_verb(drafter, text, source):
    """An aside that says why a source goes unnamed (anonymity, "asked not to be named", "not
    authorised to speak") makes the words before it a source, though no speech verb follows."""
    ann = draft(drafter, text)
    actor = next((a for a in ann.actors if a.id == source), None)
    assert actor is not None, [a.id for a in ann.actors]
    assert "who" not in actor.label and "anonymity" not in actor.label  # the place ends it


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nigerien officials deny that any soldier crossed the river.\n", "unnamed-nigerien-officials"),
        ("Ghanaian officials suspect the boats were sent to test us.\n", "unnamed-ghanaian-officials"),
        ("Togolese officials note that the line was drawn in 1914.\n", "unnamed-togolese-officials"),
        (  # reported words: "are said to have", "are reported to have"
            "Uzbek officials are said to have warned their counterparts that the canal is illegal.\n",
            "unnamed-uzbek-officials",
        ),
    ],
)
def test_several_people_speak_in_the_plural_present_or_are_said_to_have(drafter, text, source):
    """An unnamed source of several people speaks in the plural present of the verbs that carry
    words ("officials deny", "accuse", "suspect", "concede") or through "are said to have"."""
    ann = draft(drafter, text)
    assert source in {a.id for a in ann.actors}, [a.id for a in ann.actors]


@pytest.mark.parametrize(
    "text",
    [
        "The agency quoted a Malian officer on Tuesday as saying the drone was unarmed.\n",
        "The daily quoted a Malian officer this week saying the drone was unarmed.\n",
    ],
)
def test_a_quoted_source_keeps_its_words_past_a_time(drafter, text):
    """ "quoted a Malian officer on Tuesday as saying": the time is neither the source's place nor
    its name, and "as saying" carries the source's words."""
    ann = draft(drafter, text)
    assert "unnamed-malian-officer" in {a.id for a in ann.actors}, [a.id for a in ann.actors]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Her remarks were carried by Radio Okapi within the hour.\n", "radio-okapi"),
        ("His comments were reported by Le Soleil and, within hours, by radio stations.\n", "le-soleil"),
        ("The interview was picked up by Taifa Leo, which quoted a minister.\n", "taifa-leo"),
        ("A researcher said in comments published by The Continent that war is far.\n", "the-continent"),
    ],
)
def test_an_outlet_that_carries_or_publishes_words_is_an_outlet(drafter, text, outlet):
    """ "carried by", "published by", "picked up by", "broadcast by" lead to an outlet's name as
    "reported by" does, and a name that ends before "and" is whole."""
    ann = draft(drafter, text)
    assert outlet in {a.id for a in ann.actors}, [a.id for a in ann.actors]


def test_a_states_name_inside_an_outlets_name_named_by_a_media_noun_is_the_outlets(drafter):
    """ "Jornal de Namibia, the state daily, ...": a media noun says the whole name is an outlet's, so
    the state's name inside it is no mention of the state."""
    text = "Jornal de Namibia, the state daily, called the report recycled rumours on Wednesday.\n"
    ann = draft(drafter, text)
    ids = {a.id for a in ann.actors}
    assert "jornal-de-namibia" in ids and "namibia" not in ids, ids


def test_a_columnists_clause_after_a_source_is_not_its_name(drafter):
    """ "A Peruvian diplomat I have known for years, who asked me not to use his name, ...": the
    writer's clause sits between the source and its aside, and is no part of its name."""
    text = (
        "A Peruvian diplomat I have known for years, who asked me not to use his name, put it better "
        "than either government.\n"
    )
    ann = draft(drafter, text)
    actor = next((a for a in ann.actors if a.id == "unnamed-peruvian-diplomat"), None)
    assert actor is not None and "known" not in actor.label, [a.id for a in ann.actors]


def test_a_sources_place_may_end_in_district_or_province(drafter):
    """ "citing a security source in Kambia district, reported": the place's common noun ends it."""
    text = "The daily Awoko, citing a security source in Kambia district, reported that the town was calm.\n"
    ann = draft(drafter, text)
    assert "unnamed-security-source" in {a.id for a in ann.actors}, [a.id for a in ann.actors]


# --- stances18, session 18: the one a speaker says another serves


@pytest.mark.parametrize(
    "words",
    [
        'accused Minsk of "staging the incident at Moscow\'s bidding."',
        'accused Minsk of "staging the incident to please Moscow."',
        'said Minsk was "a puppet of Moscow."',
    ],
)
def test_the_one_a_speaker_says_another_serves_is_a_target_too(words):
    text = (
        "Border row\n\nVILNIUS - Lithuania closed two crossings on Monday."
        f" Foreign Minister Kestutis Budrys {words}\n"
    )
    ann = draft(rules_only(), text)
    found = {(s.target, s.polarity) for c in ann.claims for s in c.stances}
    assert ("russia", -1) in found, claims(ann)


def test_a_denial_of_serving_another_is_no_stance_toward_it():
    text = (
        "VILNIUS - Lithuania closed two crossings."
        ' Foreign Minister Kestutis Budrys said Vilnius was "not Washington\'s pawn."\n'
    )
    ann = draft(rules_only(), text)
    assert not any(s.target == "united-states" for c in ann.claims for s in c.stances), claims(ann)


@pytest.mark.parametrize(
    "words", ["rejected the protest", "dismissed the criticism", "rejects these remarks"]
)
def test_one_side_rebuffing_the_other_sides_protest_is_against_that_side(words):
    """A two-state quarrel whose rebuff names no one: against the other side of the quarrel."""
    text = (
        "KATHMANDU - Nepal protested on Monday against a road India is building near Lipulekh."
        " Nepal says Lipulekh is Nepali. India says the road lies in India. Nepal sent a note."
        f" India {words}.\n"
    )
    ann = draft(rules_only(), text)
    rebuff = next(c for c in ann.claims if words in ann.article.text[c.span.start : c.span.end])
    assert ("nepal", -1) in [(s.target, s.polarity) for s in rebuff.stances], claims(ann)


def test_what_a_speaker_alone_does_not_know_is_no_refusal_of_their_side():
    """In a two-state quarrel, "I do not know who sent them" is the speaker's own ignorance, not their
    state's refusal: no stance against the other side (a refusal in their state's name keeps one)."""
    text = (
        "KATHMANDU - Nepal and India argue over Lipulekh. Nepal says Lipulekh is Nepali. India says the"
        " road lies in India. India sent troops, and Nepal sent a note to India.\n\n"
        "Nepal's Foreign Minister Arzu Deuba said: \"I do not know who sent them.\" She said: \"Nepal will"
        ' never give up Lipulekh."\n'
    )
    ann = draft(rules_only(), text)
    said = {ann.article.text[c.span.start : c.span.end]: c for c in ann.claims}
    ignorance, refusal = said["I do not know who sent them."], said["Nepal will never give up Lipulekh."]
    assert ("india", -1) not in [(s.target, s.polarity) for s in ignorance.stances], claims(ann)
    assert ("india", -1) in [(s.target, s.polarity) for s in refusal.stances], claims(ann)


@pytest.mark.parametrize("denial", ["There is no axis.", "That is not true."])
def test_a_denial_of_what_was_said_is_no_refusal_against_the_other_side(denial):
    """In a two-state quarrel, "There is no axis" or "That is not true" denies what someone said of the
    speaker's side: no stance against the other side for it."""
    text = (
        "KATHMANDU - Nepal and India argue over Lipulekh. Nepal says Lipulekh is Nepali. India says the"
        " road lies in India. India sent troops, and Nepal sent a note to India.\n\n"
        f"Nepal's Foreign Minister Arzu Deuba said: \"{denial}\" She said: \"Nepal will never give up"
        ' Lipulekh."\n'
    )
    ann = draft(rules_only(), text)
    said = {ann.article.text[c.span.start : c.span.end]: c for c in ann.claims}
    refusal = said["Nepal will never give up Lipulekh."]
    assert ("india", -1) not in [(s.target, s.polarity) for s in said[denial].stances], claims(ann)
    assert ("india", -1) in [(s.target, s.polarity) for s in refusal.stances], claims(ann)


# --- article18, session 18: a wire's own notes in the article's voice (a toll, what it could not verify)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Border row\n\nLOME (Reuters) - Togo said Ghanaian troops had crossed the river near Aflao. "
            "Reuters could not independently confirm the account.\n",
            "Reuters could not independently confirm the account.",
        ),
        (
            "Lake row\n\nKampala says its boats were boarded; Nairobi says they were in Kenyan waters. "
            "Neither account could be verified.\n",
            "Neither account could be verified.",
        ),
        (
            "Ferry stopped\n\nGreece said its patrol boat stopped a Turkish ferry off Lesbos on Monday. "
            "No one was hurt.\n",
            "No one was hurt.",
        ),
        (
            "Pier fire\n\nFishermen and the harbour police clashed at the pier in Tema on Sunday. "
            "Four people were taken to hospital in Accra.\n",
            "Four people were taken to hospital in Accra.",
        ),
    ],
)
def test_a_wires_toll_or_what_it_could_not_verify_is_the_articles_report(drafter, text, own):
    ann = draft(drafter, text)
    assert ("article", "asserted", own) in claims(ann), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Lake row\n\nKampala says three fishermen were killed by Kenyan police on the lake. Two people were "
        "wounded in a Kenyan drone strike on Tuesday.\n",
        "Lake row\n\nKampala says Kenyan police fired on its boats. Three fishermen were killed, police "
        "said.\n",
        "Lake row\n\nKampala says Kenyan police fired on its boats. Reuters could not verify that Kenya "
        "sent the boats.\n",
    ],
)
def test_a_toll_that_says_by_whom_or_a_check_that_carries_the_charge_is_not_the_articles(drafter, text):
    """Whose act it was ("in a Kenyan drone strike"), or words carried after "verify that": the charge,
    never the article's fact."""
    ann = draft(drafter, text)
    last = text.strip().rsplit(". ", 1)[-1]
    ours = [c.quote for c in ann.claims if c.speaker == "article" and len(c.quote) > 20]
    assert not any(q in last for q in ours), claims(ann)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Lake row\n\nKampala accused Nairobi of arming poachers. Neither the Kenyan nor the Tanzanian "
            "government has commented.\n",
            "Neither the Kenyan nor the Tanzanian government has commented.",
        ),
        (
            "Lake row\n\nKampala accused Nairobi of arming poachers. Neither ministry would comment.\n",
            "Neither ministry would comment.",
        ),
        (
            "Lake row\n\nUganda's foreign ministry called the map \"a provocation\"; Kenya did not "
            "respond.\n",
            "Kenya did not respond.",
        ),
    ],
)
def test_no_comment_alone_or_after_someones_words_is_the_articles_report(drafter, text, own):
    """ "Neither X nor Y responded", and the last clause after a semicolon that only says someone did
    not answer: the article's report, though the words before it are someone's (article18)."""
    ann = draft(drafter, text)
    assert ("article", "asserted", own) in claims(ann), claims(ann)


def test_a_clause_after_someones_words_that_hedges_or_is_theirs_stays_theirs(drafter):
    text = (
        "Lake row\n\nUganda's foreign ministry called the map \"a provocation\"; Kenya reportedly did not "
        "respond.\n\nUganda said Kenyan boats had crossed; neither government has confirmed that Kenya "
        "armed them.\n"
    )
    ann = draft(drafter, text)
    ours = [c.quote for c in ann.claims if c.speaker == "article" or c.status == "asserted"]
    assert not any("respond" in q or "confirmed" in q for q in ours), claims(ann)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        (
            "Lake row\n\nKAMPALA, May 3 (Reuters) - Kenyan police boats crossed into Ugandan waters on Lake "
            "Victoria on Tuesday, Ugandan officials said, the third such incident this year.\n",
            "the third such incident this year",
        ),
        (
            "Lake row\n\nKAMPALA, May 3 (Reuters) - Uganda's marine police detained 14 Kenyan fishermen near "
            "Migingo on Tuesday, the police said, the largest such arrest on the lake since 2019.\n",
            "the largest such arrest on the lake since 2019",
        ),
    ],
)
def test_a_wires_comparison_after_a_closed_attribution_is_the_articles(drafter, text, own):
    """ "..., officials said, the third such incident this year.": the wire's own measure (article18)."""
    ann = draft(drafter, text)
    assert ("article", "asserted", own) in claims(ann), claims(ann)


def test_a_comparison_inside_someones_words_stays_theirs(drafter):
    """Not when the words run on to it ("X said that a boat fired ..., the third such incident"): theirs."""
    text = (
        "Lake row\n\nUganda's police said on Sunday that Kenyan boats had rammed one of its patrols, the "
        "third such incident this year.\n"
    )
    ann = draft(drafter, text)
    assert not any(c.speaker == "article" and "such incident" in c.quote for c in ann.claims), claims(ann)


def test_a_claim_to_land_after_a_lead_does_not_make_the_lead_contested(drafter):
    """ "..., an islet that both countries claim": a claim to territory, not a contested charge; the
    lead's act before the attributed words stays the article's (article18)."""
    text = (
        "Lake row\n\nKAMPALA, May 3 - Uganda on Tuesday demanded the release of nine fishermen it said "
        "were held by Kenyan police near Migingo, an island that both countries claim.\n"
    )
    ann = draft(drafter, text)
    own = "Uganda on Tuesday demanded the release of nine fishermen"
    assert ("article", "asserted", own) in claims(ann), claims(ann)


# --- neverfact18 (session 18): a charge repeated by pronoun, carried by a noun, held up next ----


def test_officials_who_repeat_a_charge_by_pronoun_make_it_theirs(drafter):
    """ "The charge that A ... Officials have nonetheless repeated it since 2022, when B": the
    officials' allegation, never the article's fact; the when-clause dating it is the article's."""
    text = (
        "Lake row\n\nThe charge that Ugandan police smuggle fish across the lake has never been proven, and "
        "Kampala denies it. Kenyan officials have nonetheless repeated it since March 2021, when the country "
        "closed the Busia crossing for a week.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "have nonetheless repeated it")
    assert (c.speaker, c.status) == ("unnamed-kenyan-officials", "alleged"), claims(ann)
    assert "when the country" not in c.quote, claims(ann)
    assert ("article", "asserted", "when the country closed the Busia crossing for a week.") in claims(ann)
    c = claim_of(ann, "The charge that")  # the charge itself, in no one's name
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged"), claims(ann)


def test_repeating_an_assurance_by_pronoun_is_a_report(drafter):
    """After an assurance, not a charge ("he has said the same"), "X repeated it" is X's report."""
    text = (
        "Lake row\n\nKenya's president told parliament that Kenya would never close the lake to Ugandan "
        "boats, and he has said the same to Ugandan visitors. Foreign Minister Musalia Mudavadi repeated it "
        "on Tuesday.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "repeated it on Tuesday")
    assert (c.speaker, c.status) == ("musalia-mudavadi", "reported"), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "The charge that Ugandan police smuggle fish across the lake has never been proven.\n",
        "Reports that Ugandan troops crossed into Kenya could not be verified.\n",
        "The suspicion that Kenya pays the smugglers has surfaced again in Kampala.\n",
        "There are accusations that Ugandan customs officers are paid to look away.\n",
    ],
)
def test_a_charge_carried_by_a_noun_in_no_ones_name_is_alleged(drafter, text):
    """ "The charge that ...", "Reports that ...", "There are accusations that ...": a charge the
    article passes on in no one's name: the unknown speaker's, alleged (not left undrafted)."""
    ann = draft(drafter, "Lake row\n\n" + text)
    body = [(c.speaker, c.status) for c in ann.claims if c.span.start > len("Lake row")]
    assert body == [("unknown-speaker", "alleged")], claims(ann)


@pytest.mark.parametrize(
    "after",
    [
        "Kampala insists on it.",
        "Kampala maintains that account.",
        "Kampala stands by the accusation.",
        "Kampala has said as much for years.",
        "Kampala offered no evidence.",
        "No proof has been offered.",
        "That is Kampala's line.",
    ],
)
def test_a_sentence_held_up_as_someones_next_is_never_the_articles(drafter, after):
    """ "Kenya paid the smugglers. Kampala maintains it.": the first sentence is Kampala's charge."""
    text = f"Lake row\n\nKenya paid the smugglers on the lake. {after}\n"
    ann = draft(drafter, text)
    as_fact = [c for c in ann.claims if c.speaker == "article" or c.status == "asserted"]
    assert not any("paid the smugglers" in c.quote for c in as_fact), claims(ann)


def test_a_view_named_at_the_end_of_a_sentence_is_someones(drafter):
    """ "Kenya paid the smugglers, in Kampala's view.": Kampala's view, never the article's fact."""
    ann = draft(drafter, "Lake row\n\nKenya paid the smugglers on the lake, in Kampala's view.\n")
    body = [c for c in ann.claims if c.span.start > len("Lake row")]
    assert not any(c.speaker == "article" or c.status == "asserted" for c in body), claims(ann)


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "Uganda is also accused of smuggling gold out of Kenya.\n",
            "Uganda is also accused of smuggling gold out of Kenya.",
        ),
        (
            "Uganda is accused of moving cattle across the border, a charge Kampala rejects.\n",
            "Uganda is accused of moving cattle across the border",
        ),
    ],
)
def test_a_passive_accusation_with_no_accuser_is_the_unknown_speakers(drafter, text, charge):
    """ "X is also accused of Y" with no one who accuses: alleged, in no one's name (not the accused's,
    as when an "of" later in the charge was read as "accused A of B")."""
    ann = draft(drafter, "Lake row\n\n" + text)
    assert ("unknown-speaker", "alleged", charge) in claims(ann), claims(ann)


def test_a_passive_accusation_inside_someones_words_stays_theirs(drafter):
    """ "Analysts note that X, which has been accused of ...": the analysts' words, no unnamed charge."""
    text = "Lake row\n\nAnalysts note that Uganda, which has been accused of smuggling, shut the border.\n"
    ann = draft(drafter, text)
    assert not any(c.speaker == "unknown-speaker" for c in ann.claims), claims(ann)


def test_a_hedged_clause_after_someones_words_is_alleged_in_no_ones_name(drafter):
    """ "Officials in Kampala say A, although Kenya is believed to have moved ...": the hedged clause
    after the speaker's words is neither theirs nor left out: the unknown speaker's, alleged."""
    text = (
        "Lake row\n\nOfficials in Kampala say the navy has been told to avoid Kenyan boats, although Kenya "
        "is believed to have moved a second patrol boat to Migingo on Monday.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "is believed to have moved")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged"), claims(ann)
    assert c.quote.startswith("Kenya is believed"), claims(ann)


# --- stances18b, session 18: a rebuttal against the speaker of the words it answers


@pytest.mark.parametrize(
    "answer",
    [
        '"That is not true," said Moses Okello, a fisherman from Migingo.',
        'Moses Okello, a fisherman, said: "The ministry is lying."',
        '"That\'s simply not true," said Moses Okello, a fisherman from Migingo.',
    ],
)
def test_a_rebuttal_is_against_the_speaker_of_the_words_it_answers(answer):
    """ "That is not true." / "The ministry is lying." after the ministry's words: against the ministry."""
    text = (
        "Lake row\n\nKenya's interior ministry said on Monday that the fishermen had been warned twice "
        f"before their boats were seized.\n\n{answer}\n"
    )
    c = claim_of(draft(rules_only(), text), "ministry is lying" if "lying" in answer else "not true")
    assert ("kenyan-interior-ministry", -1) in {(s.target, s.polarity) for s in c.stances}, c.stances


def test_a_rebuttal_of_ones_own_side_takes_no_stance():
    """Not when the nearest words before are the speaker's own side's (nothing answered there)."""
    text = (
        "Lake row\n\nKenya's interior ministry said on Monday that the fishermen had been warned twice.\n\n"
        '"That is not true," Kenya\'s foreign ministry said of a Ugandan report.\n'
    )
    c = claim_of(draft(rules_only(), text), "not true")
    assert "kenyan-interior-ministry" not in {s.target for s in c.stances}, c.stances


def test_a_cue_that_ends_a_compound_is_no_act_of_the_claim():
    """ "the army-backed government blamed the RSF": "backed" describes the government (no support of
    the RSF); "blamed" is the claim's act (stances18b)."""
    from kb.extract.drafter import Draft

    text = "Abyei clashes\n\nIn Port Sudan, the army-backed government blamed the RSF too.\n"
    d = Draft(rules_only(), text)
    d.run()
    assert [phrase for _at, _kind, _polarity, phrase in d.all_cues(0, len(text))] == ["blamed"]


# --- audit18b: errors a careful reader sees in drafts of fresh news -------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Rebels row\n\nKAMPALA, May 3 - Uganda's army, which is fighting the Allied Democratic Forces, "
            "has accused Kenya of sheltering the rebels.\n",
            "ugandan-army",
            "sheltering the rebels",
        ),
        (
            "Bloc row\n\nLUSAKA, May 3 - The Southern African Development Community, which groups Zambia "
            "with Malawi, Angola, Namibia and twelve other states, said it would send observers.\n",
            "sadc",
            "send observers",
        ),
    ],
)
def test_a_relative_clause_after_the_subject_does_not_lend_it_a_speaker(drafter, text, speaker, words):
    """ "X, which is fighting Y, has accused ...", "X, which groups A with B and twelve other states,
    said": X speaks, not the last actor of the relative clause ("has" after it, "states" a noun)."""
    ann = draft(drafter, text)
    assert claim_of(ann, words).speaker == speaker, claims(ann)


def test_a_role_in_apposition_reaches_over_a_rank_to_the_name(drafter):
    """ "Kenya's defence minister, General X,", "Al-Shabaab's deputy leader, Sheikh Y,": the role and
    whose it is, not the rank alone (a group's possessive ties the person to the group)."""
    text = (
        "Border row\n\nNAIROBI, May 3 - Kenya's defence minister, General Otieno Wekesa, said on Monday the "
        "border was calm. Al-Shabaab's deputy leader, Sheikh Hassan Abdi Warsame, rejected the talks.\n"
    )
    ann = draft(drafter, text)
    people = {a.id: a for a in ann.actors}
    wekesa, warsame = people["otieno-wekesa"], people["hassan-abdi-warsame"]
    assert "defence minister" in [r[0] for r in wekesa.roles] and "kenya" in wekesa.affiliation, wekesa
    assert "deputy leader" in [r[0] for r in warsame.roles] and "al-shabaab" in warsame.affiliation, warsame


def test_a_possessive_pronoun_is_no_part_of_a_role(drafter):
    """ "Its secretary-general, X,": the role is "secretary-general", not "Its secretary-general" nor
    "general"."""
    text = (
        "Bloc row\n\nARUSHA, May 3 - The East African Community met on Monday. Its secretary-general, "
        "Peter Mathuki Ouma, said talks would start.\n"
    )
    ann = draft(drafter, text)
    ouma = next(a for a in ann.actors if a.id == "peter-mathuki-ouma")
    assert [r[0] for r in ouma.roles] == ["secretary-general"], ouma.roles


def test_an_accusation_rejected_after_someones_words_is_the_deniers(drafter):
    """ "X said ... that the dam had cut the flow, an accusation Uganda rejected.": Uganda's denial
    (reported), never words of no one's."""
    text = (
        "Lake row\n\nKAMPALA, May 3 - Kenya accused Uganda of stealing its fish, an accusation Uganda "
        "rejected.\n"
    )
    ann = draft(drafter, text)
    denial = claim_of(ann, "an accusation Uganda rejected")
    assert (denial.speaker, denial.status) == ("uganda", "reported"), claims(ann)


def test_said_in_a_statement_without_that_starts_the_words_after_it(drafter):
    """ "X said in a statement (on Monday) it was ...": the statement is where, the words come after."""
    text = (
        "Lake row\n\nARUSHA, May 3 - The East African Community said in a statement it was worried about "
        "the fishing ban. Uganda said in a statement on Monday the boats had left.\n"
    )
    ann = draft(drafter, text)
    quotes = [c.quote for c in ann.claims]
    assert "it was worried about the fishing ban." in quotes and "the boats had left." in quotes, claims(ann)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lake row\n\nKAMPALA, May 3 - Boats sank.\n\nOpposition politicians in Kenya accused Uganda of "
         "bullying.\n",
         "bullying"),
        ("Lake row\n\nKAMPALA, May 3 - Boats sank.\n\nPeople in Kampala said they were afraid of the "
         "storms.\n",
         "afraid of the storms"),
        ("Coup\n\nN'DJAMENA, May 3 - Soldiers took power.\n\nResidents of N'Djamena said the streets were "
         "quiet.\n",
         "the streets were quiet"),
    ],
)
def test_people_in_a_place_speak_not_the_state(drafter, text, words):
    """ "Opposition politicians in Kenya accused ...", "Residents of N'Djamena said ...": unnamed people
    of the place speak, never the state its name stands for."""
    ann = draft(drafter, text)
    c = claim_of(ann, words)
    assert c.speaker not in ("kenya", "uganda", "chad") and c.speaker.startswith("unnamed"), claims(ann)


def test_a_state_officials_saying_after_a_role_in_apposition_is_the_persons(drafter):
    """ "Kenya's fisheries minister, X, walked out ..., saying A": X's words, not Kenya's."""
    text = (
        "Lake row\n\nKAMPALA, May 3 - Boats sank.\n\nKenya's fisheries minister, Joho Kamau Otieno, left "
        "the talks on Sunday, saying Uganda had ignored every offer.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "ignored every offer").speaker == "joho-kamau-otieno", claims(ann)


def test_a_states_office_after_an_adverb_is_the_named_holder(drafter):
    """ "Kenya's prime minister has repeatedly said A" after "Kenyan Prime Minister X": X speaks (the
    one person of that office and state), not Kenya."""
    text = (
        "Lake row\n\nKAMPALA, May 3 - Boats sank.\n\nKenyan Prime Minister Musa Ole Kitur said on Monday "
        "the talks were over. Kenya's prime minister has repeatedly said his country wants calm.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "wants calm").speaker == "musa-ole-kitur", claims(ann)


def test_words_told_an_outlet_without_that_start_after_it(drafter):
    """ "X told the Daily Nation the navy was ready": through the outlet, the words after its name."""
    text = (
        "Lake row\n\nKAMPALA, May 3 - Boats sank.\n\nA retired colonel, Peter Wafula Simiyu, told the Daily "
        "Nation the coastguard was ready.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "coastguard was ready")
    want = ("peter-wafula-simiyu", "daily-nation", "the coastguard was ready.")
    assert (c.speaker, c.via, c.quote) == want, claims(ann)


def test_a_relative_clause_holding_a_list_with_the_is_one_aside(drafter):
    """ "X, which groups A with B, the C and seven other states, said": the aside opens at "which",
    not at ", the C" inside it (which left B to speak)."""
    text = (
        "Bloc row\n\nLIBREVILLE, May 3 - Boats sank.\n\nThe Economic Community of West African States, which "
        "groups Ghana with Togo, Benin, the Gambia and eleven other states, said it would send envoys.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "send envoys").speaker == "ecowas", claims(ann)


def test_a_number_and_a_region_before_officials_is_no_person(drafter):
    """ "Two Gulf officials said ..." and "the Gulf" later: no person "Two Gulf" (nor "Gulf" as his name)."""
    text = (
        "Gulf row\n\nDUBAI, May 3 - Boats sank.\n\nTwo Gulf officials, speaking on condition of anonymity, "
        "said Riyadh was trying to mediate. Gulf leaders will meet in Doha, and the Gulf must stay united, "
        "Gulf said.\n"
    )
    ann = draft(drafter, text)
    assert not any(a.type == "person" and a.label.startswith("Two") for a in ann.actors), ann.actors


def test_which_x_denies_at_the_end_of_someones_words_is_the_reported_denial(drafter):
    """ "Kenya says Uganda is arming the rebels, which Kampala denies.": Kenya's allegation ends before
    ", which"; the denial is the article's report of Uganda's answer (as for "a charge Kampala denies")."""
    text = (
        "Lake row\n\nKAMPALA, May 3 - Boats sank.\n\nKenya says Uganda is arming the rebels, which Kampala "
        "denies.\n"
    )
    ann = draft(drafter, text)
    said = claim_of(ann, "arming the rebels")
    want = ("kenya", "alleged", "Uganda is arming the rebels")
    assert (said.speaker, said.status, said.quote) == want, claims(ann)
    denial = claim_of(ann, "which Kampala denies")
    assert denial.kind == "rejection" and denial.speaker in ("article", "uganda"), claims(ann)


# --- audit18a: a new user's audit of fresh Latin American wire stories ---------------------------


def test_a_portfolio_minister_keeps_the_portfolio_and_the_demonym(drafter):
    """ "Bolivian Interior Minister X": the role is the whole title (not "Minister"), and the
    demonym before it ties X to the state; "the group's secretary-general, Y": not "general"."""
    text = (
        "Border row\n\nBolivian Interior Minister Jorge Saavedra said on Monday that smugglers had "
        "crossed from Paraguay.\n\nThe group's secretary-general, Anne Kowalski, said the talks would "
        "resume.\n"
    )
    ann = draft(drafter, text)
    by_id = {a.id: a for a in ann.actors}
    saavedra, kowalski = by_id["jorge-saavedra"], by_id["anne-kowalski"]
    assert [r[0] for r in saavedra.roles] == ["Bolivian Interior Minister"], saavedra
    assert "bolivia" in saavedra.affiliation
    assert [r[0] for r in kowalski.roles] == ["secretary-general"], kowalski


def test_what_it_called_is_the_subjects_words_not_the_last_speakers(drafter):
    """ "Ecuador's government blamed the shortage on what it called ...": "it" is the sentence's
    subject, not the World Bank that spoke before; the blame is Ecuador's, alleged."""
    text = (
        "River row\n\nThe World Bank said it had sent engineers to the dam.\n\nEcuador's government "
        'blamed the shortage on what it called a campaign against farmers led by "foreign companies."\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "what it called")
    assert (c.speaker, c.status) == ("ecuadorian-government", "alleged"), claims(ann)
    assert c.quote.startswith("blamed the shortage"), c.quote


def test_a_subject_that_blames_something_on_another_is_the_speaker(drafter):
    """ "The Bolivian government blamed the shortage on Peru.": the government's charge (alleged),
    not an unknown speaker's."""
    ann = draft(drafter, "River row\n\nThe Bolivian government blamed the shortage on Peru.\n")
    c = claim_of(ann, "blamed the shortage")
    assert (c.speaker, c.status) == ("bolivian-government", "alleged"), claims(ann)


def test_the_us_official_is_an_unnamed_official_not_the_state(drafter):
    """ '"...," the U.S. official said': one unnamed official of the state, as "the Brazilian official"."""
    ann = draft(drafter, 'Lake row\n\n"If the rain comes, this ends," the U.S. official said.\n')
    c = claim_of(ann, "If the rain comes")
    assert c.speaker == "unnamed-us-official", claims(ann)


def test_said_little_in_public_is_no_words(drafter):
    """ "X has said little in public about the dispute": no claim of X's words "little in public";
    "said nothing had changed" still is X's words."""
    text = (
        "Lake row\n\nPresident Ana Vieira has said little in public about the dispute.\n\n"
        "She said nothing had changed.\n"
    )
    ann = draft(drafter, text)
    little = [c for c in ann.claims if c.speaker == "ana-vieira" and c.quote.startswith("little")]
    assert not little, claims(ann)
    assert ("ana-vieira", "reported", "nothing had changed.") in claims(ann), claims(ann)


def test_a_politician_of_a_party_is_affiliated_to_it(drafter):
    """ "Senator X of the right-wing Y Party", "Governor Z, a member of the opposition W Party": X
    and Z belong to their parties (not "Juan Soto of Peru": a party only, for the form after a name)."""
    text = (
        "Port row\n\nSenator Ana Ruiz of the right-wing Republican Party said the crisis was serious.\n\n"
        "Governor Adriana Quintero, a member of the opposition National Action Party, said it was not.\n"
    )
    ann = draft(drafter, text)
    by_id = {a.id: a for a in ann.actors}
    assert "republican-party" in by_id["ana-ruiz"].affiliation, by_id["ana-ruiz"]
    assert "national-action-party" in by_id["adriana-quintero"].affiliation, by_id["adriana-quintero"]


def test_what_those_arrested_are_suspected_of_is_no_charge_against_the_police(drafter):
    """ "police had arrested 12 people suspected of smuggling fuel": the police's act, not an
    accusation against them ("Paraguay accused Bolivia of smuggling fuel" still is one)."""
    text = (
        "Lake row\n\nUruguay's foreign ministry said Uruguayan police had arrested 12 people suspected of "
        "smuggling fuel.\n\nParaguay accused Bolivia of smuggling fuel.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "arrested 12 people").kind != "accusation", claims(ann)
    assert claim_of(ann, "accused Bolivia").kind == "accusation", claims(ann)


def test_a_states_interim_government_is_its_government_not_the_state(drafter):
    """ "Bolivia's interim government condemned ...": the government body speaks, as for "Bolivia's
    government"; "the transitional government" later is the same body."""
    text = (
        "Port row\n\nBolivia's interim government condemned the killing but called the closure "
        '"disproportionate."\n\nThe transitional government said it would reopen the border.\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "condemned the killing").speaker == "bolivian-government", claims(ann)
    assert claim_of(ann, "reopen the border").speaker == "bolivian-government", claims(ann)


def test_accused_by_someone_is_the_accusers_words_not_the_accused(drafter):
    """ "Colombia has been accused by Venezuela of harbouring rebels": Venezuela's charge (alleged)
    against Colombia, never Colombia's words; "by rights groups": those unnamed groups'."""
    text = (
        "Gang row\n\nColombia has been accused by Venezuela of harbouring rebels.\n\n"
        "Peru was accused by rights groups of abuses.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "harbouring rebels")
    assert (c.speaker, c.status) == ("venezuela", "alleged"), claims(ann)
    assert claim_of(ann, "of abuses").speaker == "unnamed-rights-groups", claims(ann)


def test_south_america_is_no_actor_and_ecuadorean_is_a_demonym(drafter):
    """ "one of South America's busiest routes": neither the United States nor a person named
    "South America"; "the Ecuadorean president" (the wires' spelling) is Ecuador's."""
    text = (
        "Trade row\n\nThe route is one of South America's busiest, officials in Quito said.\n\n"
        "The Ecuadorean president said it was fine.\n"
    )
    ann = draft(drafter, text)
    ids = {a.id for a in ann.actors}
    assert "united-states" not in ids and "south-america" not in ids, ids
    assert "ecuador" in next(a for a in ann.actors if a.id == "ecuadorean-president").affiliation


def test_an_outlet_named_at_the_end_of_a_sentence_leaves_the_full_stop(drafter):
    """ "..., according to the newspaper El Comercio.": the outlet is "El Comercio", not "El Comercio."."""
    ann = draft(drafter, "Trade row\n\nTrucks were waiting, according to the newspaper El Comercio.\n")
    outlet = next(a for a in ann.actors if a.id == "el-comercio")
    assert [x for x in outlet.aliases] == ["El Comercio"], outlet.aliases


# --- audit18d: errors a reader sees in drafts of fresh Asia-Pacific news ---------------------------


def test_a_quotation_whose_speaker_has_an_apposition_before_the_verb_is_the_speakers(drafter):
    """ '"...," Tomas Reyes, a spokesman for the Indonesian navy, told reporters.': the name before
    the comma, not the next sentence's speaker (audit18d)."""
    text = (
        "Patrol row\n\n\"Our ships will stay in the area,\" Tomas Reyes, a spokesman for the Indonesian "
        "navy, told reporters in Jakarta. Malaysia said it would send a protest note.\n"
    )
    ann = draft(drafter, text)
    assert ("tomas-reyes", "reported", "Our ships will stay in the area") in claims(ann), claims(ann)


def test_an_age_before_a_noun_describes_the_person_named_before(drafter):
    """ "The 52-year-old diplomat said ...": the person just named, not a new unnamed source (audit18d)."""
    text = (
        "Envoy row\n\nThailand recalled Ambassador Somchai Wongsa from Phnom Penh on Monday. The "
        "52-year-old diplomat said the talks had broken down.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "the talks had broken down").speaker == "somchai-wongsa", claims(ann)
    assert not any(a.id.startswith("unnamed") for a in ann.actors), [a.id for a in ann.actors]


def test_a_pronoun_after_a_comma_is_the_speaker_not_a_place_before_it(drafter):
    """ 'Dhaka would "reconsider the deal" with Tokyo, she said': "she", not Japan (audit18d)."""
    text = (
        "Border row\n\nBangladeshi Foreign Minister Nasima Akter said she had summoned the envoy. Dhaka "
        "would \"reconsider the deal\" with Tokyo, she said, without giving details.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "reconsider the deal").speaker == "nasima-akter", claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Reef ruling\n\nA court in Singapore found that Malaysia's sweeping claims had no legal basis.\n",
        "Reef ruling\n\nThe panel found that Vietnam's expansive claims have no legal basis.\n",
    ],
)
def test_a_possessive_before_claims_makes_it_a_noun_not_the_owners_words(drafter, text):
    """ "Malaysia's sweeping claims had no legal basis": a noun; Malaysia says nothing (audit18d)."""
    ann = draft(drafter, text)
    assert not any(c.speaker in ("malaysia", "vietnam") for c in ann.claims), claims(ann)


def test_an_unnamed_source_is_not_labelled_unnamed_twice(drafter):
    """ "an unnamed naval officer said": "unnamed naval officer", not "unnamed unnamed ..." (audit18d)."""
    ann = draft(drafter, "Drill row\n\nAn unnamed naval officer said the drills would go ahead.\n")
    labels = [a.label for a in ann.actors if a.unnamed]
    assert labels == ["unnamed naval officer"], labels


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Dewi Lestari, a senior fellow at the Habibie Center in Jakarta, said the deal was fragile.",
         "habibie-center"),
        ("Dewi Lestari, a professor of politics at Gadjah Mada University, said the deal was fragile.",
         "gadjah-mada-university"),
    ],
)
def test_an_analyst_at_an_institute_is_of_the_institute(drafter, sentence, org):
    """ "X, a senior fellow at the Y Center": X is of Y, whatever the noun before "at"; and X's
    words about a state ("Beijing wants ...") do not make X that state's (audit18d)."""
    text = f"Deal row\n\n{sentence} \"Beijing wants a foothold,\" she said.\n"
    ann = draft(drafter, text)
    dewi = next(a for a in ann.actors if a.id == "dewi-lestari")
    assert list(dewi.affiliation) == [org], dewi.affiliation


def test_states_joined_in_a_sentences_subject_hold_its_attitude_together(drafter):
    """ "Indonesia and Singapore also voiced concern.": not Indonesia against Singapore; "Indonesia
    and Singapore criticised Beijing": both against China (audit18d)."""
    text = (
        "Reef row\n\nThe Philippines accused China of blocking a supply boat. Indonesia and Singapore also "
        "voiced concern. Indonesia and Singapore criticised Beijing over the incident.\n"
    )
    ann = draft(drafter, text)
    concern = claim_of(ann, "voiced concern")
    assert not any(s.target in ("indonesia", "singapore") for s in concern.stances), concern.stances
    held = {(s.holder, s.target, s.polarity) for s in claim_of(ann, "criticised Beijing").stances}
    assert {("indonesia", "china", -1), ("singapore", "china", -1)} <= held, held


def test_an_ambassador_to_a_state_is_of_the_state_that_sends_them(drafter):
    """ "Japanese Ambassador to Indonesia Hiro Sato": of Japan, with the whole title (audit18d)."""
    text = "Visa row\n\nJapanese Ambassador to Indonesia Hiro Sato said the rules would be eased.\n"
    ann = draft(drafter, text)
    sato = next(a for a in ann.actors if a.id == "hiro-sato")
    assert list(sato.affiliation) == ["japan"], sato
    assert [r for r, _ in sato.roles] == ["Japanese Ambassador to Indonesia"], sato.roles


def test_a_relative_that_inside_reported_words_does_not_cut_them(drafter):
    """ "said Fiji was a small nation that could not be bullied": the whole clause, not what follows
    "that" (main read "Fiji was a small nation" as whom it was told) (audit18d)."""
    text = (
        "Aid row\n\nFijian Prime Minister Ratu Naiqama spoke on Monday. The minister said Fiji was a small "
        "nation that could not be bullied.\n"
    )
    ann = draft(drafter, text)
    assert any(c.quote.startswith("Fiji was a small nation") for c in ann.claims), claims(ann)


def test_quoted_name_with_an_apposition_naming_another_is_the_speaker(drafter):
    """ "Xinhua quoted Wang Lei, an aide to Premier Li Qiang, as saying ...": Wang Lei's words, through
    Xinhua, not Li Qiang's (audit18d)."""
    text = (
        "Trade row\n\nXinhua quoted Wang Lei, an aide to Premier Li Qiang, as saying that the tariffs "
        "would hurt both sides.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "the tariffs would hurt")
    assert (c.speaker, c.via) == ("wang-lei", "xinhua"), (c.speaker, c.via)


def test_an_accusation_after_and_with_its_own_subject_is_not_the_first_clauses(drafter):
    """ "Laos signed a dam deal last year, and Western governments have accused Cambodia of ...": never
    Laos's accusation (main took the first clause's subject) (audit18d)."""
    text = (
        "Dam row\n\nLaos signed a dam deal with Vietnam last year, and Western governments have accused "
        "Cambodia of hiding the costs.\n"
    )
    ann = draft(drafter, text)
    states = ("laos", "vietnam", "cambodia")
    assert not any(c.speaker in states and "accused" in c.quote for c in ann.claims), claims(ann)


def test_a_national_security_council_is_not_the_un_security_council(drafter):
    """ "a meeting of the National Security Council": the state's own body, not the UN's (audit18d)."""
    text = "Missile row\n\nPresident Marcos convened a meeting of the National Security Council.\n"
    ann = draft(drafter, text)
    assert "un-security-council" not in [a.id for a in ann.actors], [a.id for a in ann.actors]


def test_his_spokeswoman_is_of_the_person_named_before_not_the_body(drafter):
    """ "President X met the House Defence Commission. His spokeswoman, Y, said": of X's
    state, not of the committee named last (audit18d)."""
    text = (
        "Missile row\n\nIndonesian President Budi Santoso met the House Defence Commission on Friday. His "
        "spokeswoman, Rina Wati, said the president had ordered a review.\n"
    )
    ann = draft(drafter, text)
    rina = next(a for a in ann.actors if a.id == "rina-wati")
    assert list(rina.affiliation) == ["indonesia"], rina.affiliation


def test_told_whom_that_then_and_keeps_whom_out_of_the_first_claim(drafter):
    """ "X told reporters in Hanoi that A and accused B of ...": A without "reporters in Hanoi that"
    (audit18d)."""
    text = (
        "Sea row\n\nVietnamese Foreign Minister Tran Duc Long told reporters in Hanoi that the patrols would "
        "continue and accused China of harassing fishermen.\n"
    )
    ann = draft(drafter, text)
    assert any(c.quote.startswith("the patrols would continue") for c in ann.claims), claims(ann)


# --- audit18c: generic errors of fresh wire stories (Europe, Russia, Central Asia) ------------------


def test_an_outlet_at_the_end_of_a_sentence_is_named_without_the_full_stop(drafter):
    """ "..., according to the state news agency Ayan.": the outlet is "Ayan", not "Ayan." (audit18c)."""
    text = "Port row\n\nThe talks failed on Monday, the minister said, according to the news agency Ayan.\n"
    ann = draft(drafter, text)
    labels = [a.label for a in ann.actors]
    assert "Ayan" in labels and "Ayan." not in labels, labels


def test_a_border_service_is_a_states_body_and_the_service_speaks_later(drafter):
    """ "The Armenian border service said ...; "...," the service said": the service's words, not the
    last body's before it (audit18c)."""
    text = (
        "Border row\n\nAzerbaijan's defence ministry said Armenian troops had fired on its posts.\n\n"
        "The Armenian border service said Azerbaijani soldiers had crossed the line first. "
        '"We answered a provocation," the service said.\n'
    )
    ann = draft(drafter, text)
    speakers = {c.quote: c.speaker for c in ann.claims}
    service = next(a.id for a in ann.actors if a.label == "Armenian border service")
    assert speakers.get("We answered a provocation") == service, claims(ann)
    assert any(c.speaker == service and "crossed the line first" in c.quote for c in ann.claims), claims(ann)


def test_a_firm_named_by_its_noun_is_an_organisation_and_the_company_speaks_for_it(drafter):
    """ "pipeline operator Transgaz said", later "The company said": the firm, not the think tank named
    between them (audit18c)."""
    text = (
        "Gas row\n\nFlows stopped on Sunday, pipeline operator Transgaz said in a statement.\n\n"
        '"Prices will climb," said Ana Popa, an analyst at the Romanian Energy Center.\n\n'
        "The company said supplies to households were not at risk.\n"
    )
    ann = draft(drafter, text)
    firm = next(a for a in ann.actors if a.label == "Transgaz")
    assert firm.type == "organization"
    assert any(c.speaker == firm.id and "Flows stopped" in c.quote for c in ann.claims), claims(ann)
    assert any(c.speaker == firm.id and "not at risk" in c.quote for c in ann.claims), claims(ann)


def test_a_title_with_its_name_in_apposition_makes_no_unnamed_source(drafter):
    """ "said its secretary general, Omar Baimenov, had ...": one named person, no "unnamed secretary
    general" beside him (audit18c)."""
    text = "Gas row\n\nThe Eurasian Economic Union said its secretary general, Omar Baimenov, had met them.\n"
    ann = draft(drafter, text)
    assert not any(a.unnamed for a in ann.actors), [a.id for a in ann.actors]
    assert "omar-baimenov" in {a.id for a in ann.actors}


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said the spokesman, Pavel Orlov.", "pavel-orlov"),
        ("said its chairman, Olga Ivanova.", "olga-ivanova"),
        ("said Georgia's deputy foreign minister, Levan Beridze, on Monday.", "levan-beridze"),
    ],
)
def test_a_lower_case_title_then_a_name_after_a_quotation_is_that_persons(drafter, attribution, speaker):
    """ '"...," said the spokesman, Pavel Orlov.': Orlov's words, not those of the spokesman quoted
    before (whom "the spokesman" alone would stand for), of the body or of the state (audit18c)."""
    text = (
        'Gas row\n\nThe Eurasian Economic Union met on Monday. "We are not," said spokesman Oleg Sidorov.\n\n'
        f'"We are late," {attribution}\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "We are late").speaker == speaker, claims(ann)


def test_a_police_rank_is_a_title_not_part_of_the_name(drafter):
    """ "Detective Chief Inspector Marko Lehtinen", "Chief Superintendent Tom Ray": the person is
    named without the rank, which is the role; "Police Inspector X said" is X's claim (audit18c)."""
    text = (
        "Ship row\n\nPolice Inspector Anna Berg said the ferry was seized. Chief Superintendent Tom Ray "
        "said the crew was held.\n\nDetective Chief Inspector Karl Aas told reporters the anchor was cut.\n"
    )
    ann = draft(drafter, text)
    people = {a.id: a for a in ann.actors}
    assert {"anna-berg", "tom-ray", "karl-aas"} <= set(people), list(people)
    assert "Detective Chief Inspector" in [r for r, _ in people["karl-aas"].roles], people["karl-aas"]
    assert claim_of(ann, "ferry was seized").speaker == "anna-berg", claims(ann)


def test_a_government_spokesman_speaks_for_the_subject_not_the_state_in_its_object(drafter):
    """ "Serbia rejects Moscow's offer. A government spokesman, X, said ...": Serbia's spokesman, not
    Russia's (the state named last in the paragraph, in the object of its sentence) (audit18c)."""
    text = (
        "Gas row\n\nSerbia turned down Moscow's offer on Monday. A government spokesman, Milan Jovic, "
        "said Belgrade would buy gas elsewhere.\n"
    )
    ann = draft(drafter, text)
    jovic = next(a for a in ann.actors if a.id == "milan-jovic")
    assert jovic.affiliation == ("serbia",), jovic


def test_a_name_in_a_compound_inside_a_groupings_name_is_no_member(drafter):
    """ 'formed "an axis of Moscow-backed capitals"': Belarus and Serbia are said to be in it, Russia
    (the backer the compound names) is not (audit18c)."""
    text = 'Gas row\n\nA diplomat said Belarus and Serbia had formed "an axis of Moscow-backed capitals".\n'
    ann = draft(drafter, text)
    members = {m.member for m in ann.memberships}
    assert {"belarus", "serbia"} <= members and "russia" not in members, members


@pytest.mark.parametrize(
    "text",
    [
        "Row\n\nTransnistria declared independence from Moldova in 1990 and has kept Russian troops since.\n",
        "Row\n\nArmenia, which declared a state of emergency on Monday, closed its border.\n",
    ],
)
def test_declaring_independence_or_an_emergency_is_an_act_not_words(drafter, text):
    """ "X declared independence from Y in 1990": no claim of X's with "independence ..." as its
    words (audit18c)."""
    ann = draft(drafter, text)
    acts = ("independence", "a state of")
    assert not any(c.speaker != "article" and c.quote.startswith(acts) for c in ann.claims), claims(ann)


def test_a_clause_before_another_subjects_accusation_is_the_articles_report(drafter):
    """ "Bulgaria has threatened to close its airspace, while Romania has accused Moscow of ...": the
    first clause is the article's report of an act (as before ", while Romania said ..."), the second
    Romania's accusation (audit18c)."""
    text = (
        "Row\n\nBulgaria has threatened to close its airspace to Russian flights, while Romania has accused "
        'Moscow of "testing NATO every week".\n'
    )
    ann = draft(drafter, text)
    lead = "Bulgaria has threatened to close its airspace to Russian flights"
    assert ("article", "asserted", lead) in claims(ann), claims(ann)
    assert claim_of(ann, "accused Moscow").speaker == "romania", claims(ann)
    assert claim_of(ann, "accused Moscow").status == "alleged"


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("Anna Petrova told reporters the charges were absurd.", None),
        ("Anna Petrova told journalists on Monday the charges were absurd.", None),
        ("Anna Petrova told the BBC the charges were absurd.", "bbc"),
        ('Anna Petrova told reporters the charges were "absurd" and accused Kyiv of lying.', None),
    ],
)
def test_whom_one_told_without_that_is_not_part_of_the_words(drafter, sentence, via):
    """ "X told reporters the charges were absurd": the words start at "the charges"; an outlet told
    is the claim's via (audit18c)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    c = claim_of(ann, "charges were")
    assert c.quote.startswith("the charges were"), claims(ann)
    assert c.via == via, c


# --- audit19b ----------------------------------------------------------------------------------------


def test_a_denial_of_joining_blocs_names_no_grouping(drafter):
    """ 'X said Mongolia "does not join blocs aimed at anyone"': a negation inside the quotation is
    a denial, never a grouping's name (no bloc actor, nothing alleged of it) (audit19b)."""
    text = (
        "Row\n\nA spokeswoman for the Mongolian foreign ministry, Oyun Batbold, said Mongolia "
        '"will never join blocs aimed at its neighbours".\n'
    )
    ann = draft(drafter, text)
    assert not any(a.type == "bloc" for a in ann.actors), [a.id for a in ann.actors]
    assert not ann.memberships


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Seoul closed the crossing on Monday, Yonhap reported.", "yonhap"),
        ("Hanoi recalled its envoy, the Tuoi Tre newspaper reported.", "tuoi-tre"),
    ],
)
def test_an_outlet_that_reported_last_is_the_speaker(drafter, sentence, speaker):
    """ "CLAUSE, OUTLET reported.": the outlet's report, not nobody's (audit19b)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    c = claim_of(ann, sentence.split(",")[0])
    assert c.speaker == speaker and c.status != "asserted", claims(ann)


def test_our_correspondent_reports_is_no_source(drafter):
    """ "..., our correspondent reports.": the article's own reporter, never an unnamed source (audit19b)."""
    text = "Row\n\nAbout 300 people gathered outside the Kenyan embassy, our correspondent reports.\n"
    ann = draft(drafter, text)
    assert not any("correspondent" in a.id for a in ann.actors), [a.id for a in ann.actors]


def test_a_state_news_agency_and_its_name_are_one_outlet(drafter):
    """ "Mongolian state news agency Montsame reported": one outlet, Montsame, not a second
    "Mongolian state news agency" beside it (audit19b)."""
    text = "Row\n\nThe talks ended without a deal, Mongolian state news agency Montsame reported.\n"
    ann = draft(drafter, text)
    media = [a.id for a in ann.actors if a.type == "media"]
    assert media == ["montsame"], media
    assert claim_of(ann, "talks ended").speaker == "montsame", claims(ann)


def test_conduct_named_after_its_doer_is_not_the_speakers_own_side(drafter):
    """ 'A Foreign Office spokesman, X, said Britain was alarmed by the "reckless" conduct of the
    Iranian navy': the stance is towards the navy, never towards the speaker's own state (audit19b)."""
    text = (
        "Row\n\nBritish Foreign Office spokesman Tom Hale said London was alarmed by the "
        '"reckless and aggressive" conduct of the Iranian navy.\n'
    )
    ann = draft(drafter, text)
    targets = {s.target for s in claim_of(ann, "alarmed").stances}
    assert "united-kingdom" not in targets and targets, targets


@pytest.mark.parametrize("verb", ["hit back at", "fired back at"])
def test_hitting_back_at_someone_is_criticism(drafter, verb):
    """ "Tokyo hit back at Seoul on Friday.": a stance of Japan's against South Korea (audit19b)."""
    ann = draft(drafter, f"Row\n\nTokyo {verb} Seoul on Friday.\n")
    got = {(s.holder, s.target, s.polarity) for c in ann.claims for s in c.stances}
    assert ("japan", "south-korea", -1) in got, claims(ann)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("EU trade commissioner Petra Lind said the talks would resume.", "european-union"),
        ("NATO deputy secretary general Ola Berg said the talks would resume.", "nato"),
    ],
)
def test_a_bodys_name_before_a_portfolio_and_title_is_the_persons_body(drafter, sentence, body):
    """ "EU trade commissioner Petra Lind": of the EU, the portfolio's words between its name and
    the title (audit19b)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    person = next(a for a in ann.actors if a.type == "person")
    assert body in person.affiliation, person


def test_a_capitalised_states_ends_no_sources_phrase(drafter):
    """ "Observers from the Commonwealth of Independent States said": "States" is part of the name,
    not the verb "states" (audit19b)."""
    text = "Row\n\nObservers from the Commonwealth of Independent States said the vote was fair.\n"
    ann = draft(drafter, text)
    speaker = next(a for a in ann.actors if a.id == claim_of(ann, "vote was fair").speaker)
    assert speaker.label.endswith("Independent States"), speaker


def test_diplomats_from_a_state_are_of_it(drafter):
    """ "Diplomats from Japan said": of Japan (only "diplomats in Tokyo" are posted there) (audit19b)."""
    ann = draft(drafter, "Row\n\nDiplomats from Japan said the talks with Beijing had stalled.\n")
    speaker = next(a for a in ann.actors if a.id == claim_of(ann, "talks with").speaker)
    assert "japan" in speaker.affiliation, speaker


def test_the_ministry_said_is_the_ministry_of_the_state_its_sentence_opens_with(drafter):
    """ "Thailand's deputy foreign minister summoned a Cambodian envoy, the ministry said", after
    both foreign ministries were named: Thailand's ministry, not the one named last (audit19b)."""
    text = (
        "Row\n\nThe Thai foreign ministry said the shelling was unacceptable.\n\n"
        "The Cambodian foreign ministry rejected the charge.\n\n"
        "Thailand's deputy foreign minister, Somchai Rattana, summoned a Cambodian diplomat on Friday "
        "to hand over a protest note, the ministry said.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "summoned").speaker == "thai-foreign-ministry", claims(ann)


def test_bloc_used_as_a_modifier_names_no_grouping(drafter):
    """ 'Beijing said the deal would "fuel bloc confrontation"': "bloc" before a noun of conduct is no
    grouping's name (no bloc actor) (audit19b)."""
    text = 'Row\n\nBeijing said the Japan-Philippines deal would "fuel bloc confrontation" in Asia.\n'
    ann = draft(drafter, text)
    assert not any(a.type == "bloc" for a in ann.actors), [a.id for a in ann.actors]
# --- actors19 -----------------------------------------------------------------------------------


def _actor(ann: Annotation, label: str):
    return next((a for a in ann.actors if a.label == label), None)


def test_a_mc_surname_is_part_of_the_name(drafter):
    """ "Niamh McCormack": a second capital after "Mc" is still a name, not its end (actors19)."""
    ann = draft(drafter, "Row\n\nThe party's leader Niamh McCormack called on the minister to resign.\n")
    assert _actor(ann, "Niamh McCormack") is not None, [a.label for a in ann.actors]
    assert _actor(ann, "Niamh") is None


def test_a_four_part_name_is_kept_whole(drafter):
    """ "Juan Carlos Ortega Ruiz": two given names and two surnames, one person (actors19)."""
    text = "Row\n\nFormer minister Juan Carlos Ortega Ruiz said the bridge was never finished.\n"
    ann = draft(drafter, text)
    assert _actor(ann, "Juan Carlos Ortega Ruiz") is not None, [a.label for a in ann.actors]


def test_a_states_possessive_is_not_part_of_an_outlets_name(drafter):
    """ "Peru's La Voz newspaper, citing ..., reported": the outlet is La Voz (actors19)."""
    text = "Row\n\nPeru's La Voz newspaper, citing a port official in Callao, reported that the ship left.\n"
    ann = draft(drafter, text)
    assert _actor(ann, "La Voz") is not None, [a.label for a in ann.actors]
    assert not any("Peru's" in a.label for a in ann.actors)


def test_a_source_in_an_office_named_by_a_possessive(drafter):
    """ "quoting a senior official in the president's office": a source of its own (actors19)."""
    ann = draft(
        drafter,
        "Row\n\nThe daily Haveeru Today, quoting a senior official in the governor's office, reported that "
        "the port would reopen.\n",
    )
    a = _actor(ann, "unnamed senior official in the governor's office")
    assert a is not None and a.id == "unnamed-governor-office-official", [(a.id, a.label) for a in ann.actors]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A researcher at the Tanzania Lakes and Wetlands Research Institute said the lake had shrunk.",
         "Tanzania Lakes and Wetlands Research Institute"),
        ("The United Nations Support Mission for Libya said it was investigating.",
         "United Nations Support Mission for Libya"),
        ("Chile's Ocean Affairs Directorate Council said the boat was held.",
         "Ocean Affairs Directorate Council"),
    ],
)
def test_a_bodys_whole_name(drafter, sentence, label):
    """A body's name across its "and", after its parent's name and with a place word first; a
    state's possessive before it is no part of it (actors19)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert _actor(ann, label) is not None, [a.label for a in ann.actors]


def test_a_body_named_again_without_its_demonym_is_the_same_body(drafter):
    """ "the Canadian Border Agency ... The Border Agency said": one body (actors19)."""
    ann = draft(
        drafter,
        "Row\n\nThe crews were stopped by the Canadian Border Agency, the minister said.\n\n"
        "The Border Agency said nothing.\n",
    )
    assert [a.label for a in ann.actors if "Border Agency" in a.label] == ["Canadian Border Agency"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The charge was aired on Sunday by two retired generals on Lanka News.",
        "An account the fisherman's family denied to the Harbour Daily News.",
    ],
)
def test_an_outlet_named_news(drafter, sentence):
    """ "on Lanka News", "denied to the Harbour Daily News": a name ending in "News" is an outlet's,
    as one ending in "Times" or "TV" (actors19)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert any(a.type == "media" and a.label.endswith(" News") for a in ann.actors), [
        (a.label, a.type) for a in ann.actors
    ]


# --- stances19, session 19: a statement's letterhead, protests made to a state's mission


@pytest.mark.parametrize(
    "words",
    [
        "Ghana's foreign minister said Accra had handed a note of protest to the Togolese embassy.",
        "Ghana's foreign minister said Accra had lodged a complaint with the Embassy of Togo in Accra.",
        "Ghana's foreign minister said the ministry had summoned Togo's ambassador over the seizure.",
    ],
)
def test_a_protest_made_to_a_states_mission_is_against_that_state(words):
    """ "handed a note to the Togolese embassy": against Togo, not the embassy, which only receives it."""
    ann = draft(rules_only(), f"Border row\n\n{words}\n")
    c = next(c for c in ann.claims if c.speaker != "article")
    got = {(s.target, s.polarity) for s in c.stances}
    assert ("togo", -1) in got, (claims(ann), c.stances)
    assert not any("embassy" in t or "ambassador" in t for t, _ in got), c.stances


def test_a_protest_denied_takes_no_stance():
    """ "had not summoned the ambassador": no protest, no stance toward the mission's state."""
    text = "Border row\n\nGhana's foreign minister said the ministry had not summoned Togo's ambassador.\n"
    ann = draft(rules_only(), text)
    got = {(s.target, s.polarity) for c in ann.claims for s in c.stances}
    assert ("togo", -1) not in got, ann.claims


def test_a_statements_letterhead_names_its_issuer():
    """A press release whose letterhead names its state in capitals ("KINGDOM OF NORWAY") speaks
    for that state: its own protest, in its own voice, is Norway's against the other side."""
    from kb.extract.drafter import Draft

    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nKINGDOM OF NORWAY\n\nPRESS RELEASE\n\n"
        "The Ministry of Foreign Affairs notes with concern the seizure of two fishing vessels.\n\n"
        "The Ministry rejects the claims made in Moscow this week.\n\n"
        "This morning the Ministry handed a note of protest to the Embassy of Russia in Oslo.\n"
    )
    d = Draft(rules_only(), text)
    d.run()
    assert d._issuer() == "norway"
    c = next(c for c in d.claims if "note of protest" in d.norm[c.start : c.end])
    assert {"holder": "norway", "target": "russia", "polarity": -1} in c.stances, c.stances


def test_a_demand_of_one_side_that_names_no_one_is_against_the_other_side():
    """In a two-state dispute, one side's demand that names no one ("demanded the immediate release of
    the fishermen") is made of the other side: against it, as a refusal is (stances19)."""
    text = (
        "Lake row\n\nKenya and Uganda have quarrelled over Migingo for years. Uganda sent police to the "
        "island on Monday. Kenya protested, and Uganda said the island was its own.\n\n"
        "Kenya's foreign minister, Ann Wanjiru, said Nairobi demanded the immediate release of the "
        "fishermen.\n"
    )
    c = claim_of(draft(rules_only(), text), "demanded the immediate release")
    assert ("uganda", -1) in {(s.target, s.polarity) for s in c.stances}, c.stances


def test_a_bare_denial_in_a_two_state_dispute_is_not_against_the_other_side():
    """ '"Uganda denies it," said ...' after reports no one is said to have made: a denial answers
    whoever said it, not the other side of the dispute as such (stances19)."""
    text = (
        "Lake row\n\nKenya and Uganda have quarrelled over Migingo for years. Uganda sent more police on "
        "Monday. Kenya sent a patrol boat, and Kenya protested.\n\nReports of a clash on the island spread "
        'on Tuesday. "Uganda denies it," said Sam Okello, Uganda\'s foreign minister.\n'
    )
    c = claim_of(draft(rules_only(), text), "Uganda denies it")
    assert "kenya" not in {s.target for s in c.stances}, c.stances


# --- audit19a ------------------------------------------------------------------------------------


def test_a_reporters_byline_over_a_dateline_holds_no_stance(drafter):
    """ "By NAME" above "ACCRA - Ghana has praised ...": a report's byline, not a column's; the
    article's sentences are no view of its reporter's (audit19a)."""
    text = (
        "Ghana and Togo mend ties\n\nBy Kofi Mensah\n\n"
        "ACCRA - Ghana has praised Togo for reopening the border.\n\nNigeria welcomed the move.\n"
    )
    ann = draft(drafter, text)
    assert not any(s.holder == "kofi-mensah" for c in ann.claims for s in c.stances), claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "Grace Owusu, director of the Accra Centre for Policy Research, said the talks had failed.",
        "Grace Owusu, head of the Institute for Security Studies in Pretoria, said the talks had failed.",
        "Grace Owusu, spokeswoman for the African Union, said the talks had failed.",
    ],
)
def test_a_named_person_with_a_bare_title_after_the_name_speaks(drafter, sentence):
    """ "NAME, director of the X Centre (in CITY), said ...": the named person speaks, not the body
    of their title, nor an unnamed spokeswoman (audit19a)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "the talks had failed").speaker == "grace-owusu", claims(ann)


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(drafter):
    """ "Layla Abdel-Karim said ... Abdel-Karim told ...": one person, not a second one named
    "Abdel-Karim" (audit19a)."""
    text = 'Row\n\nLayla Abdel-Karim said the border was shut. "It stays shut," Abdel-Karim told AFP.\n'
    ann = draft(drafter, text)
    assert claim_of(ann, "It stays shut").speaker == "layla-abdel-karim", claims(ann)
    assert "abdel-karim" not in {a.id for a in ann.actors}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Arab League issued a statement backing Khartoum's stand and saying the dam was unsafe.", "dam"),
        ('Ghana put out a statement welcoming Togo\'s offer and calling the raid "a crime".', "the raid"),
    ],
)
def test_a_participle_after_another_is_the_sentence_subjects(drafter, sentence, words):
    """ "X issued a statement backing Y's position and saying ...": X's words, not Y's (audit19a)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, words).speaker in ("arab-league", "ghana"), claims(ann)


def test_a_call_after_a_relative_clause_is_no_inverted_speaker(drafter):
    """ "Kenya, which hosts the talks, urged Uganda to withdraw.": Kenya's call, not the words of a
    speaker "Uganda to withdraw" named after the verb, as in ", said X." (audit19a)."""
    ann = draft(drafter, "Row\n\nKenya, which hosts the talks, urged Uganda to withdraw its troops.\n")
    assert not any(c.speaker == "uganda" for c in ann.claims), claims(ann)
    assert claim_of(ann, "withdraw").speaker == "kenya", claims(ann)


def test_a_state_news_agency_named_after_its_description_is_that_outlet(drafter):
    """ "Algerian state news agency APS quoted NAME as saying ...": the outlet is APS, the via; no
    second outlet "Algerian state news agency" (audit19a)."""
    text = "Row\n\nAlgerian state news agency APS quoted Minister Karim Belkacem as saying it was shut.\n"
    ann = draft(drafter, text)
    assert "algerian-state-news-agency" not in {a.id for a in ann.actors}, [a.id for a in ann.actors]
    assert claim_of(ann, "it was shut").via == "aps", claims(ann)


@pytest.mark.parametrize("source", ["A Western diplomat in Accra", "Diplomats in Accra", "An envoy in Accra"])
def test_a_diplomat_in_a_capital_is_not_of_its_state(drafter, source):
    """ "A Western diplomat in Accra said ...": posted in Ghana, not Ghana's; the source is tied to no
    state (as the curators leave it), while "officials in Accra" are Ghana's (audit19a)."""
    ann = draft(drafter, f"Row\n\n{source} said the talks had stalled.\n")
    c = claim_of(ann, "the talks had stalled")
    assert "ghana" not in next(a for a in ann.actors if a.id == c.speaker).affiliation, c


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said Burundi had armed the rebels, without providing evidence.",
        "The daily Le Pays quoted an official as saying Burundi had armed the rebels, without elaborating.",
        "The minister was quoted by AFP as saying Burundi had armed the rebels, without giving details.",
    ],
)
def test_without_providing_evidence_is_the_articles_comment_not_the_words(drafter, sentence):
    """ "X said A, without providing evidence.": the words end before the article's comment (audit19a)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "armed the rebels").quote.endswith("armed the rebels"), claims(ann)


def test_a_when_clause_after_a_dateline_ends_its_words_at_the_comma(drafter):
    """ "LOME - When Togo announced that it would leave the bloc, many diplomats ...": Togo's words
    end at the comma, as without a dateline (audit19a)."""
    text = "Row\n\nLOME - When Togo announced that it would leave the bloc, many expected a return.\n"
    ann = draft(drafter, text)
    assert ("togo", "reported", "it would leave the bloc") in claims(ann), claims(ann)


def test_a_dateline_of_two_cities_is_a_dateline(drafter):
    """ "NAIROBI/KAMPALA, May 3 (AFP) - Kenya ..., accusing its neighbour of ...": the accusation is
    Kenya's, the sentence's subject after a two-city dateline, not Uganda's (audit19a)."""
    text = (
        "Row\n\nNAIROBI/KAMPALA, May 3 (AFP) - Kenya on Monday expelled Uganda's ambassador and recalled its "
        "own envoy from Kampala, accusing its neighbour of arming the rebels.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "arming the rebels").speaker == "kenya", claims(ann)


def test_a_source_after_a_quotation_and_a_full_stop_is_no_new_source(drafter):
    """ 'Uganda is building what one official called "a front". The official, who ..., said ...': no
    source labelled ". The official" (audit19a)."""
    text = (
        'Row\n\nUganda is building what one official called "a front". The official, who spoke on condition '
        "of anonymity, said talks had stalled.\n"
    )
    ann = draft(drafter, text)
    assert not any(a.label.startswith("unnamed .") for a in ann.actors), [a.label for a in ann.actors]


def test_an_analyst_with_an_organisation_is_of_it(drafter):
    """ "NAME, an analyst with the International Crisis Group, said": of the ICG, as "at" is (audit19a)."""
    ann = draft(drafter, "Row\n\nAmina Bello, an analyst with the International Crisis Group, said so.\n")
    person = next(a for a in ann.actors if a.id == "amina-bello")
    assert "international-crisis-group" in person.affiliation, person


def test_a_role_in_apposition_before_a_name_leaves_out_its_article(drafter):
    """ "The ambassador, Omar Diallo, was given a week to leave.": the role is "ambassador", not
    "The ambassador" (audit19a)."""
    ann = draft(drafter, "Row\n\nThe ambassador, Omar Diallo, was given a week to leave.\n")
    assert [r for r, _ in next(a for a in ann.actors if a.id == "omar-diallo").roles] == ["ambassador"]


@pytest.mark.parametrize("title", ["Information Minister", "Irrigation Minister", "Fisheries Minister"])
def test_a_portfolio_minister_before_a_name_is_the_whole_role(drafter, title):
    """ "Ghanaian Information Minister NAME said": the role names the portfolio, not "Minister" alone
    (audit19a)."""
    ann = draft(drafter, f"Row\n\nGhanaian {title} Kojo Asante said the border would stay shut.\n")
    roles = [r for r, _ in next(a for a in ann.actors if a.id == "kojo-asante").roles]
    assert any(title in r for r in roles), roles


# --- forms19: forms session 18's auditors left unfixed ------------------------------------------


@pytest.mark.parametrize(
    "verb", ["denied the report", "has rejected the accusations", "dismissed Ghana's claims"]
)
def test_a_bodys_denial_before_saying_is_the_articles_report_of_it(drafter, verb):
    """ "Togo denied the report, saying its soldiers ...": the denial is kept (the article's report,
    as "Togo denied moving troops."), and the reasons after "saying" are Togo's words (forms19)."""
    # denial21: the body's denial of words is now its own (reported), as the dw/dx/dy gold and the house
    # rule have it (a denial is a party's position, not a fact the article establishes)
    ann = draft(drafter, f"Row\n\nTogo {verb}, saying its soldiers had stayed on its side of the border.\n")
    assert ("togo", "reported", f"Togo {verb}") in claims(ann), claims(ann)
    assert claim_of(ann, "its soldiers had stayed").speaker == "togo", claims(ann)


def test_the_of_inside_a_title_after_a_letter_to_makes_no_organisation(drafter):
    """ "X said in a letter to Secretary of State NAME": "State NAME" is no organisation X is from
    (forms19)."""
    text = "Row\n\nOmar Haddad said in a letter to Secretary of State Ruth Ellison that aid must stop.\n"
    ann = draft(drafter, text)
    assert not any(a.type == "organization" for a in ann.actors), ann.actors
    assert next(a for a in ann.actors if a.id == "omar-haddad").affiliation == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya welcomed the talks in Cairo.",
        "The envoy flew to Cairo on Monday for talks on the dam, officials said.",
        "Kenya praised the crew, which had returned from Cairo on Sunday.",
    ],
)
def test_a_place_talks_are_held_in_or_one_flies_to_is_no_target(drafter, sentence):
    """ "welcomed the talks in Cairo", "flew to Cairo": where it happens, not Egypt's side (forms19)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert not any(s.target == "egypt" for c in ann.claims for s in c.stances), claims(ann)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The bloc's executive, the European Commission, said tariffs were unlawful.", "european-commission"),
        ("The UN nuclear watchdog, the IAEA, said its inspectors had been turned away.", "iaea"),
    ],
)
def test_a_body_named_in_apposition_to_a_description_is_who_speaks(drafter, sentence, speaker):
    """ "The UN nuclear watchdog, the IAEA, said": the IAEA speaks, not the UN the description
    names nor an unnamed "executive" (forms19)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert ann.claims and all(c.speaker == speaker for c in ann.claims), claims(ann)


def test_three_names_sharing_only_a_known_surname_are_another_person(drafter):
    """ "Maria Elena Grossi, a lawyer": not Rafael Grossi misnamed but another person; with a title
    ("President Juan Carlos Abinader") a misnaming of the known one, flagged on all three names
    (forms19)."""
    ann = draft(drafter, "Row\n\nMaria Elena Grossi, a lawyer for the families, said the ruling was fair.\n")
    assert "rafael-grossi" not in {a.id for a in ann.actors} and not ann.flags, (ann.actors, ann.flags)
    assert claim_of(ann, "ruling").speaker == "maria-elena-grossi"
    ann = draft(drafter, "Row\n\nPresident Juan Carlos Abinader said the border would stay open.\n")
    assert claim_of(ann, "border").speaker == "luis-abinader", claims(ann)
    assert [f.surface for f in ann.flags if f.kind == "wrong-name"] == ["Juan Carlos Abinader"], ann.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Chad and Niger accused Libya of arming the rebels.",
        "Chad, Mali and Niger said in a joint statement that Libya was arming the rebels.",
    ],
)
def test_each_of_a_coordinated_subject_holds_the_claims_stances(sentence):
    """ "Chad and Niger accused Libya of ...": one speaker (a claim has one), and every state of the
    subject against Libya (forms19)."""
    ann = draft(rules_only(), f"Row\n\n{sentence}\n")
    c = claim_of(ann, "Libya")
    holders = {s.holder for s in c.stances if s.target == "libya" and s.polarity == -1}
    assert {"chad", "niger"} <= holders, c.stances


@pytest.mark.parametrize(
    "sentence",
    [
        "In a letter to Prime Minister Petr Novak, Austria said the plant breached the treaty.",
        "During talks with President Petr Novak on Monday, Austria said the plant breached the treaty.",
    ],
)
def test_whom_an_opening_phrase_says_was_written_to_or_met_is_not_the_speaker(drafter, sentence):
    """ "In a letter to Prime Minister X, Austria said ...": Austria speaks, not X (forms19)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "plant breached").speaker == "austria", claims(ann)


def test_a_spokeswoman_for_the_office_of_a_body_is_an_unnamed_source(drafter):
    """ "A spokeswoman for the office of Peru's ombudsman said": an unnamed spokeswoman, not Peru
    (forms19)."""
    text = "Row\n\nA spokeswoman for the office of Peru's ombudsman said two houses had burned.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "houses had burned")
    assert c.speaker != "peru" and "spokeswoman" in c.speaker, claims(ann)


# --- artvoice19: the reporter's own sentences that name no actor ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The hearings resume in the capital on Friday.",
        "The bridge has been closed to lorries since the spring.",
        "The committee meets again in the second week of March.",
    ],
)
def test_a_reported_sentence_that_names_no_actor_is_the_articles(drafter, sentence):
    """A plain sentence of the reporter's that names no actor, after the article's own report in
    its paragraph: the article's report (artvoice19)."""
    text = f"Row over the river\n\nMoldova closed the crossing on Monday. {sentence}\n"
    ann = draft(drafter, text)
    assert ("article", "asserted", sentence) in claims(ann), claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "The interview has been edited for length and clarity.",
        "This story will be updated as news comes in.",
        "What happens to the fishermen now?",
        "I have walked this shore since I was a boy.",
        "The bridge could reopen within a month.",
        "The real issue is the charge, now heard in both capitals, that the dam was built too high.",
        "Nobody expected that!",
        "Moldovan guards fired on the barge at dawn.",
        "The presumed smugglers fled across the river.",
        "They also sank two of the boats.",
    ],
)
def test_notes_questions_guesses_charges_and_suspicions_are_no_report(drafter, sentence):
    """An editor's note, a question, the writer's life, a guess, a charge carried, an exclamation, a
    demonym's men, a suspicion, a subject that points back: no claim in the article's voice from
    this rule (artvoice19)."""
    text = f"Row over the river\n\nMoldova closed the crossing on Monday. {sentence}\n"
    ann = draft(drafter, text)
    voiced = [c for c in ann.claims if c.speaker == "article" and c.status == "asserted"]
    assert not any(sentence[:20] in c.quote for c in voiced), claims(ann)


def test_a_sentence_after_words_not_the_articles_is_not_the_articles(drafter):
    """After a sentence in its paragraph that is not the article's own report, a plain sentence may
    go on with it ("According to the dossier, ... The rifles came from ..."), and a paragraph's lone
    first sentence with no story before it is no report (artvoice19)."""
    text = "Row\n\nAccording to a dossier, Moldova armed the smugglers. The rifles came from a depot.\n"
    ann = draft(drafter, text)
    assert not any(c.speaker == "article" and "rifles came" in c.quote for c in ann.claims), claims(ann)
    ann = draft(drafter, "Moldova Row\n\nThe barge is being towed to the port of Giurgiulesti.\n")
    assert not any(c.speaker == "article" and "barge" in c.quote for c in ann.claims), claims(ann)


# --- groupings19: alleged groupings and their members, in the forms news uses ----------------------


@pytest.mark.parametrize(
    "text, members",
    [
        (
            'Peru\'s minister said Chile and Bolivia had formed what he called "a lithium pact".',
            {"chile", "bolivia"},
        ),
        (
            'Ghana\'s envoy said on radio that Togo and Benin built what he called "an eastern front".',
            {"togo", "benin"},
        ),
    ],
)
def test_the_members_before_what_a_speaker_called_a_grouping_are_its_members(drafter, text, members):
    """'X said A and B had formed what he called "a pact"': the claim is the clause, not only
    "called ...", so A and B are members, alleged (groupings19)."""
    ann = draft(drafter, f"Row\n\n{text}\n")
    assert {m.member for m in ann.memberships} == members, (claims(ann), ann.memberships)
    assert _none_as_fact(ann.claims), claims(ann)


@pytest.mark.parametrize(
    "text, grouping",
    [
        (
            'Jordan\'s king said Iran, Iraq and Syria formed what he called a "Shiite crescent".',
            "shiite-crescent",
        ),
        ('Moscow said Warsaw, Vilnius and Riga had joined what it called "the Baltic Four".', "baltic-four"),
        ('Ethiopia said Egypt and Eritrea were forming "a network of hostility".', "network-of-hostility"),
        (
            'Albania said Greece and Cyprus acted as what it called "the Athens-Nicosia tandem".',
            "athens-nicosia-tandem",
        ),
    ],
)
def test_a_quoted_figure_of_a_group_names_a_grouping(drafter, text, grouping):
    """A crescent, a tandem, a network of, "the Baltic Four": a quoted grouping, alleged, with
    the members named before it (groupings19)."""
    ann = draft(drafter, f"Row\n\n{text}\n")
    assert ann.actor(grouping).type == "bloc", [a.id for a in ann.actors]
    assert len({m.member for m in ann.memberships if m.group == grouping}) >= 2, ann.memberships
    assert _none_as_fact(ann.claims), claims(ann)


@pytest.mark.parametrize(
    "text, members",
    [
        (
            'Sudan\'s state television warned of what it called a "Juba-Kampala axis".',
            {"south-sudan", "uganda"},
        ),
        ('Egypt\'s minister accused "an Ankara-Doha triangle" of reviving the file.', {"turkey", "qatar"}),
        (
            'Beijing said Manila was being drawn into "a US-led front" at sea.',
            {"philippines", "united-states"},
        ),
        ('Minsk denounced "a Moscow-backed bloc" and "an anti-Kyiv front".', set()),
    ],
)
def test_names_a_groupings_name_joins_with_hyphens_are_its_members(drafter, text, members):
    """ "the Juba-Kampala axis", "a US-led front": members; not a patron ("Moscow-backed") nor a
    target ("anti-Kyiv") (groupings19)."""
    ann = draft(drafter, f"Row\n\n{text}\n")
    assert {m.member for m in ann.memberships} == members, ann.memberships


def test_the_speaker_before_the_words_that_name_a_grouping_is_no_member(drafter):
    """ "Senator X, interviewed by Y, charged that A and B had formed ...": the members are named
    after the verb of saying, not the speaker (groupings19)."""
    text = (
        "Row\n\nThe talks stalled. Senator Ana Ruiz, interviewed by the daily El Tiempo, charged that "
        'Peru and Chile had formed "a copper club" to keep Bolivia out.\n'
    )
    ann = draft(drafter, text)
    assert {m.member for m in ann.memberships} == {"peru", "chile"}, ann.memberships


def test_a_bare_grouping_noun_keeps_the_phrase_that_follows_as_its_name(drafter):
    """'"a triangle with Baku and Ankara"': a bare noun is no name; the phrase is, and the names
    after "with" are members (groupings19)."""
    text = 'Row\n\nKocharyan said Pashinyan had entered "a triangle with Baku and Ankara".\n'
    ann = draft(drafter, text)
    assert {a.label for a in ann.actors if a.type == "bloc"} == {"triangle with Baku and Ankara"}
    assert {"azerbaijan", "turkey"} <= {m.member for m in ann.memberships}, ann.memberships


def test_a_denial_names_no_members_and_the_namer_is_none(drafter):
    """ "X rejected talk of an "axis" with B": the denier's words make nobody a member; "what one
    official called": the namer is no member either (groupings19)."""
    ann = draft(drafter, 'Row\n\nUganda rejected talk of an "anti-Congolese axis" with Rwanda.\n')
    assert not ann.memberships, ann.memberships
    text = 'Row\n\nSomalia accused Kenya and Ethiopia of forming what one official called "a coalition".\n'
    assert {m.member for m in draft(drafter, text).memberships} == {"kenya", "ethiopia"}


def test_a_people_in_a_groupings_list_is_its_state(drafter):
    """ "The Saudis, the Emiratis and Washington were "one coalition"": by plural demonym, their
    states; not an adjective ("Swiss banks") (groupings19)."""
    text = 'Row\n\nSanaa said the Saudis, the Emiratis and Washington were "one coalition of war".\n'
    members = {m.member for m in draft(drafter, text).memberships}
    assert members == {"saudi-arabia", "united-arab-emirates", "united-states"}, members
    text = 'Row\n\nMoscow said Swiss banks and Iran had formed "an axis of money".\n'
    assert {m.member for m in draft(drafter, text).memberships} == {"iran"}


def test_a_known_alliance_formed_is_the_articles_report_with_its_members(drafter):
    """ "Mali, Niger and Burkina Faso have formed the Alliance of Sahel States": a grouping of the
    gazetteer, unquoted, is no one's allegation: its members hang on the article's claim; quoted or
    "so-called", it is still alleged (groupings19)."""
    ann = draft(drafter, "Row\n\nMali, Niger and Burkina Faso have formed the Alliance of Sahel States.\n")
    c = claim_of(ann, "Alliance of Sahel States")
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert {(m.member, m.group) for m in ann.memberships} == {
        (s, "alliance-of-sahel-states") for s in ("mali", "niger", "burkina-faso")
    }
    ann = draft(drafter, 'Row\n\nMali and Niger have formed a "Sahel axis".\n')
    assert _none_as_fact(ann.claims), claims(ann)


def test_a_quoted_grouping_after_described_as_takes_the_described_as_members(drafter):
    """ 'X described A, B and C as "a triangle aimed at D"', drafted as the quotation alone: the
    claim is widened to "described", alleged, and A, B and C are members (groupings19)."""
    from kb.extract.drafter import Draft

    text = 'Row\n\nLavrov described Japan, Australia and South Korea as "a triangle aimed at Moscow."\n'
    d = Draft(drafter, text)
    d.find_actors()
    d.claims = []
    d.add_claim("russia", text.index("a triangle"), text.index('."'), form="body", direct=True)
    d.stances_and_blocs()
    c = d.claims[0]
    assert c.quote.startswith("described Japan") and c.status == "alleged", c
    assert {m["member"] for m in d.memberships} == {"japan", "australia", "south-korea"}, d.memberships


def test_a_name_that_owns_a_member_is_no_member_but_its_government_stands_for_it(drafter):
    """ "Sudan's generals and Russia's instructors formed "a desert bloc"": the owner is no member;
    "Chad's current government" stands for Chad (groupings19)."""
    text = 'Row\n\nNiamey said Sudan\'s generals and Russia\'s instructors had formed "a desert bloc".\n'
    assert not {"sudan", "russia"} & {m.member for m in draft(drafter, text).memberships}
    text = 'Row\n\nNiamey said Mali and Chad\'s current government had formed "a desert bloc".\n'
    assert {m.member for m in draft(drafter, text).memberships} == {"mali", "chad"}


def test_the_three_countries_that_formed_a_known_alliance_are_the_last_three_named(drafter):
    """ "The three countries had formed the X": the last three states named before (groupings19)."""
    text = (
        "Row\n\nMali, Niger and Burkina Faso left ECOWAS in January. In March, Algiers said the three "
        "countries had formed the Alliance of Sahel States.\n"
    )
    members = {m.member for m in draft(drafter, text).memberships}
    assert members == {"mali", "niger", "burkina-faso"}, members


# --- audit19c: a new user's audit (fresh stories of Europe, the Balkans and North America) ----------


def test_an_outlet_that_quotes_a_titled_person_is_not_part_of_the_role(drafter):
    """ "The X news agency quoted Deputy Minister NAME as saying": the verb between the outlet and
    the title is the outlet's act, not a portfolio's word; the role is the title alone (audit19c)."""
    text = (
        "Row\n\nThe Anadolu news agency quoted Deputy Interior Minister Kemal Aydin as saying the border "
        "would stay shut.\n"
    )
    ann = draft(drafter, text)
    aydin = next(a for a in ann.actors if a.id == "kemal-aydin")
    assert [r for r, *_ in aydin.roles] == ["Deputy Interior Minister"], aydin.roles


def test_an_envoy_for_a_place_in_apposition_keeps_the_role_and_the_body(drafter):
    """ "The UN envoy for Yemen, NAME": a post with its place, in apposition before the name, is the
    person's role and the body before it their affiliation, so "the envoy" after "After meeting
    Prime Minister X," is that envoy, not the one met (audit19c)."""
    text = (
        "Row\n\nThe UN envoy for Yemen, Lars Eklund, arrived in Aden on Monday. After meeting Prime "
        "Minister Salem Bahah, the envoy said the truce could be extended.\n"
    )
    ann = draft(drafter, text)
    eklund = next(a for a in ann.actors if a.id == "lars-eklund")
    assert [r for r, *_ in eklund.roles] == ["envoy for Yemen"] and "united-nations" in eklund.affiliation
    assert claim_of(ann, "truce could be extended").speaker == "lars-eklund", claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, her office said Serbia would keep the crossing open.",
        "Her office said in a statement that Serbia would keep the crossing open.",
    ],
)
def test_her_office_speaks_for_the_person_named_before(drafter, sentence):
    """ "In a statement, her office said ...": the office of the person the pronoun stands for
    speaks, not no one (the words were lost) and not the person (audit19c)."""
    text = f"Row\n\nSerbia's Prime Minister Ana Brnabic met the envoy on Monday. {sentence}\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "keep the crossing open")
    assert c.speaker == "ana-brnabic-office" and c.status == "reported", claims(ann)
    office = next(a for a in ann.actors if a.id == "ana-brnabic-office")
    assert office.type == "government-body" and "serbia" in office.affiliation


def test_his_office_after_a_sentence_names_its_subjects_office(drafter):
    """ "Minister X summoned Ambassador Y on Friday, his office said": "his" is the sentence's
    subject, not the last person it names (audit19c)."""
    text = "Row\n\nInterior Minister Ivo Kral summoned Ambassador Jan Novak on Friday, his office said.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "summoned Ambassador").speaker == "ivo-kral-office", claims(ann)


def test_according_to_an_outlet_named_with_its_kind(drafter):
    """ "According to the Politico news site, CLAUSE": the outlet's kind after its name is part of
    the source, so the clause is the outlet's words, not lost (audit19c)."""
    text = (
        "Row\n\nCanada raised its duties on Monday. According to the Politico news site, the U.S. "
        "administration has drawn up a list of Canadian goods.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "has drawn up a list")
    assert c.speaker == "politico" and c.status == "reported", claims(ann)


def test_its_title_in_apposition_belongs_to_the_body_the_sentence_before_opens_with(drafter):
    """ "The X Group warned .... Its president, NAME, said": the person is of that group; with no
    body named in the sentence before, no guess (audit19c)."""
    text = (
        "Row\n\nThe International Crisis Group warned of clashes in the valley. Its president, Lena "
        "Okafor, said both sides were taking risks.\n\nThe Maltese Boatmen's Guild welcomed the ruling. "
        "Its chairwoman, Rita Borg, said the navy had done its job.\n"
    )
    ann = draft(drafter, text)
    okafor = next(a for a in ann.actors if a.id == "lena-okafor")
    assert "international-crisis-group" in okafor.affiliation, okafor.affiliation
    borg = next(a for a in ann.actors if a.id == "rita-borg")
    assert "international-crisis-group" not in borg.affiliation, borg.affiliation


def test_a_civil_servant_in_a_capital_is_an_unnamed_source_not_the_state(drafter):
    """ "A senior civil servant in CITY, who ..., said": one unnamed person of that state speaks,
    not the state (audit19c)."""
    text = (
        "Row\n\nA senior civil servant in Ljubljana, who asked not to be named, said Slovenia would not "
        "reopen the crossing before spring.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "would not reopen")
    assert c.speaker.startswith("unnamed-") and c.speaker != "slovenia", claims(ann)


@pytest.mark.parametrize(
    ("sentence", "person", "role", "body"),
    [
        ("U.S. Trade Representative Dana Kline said the duties would stay.", "dana-kline",
         "U.S. Trade Representative", "united-states"),
        ("EU Trade Commissioner Jonas Berg said the duties would stay.", "jonas-berg",
         "EU Trade Commissioner", "european-union"),
    ],
)
def test_a_capitalised_portfolio_between_a_body_and_a_title(drafter, sentence, person, role, body):
    """ "U.S. Trade Representative NAME", "EU Trade Commissioner NAME": a capitalised portfolio word
    between the body and the title, like a lower-case one ("EU energy commissioner"), keeps the whole
    role and the body's affiliation (audit19c)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    a = next(a for a in ann.actors if a.id == person)
    assert [r for r, *_ in a.roles] == [role] and body in a.affiliation, (a.roles, a.affiliation)


def test_a_chamber_of_commerce_is_an_organisation_that_speaks(drafter):
    """ "The Irish Chamber of Commerce said ...": a body whose name ends in Chamber (of ...) is an
    organisation and the speaker, not lost, nor the state its demonym names (audit19c)."""
    text = "Row\n\nIreland raised duties. The Irish Chamber of Commerce said the duties would cost jobs.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "would cost jobs")
    assert c.speaker == "irish-chamber-of-commerce", claims(ann)
    body = next(a for a in ann.actors if a.id == c.speaker)
    assert body.type == "organization" and "ireland" in body.affiliation


def test_an_outlet_that_opens_the_next_clause_is_not_the_outlet_of_the_words_before(drafter):
    """ "X said A, while the Anadolu news agency quoted Y as saying B": the agency is Y's outlet,
    not X's; X's words came through no medium (audit19c)."""
    text = (
        "Row\n\nThe Greek embassy in Ankara said Turkey was stoking tension, while the Anadolu news "
        'agency quoted Defence Minister Kemal Aydin as saying Ankara "will not be silent".\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "stoking tension").via is None, [(c.speaker, c.via, c.quote) for c in ann.claims]


def test_a_while_clause_after_reported_words_is_the_next_speakers(drafter):
    """ "X said A, while the UN says B": where the reported speech stops at ", while", another
    speaker's words begin; B was lost (audit19c)."""
    text = "Row\n\nSerbia said the crossing was open, while the UN says hundreds of lorries are stranded.\n"
    ann = draft(drafter, text)
    assert ("united-nations", "reported", "hundreds of lorries are stranded.") in claims(ann), claims(ann)
    assert claim_of(ann, "crossing was open").speaker == "serbia"


# --- stances19b: negated aims, the object of fighting, demonyms of private people -------------------


@pytest.mark.parametrize(
    "words",
    [
        'Uganda had "no intention of attacking Rwanda"',
        "Uganda had no interest in destabilising Rwanda",
        "Uganda did not seek to weaken Rwanda",
    ],
)
def test_a_disowned_hostile_aim_is_no_stance_against_its_object(words):
    """ "no intention of attacking X", "no interest in destabilising X": the words rule the act out,
    so X is no target of it (stances19b)."""
    text = f"Row\n\nUganda's defence minister, Paul Okello, said {words} and wanted calm on the border.\n"
    c = claim_of(draft(rules_only(), text), "Rwanda")
    assert ("rwanda", -1) not in {(s.target, s.polarity) for s in c.stances}, c.stances


def test_whoever_is_fought_is_opposed_even_beside_help():
    """ "would help Mogadishu fight al Shabaab": for Somalia, against al Shabaab, not for both; a
    negated fight ("Nobody asks Tbilisi to fight Moscow") is no stance against Moscow (stances19b)."""
    text = "Row\n\nKenya's defence minister, John Mwangi, said Nairobi would help Somalia fight al Shabaab.\n"
    c = claim_of(draft(rules_only(), text), "al Shabaab")
    got = {(s.target, s.polarity) for s in c.stances}
    assert ("al-shabaab", -1) in got and ("al-shabaab", 1) not in got, got
    text = "Row\n\nGeorgia's foreign minister, Nino Kapanadze, said nobody asked Georgia to fight Russia.\n"
    c = claim_of(draft(rules_only(), text), "fight Russia")
    assert ("russia", -1) not in {(s.target, s.polarity) for s in c.stances}, c.stances


@pytest.mark.parametrize(
    "described",
    ["Colombian smuggling networks", "Venezuelan migrants", "the Vietnamese crew", "Ecuadorian fishermen"],
)
def test_a_demonym_of_private_people_is_no_stance_against_the_state(described):
    """ "Colombian smuggling networks", "the Vietnamese crew": private people described, not the
    state their demonym names (stances19b)."""
    text = f"Row\n\nPanama's security minister, Ana Ruiz, said {described} were a menace and a disgrace.\n"
    c = claim_of(draft(rules_only(), text), described)
    assert not {s.target for s in c.stances} & {"colombia", "venezuela", "vietnam", "ecuador"}, c.stances


@pytest.mark.parametrize("verb", ["deported", "expelled", "turned away", "captured"])
def test_more_acts_against_someone_are_a_stance_against_the_objects_side(verb):
    """ "Ghana deported three Togolese diplomats": in the article's voice, Ghana against Togo, as
    "expelled", "turned away", "captured" (stances19b)."""
    text = f"Row\n\nGhana {verb} three Togolese diplomats on Monday.\n"
    c = claim_of(draft(rules_only(), text), "Togolese")
    assert ("ghana", "togo", -1) in stances_of(c), c.stances


def test_support_someone_enjoys_is_no_friendly_word_of_the_speaker():
    """ "ECOWAS cannot ignore the broad support the juntas enjoy": the support is the juntas', not
    the speaker's for ECOWAS (stances19b)."""
    text = (
        "Row\n\nMali's foreign minister, Moussa Diarra, said ECOWAS could not ignore the broad support "
        "the military governments enjoy across the Sahel.\n"
    )
    c = claim_of(draft(rules_only(), text), "ECOWAS")
    assert ("ecowas", 1) not in {(s.target, s.polarity) for s in c.stances}, c.stances


def test_a_state_crossed_from_is_a_place_not_a_target():
    """ "Polish guards detained 40 migrants after they crossed on foot from Belarus": where they came
    from, no target of the detention's tone (stances19b)."""
    text = (
        "Row\n\nPolish border guards detained 40 migrants and seized illegal cargo on Sunday after they "
        "crossed on foot from Belarus.\n"
    )
    ann = draft(rules_only(), text)
    got = [(s.target, s.polarity) for c in ann.claims for s in c.stances]
    assert not any(t == "belarus" for t, _ in got), got


def test_urging_a_partner_to_extend_sanctions_is_for_the_partner():
    """ "urged the European Union to extend sanctions to Belarusian officials": a partner asked to act
    against a third party, as "to impose" or "to sanction" (stances19b)."""
    text = (
        "Row\n\nLatvia's foreign minister, Janis Ozols, urged the European Union to extend sanctions to "
        "Belarusian officials.\n"
    )
    ann = draft(rules_only(), text)
    got = [(s.target, s.polarity) for c in ann.claims for s in c.stances]
    assert ("european-union", -1) not in got and ("belarus", -1) in got, got


# --- artvoice19b: the reporter's own sentences, guards narrowed to what carries someone's words --------


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy left for Bucharest the next morning.",
        "Moldovan farmers have grazed the far bank for generations.",
        "That meeting has now been put off until June.",
        "The new span is almost complete.",
    ],
)
def test_a_reported_sentence_with_a_name_a_demonym_or_pointing_back_is_the_articles(drafter, sentence):
    """A plain sentence of the reporter's after the article's own report: one that names an actor
    with no cue, a demonym's people (not its forces), a subject pointing back to that report, a
    single description (artvoice19b)."""
    text = f"Row over the river\n\nMoldova closed the crossing on Monday. {sentence}\n"
    ann = draft(drafter, text)
    assert ("article", "asserted", sentence) in claims(ann), claims(ann)


@pytest.mark.parametrize(
    ("sentence", "alleged"),
    [
        ("Chisinau has long maintained that Tiraspol hides the smugglers.", "Tiraspol hides the smugglers"),
        ("The border police ascribed the fire to saboteurs from Tiraspol.", "the fire to saboteurs"),
        ("The coastguard laid the sinking of the barge at Tiraspol's door.", "the barge at Tiraspol's door"),
        ("Customs records point to Ukrainian fuel reaching Tiraspol.", "Ukrainian fuel reaching Tiraspol"),
        ("Russian officers trained the smugglers near Tiraspol.", "Russian officers trained the smugglers"),
        ("Ukrainian-backed smugglers seized the barge.", "Ukrainian-backed smugglers seized the barge"),
        ("The smugglers, as many Moldovans see it, are Tiraspol's men.", "are Tiraspol's men"),
        ("It also impounded a barge from Tiraspol.", "impounded a barge from Tiraspol"),
    ],
)
def test_a_view_a_charge_or_a_states_forces_stay_out_of_the_articles_voice(drafter, sentence, alleged):
    """A verb that carries someone's view or charge, a demonym's forces, an act added to a list: never
    the article's fact, though the guards on names, demonyms and pointing back are narrower
    (artvoice19b)."""
    text = f"Row over the river\n\nMoldova closed the crossing on Monday. {sentence}\n"
    ann = draft(drafter, text)
    gs = text.index(alleged)
    ge = gs + len(alleged)
    as_fact = [
        (c.speaker, c.status, c.quote)
        for c in ann.claims
        if (c.status == "asserted" or c.speaker == "article") and min(c.span.end, ge) > max(c.span.start, gs)
    ]
    assert as_fact == [], as_fact


def test_a_subject_pointing_back_after_someones_words_is_not_the_articles(drafter):
    """ "Moldovan guards fired on the barge. Some of them ...": the sentence before is not the article's
    own report, so the one that points back to it is not either (artvoice19b)."""
    text = (
        "Row over the river\n\nMoldova closed the crossing on Monday. Transnistrian militia crossed a river."
        " Some of them carried rifles.\n"
    )
    ann = draft(drafter, text)
    assert not any(c.speaker == "article" and "carried rifles" in c.quote for c in ann.claims), claims(ann)


# --- coordinator, session 19


@pytest.mark.parametrize(
    "sentence",
    [
        "Bishkek laid the closure of the border crossing at Tashkent's door.",
        "Kyrgyzstan laid the flooding at the door of Uzbekistan.",
        "Kyrgyzstan laid the shelling of the village at the feet of Uzbekistan.",
    ],
)
def test_laying_an_act_at_someones_door_is_the_subjects_blame(drafter, sentence):
    """ "X laid the sinking of the barge at Y's door" is X's charge against Y, alleged, whatever the
    length of what is laid there (the form took at most two words and only "at the door"). Its stance
    against the one blamed is not drafted yet, unless the two states' dispute gives it."""
    text = f"Border row\n\nThe crossing stayed shut on Monday. {sentence}\n"
    ann = draft(drafter, text)
    (c,) = [c for c in ann.claims if "laid" in c.quote]
    assert (c.speaker, c.status) == ("kyrgyzstan", "alleged"), claims(ann)


# --- audit19d: fresh stories of South and Central Asia and North Africa, their generic errors ---


def test_a_charge_inside_a_quotation_is_the_quotations_speakers(drafter):
    """'"India blames Nepal for the floods," X wrote': the words in quotation marks are X's, never
    India's accusation (audit19d)."""
    text = (
        "Flood row\n\nThe dispute deepened on Monday.\n\n"
        '"India blames Nepal for the floods," Rana Thapa wrote on Facebook. "The dams are not ours."\n'
    )
    ann = draft(drafter, text)
    spoken = {c.speaker for c in ann.claims if "blames" in c.quote or "dams" in c.quote}
    assert spoken == {"rana-thapa"}, claims(ann)


def test_a_quotation_by_the_titled_possessors_aide_is_the_aides(drafter):
    """'"...," Indian Prime Minister X's security adviser, Y, told Reuters': Y's words, though the
    title of the one whose adviser Y is makes the attribution long (audit19d)."""
    text = (
        "River row\n\nThe dispute deepened on Monday.\n\n"
        '"The river is ours," Indian Prime Minister Ravi Shankar\'s security adviser, Anil Kumar, '
        'told Reuters in Delhi. "But it must talk to us."\n'
    )
    ann = draft(drafter, text)
    spoken = {c.speaker for c in ann.claims if "river" in c.quote or "talk" in c.quote}
    assert spoken == {"anil-kumar"}, claims(ann)


def test_according_to_an_outlet_named_before_its_media_noun(drafter):
    """ "According to the Fergana news site, A" after another outlet's report: A is Fergana's, not
    the earlier outlet's nor a state's in A (audit19d)."""
    text = (
        "Dam row\n\nRussia offered its help, the Kommersant daily reported. According to the Fergana "
        "news site, Chinese engineers have also visited the dam.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "engineers")
    assert c.speaker == "fergana" and not c.quote.startswith("According"), claims(ann)


def test_a_headline_clause_that_opens_on_a_blame_is_the_accusers_charge(drafter):
    """ "Nepal closes border post after clash, blames India": the clause of no subject of its
    own is Nepal's charge, alleged, never the article's asserted fact (audit19d)."""
    text = "Nepal closes border post after clash, blames India\n\nKATHMANDU - Nepal shut a post.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "blames India")
    assert (c.speaker, c.status) == ("nepal", "alleged"), claims(ann)


@pytest.mark.parametrize(
    ("sentence", "pid", "role", "body"),
    [
        ("The UN envoy for Nepal, Rosa Kimani, said she was concerned.", "rosa-kimani", "envoy for Nepal",
         "united-nations"),
        ("Russia's ambassador to Nepal, Oleg Malinin, offered help.", "oleg-malinin", "ambassador to Nepal",
         "russia"),
        ("The Taliban's deputy minister of energy and water, Abdul Faizi, rejected it.", "abdul-faizi",
         "deputy minister of energy and water", "taliban"),
    ],
)  # fmt: skip
def test_a_role_in_apposition_that_ends_on_its_posting_or_portfolio(drafter, sentence, pid, role, body):
    """ "The UN envoy for Nepal, X", "Russia's ambassador to Nepal, X", "The Taliban's deputy
    minister of energy and water, X": the role before the comma ends on the place posted to or the
    portfolio's plain words; it is X's, and the body before the title X's own (audit19d)."""
    ann = draft(drafter, f"Row\n\nNepal and India argued on Monday.\n\n{sentence}\n")
    a = next(a for a in ann.actors if a.id == pid)
    assert role in [r[0] for r in a.roles] and body in a.affiliation, (a.roles, a.affiliation)


def test_its_role_in_apposition_is_of_the_subject_named_before(drafter):
    """ "The World Bank said ... Its regional director for Central Asia, X, said": X is the bank's,
    and "Central Asia" is a region, no person (audit19d)."""
    text = (
        "Row\n\nNepal and India argued on Monday.\n\nThe World Bank said it was watching. Its regional "
        "director for Central Asia, Sophie Lambert, said the basin needed help.\n"
    )
    ann = draft(drafter, text)
    a = next(a for a in ann.actors if a.id == "sophie-lambert")
    assert a.affiliation == ("world-bank",) and "central-asia" not in {x.id for x in ann.actors}, ann.actors


def test_its_role_is_not_tied_to_an_actor_that_is_no_sentence_subject(drafter):
    """ "The opposition Popular Union accused Delhi of ..., and its leader, X, said": "its" is the
    party the drafter does not know, not the state named last (audit19d)."""
    text = (
        "Row\n\nThe opposition Popular Union accused the government of bowing to Delhi, and its "
        "leader, Ram Bahadur, said the deal was a mistake.\n"
    )
    ann = draft(drafter, text)
    a = next(a for a in ann.actors if a.id == "ram-bahadur")
    assert "india" not in a.affiliation, a.affiliation


def test_a_groups_own_official_in_apposition_is_no_target_of_its_stance():
    """ "The Taliban's deputy minister of energy, X, rejected the criticism": X speaks for the
    Taliban; no stance of the Taliban towards X (audit19d)."""
    text = (
        "Row\n\nNepal and India argued on Monday.\n\nThe Taliban's deputy minister of energy, Abdul "
        "Faizi, rejected the criticism.\n"
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "rejected the criticism")
    assert not any(s.target == "abdul-faizi" for s in c.stances), c.stances


def test_supporting_terrorist_groups_is_a_charge_and_its_denial_answers_the_accuser(drafter):
    """ 'X said Algeria had "long supported terrorist groups"': X's allegation against Algeria, not
    an endorsement; "Algeria has denied the charge" then answers X (audit19d)."""
    text = (
        "Row\n\nMali and Algeria argued on Monday.\n\nColonel Oumar Diarra said that Algeria had \"long "
        'supported terrorist groups" in the north. Algeria has repeatedly denied the charge.\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "terrorist groups")
    assert (c.speaker, c.status, c.kind) == ("oumar-diarra", "alleged", "accusation"), claims(ann)
    assert any(s.target == "algeria" and s.polarity == -1 for s in c.stances), c.stances


@pytest.mark.parametrize(
    "dateline", ["ACCRA, March 12 (Reuters) - ", "ACCRA, March 12 (Gulf Wire Service) - ", ""]
)
def test_a_bare_ministry_after_a_wire_datelines_lead_is_the_subject_states(drafter, dateline):
    """ "ACCRA, March 12 (Reuters) - Ghana summoned Togo's ambassador ..., the foreign ministry said":
    the ministry is the subject state's whether the dateline names its wire agency or not (with the
    agency, the words were lost: no ministry, no claim)."""
    lede = "Ghana summoned Togo's ambassador on Thursday, the foreign ministry said."
    ann = draft(drafter, f"Envoy summoned\n\n{dateline}{lede}\n")
    said = [c for c in ann.claims if c.speaker == "ghanaian-foreign-ministry" and "summoned" in c.quote]
    assert said, claims(ann)


# neverfact20: a charge held up after it (a paragraph's summing-up, a grouping's pronoun, a title's
# source named by a label, a tail or a bracket)


def test_a_paragraphs_summing_up_makes_every_charge_before_it_someones(drafter):
    """ "A. B. These are among the charges in the dossier.": A and B are the dossier's, not the
    article's; the summing-up need not follow each charge."""
    text = (
        "Kenya and Uganda met on Monday.\n\nUgandan officers sold arms to the rebels. They also "
        "trained snipers in Kasese. These are among the charges in a Kenyan dossier.\n"
    )
    ann = draft(drafter, text)
    own = [c.quote for c in ann.claims if c.speaker == "article"]
    own = [q for q in own if "sold arms" in q or "snipers" in q]
    assert not own, claims(ann)


def test_a_groupings_members_named_by_pronoun_are_never_the_articles_fact(drafter):
    """ "Nairobi warns of an axis. Uganda and Rwanda are its members.": the axis is Nairobi's word,
    and so is who belongs to it."""
    text = "Kenya and Uganda met on Monday.\n\nNairobi warns of an axis. Uganda and Rwanda are its members.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "are its members")
    assert c.speaker != "article" and c.status != "asserted", claims(ann)


@pytest.mark.parametrize(
    "title",
    [
        "Ugandan officers sold arms to rebels, documents show",
        "Report: Ugandan officers sold arms to rebels",
        "Ugandan officers sold arms to rebels (Kenya)",
    ],
)
def test_a_titles_source_outside_its_words_makes_them_someones(drafter, title):
    ann = draft(drafter, f"{title}\n\nNAIROBI (Wire) - Kenya and Uganda met on Monday.\n")
    assert not [c for c in ann.claims if c.speaker == "article" and "sold arms" in c.quote], claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya closed the border after a raid it blamed on Ugandan herders.\n",
        "Kenya closed the border after the raid, for which Nairobi blames Kampala.\n",
        "Kenya released photographs purporting to show Ugandan herders in Turkana.\n",
    ],
)
def test_a_blame_or_a_purported_showing_inside_a_report_is_never_its_fact(drafter, text):
    """ "an attack it blamed on X", "for which X blames Y", "photographs purporting to show ...":
    the sentence carries someone's charge; never the article's asserted fact (neverfact20)."""
    ann = draft(drafter, "Kenya and Uganda met on Monday.\n\n" + text)
    own = [c.quote for c in ann.claims if c.speaker == "article" or c.status == "asserted"]
    assert own == ["Kenya and Uganda met on Monday."], claims(ann)


def test_a_condemnation_of_conduct_named_as_a_charge_is_the_condemners_words(drafter):
    """ "Uganda denounced Kenyan meddling in Busia": "meddling" is Uganda's charge, not the article's
    fact; "Uganda condemned the attack" stays the article's report (neverfact20)."""
    ann = draft(drafter, "Kenya and Uganda met on Monday.\n\nUganda denounced Kenyan meddling in Busia.\n")
    c = claim_of(ann, "Kenyan meddling")
    assert c.speaker != "article" and c.status != "asserted", claims(ann)
    ann = draft(drafter, "Kenya and Uganda met on Monday.\n\nUganda condemned the attack on the convoy.\n")
    c = claim_of(ann, "the attack on the convoy")
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_a_comparison_after_said_that_names_a_charge_is_not_the_articles_measure(drafter):
    """ "..., the army said, the first such incident this year" is the article's measure; "..., the
    army said, the latest sign of Ugandan aggression" is the army's charge (neverfact20)."""
    text = (
        "Kenya and Uganda met on Monday.\n\nUgandan troops crossed into Busia, the army said, "
        "the latest sign of Ugandan aggression.\n"
    )
    ann = draft(drafter, text)
    own = [c for c in ann.claims if c.speaker == "article" and "aggression" in c.quote]
    assert not own, claims(ann)


@pytest.mark.parametrize(
    "after",
    [
        "The account came from Kenyan officials.",
        "Kampala has yet to respond to the claim.",
        "Kampala says the opposite.",
        "Kampala's version differs.",
    ],
)
def test_a_next_sentence_that_sources_or_contests_the_one_before_makes_it_someones(drafter, after):
    """ "Uganda sold arms to the rebels. The account came from Kenyan officials.": never the article's
    fact; nor when Kampala answers it (neverfact20)."""
    ann = draft(drafter, f"Kenya and Uganda met on Monday.\n\nUganda sold arms to the rebels. {after}\n")
    assert not [c for c in ann.claims if c.speaker == "article" and "sold arms" in c.quote], claims(ann)


@pytest.mark.parametrize(
    "opening",
    ["The Kenyan envoy was blunt.", "The Kenyan envoy went into detail.", "Kenyan officials have a theory."],
)
def test_a_sentence_that_announces_someones_words_makes_the_next_theirs(drafter, opening):
    """ "The envoy was blunt. Uganda sold arms to the rebels.": the envoy's words (neverfact20)."""
    ann = draft(drafter, f"Kenya and Uganda met on Monday.\n\n{opening} Uganda sold arms to the rebels.\n")
    assert not [c for c in ann.claims if c.speaker == "article" and "sold arms" in c.quote], claims(ann)


# audit20


@pytest.mark.parametrize(
    "lead",
    [
        "Two days after the daily Le Monde reported that",
        "It began on Monday, when Reuters reported that",
        "The row grew after the BBC, which reported that",
    ],
)
def test_an_outlet_that_reported_that_speaks_the_clause(drafter, lead):
    """ "... when Reuters reported that A": the outlet's words (curated so in every dev batch), not
    the sentence's other subject and not no one's (audit20: "reported" was no verb of saying)."""
    text = f"Row\n\nFrance and Mali argued on Friday.\n\n{lead} Mali had expelled two French diplomats.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "expelled two French diplomats")
    assert c.speaker in ("le-monde", "reuters", "bbc") and c.speaker != "article", claims(ann)
    assert c.status != "asserted"


def test_reported_twelve_deaths_is_an_act_and_a_nested_speaker_keeps_the_words(drafter):
    """ "reported 12 deaths" is no speech; "X reported that the minister had told Y that A" is the
    minister's claim, not the outlet's (audit20)."""
    text = (
        "Row\n\nKenya and Uganda argued.\n\nThe Red Cross reported 12 deaths near the lake.\n\n"
        "The Daily Nation reported that Foreign Minister Musalia Mudavadi had told parliament that "
        "Uganda had moved troops to the island.\n"
    )
    ann = draft(drafter, text)
    assert not [c for c in ann.claims if c.quote.startswith("12 deaths")], claims(ann)
    c = claim_of(ann, "moved troops")
    assert c.speaker == "musalia-mudavadi", claims(ann)


def test_an_outlet_citing_sources_it_does_not_name_gives_their_words(drafter):
    """ "Radio X, citing border guards at Y, reported that A": the guards' claim through the radio
    (the sources were not an actor, so the words were lost) (audit20)."""
    text = (
        "Row\n\nLithuania and Belarus argued.\n\nThe broadcaster LRT, citing border guards at Salcininkai, "
        "reported that several drivers had abandoned their trucks.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "abandoned their trucks")
    assert c.speaker not in ("article", "lrt") and c.via == "lrt", claims(ann)


def test_and_said_after_a_characterisation_and_when_is_the_same_speakers_next_claim(drafter):
    """ 'X called the plan "a betrayal" in parliament and said A': A is X's too, whatever stands
    between the quotation and "and said" (audit20: the words were lost)."""
    text = (
        "Row\n\nChile and Peru argued.\n\nSenator Ana Rojas called the treaty \"a betrayal\" in the Senate "
        "on Tuesday and said Chile would take the case to The Hague.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "take the case to The Hague")
    assert c.speaker == "ana-rojas" and c.status != "asserted", claims(ann)


@pytest.mark.parametrize(
    "subject",
    [
        "An officer of the Coast Guard at Port Blair, who was not authorised to speak,",
        "A minister in Mr. Ruto's government, who asked not to be named,",
        "An official at Kenya's fisheries ministry",
    ],
)
def test_an_unnamed_holder_of_a_role_in_a_body_speaks_not_the_body(drafter, subject):
    """ "An officer of the X", "A minister in Mr. Y's government, who asked not to be named,": one
    unnamed person, neither the body nor the person whose government it is (audit20)."""
    text = f"Row\n\nKenya and Uganda argued.\n\n{subject} said Ugandan boats had crossed the line.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "crossed the line")
    assert c.speaker.startswith("unnamed-"), claims(ann)


def test_after_an_accusation_a_semicolon_and_another_speaker_gives_their_words(drafter):
    """ "X accuses Y of A; Z says B": B is Z's claim (audit20: the clause after the semicolon was lost)."""
    text = (
        "Row\n\nIndia and Pakistan argued.\n\nNew Delhi accuses Pakistan of sheltering militants; Islamabad "
        "says India funds separatists in Balochistan.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "funds separatists")
    assert c.speaker == "pakistan" and c.status != "asserted", claims(ann)


def test_said_then_an_aside_then_that_cuts_the_claim_after_that(drafter):
    """ "X said last week, in a statement carried by Y, that A": A is X's words (through Y), not
    "last week, in a statement ..., that A" (audit20)."""
    text = (
        "Row\n\nFiji and Tonga argued.\n\nThe Chinese embassy said last week, in a statement carried by the "
        "Fiji Times, that the agreement targets a third party.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "targets a third party")
    assert c.quote.startswith("the agreement"), claims(ann)


def test_denied_any_role_is_the_deniers_claim(drafter):
    """ "The militia denied any role.": a denial in a few words, the militia's claim, never the
    article's fact (audit20; as "denied any such encounter")."""
    text = "Row\n\nKenya and Somalia argued.\n\nA convoy was attacked. Al-Shabaab denied any role.\n"
    ann = draft(drafter, text)
    c = claim_of(ann, "denied any role")
    assert c.speaker != "article" and c.status == "reported", claims(ann)


def test_a_say_over_is_a_noun_and_no_words(drafter):
    """ "in exchange for a say over which countries may ...": "say" is a noun there, and the
    clause after it nobody's words (audit20: drafted as the subject's claim)."""
    text = (
        "Row\n\nAustralia and Nauru signed a treaty.\n\nAustralia offered money in exchange for a say over "
        "which other countries may fund the island's police.\n"
    )
    ann = draft(drafter, text)
    assert not [c for c in ann.claims if c.quote.startswith("over which")], claims(ann)


# forms20 ---------------------------------------------------------------------------------------


def test_declined_to_comment_is_the_articles_statement_with_no_stance():
    """ "X declined to comment on Y": no answer is no rejection (the dev gold: the article's statement,
    no stance; forms20)."""
    text = (
        "Border row\n\nACCRA, March 12 (Reuters) - Ghana accused Togo on Monday of moving troops to the "
        "border.\n\nThe Togolese army declined to comment on Ghanaian troop movements.\n"
    )
    c = claim_of(draft(rules_only(), text), "declined to comment")
    assert (c.speaker, c.status, c.kind, c.stances) == ("article", "asserted", "statement", ()), c


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The Dawn newspaper reported that Iranian drones had struck a village near Panjgur.", "dawn"),
        ("The state broadcaster PTV reported that Iranian drones had struck a village near Panjgur.", "ptv"),
        ("Kayhan, a daily, reported that Iranian drones had struck a village near Panjgur.", "kayhan"),
    ],
)
def test_an_outlet_named_with_its_kind_reported_that_speaks_the_clause(sentence, outlet):
    """ "The X newspaper reported that CLAUSE", "the state broadcaster X reported that", "X, a daily,
    reported that": the outlet's report, not no claim (forms20)."""
    text = f"Border row\n\nISLAMABAD, March 12 (Reuters) - Pakistan and Iran traded charges.\n\n{sentence}\n"
    c = claim_of(draft(rules_only(), text), "drones had struck")
    assert (c.speaker, c.status) == (outlet, "reported"), c


def test_withdrawing_ones_own_ambassador_is_a_protest_against_the_other_state():
    """ "X has withdrawn its ambassador from Y", "X summoned home its envoy to Y": X against Y (forms20)."""
    text = (
        "Envoys\n\nGhana has withdrawn its ambassador from Togo after a border clash.\n\n"
        "Benin summoned home its envoy to Niger in protest.\n"
    )
    ann = draft(rules_only(), text)
    for words, holder, target in (("withdrawn", "ghana", "togo"), ("summoned home", "benin", "niger")):
        c = claim_of(ann, words)
        assert any((s.holder, s.target, s.polarity) == (holder, target, -1) for s in c.stances), c.stances


def test_a_party_named_with_a_lower_case_party_is_an_organization():
    """ "the ruling Civil Contract party", "the opposition party FRETILIN": an organization each, as the
    dev gold types parties; "a Kurdish party" names none (forms20)."""
    text = (
        "Vote row\n\nTwo lawmakers of the ruling Civil Contract party said the vote was unlikely. The "
        "opposition party FRETILIN said the deal had wasted money. A Kurdish party boycotted the vote.\n"
    )
    actors = {a.id: a.type for a in draft(rules_only(), text).actors}
    assert actors.get("civil-contract") == "organization" and actors.get("fretilin") == "organization", actors
    assert not any("kurdish" in a for a in actors), actors


def test_a_named_persons_office_speaks_for_itself():
    """ "In a statement, Prime Minister X's office said ...": the office's words (the dev convention for
    "his office said"), not X's (forms20)."""
    text = (
        "Border row\n\nKenya and Uganda argued on Thursday.\n\nIn a statement, Prime Minister Musalia "
        "Mudavadi's office said the talks would resume.\n"
    )
    c = claim_of(draft(rules_only(), text), "talks would resume")
    assert c.speaker == "musalia-mudavadi-office", c


def test_a_bare_state_title_is_of_the_state_the_dateline_names():
    """ "HANOI, March 12 (AFP) - ... Foreign Minister X told reporters": no state before the title, so the
    one the story is filed from (its capital in the dateline), not no state (forms20)."""
    text = (
        "Port plan\n\nHANOI, March 12 (AFP) - Vietnam said on Monday it would build a new port, a move China "
        "criticised.\n\nForeign Minister Bui Thanh Son told reporters the port would open in May.\n"
    )
    a = next(a for a in draft(rules_only(), text).actors if a.id == "bui-thanh-son")
    assert a.affiliation == ("vietnam",), a.affiliation


def test_the_two_countries_are_the_two_states_just_named():
    """ "The two countries recalled their ambassadors": each of the two states just named against the
    other; "Both governments condemned Z": both against Z (forms20)."""
    text = (
        "Drone row\n\nALGIERS, March 12 (Reuters) - Algeria shot down a drone from Mali on Monday.\n\n"
        "The two countries recalled their ambassadors after the incident. Both governments condemned "
        "Morocco.\n"
    )
    ann = draft(rules_only(), text)
    held = {(s.holder, s.target, s.polarity) for s in claim_of(ann, "The two countries").stances}
    assert {("algeria", "mali", -1), ("mali", "algeria", -1)} <= held, held
    held = {(s.holder, s.target, s.polarity) for s in claim_of(ann, "Both governments").stances}
    assert held == {("algeria", "morocco", -1), ("mali", "morocco", -1)}, held


def test_a_bare_title_after_another_states_name_is_left_alone():
    """ "Rwanda's New Times quoted Foreign Minister X" in a story filed from Kinshasa: not Congo's
    minister (another state's name before the title: in doubt, no state; forms20)."""
    text = (
        "Envoy summoned\n\nKINSHASA, March 12 (Reuters) - Congo summoned Rwanda's envoy on Friday.\n\n"
        "Rwanda's New Times newspaper quoted Foreign Minister Olivier Nduhungirehe as saying Kigali "
        "would not be drawn into a war.\n"
    )
    a = next(a for a in draft(rules_only(), text).actors if a.id == "olivier-nduhungirehe")
    assert "dr-congo" not in a.affiliation, a.affiliation


def test_the_two_who_formed_a_named_grouping_are_its_alleged_members():
    """ 'X accused A and B of ... The two now formed what he called an "axis of Y"': A and B are the
    alleged members (not the speaker's own side), never the article's fact (forms20)."""
    text = (
        "Axis row\n\nBAMAKO, March 12 (Reuters) - Mali's army spokesman Souleymane Dembele accused Algeria "
        'and France of arming rebels in the north.\n\nThe two now formed what he called an "axis of '
        'destabilisation" in the Sahel, Dembele said.\n'
    )
    ann = draft(rules_only(), text)
    members = {(m.member, m.group) for m in ann.memberships}
    assert members == {("algeria", "axis-of-destabilisation"), ("france", "axis-of-destabilisation")}, members
    c = claim_of(ann, "axis of destabilisation")
    assert c.speaker != "article" and c.status == "alleged", c


# --- artvoice20: the article's own clause beside someone's words ------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Malawi closed the crossing at Songwe on Friday; its trade ministry said the closure would last "
            "a week.\n",
            "Malawi closed the crossing at Songwe on Friday",
        ),
        (
            "Bay row\n\nOfficials met in Muscat on Monday.\n\nThe two neighbours have never agreed where the "
            "border runs through the bay, and the Yemeni government has long held that the whole of the bay "
            "is shared.\n",
            "The two neighbours have never agreed where the border runs through the bay",
        ),
    ],
)
def test_av20_a_report_before_a_semicolon_or_a_held_that_clause_is_the_articles(drafter, text, lead):
    """A clause of the article's own report before "; X said ..." or before ", and X has long held
    that ...": the article's, the words after the cut the second subject's."""
    c = claim_of(draft(drafter, text), lead)
    assert (c.speaker, c.status) == ("article", "asserted"), claims(draft(drafter, text))


@pytest.mark.parametrize(
    "text",
    [
        "Malawi armed the rebels in 2021; that is the finding of a UN panel.\n",
        "Malawi armed the rebels in 2021; Zambian officials also say so.\n",
        "Malawi armed the rebels in 2021, and Zambian officials said that was beyond doubt.\n",
    ],
)
def test_av20_a_clause_that_the_next_points_back_to_is_never_fact(drafter, text):
    ann = draft(drafter, text)
    assert _none_as_fact([c for c in ann.claims if "armed the rebels" in c.quote]), claims(ann)


def test_av20_a_lede_on_its_titles_own_report_keeps_its_voice_beside_a_charge(drafter):
    """The title holds the article's report and someone's charge; a lede with more words of the
    report than of the charge tells the report (a word or two of the charge may recur)."""
    text = (
        "Chile protests to Peru after fishing boat seized; Lima says crew fished illegally\n\n"
        "LIMA, May 3 (Wire) - Chile lodged a protest with Peru on Sunday over the seizure of a fishing boat "
        "off Arica, a day after its crew of six was taken to Callao.\n"
    )
    c = claim_of(draft(drafter, text), "Chile lodged a protest with Peru")
    assert (c.speaker, c.status) == ("article", "asserted")


def test_av20_a_lede_that_restates_the_charge_beside_a_title_report_is_never_fact(drafter):
    text = (
        "Kenya shuts border at Busia; Uganda says Kenyan troops armed rebels\n\n"
        "NAIROBI (Wire) - Kenyan troops armed the rebels near Busia on Monday, hours after the border "
        "was shut.\n"
    )
    assert _none_as_fact([c for c in draft(drafter, text).claims if "armed the rebels" in c.quote])


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            'Zambia\'s foreign minister said the charge was "absurd," and her government has recalled its '
            "envoy from Lilongwe.\n",
            "her government has recalled its envoy from Lilongwe.",
        ),
        (
            'Lusaka called the report "slander" and expelled two Malawian diplomats.\n',
            "expelled two Malawian diplomats.",
        ),
    ],
)
def test_av20_an_act_after_someones_quoted_words_is_the_articles_report(drafter, text, act):
    ann = draft(drafter, text)
    c = claim_of(ann, act)
    assert (c.speaker, c.status, c.quote) == ("article", "asserted", act), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        'Lusaka said Lilongwe had armed "the rebels" and expelled two Zambian traders.\n',
        'Lusaka said Lilongwe had armed "the rebels," and its army had sent troops north.\n',
        'Lusaka said Lilongwe was arming "the rebels," and also sent troops to the border.\n',
        'Lusaka called it "a plot" and sent troops north, as Lilongwe reportedly feared.\n',
    ],
)
def test_av20_an_act_that_may_be_in_the_words_is_never_the_articles(drafter, text):
    ann = draft(drafter, text)
    assert all(c.speaker != "article" for c in ann.claims), claims(ann)


# --- actors20: troops as their state's army, people by a long appositive, papers' lower-case names ---


def test_a_states_troops_are_its_army(drafter):
    """ "Zambian troops", "Angolan government forces": the state's army, these words among its names;
    an army the article names elsewhere takes them ("the Zambia Army"... "Zambian soldiers")."""
    text = (
        "Clash\n\nZambian troops and Angolan government forces exchanged fire on Monday near the river.\n\n"
        "Residents said pro-Russian forces had not been seen.\n"
    )
    ann = draft(drafter, text)
    names = {a.id: {a.label, *a.aliases} for a in ann.actors}
    assert "Zambian troops" in names.get("zambian-army", ()), names
    assert "Angolan government forces" in names.get("angolan-army", ()), names
    assert "angolan-government" not in names and not any(a.startswith("russian") for a in names), names


def test_a_full_name_with_a_long_appositive_is_a_person(drafter):
    """ "X Y, a 64-year-old ...", "X Y, whose ..., said": an age or a long "whose" clause before the
    verb makes the name a person's, however long the aside."""
    text = (
        "Harbour\n\nThe port reopened on Monday.\n\nTomasi Veikune, a 64-year-old former harbour pilot who "
        "still rows out to the reef every morning, remembers the old wharf.\n\nMele Havili, whose "
        "family's small bakery by the harbour was among the first shops to close, said the town was "
        "empty.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert {"tomasi-veikune", "mele-havili"} <= ids, ids


def test_a_papers_lower_case_last_word_is_part_of_its_name(drafter):
    """ "the Slovak daily Pravdive noviny", "the Serbian daily Vecernje novosti": the paper's whole name."""
    text = (
        "Bridge\n\nThe Slovak daily Pravdive noviny reported that the bridge would close, and the Serbian "
        "daily Vecernje novosti said the same.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert {"pravdive-noviny", "vecernje-novosti"} <= ids, ids


def test_the_army_after_a_state_is_its_army_but_not_an_army_officer(drafter):
    """ "Tunisia closed the crossing. The army said ...": the army of the state the paragraph names
    (curators alias it "army"); "an army officer", "the army-backed government" name no army."""
    text = "Crossing\n\nTunisia closed the crossing on Monday. The army said smugglers fired first.\n"
    ann = draft(drafter, text)
    assert "The army" in ann.actor("tunisian-army").aliases, [a.id for a in ann.actors]
    ids = {a.id for a in draft(drafter, "Crossing\n\nAn army officer in Tunisia said the army-backed "
                                        "government had closed the crossing.\n").actors}
    assert "tunisian-army" not in ids, ids


def test_a_bodys_name_goes_on_across_its_and_after_for(drafter):
    """ "the Federal Ministry for Energy and Climate Affairs": one body, not "... for Energy"."""
    text = "Plant\n\nThe Federal Ministry for Energy and Climate Affairs said the plant was unsafe.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "federal-ministry-for-energy-and-climate-affairs" in ids, ids


def test_sources_that_hold_a_view_are_sources(drafter):
    """ "Kenyan officials see it differently", "diplomats in Lusaka regard ...": a group of unnamed
    sources by what they hold, not only by what they say."""
    text = (
        "Dam\n\nTanzania wants the dam. Kenyan officials see it differently. Diplomats in Lusaka regard "
        "the plan as a gamble.\n"
    )
    names = {n.lower() for a in draft(drafter, text).actors for n in (a.label, *a.aliases)}
    assert {"kenyan officials", "diplomats in lusaka"} <= names, names


def test_an_organisation_in_a_treatys_or_members_name_is_no_actor(drafter):
    """ "the UN Convention on the Law of the Sea", "any UN member state", "the UN-backed radio": no
    mention of the UN as an actor of the story."""
    text = (
        "Reef\n\nGhana said the reef generates no zone under the UN Convention on the Law of the Sea and "
        "that no UN member state recognises the claim, the UN-backed Radio Kintampo reported.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert "united-nations" not in ids, ids


def test_the_seat_of_an_mp_is_no_person(drafter):
    """ "Ama Mensah, the MP for Keta North, told ...": Keta North is her constituency, no person."""
    text = "Fish\n\nAma Mensah, the MP for Keta North, told reporters that the boats had been seized.\n"
    ids = {a.id for a in draft(drafter, text).actors}
    assert "ama-mensah" in ids and "keta-north" not in ids, ids


def test_a_source_quoted_as_doing_anything_with_words_is_a_source(drafter):
    """ "quoted Oromia state security officials as calling the report ...": "as" and any -ing verb
    of their words, not only "as saying"."""
    text = (
        "Report\n\nThe daily Addis Fortune quoted Oromia state security officials as calling the report "
        "an excuse.\n"
    )
    names = {n for a in draft(drafter, text).actors for n in a.aliases}
    assert "Oromia state security officials" in names, names


# --- stances20 --------------------------------------------------------------------------------


def test_a_critics_words_on_the_government_are_against_their_own_states_government():
    """ 'Kamau, an opposition MP, said the government had "given the lake away"': the critic against
    their own state's government, as "accused the government of" is (stances20)."""
    text = (
        "Lake row\n\nNAIROBI, March 3 (Reuters) - Kenya and Uganda argued over the lake on Monday.\n\n"
        'Opposition MP Peter Kamau said the government had "given the lake away".\n'
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "given the lake away")
    assert any(s.target == "kenyan-government" and s.polarity == -1 for s in c.stances), c.stances


def test_a_ministers_words_on_the_government_are_no_critics():
    """ 'Foreign Minister X said the government had "no choice"': their own voice, no stance against
    the government (stances20)."""
    text = (
        "Lake row\n\nNAIROBI, March 3 (Reuters) - Kenya and Uganda argued over the lake on Monday.\n\n"
        'Foreign Minister Peter Kamau said the government had "no choice but to respond."\n'
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "no choice")
    assert not any(s.target.endswith("government") for s in c.stances), c.stances


def test_accusing_its_neighbour_is_against_the_other_side_of_the_dispute():
    """ "Togo accused its eastern neighbour of ...", in a Togo-Benin story: against Benin (stances20)."""
    text = (
        "Border row\n\nTogo and Benin traded charges on Monday. Benin denied sending troops; Togo said "
        "Benin was lying. Benin closed the border.\n\nTogo accused its eastern neighbour of letting "
        "French troops use its ports.\n"
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "French troops")
    assert any(s.target == "benin" and s.polarity == -1 for s in c.stances), c.stances


def test_calling_the_accusation_names_answers_the_one_who_made_it_even_a_person():
    """ 'X accused Kenya of ... . Y called the accusation "nonsense."': one charge answered, against
    the one who made it, a person too (stances20)."""
    text = (
        "Border row\n\nKenya and Uganda argued on Monday.\n\nUgandan MP John Okot accused Kenya of arming "
        'smugglers. Kenyan Interior Minister Mary Wanjiku called the accusation "nonsense."\n'
    )
    c = claim_of(draft(rules_only(), text), "nonsense")
    assert any(s.target == "john-okot" and s.polarity == -1 for s in c.stances), c.stances


def test_a_denial_passes_over_a_charge_made_by_the_deniers_own_side():
    """ "Uganda accused Kenya of ... . Kenyan MP X accused Uganda of lying. Kenya denies ...": the
    denial answers Uganda, not the Kenyan MP of its own side (stances20)."""
    text = (
        "Border row\n\nKenya and Uganda argued on Monday.\n\nUganda accused Kenya of arming smugglers. "
        "Kenyan MP John Okot accused Uganda of lying. Kenya denies arming anyone.\n"
    )
    c = claim_of(draft(rules_only(), text), "denies arming")
    assert [(s.target, s.polarity) for s in c.stances] == [("uganda", -1)], c.stances


# -- audit20b ---------------------------------------------------------------------------------


def test_who_calls_the_grouping_so_is_no_member_even_with_a_title():
    """ 'accused Laos of forming what Cambodia's defence chief called a "river pact" with Thailand':
    the army of "Cambodia's defence chief" names the grouping, it is no member (audit20b)."""
    text = (
        "River row\n\nOfficials in Phnom Penh accused Laos of damming the river, and of forming what "
        'Cambodia\'s army chief called a "river pact" with Thailand.\n'
    )
    ann = draft(rules_only(), text)
    assert {m.member for m in ann.memberships} == {"laos", "thailand"}, ann.memberships


def test_a_kind_of_a_known_grouping_does_not_make_it_a_member():
    """ 'a "mini-NATO"': a grouping likened to NATO, not one NATO belongs to (audit20b)."""
    text = (
        "Drills\n\nBeijing accused Manila and Canberra of building what it called a \"mini-NATO\" in "
        "the region.\n"
    )
    ann = draft(rules_only(), text)
    assert {m.member for m in ann.memberships} == {"philippines", "australia"}, ann.memberships


def test_a_time_ends_a_sentence_where_a_new_one_plainly_starts():
    """ "... until 4 a.m. Nepal's army said ...": two sentences, two speakers; "9 a.m. Friday" one
    sentence (audit20b)."""
    text = (
        "Curfew\n\nMayor Ram Thapa said the curfew in the town would last until 4 a.m. Nepal's army said "
        "troops would patrol the roads. Shops opened at 9 a.m. Friday, residents said.\n"
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "curfew in the town").speaker == "ram-thapa"
    assert "troops would patrol" not in claim_of(ann, "curfew in the town").quote
    assert claim_of(ann, "troops would patrol").speaker.endswith("army")


def test_a_named_speaker_of_a_stateless_body_takes_no_side_from_the_dateline():
    """ "PESHAWAR, Pakistan - ... X, an analyst at the International Crisis Group, told": X is of the group,
    not of the state the story is filed from (audit20b)."""
    text = (
        "Pakistan, Afghanistan trade fire at border\n\nPESHAWAR, Pakistan, May 4 (AP) - Pakistani and "
        "Afghan forces traded fire on Sunday, officials on both sides said.\n\nPakistan accused Afghanistan "
        "of sheltering militants. Kabul denied the charge.\n\nOmar Haidari, an analyst at the International "
        "Crisis Group, told the Associated Press that neither side could win.\n"
    )
    ann = draft(rules_only(), text)
    a = next(x for x in ann.actors if x.id == "omar-haidari")
    assert "pakistan" not in a.affiliation, a.affiliation


def test_a_blame_in_a_reported_clause_of_another_subject_is_that_subjects_act():
    """ "X said Dhaka was trying to blame Yangon for ...": X's words about Dhaka, the whole clause,
    and X against Dhaka, not against Yangon (audit20b)."""
    text = (
        "Refugee row\n\nBangladesh blamed Myanmar for the crisis. A Myanmar foreign ministry spokesman, "
        "Kyaw Min, said Dhaka was trying to blame Myanmar for its own camp failures.\n"
    )
    c = claim_of(draft(rules_only(), text), "camp failures")
    assert c.speaker == "kyaw-min" and c.quote.startswith("Dhaka was trying"), c
    own = {(s.target, s.polarity) for s in c.stances if s.holder in (None, "kyaw-min")}
    assert ("bangladesh", -1) in own and ("myanmar", -1) not in own, c.stances


def test_a_spokesman_whose_role_names_a_demonym_is_of_that_state():
    """ "X, a Nepali foreign ministry spokesman, said": Nepal's, not the state named last before him
    (audit20b)."""
    text = (
        "Dam row\n\nIndia blamed Nepal for the floods. Anil Rao, a Nepali foreign ministry spokesman, "
        "said the floods were natural.\n"
    )
    a = next(x for x in draft(rules_only(), text).actors if x.id == "anil-rao")
    assert list(a.affiliation) == ["nepal"], a.affiliation


def test_according_to_a_statement_of_no_one_named_is_the_subjects_own():
    """ "The Thai cabinet urged Cambodia to ..., according to a statement.": the cabinet's claim, from
    its verb, without the attribution (audit20b)."""
    text = (
        "Temple row\n\nThe Thai cabinet urged Cambodia to withdraw its troops from the temple, according "
        "to a statement.\n"
    )
    c = claim_of(draft(rules_only(), text), "withdraw its troops")
    assert c.speaker == "thai-cabinet", c
    assert c.quote == "urged Cambodia to withdraw its troops from the temple", c


def test_according_to_a_scholar_in_apposition_the_claim_starts_after_the_apposition():
    """ "According to X, an associate professor at Y, CLAUSE": CLAUSE, not the apposition (its "associ-ate
    ... at" was read as "associ" + "at"; a lecturer is no title but a source all the same) (audit20b)."""
    for who in ("an associate professor at Chulalongkorn University", "a lecturer at Mahidol University"):
        text = f"Canal\n\nAccording to Somchai Wong, {who}, Bangkok has dropped the canal plan.\n"
        c = claim_of(draft(rules_only(), text), "canal plan")
        assert c.quote == "Bangkok has dropped the canal plan.", c


def test_a_sum_pledged_is_an_act_not_words():
    """ "after Japan pledged $50 million to rebuild the port": a gift, no claim of Japan's whose words
    are "$50 million to ..." ("pledged that it would help" still is) (audit20b)."""
    text = (
        "Port\n\nThe vote came days after Japan pledged $80 million to rebuild the harbour in Apia. Japan "
        "also pledged that it would send engineers.\n"
    )
    ann = draft(rules_only(), text)
    assert not any(c.quote.startswith("$80 million") for c in ann.claims), claims(ann)
    assert claim_of(ann, "send engineers").speaker == "japan"


def test_a_speaker_last_with_a_bare_weekday_after_the_verb():
    """ "CLAUSE, officials on both sides said Friday." (a wire's "said Friday", no "on"): the
    officials' claim, as with "said on Friday" (audit20b)."""
    text = (
        "Clash\n\nLaos and Vietnam argued over the dam. Water levels rose by two metres overnight, "
        "flooding six villages, officials on both sides said Tuesday.\n"
    )
    c = claim_of(draft(rules_only(), text), "Water levels")
    assert c.speaker.startswith("unnamed-officials") and "said" not in c.quote, c


def test_a_so_called_thing_is_no_grouping():
    """ 'accused "some countries" of "playing up a so-called Chinese debt trap."': a thing so called, no
    bloc; "the so-called Squad" still is one (audit20b)."""
    text = (
        "Loans\n\nThe Chinese embassy in Dhaka accused \"some countries\" of \"playing up a so-called debt "
        'trap."\n\nIt accused Japan and India of joining "the so-called Squad."\n'
    )
    ann = draft(rules_only(), text)
    blocs = [a.label for a in ann.actors if a.type == "bloc"]
    assert not any("trap" in b for b in blocs) and any("Squad" in b for b in blocs), blocs


def test_sharing_someones_concerns_is_siding_with_them():
    """ "Canberra shared Manila's concerns": the speaker with Manila, not against it (audit20b)."""
    text = (
        "Reef\n\nAn Australian foreign ministry spokeswoman said Canberra shared Manila's concerns about "
        "the reef.\n"
    )
    c = claim_of(draft(rules_only(), text), "concerns")
    assert [(s.target, s.polarity) for s in c.stances] == [("philippines", 1)], c.stances


def test_a_spokesman_titled_by_a_body_named_before_is_of_that_body():
    """ "the defence ministry said ... . ..., defence ministry spokesman X told reporters": X is of the
    ministry the story named, though his paragraph names no body before him (audit20b)."""
    text = (
        "Drills\n\nMANILA, May 2 (AFP) - The Philippines will hold drills near the shoal, the defence "
        "ministry said on Monday.\n\nThe drills will last a week, defence ministry spokesman Ramon Cruz "
        "told reporters.\n"
    )
    ann = draft(rules_only(), text)
    ministry = next(a.id for a in ann.actors if a.type == "government-body")
    a = next(x for x in ann.actors if x.id == "ramon-cruz")
    assert ministry in a.affiliation, (ministry, a.affiliation)


def test_partners_of_a_grouping_after_where_it_is_are_members():
    """ 'accused A of building a "naval club" in the South China Sea with B and C': B and C are members
    (and targets of the speaker), not what the club is against (audit20b)."""
    text = (
        "Drills\n\nBeijing accused Manila of building a \"naval club\" in the South China Sea with Tokyo "
        "and Canberra.\n"
    )
    ann = draft(rules_only(), text)
    assert {m.member for m in ann.memberships} == {"philippines", "japan", "australia"}, ann.memberships
    c = claim_of(ann, "naval club")
    assert not any(s.holder == "naval-club" and s.target in ("japan", "australia") for s in c.stances)


def test_a_body_that_opens_a_persons_title_is_not_the_holder_against_that_person():
    """ "Fiji Police Minister X rejected the criticism.": the body in the title ("Fiji Police") is no
    holder with X its target (audit20b)."""
    text = (
        "Police deal\n\nAustralia criticised the deal on Monday. Fiji Police Minister Jone Tawake "
        "rejected the criticism.\n"
    )
    c = claim_of(draft(rules_only(), text), "Jone Tawake")
    assert not any(s.target == "jone-tawake" for s in c.stances), c.stances


# --- audit20c: errors a reader sees in fresh news drafts ------------------------------------


def test_plain_sources_that_did_something_saying_are_the_speakers_not_the_whole_clause(drafter):
    """ "Farmers in Bolivia have attacked the plan, saying ...": the farmers speak; the source's
    words stop at the verb (the whole clause made an ID too long to validate), past a dateline
    (audit20c)."""
    text = (
        "Tax row\n\nLIMA, May 2 - Opposition politicians in Peru have attacked the government over the "
        "deal, saying it had conceded too much.\n"
    )
    c = claim_of(draft(drafter, text), "conceded too much")
    assert c.speaker == "unnamed-opposition-politicians-peru", c.speaker


def test_a_first_surname_alone_names_a_person_with_two(drafter):
    """ "Julia Paredes Soto said ... . Paredes also accused ...": a Spanish name's first surname
    alone is the same person, not an unknown speaker (audit20c)."""
    text = (
        "Border row\n\nPeruvian Trade Minister Julia Paredes Soto said exports had fallen. Paredes also "
        "accused Chile of blocking trucks at the border.\n"
    )
    c = claim_of(draft(drafter, text), "blocking trucks")
    assert (c.speaker, c.status) == ("julia-paredes-soto", "alleged"), (c.speaker, c.status)


def test_a_described_minister_is_the_one_whose_title_fits_not_the_last_minister(drafter):
    """ "The Georgian interior minister added that ...", after an Armenian minister spoke: the
    Georgian one, whose title holds the words before "minister" (audit20c)."""
    text = (
        "Border row\n\nGeorgian Interior Minister Levan Kapanadze said the crossing would reopen. Armenian "
        "Economy Minister Ani Hakobyan said trucks were waiting.\n\nThe Georgian interior minister added "
        "that extra guards had been sent.\n"
    )
    c = claim_of(draft(drafter, text), "extra guards")
    assert c.speaker == "levan-kapanadze", c.speaker


def test_the_army_after_a_clause_on_troops_is_their_army_and_its_words_end_at_the_aside(drafter):
    """ "Chilean troops entered Tacna, the army said, the latest ...": the Chilean army (its troops
    are a name, not a mention; the last armed force mentioned was another) says the clause, and the
    comparison after the aside is the article's (audit20c)."""
    text = (
        "Border row\n\nPeru's navy seized two boats, Lima said.\n\nChilean troops entered Tacna province "
        "on Sunday, the army said, the latest in a series of patrols.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "Chilean troops entered")
    assert (c.speaker, c.quote) == ("chilean-army", "Chilean troops entered Tacna province on Sunday"), c
    assert claim_of(ann, "series of patrols").speaker == "article"


def test_a_headline_verb_is_not_part_of_an_unnamed_source_after_it(drafter):
    """ "Ecuador arrests Colombian fishermen near river border, Quito says": the fishermen are no source named
    "Ecuador arrests Colombian fishermen" (a verb after a state is not a word of a source's name)
    (audit20c)."""
    text = (
        "Ecuador arrests Colombian fishermen near disputed river border, Quito says\n\n"
        "Quito said the men were armed.\n"
    )
    ann = draft(drafter, text)
    assert not any(a.label.startswith("unnamed Ecuador") for a in ann.actors), [a.label for a in ann.actors]


def test_who_summons_an_envoy_to_complain_is_the_one_who_complains(drafter):
    """ "The Kazakh foreign ministry summoned the Chinese ambassador, NAME, to complain that ...":
    the ministry complains, not the envoy named in between (audit20c)."""
    text = (
        "Dam row\n\nThe Kazakh foreign ministry summoned the Chinese ambassador, Wei Lin, to complain "
        "that the new canal had cut the river's flow.\n"
    )
    c = claim_of(draft(drafter, text), "cut the river")
    assert c.speaker == "kazakh-foreign-ministry", c.speaker


def test_according_to_people_close_to_a_body_is_those_people(drafter):
    """ "..., according to two people close to the Peruvian defence ministry.": unnamed people, not the
    ministry the words name; "according to people familiar with the plans" is someone too (audit20c)."""
    text = (
        "Border row\n\nBolivia was not told of the exercise, according to two people close to the Peruvian "
        "defence ministry. Chile will extend the patrols, according to people familiar with the plans.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "not told").speaker.startswith("unnamed-people-close"), claim_of(ann, "not told")
    assert claim_of(ann, "extend the patrols").speaker.startswith("unnamed-people-familiar")


def test_a_person_described_after_an_opening_phrase_speaks_not_the_state_they_praise(drafter):
    """ "In an address on Monday, the 58-year-old leader thanked Brazil for ... and said ...": the
    leader named before speaks, not Brazil (the first actor of the clause) (audit20c)."""
    text = (
        "Dam row\n\nParaguayan Trade Minister Luis Benitez spoke briefly. In an address on Monday, the "
        "58-year-old leader thanked Brazil for its patience and said the tariff would be settled soon.\n"
    )
    c = claim_of(draft(drafter, text), "tariff would be settled")
    assert c.speaker == "luis-benitez", c.speaker


def test_a_state_that_claims_a_named_region_says_no_words(drafter):
    """ "Bolivia has long claimed the Atacama, a ...": a claim to a place, not words whose content is
    the place's description; "Bolivia claimed Chile had ..." stays Bolivia's words (audit20c)."""
    text = (
        "Border row\n\nBolivia has long claimed the Atacama, a desert region it lost in 1884. Bolivia "
        "claimed Chile had moved the border markers.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "long claimed").speaker == "article", claim_of(ann, "desert region")
    assert claim_of(ann, "moved the border").speaker == "bolivia"


def test_a_capitals_name_before_a_surname_is_a_first_name(drafter):
    """ "The bloc's envoy, Sofia Berglund, said ...": a person, not Bulgaria's capital speaking
    (audit20c)."""
    text = (
        "Sanctions row\n\nThe European Union's envoy to Armenia, Sofia Berglund, said the monitors "
        "would stay until the spring.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "monitors would stay").speaker == "sofia-berglund", claims(ann)


# --- actors20b: organisations beside the noun of what they are, idle legislatures, DFAT ---------


@pytest.mark.parametrize(
    ("text", "oid", "typ"),
    [
        ("The Slovak operator SPP said on Monday that the works would start.", "spp", "organization"),
        (
            "Officials blamed Harakat al-Nasr, a Sunni militant group that operates along the border.",
            "harakat-al-nasr",
            "organization",
        ),
        ("The company, Harbour-Gas, says its safety case was approved.", "harbour-gas", "organization"),
        (
            "About 900 trucks were stuck, according to the Polish carriers' association Transbud.",
            "transbud",
            "organization",
        ),
        ("Villagers said the militia Kora Watch had burned the crops.", "kora-watch", "armed-force"),
    ],
)
def test_an_organisation_beside_the_noun_of_what_it_is(text, oid, typ):
    """ "the Czech operator CEZ", "Jaish al-Adl, a Sunni militant group", "The company, One-Dyas,":
    an organisation (the name rules drafted these as people, or nothing in capitals) (actors20b)."""
    ann = draft(rules_only(), text)
    assert {a.id: a.type for a in ann.actors}.get(oid) == typ, ann.actors


def test_the_head_of_a_union_named_after_it_is_a_person():
    """ "The head of the fishermen's association, Tran Van Minh, said": a person (actors20b)."""
    ann = draft(rules_only(), "The head of the fishermen's union, Tran Van Minh, said boats were chased.")
    assert {a.id: a.type for a in ann.actors}.get("tran-van-minh") == "person", ann.actors


def test_a_legislature_named_in_passing_is_no_actor():
    """ "a law the Croatian parliament passed": the setting, no actor; one that speaks stays (actors20b)."""
    text = (
        "Border row\n\nZAGREB, May 3 - Croatia closed two crossings on Monday under a law the Croatian "
        'parliament passed last year. Serbia called the move "unlawful."\n'
    )
    ids = {a.id for a in draft(rules_only(), text).actors}
    assert "croatian-parliament" not in ids and "croatia" in ids, ids
    spoke = draft(rules_only(), 'Border row\n\nThe Croatian parliament said the border was "closed."\n')
    assert "croatian-parliament" in {c.speaker for c in spoke.claims}, spoke.claims


def test_australias_foreign_affairs_department_goes_by_its_initials():
    """The Department of Foreign Affairs and Trade is ``dfat`` in curated annotations (actors20b)."""
    ann = draft(rules_only(), "The Department of Foreign Affairs and Trade said it was consulting Tuvalu.")
    assert "dfat" in {c.speaker for c in ann.claims}, ann.claims


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Chile's Ministry of Civil Affairs said the list was final.", "Ministry of Civil Affairs of Chile"),
        (
            "Slovakia's Ministry of Mines and Trade said the mine was safe.",
            "Ministry of Mines and Trade of Slovakia",
        ),
    ],
)
def test_a_ministry_by_its_proper_name_after_its_state(text, label):
    """ "China's Ministry of Civil Affairs": a state's ministry the list of common bodies lacks, labelled
    by its formal name, and the speaker (actors20b)."""
    ann = draft(rules_only(), text)
    said = {a.label for a in ann.actors if a.id in {c.speaker for c in ann.claims}}
    assert label in said, ann.actors


def test_officials_at_a_named_ministry_stay_an_unnamed_source():
    """ "Officials at the Slovak Ministry of Industry and Trade said": the officials speak (actors20b)."""
    ann = draft(rules_only(), "Officials at the Slovak Ministry of Industry and Trade said it was safe.")
    assert all(c.speaker.startswith("unnamed") for c in ann.claims) and ann.claims, ann.claims


def test_a_high_commission_is_a_states_body():
    """ "Kenya's High Commission in Kampala said": Kenya's body, not an organisation (actors20b)."""
    ann = draft(rules_only(), "Kenya's High Commission in Kampala said in a reply that the deal was fair.")
    body = next(a for a in ann.actors if a.id in {c.speaker for c in ann.claims})
    assert body.type == "government-body" and body.label == "High Commission of Kenya", body


def test_a_government_office_with_a_longer_name_is_not_the_government():
    """ "Ghana's Government Information Service said": that service, not Ghana's government (actors20b)."""
    ann = draft(rules_only(), "Ghana's Government Information Service said it had no information.")
    assert [c.speaker for c in ann.claims] == ["government-information-service"], ann.claims


@pytest.mark.parametrize(
    ("text", "oid", "typ"),
    [
        ("Police said the Sinaloa cartel had moved into the valley.", "sinaloa-cartel", "organization"),
        ("Herders blamed the Dassanech militia for the raid.", "dassanech-militia", "armed-force"),
        ("Villagers blamed the FDLR militia for the raid.", "fdlr", "armed-force"),
        ("Navitas Petroleum said it would drill next year.", "navitas-petroleum", "organization"),
    ],
)
def test_a_cartel_a_militia_or_a_company_by_its_name(text, oid, typ):
    """ "the Sinaloa cartel", "the Dassanech militia" (an acronym's without its noun), a company whose
    name ends in its trade ("Navitas Petroleum"): an organisation or armed force, not a person (actors20b)."""
    ann = draft(rules_only(), text)
    assert {a.id: a.type for a in ann.actors}.get(oid) == typ, ann.actors


# coordinator, session 20
def test_a_charge_made_by_someone_is_their_alleged_accusation_and_the_denial_after_it_stays(drafter):
    """ "That charge has been made by X before, and Y has always rejected it, saying A": X's charge
    (alleged), Y's rejection and Y's words A; not one claim in the article's voice over the charge."""
    text = (
        "Dam row\n\nMalawi says Tanzania drained the lake.\n\nThat charge has been made by Malawi before, "
        "and Tanzania has always rejected it, saying its pumps were idle.\n"
    )
    ann = draft(drafter, text)
    charge = claim_of(ann, "That charge has been made")
    assert (charge.speaker, charge.status, charge.kind) == ("malawi", "alleged", "accusation"), claims(ann)
    assert not charge.quote.endswith("rejected it"), claims(ann)
    assert claim_of(ann, "its pumps were idle").speaker == "tanzania", claims(ann)


# stances21
STANCES21 = [
    pytest.param(  # "The Ministry regrets these remarks.": against the one of another side who spoke
        # last, whom the words do not name
        "Statement by the Ministry of Foreign Affairs of Ghana\n\n"
        "The Ministry of Foreign Affairs of Ghana has taken note of the interview given on Monday by "
        'Togo\'s Foreign Minister, Koffi Adjovi, who said that Ghana "shelters the rebels".\n\n'
        "The Ministry regrets these remarks.\n",
        "regrets these remarks",
        "koffi-adjovi",
        id="regret-these-remarks",
    ),
    pytest.param(  # "Peru resolutely opposes these activities.": an act named by "these" alone, in a
        # story of two states, is the other side's
        "Peru protests Chilean survey\n\n"
        "Peru said on Monday that a Chilean survey vessel had entered waters Peru claims. Chile has sent "
        "survey ships to the area twice this year, and Chile says the waters are its own. "
        "Chile did not answer.\n\n"
        "Peru resolutely opposes these activities.\n",
        "opposes these activities",
        "chile",
        id="oppose-these-activities",
    ),
    pytest.param(  # "Honduras demanded the release of its fishermen": the captor is the other side of
        # the dispute, whom the words do not name
        "Fishermen held\n\n"
        "Nicaragua's navy detained nine fishing boats near the islet on Sunday, Nicaragua said. "
        "Costa Rica and Nicaragua both claim the islet, which lies closer to Costa Rica.\n\n"
        "Costa Rica on Monday demanded the release of nine fishermen, saying Nicaragua had no right "
        "to hold them.\n",
        "demanded the release",
        "nicaragua",
        id="demand-release",
    ),
]


@pytest.mark.parametrize(("text", "quote", "target"), STANCES21)
def test_a_stance_on_what_the_words_do_not_name_is_against_the_other_side(text, quote, target):
    """A cue on "these remarks", "these activities", "the release of" names no target: the one who
    made the remarks, or the other side of the dispute (stances21)."""
    ann = draft(rules_only(), text)
    c = claim_of(ann, quote)
    assert (target, -1) in {(s.target, s.polarity) for s in c.stances}, claims(ann)


# actors21
def test_a_group_a_demonym_describes_is_the_target_of_the_charge():
    """ "blamed Bolivian smuggling networks": the networks are charged, not Bolivia (actors21)."""
    ann = draft(rules_only(), "Peru blamed Bolivian smuggling networks for the fuel shortage.")
    group = next(a for a in ann.actors if a.label == "Bolivian smuggling networks")
    assert group.id in {s.target for c in ann.claims for s in c.stances}, ann.claims


def test_a_group_an_act_befalls_is_no_side_of_its_own():
    """ "detained 12 Peruvian fishermen", "Peruvian fishermen had been beaten": the victims of an act,
    whose side is their state; no group of their own (actors21)."""
    for text in (
        "Bolivia detained 12 Peruvian fishermen near the lake.",
        "Peru said that Peruvian fishermen had been beaten by Bolivian police.",
    ):
        ann = draft(rules_only(), text)
        assert not any("fishermen" in a.label for a in ann.actors), ann.actors


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The minister told Coast FM he would resign.", "Coast FM"),
        ("Speaking on Peru Directo on Sunday, the minister said that Lima would not yield.", "Peru Directo"),
        ("An editorial in the Kenya Sentinel newspaper described the plan as theft.", "Kenya Sentinel"),
        ("The Coast Monitor, a Mombasa newspaper, quoting an official, said the port shut.", "Coast Monitor"),
        ("Zambia's state newspaper, The Mail, quoted an officer as saying that Malawi lied.", "The Mail"),
        ("Its spokesman told the Post and Courier last week that Chile was to blame.", "Post and Courier"),
        ("The paper, citing Channel 9, said that the minister had approved the plan.", "Channel 9"),
    ],
)
def test_an_outlet_by_its_whole_name(text, label):
    """An outlet's whole name: "told Coast FM he", "speaking on" a name that opens with a state's,
    "an editorial in the X newspaper", not the place of "a Mombasa newspaper", "The Mail" (one word
    of a paper's name is none), "the Post and Courier", "Channel 9" (actors21)."""
    ann = draft(rules_only(), text)
    media = {a.label for a in ann.actors if a.type == "media"}
    assert media == {label}, ann.actors


def test_a_charge_d_affaires_who_speaks_is_a_source_of_their_own():
    """ "The Charge d'Affaires stated that ...": an envoy by their title, as "the ambassador" (actors21)."""
    text = (
        "The ministry summoned the Charge d'Affaires of Chile in Lima. "
        "The Charge d'Affaires stated that the boat had been fishing lawfully."
    )
    ann = draft(rules_only(), text)
    speaker = next(a for a in ann.actors if a.id == claim_of(ann, "fishing lawfully").speaker)
    assert speaker.type == "person" and "Charge d'Affaires" in speaker.label, ann.actors


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Faroese government said Norway had taken too much mackerel.", "faroe-islands"),
        ("Gibraltar accused Spain of holding lorries at the border.", "gibraltar"),
        ("Officials in Avarua said the Chinese vessel had no permit.", "cook-islands"),
    ],
)
def test_a_self_governing_territory_is_a_side_of_its_own(text, state):
    """The Faroe Islands, Gibraltar, the Cook Islands (by a demonym, a capital): a side of a dispute,
    as the curators list it (actors21)."""
    ann = draft(rules_only(), text)
    assert state in {a.id for a in ann.actors}, ann.actors


def test_a_royal_body_keeps_its_whole_name():
    """ "The Royal Tonga Police said": that body by its name, not "Tongan police" (actors21)."""
    ann = draft(rules_only(), "The Royal Tonga Police said officers had made two arrests.")
    speaker = next(a for a in ann.actors if a.id == ann.claims[0].speaker)
    assert (speaker.id, speaker.label) == ("royal-tonga-police", "Royal Tonga Police"), ann.actors


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Regional Council on Water Resources said the dam was unsafe.",
         "Regional Council on Water Resources"),
        ("The Union of Coastal and Inland Traders, which speaks for most ports, said the fee was unfair.",
         "Union of Coastal and Inland Traders"),
    ],
)
def test_a_body_by_its_whole_name_and_no_person_inside_it(text, label):
    """ "the Regional Council on Water Resources" (its name goes on past "on"), "the Union of Coastal
    and Inland Traders" (no person "Inland Traders" inside it) (actors21)."""
    ann = draft(rules_only(), text)
    assert [a.label for a in ann.actors] == [label], ann.actors


@pytest.mark.parametrize("name", ["al-Qaeda", "al Qaeda", "Al-Qaida"])
def test_al_qaeda_in_the_gazetteer(name):
    """Al-Qaeda by any of its common spellings (it was missing from the gazetteer) (actors21)."""
    ann = draft(rules_only(), f"The army said {name} had carried out the attack on the post.")
    assert "al-qaeda" in {a.id for a in ann.actors}, ann.actors


# speed21
def test_the_verb_places_found_once_give_the_search_of_every_span(drafter):
    """The verbs of saying are found once a draft (``_speech_places``: overlapping places too) and
    ``_speech_in``/``_speaks`` read them: the same match as ``speech_re`` searching the span itself,
    wherever the span starts or ends (mid-word, cutting a longer verb to a shorter one)."""
    from kb.extract.drafter import Draft

    text = (
        "Officials said on Monday that Kenya warned Uganda; the minister says, reportedly, that\n"
        "talks stalled, told reporters the envoy. \"We deny it,\" she added, saying nothing more.\n"
    )
    d = Draft(drafter, text)
    for a in range(len(d.norm) + 1):
        for b in range(a, len(d.norm) + 1):
            want = drafter.speech_re.search(d.norm[a:b])
            got = d._speech_in(a, b)
            assert (want and (a + want.start(), a + want.end())) == (got and got.span()), (a, b)
            assert d._speaks(a, b) is (want is not None)


def test_the_mention_at_a_place_is_the_first_in_order_that_starts_there(drafter):
    """``mention_at`` (a bisection in the sorted mentions, then those appended after them) gives the
    first mention in list order that starts at a place, as a scan of every mention does."""
    from kb.extract.drafter import Draft

    d = Draft(drafter, "Kenya, Uganda and Tanzania met in Nairobi; Ethiopia and Egypt did not.\n")
    d.find_actors()
    d.mentions_in(0, 5)  # (the index made, then a mention appended after it)
    d.mentions += [type(d.mentions[0])(0, 5, "appended"), type(d.mentions[0])(1, 5, "appended-alone")]
    for at in range(len(d.norm) + 1):
        assert d.mention_at(at) is next((m for m in d.mentions if m.start == at), None), at


# audit21
@pytest.mark.parametrize(
    "text",
    [
        "Shops stayed shut along the coast road until noon, residents told Reuters.",
        "Shops stayed shut along the coast road until noon, residents told the Kenya News Agency by phone.",
    ],
)
def test_a_clause_then_who_told_an_outlet_is_their_words_through_it(text):
    """ "CLAUSE, residents told Reuters.": the clause is the residents' words, through the outlet;
    not the outlet's name as what they said (audit21: de-*, dy-*)."""
    ann = draft(rules_only(), text)
    said = [(c.speaker, c.quote, c.via) for c in ann.claims]
    assert len(said) == 1 and said[0][1].startswith("Shops stayed shut"), said
    assert said[0][0] != "article" and said[0][2] in {"reuters", "kenya-news-agency"}, said


@pytest.mark.parametrize(
    "sentence",
    [
        "The raiders reportedly escaped by boat across the river before dawn.",
        "Two police trucks were reportedly moved to the bridge overnight.",
        "The fishermen are believed to have drowned near the reef on Tuesday.",
    ],
)
def test_a_hedged_sentence_with_no_actor_is_an_allegation_in_no_ones_name(sentence):
    """ "The raiders reportedly escaped ...": the article passes on what it cannot source, though it
    names no actor; the unknown speaker's allegation, never the article's fact (audit21)."""
    text = f"Border raid\n\nKenya said on Monday that bandits had attacked a village.\n\n{sentence}\n"
    c = claim_of(draft(rules_only(), text), sentence[:20])
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged"), c


def test_reported_to_someone_is_no_hedge():
    """ "No such case has been reported to the commission.": to whom, not "reported to have" (audit21)."""
    text = (
        "Border raid\n\nKenya said on Monday that bandits had attacked a village near Kitale.\n\n"
        "No such case has been reported to the joint commission set up in 2019.\n"
    )
    assert all(c.speaker != "unknown-speaker" for c in draft(rules_only(), text).claims)


def test_according_to_information_available_to_the_issuer_is_an_allegation():
    """ "According to information available to the Ministry, A is said to ...": the statement passes
    A on from no one it names: alleged, not the Ministry's report nor its fact (audit21)."""
    text = (
        "STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS\n\n1. The Ministry protests the incursion of 3 May.\n\n"
        "2. According to information received by the Ministry, soldiers are also said to be digging "
        "a trench south of the river.\n"
    )
    c = claim_of(draft(rules_only(), text), "digging a trench")
    assert (c.speaker, c.status) == ("unknown-speaker", "alleged") and c.quote.startswith("soldiers"), c


def test_a_charge_denied_by_a_described_source_is_that_sources_rejection():
    """ "X accused Y of Z, a charge the ferry operators reject.": an answerer the article describes
    and does not name: their reported rejection, not the article's report (audit21)."""
    text = (
        "Ferry row\n\nTanzanian officials have accused Kenyan crews of overloading ferries, a charge "
        "the ferry operators reject.\n"
    )
    c = claim_of(draft(rules_only(), text), "a charge the ferry")
    assert (c.speaker, c.status, c.kind) == ("unnamed-ferry-operators", "reported", "rejection"), c


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Radio Kaya, citing an official of the drivers' union, reported that the lorries had been hit.",
            "unnamed-drivers-union-official",
        ),
        (
            "Le Phare reported, citing the National Directorate of Fisheries, that boats had been seized.",
            "national-directorate-of-fisheries",
        ),
        ("The agency, citing a senior police official, added that the lorries had been looted.", None),
    ],
)
def test_the_source_an_outlet_cites_speaks_an_official_of_a_body_a_body_by_its_name(sentence, speaker):
    """ "X, citing an official of the drivers' union, reported that A", "X reported, citing the National
    Directorate of Fisheries, that A", "X, citing Y, added that A": A is the cited source's words
    (dd-, dn-, ds-, dy-), not the outlet's nor no one's (audit21)."""
    text = f"Border row\n\nKenya and Uganda traded words on Monday.\n\n{sentence}\n"
    c = claim_of(draft(rules_only(), text), "had been")
    assert c.speaker == speaker if speaker else c.speaker.startswith("unnamed-") and "police" in c.speaker, c


def test_who_speaks_after_a_conjunction_is_the_subject_of_that_clause():
    """ "Kenya closed the border after herders in Turkana said A": A is the herders' words, not
    Kenya's (the sentence's subject) nor lost; the act before stays the article's (audit21)."""
    text = (
        "Border row\n\nKenya closed the border on Monday after herders in Turkana said Ugandan soldiers "
        "had crossed it twice this month.\n"
    )
    ann = draft(rules_only(), text)
    words = claim_of(ann, "Ugandan soldiers")
    assert words.speaker.startswith("unnamed-herders") and words.status != "asserted", claims(ann)
    assert claim_of(ann, "Kenya closed").speaker == "article", claims(ann)


# denial21
@pytest.mark.parametrize(
    ("text", "denial", "speaker"),
    [
        ("Peru accused Chile of it.\n\nChile denies the charge.\n", "Chile denies the charge.", "chile"),
        ("Peru accused Chile of it.\n\nChile has firmly rejected the accusations.\n", "Chile has", "chile"),
        ("Peru accused Chile of it.\n\nChilean officials have rejected similar suggestions before.\n",
         "Chilean officials", "unnamed-chilean-officials"),
        ("Peru accused Chile of it.\n\nChile's foreign minister, Ana Rojas, dismissed the allegations.\n",
         "dismissed the allegations", "ana-rojas"),
    ],
)  # fmt: skip
def test_a_short_denial_of_a_charge_is_the_deniers_reported_words(drafter, text, denial, speaker):
    """ "Chile denies the charge.": a party's position, not a fact the article establishes (denial21;
    the dw/dx/dy gold's convention)."""
    c = claim_of(draft(drafter, text), denial)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(draft(drafter, text))


# fact25: a denial with an adjective before its noun, of a complaint or an idea, "in the past" or "at
# the time", of having done something ("denied making any such request"), and a subject whose post
# names someone else ("X, adviser to President Y, rejected the charge": X speaks, not Y)
@pytest.mark.parametrize(
    ("text", "denial", "speaker"),
    [
        ("Peru accused Chile of it.\n\nThe Chilean navy has rejected the Peruvian accusation.\n",
         "has rejected", "chilean-navy"),
        ("Peru accused Chile of it.\n\nChile's fisheries ministry rejected the complaint.\n", "the complaint",
         "chilean-fisheries-ministry"),
        ("Peru accused Chile of it.\n\nChilean diplomats dismiss the idea.\n", "dismiss the idea",
         "unnamed-chilean-diplomats"),
        ("Peru accused Chile of it.\n\nChile has rejected that charge in the past.\n", "in the past",
         "chile"),
        ("Peru accused Chile of it.\n\nChile rejected the charge at the time.\n", "at the time", "chile"),
        ("Peru said Chile asked for it.\n\nChile's navy has denied making any such request.\n",
         "denied making", "chilean-navy"),
        ("Peru accused Chile of it.\n\nMarta Soto, adviser to President Luis Vera, rejected the charge.\n",
         "rejected the charge", "marta-soto"),
        ("Peru accused Chile of it.\n\n18:40 -- The Chilean navy has rejected the Peruvian accusation.\n",
         "has rejected", "chilean-navy"),
    ],
)  # fmt: skip
def test_a_denial_in_more_of_its_forms_is_the_deniers_reported_words(drafter, text, denial, speaker):
    c = claim_of(draft(drafter, text), denial)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(draft(drafter, text))


def test_a_rejection_of_a_plan_stays_the_articles_report(drafter):
    """ "Chile rejected the plan.": an act towards a proposal, not a denial of words (denial21)."""
    c = claim_of(draft(drafter, "Peru met Chile.\n\nChile rejected the plan.\n"), "rejected the plan")
    assert c.speaker == "article", c


# members21
def test_a_label_before_an_accusation_is_the_speakers_claim_and_its_members_alleged():
    """ 'X described A, B and C as "a cod club ..." and accused D of ...': the label is X's first claim,
    alleged, and A, B and C members of the claimed grouping on it, not lost to the accusation that
    follows (dc-, dg-, dm-; members21)."""
    text = (
        "Fishing row\n\nOn state television, the host Ivan Petrov described Norway, Iceland and Denmark "
        'as "a cod club that wants the Arctic for itself" and accused Oslo of "doing the work of others."\n'
    )
    ann = draft(rules_only(), text)
    label = claim_of(ann, "cod club")
    assert label.speaker == "ivan-petrov" and label.status == "alleged", claims(ann)
    assert claim_of(ann, "accused Oslo").status == "alleged", claims(ann)
    members = {(m.member, m.group, m.claim) for m in ann.memberships}
    assert {m for m, _g, c in members if c == label.id} == {"norway", "iceland", "denmark"}, members


def test_who_describes_before_a_groupings_name_is_no_member():
    """ "French officials, who asked not to be named, describe it as part of what they call "a
    Chad-Niger tandem"": Chad and Niger are the members, not the officials who describe it, even
    when the claim's speaker is left unresolved (dw-, dy-: the namer was drafted a member; members21)."""
    text = (
        "Sahel row\n\nMali and Niger traded words on Monday. French officials, who asked not to be named, "
        'describe it as the visible part of what they call "a Chad-Niger tandem" working against Paris.\n'
    )
    ann = draft(rules_only(), text)
    members = {m.member for m in ann.memberships}
    assert members == {"chad", "niger"}, (members, claims(ann))


def test_a_grouping_noun_and_its_clause_are_a_name_not_a_verb_and_its_object():
    """ 'described Chad, Kenya and Uganda as "an axis that feeds the rebels"': "axis that" is the
    grouping's noun and its clause, not a verb and its object ("stealing the triangle"); the three are
    its members, alleged (dg-: the grouping was lost; members21)."""
    text = (
        "Border row\n\nThe army spokesman, Nabil Abdallah, described Chad, Kenya and Uganda as "
        '"an axis that feeds the rebels."\n'
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, "axis that feeds")
    assert c.status == "alleged", claims(ann)
    assert {m.member for m in ann.memberships if m.claim == c.id} == {"chad", "kenya", "uganda"}, claims(ann)


def test_who_spoke_last_week_of_a_grouping_is_no_member():
    """ "Sudan's envoy to the United Nations, X, spoke last week of "an Abu Dhabi-Kampala axis"": the
    members are the two the name joins, not the envoy nor the UN, even when the speaker is left
    unresolved: "spoke of" with a time between (dw-; members21)."""
    text = (
        "Border row\n\nSudan's envoy to the United Nations, Al-Harith Idriss, spoke last week of "
        '"an Abu Dhabi-Kampala axis" feeding the war.\n'
    )
    ann = draft(rules_only(), text)
    assert {m.member for m in ann.memberships} == {"united-arab-emirates", "uganda"}, claims(ann)


@pytest.mark.parametrize(
    ("quote", "group"),
    [
        ('"step by step into an anti-Chinese coalition" with Tokyo and Canberra', "anti-chinese-coalition"),
        ('"a quiet anti-Chinese coalition" with Tokyo and Canberra', "quiet-anti-chinese-coalition"),
    ],
)
def test_a_quotation_that_leads_into_a_groupings_name_names_it_from_its_article(quote, group):
    """ 'Manila was being drawn "step by step into an anti-Chinese coalition" with Tokyo and Canberra':
    the grouping is the "anti-Chinese coalition", not the whole quotation, and its members those
    "with" it (dc-; members21)."""
    text = f"Sea row\n\nA Chinese spokesman, Lin Wei, said Manila was being drawn {quote}.\n"
    ann = draft(rules_only(), text)
    members = {(m.member, m.group) for m in ann.memberships}
    assert {("japan", group), ("australia", group)} <= members, (members, claims(ann))


# speed21c
def test_the_mentions_kept_by_span_are_those_a_scan_finds_as_the_list_grows(drafter):
    """``mentions_in`` keeps its answers by span from the claim step on: each is a new list (a
    caller may change its own), and an appended mention or a new list is seen at once."""
    from kb.extract.drafter import Draft

    d = Draft(drafter, "Kenya, Uganda and Tanzania met in Nairobi; Ethiopia and Egypt did not.\n")
    d.find_actors()
    d._mentions_memo = (d.mentions, len(d.mentions), {})  # (as find_claims starts)

    def scan(s: int, e: int) -> list:
        return [m for m in d.mentions if m.start >= s and m.end <= e]

    spans = [(s, e) for s in range(0, len(d.norm), 3) for e in range(s, len(d.norm) + 1, 5)]
    for s, e in spans * 2:
        got = d.mentions_in(s, e)
        assert got == scan(s, e), (s, e)
        got.append(None)  # (a caller's own list)
    d.mentions.append(type(d.mentions[0])(0, 5, "appended"))
    d.mentions = d.mentions[1:]
    for s, e in spans:
        assert d.mentions_in(s, e) == scan(s, e), (s, e)


def test_covered_is_an_overlap_with_a_claim_drafted_as_a_scan_finds_it(drafter):
    """``covered`` answers no at once for a span after every claim's end (the greatest end drafted),
    and as a scan of the claims does everywhere, a claim cut shorter or dropped after too."""
    from kb.extract.drafter import Draft

    d = Draft(drafter, "Kenya said Uganda had closed the border. Uganda denied it. Tanzania said no more.\n")
    d.run()
    d.add_claim("kenya", 5, 30, form="body", direct=False)
    d.claims[-1].end = 20  # (cut shorter after, as _viewed_appositive does)

    def scan(s: int, e: int) -> bool:
        return any(c.start < e and s < c.end for c in d.claims)

    spans = [(s, e) for s in range(len(d.norm) + 2) for e in range(s, len(d.norm) + 2, 3)]
    assert all(d.covered(s, e) == scan(s, e) for s, e in spans)
    d.claims = []
    assert not any(d.covered(s, e) for s, e in spans)


# actors22


def test_one_of_a_group_is_named_by_the_group_in_the_singular(drafter):
    """ "One of them" who speaks (past an aside) is one of the group named before in the paragraph:
    curators name them by the group's words in the singular (``unnamed-customs-officer``), never
    ``unnamed-one-of-them``; "one of his aides" by the noun; the last people the paragraph names when
    no source was drafted for the group ("The herders of Karamoja ...")."""
    ids = lambda text: {a.id for a in draft(drafter, text).actors}  # noqa: E731
    got = ids(
        "Customs officers in Malaba said the queue stretched for ten kilometres on Monday. One of them,"
        " who asked not to be named, said the scanners had been broken for a week.\n"
    )
    assert "unnamed-customs-officer" in got and "unnamed-one-of-them" not in got
    got = ids("One of his aides, speaking on condition of anonymity, said the talks had stalled.\n")
    assert "unnamed-aide" in got
    got = ids(
        "The herders of Karamoja have their own view. One of them, who has grazed cattle there for"
        " decades, told reporters the soldiers never came.\n"
    )
    assert "unnamed-karamoja-herder" in got


def test_honourable_is_a_form_of_address_not_part_of_the_name(drafter):
    """ "the Minister, Honourable Grace Mutale, met ...": "Honourable" (a form of address of
    Commonwealth statements) is no word of her name, as "Dr" or "Sir" is none."""
    text = "The Minister, Honourable Grace Mutale, said the border would reopen.\n"
    got = {a.id for a in draft(drafter, text).actors}
    assert "grace-mutale" in got and not any(a.startswith("honourable") for a in got)


def test_its_source_is_named_with_its_owner(drafter):
    """ "Its officials said ..." after a state named in the paragraph: curators put the owner first in
    the source's ID, by its demonym (``unnamed-rwandan-officials``), not a bare ``unnamed-officials``."""
    text = (
        "Rwanda closed the crossing at Gisenyi on Monday. Its officials said the closure would last"
        " until the end of the month.\n"
    )
    got = {a.id for a in draft(drafter, text).actors}
    assert "unnamed-rwandan-officials" in got and "unnamed-officials" not in got


# stances22
def test_a_stance_toward_a_states_soldiers_is_one_toward_its_army_too():
    """ "accused Malawian troops of ...": against Malawi and against the one army of Malawi the
    text names as such; "accused Malawi of ...", against the state alone (stances22)."""
    text = (
        "Border row\n\nZambia's defence minister, Peter Banda, accused Malawian troops of burning "
        "two villages near Chitipa. The Malawi Defence Force has not commented.\n"
    )
    army = next(a.id for a in draft(rules_only(), text).actors if a.type == "armed-force")
    assert {("malawi", -1), (army, -1)} <= _stances_of(rules_only(), text)
    state = text.replace("Malawian troops", "Malawi")
    assert ("malawi", -1) in _stances_of(rules_only(), state)
    assert (army, -1) not in _stances_of(rules_only(), state)


def test_a_stance_toward_a_state_named_only_in_its_bodys_name_is_toward_that_body_too():
    """ "accused the Government of Togo of ...", "accused Togolese soldiers of ...": against Togo and
    against the body whose name alone names it (its government, its army); where the claim names
    Togo bare as well, against the state alone (stkin23)."""
    text = (
        "Border row\n\nAma Owusu, Ghana's foreign minister, accused the Government of Togo of closing "
        "the crossing at Aflao.\n"
    )
    assert {("togo", -1), ("togo-government", -1)} <= _stances_of(rules_only(), text)
    troops = text.replace("the Government of Togo", "Togolese soldiers")
    army = next(a.id for a in draft(rules_only(), troops).actors if a.type == "armed-force")
    assert {("togo", -1), (army, -1)} <= _stances_of(rules_only(), troops)
    bare = text.replace("at Aflao", "that Togo shares with Ghana")
    got = _stances_of(rules_only(), bare)
    assert ("togo", -1) in got and ("togo-government", -1) not in got, got


def test_a_demonym_that_names_a_states_land_or_sea_is_no_target_of_a_hostile_tone():
    """ "harassed our boats in Latvian waters": Latvia is where it happened, not whom the words are
    against; the Estonian boats that did it are (stances22)."""
    text = (
        "Baltic fishing row\n\nA fisherman, Andris Kalns, said Estonian patrol boats had harassed "
        "his crew in Latvian waters.\n"
    )
    got = _stances_of(rules_only(), text)
    assert ("estonia", -1) in got and ("latvia", -1) not in got, got


def test_a_dismissive_label_with_a_demonym_is_a_stance_against_its_state():
    """ "the map was a Venezuelan fantasy": against Venezuela (the label's word is hostile); "the
    fantasies of the Venezuelan press" is the press's, not the state's (stances22)."""
    text = "Border row\n\nHugh Todd, Guyana's foreign minister, said the map was a Venezuelan fantasy.\n"
    assert ("venezuela", -1) in _stances_of(rules_only(), text)
    press = text.replace("a Venezuelan fantasy", "a fantasy of the Venezuelan press")
    assert ("venezuela", -1) not in _stances_of(rules_only(), press)


def test_a_friendly_word_after_so_called_is_disowned_and_a_cartel_is_hostile():
    """ "a so-called fisheries partnership that is really a cartel": against the members, not
    for them ("so-called" disowns the friendly word; "cartel" is hostile) (stances22)."""
    text = (
        "Tuna row\n\nJone Rabuka, Fiji's fisheries minister, said Tonga and Samoa were running a so-called "
        "fisheries partnership that is really a cartel.\n"
    )
    got = _stances_of(rules_only(), text)
    assert ("tonga", 1) not in got and ("samoa", 1) not in got, got
    assert ("tonga", -1) in got and ("samoa", -1) in got, got


def test_a_capital_after_friends_or_partners_in_is_its_government_not_a_place():
    """ "our friends in Tbilisi": Georgia, whom the friendly words are for; "talks in Tbilisi"
    stays a place (stances22)."""
    text = (
        "Pipeline talks\n\nArmenia's foreign minister, Ararat Mirzoyan, said our friends in Tbilisi "
        "had always supported the project.\n"
    )
    assert ("georgia", 1) in _stances_of(rules_only(), text)
    place = text.replace("our friends in Tbilisi had", "the talks in Tbilisi had")
    assert ("georgia", 1) not in _stances_of(rules_only(), place)


@pytest.mark.parametrize("verb", ["fight over", "clash over", "spar over", "row over"])
def test_a_pair_in_a_present_tense_headline_quarrel_is_against_each_other(verb):
    """ "Chile and Peru fight over a fishing zone": each against the other, as "clashed" is; not
    "fight for a shared zone" (stances22)."""
    text = f"Chile and Peru {verb} a fishing zone\n\nThe row began in May.\n"
    assert {("chile", -1), ("peru", -1)} <= _stances_of(rules_only(), text)
    together = "Chile and Peru fight for a shared fishing zone\n\nThe talks began in May.\n"
    assert not {("chile", -1), ("peru", -1)} & _stances_of(rules_only(), together)


# voice22 -------------------------------------------------------------------------------------


def test_a_wires_notes_on_who_has_not_spoken_are_the_articles(drafter):
    """'No group has claimed the attack.', 'Neither government has announced an inquiry.', 'X's
    office did not respond ...', 'The official was not named.': the article's own report."""
    ann = draft(
        drafter,
        "Border post attacked near Busia\n\nGunmen attacked a border post near Busia on Tuesday night.\n\n"
        "No group has claimed the attack. Neither government has announced an inquiry. Wafula's office "
        "did not respond to requests for comment. A police officer described the attack. "
        "The official was not named.\n",
    )
    for words in ("No group has claimed the attack.", "Neither government has announced an inquiry.",
                  "Wafula's office did not respond", "The official was not named."):  # fmt: skip
        c = claim_of(ann, words)
        assert (c.speaker, c.status) == ("article", "asserted"), words


def test_who_claimed_an_attack_in_someones_words_is_never_the_articles(drafter):
    """The allegation twin: a claim of the attack that someone reports stays theirs, and a
    sentence that goes on to someone's charge is not read as a note on who has not spoken."""
    for text, alleged in (
        ("Border post attacked near Busia\n\nGunmen attacked a border post near Busia on Tuesday night.\n\n"
         "Kenyan officials say a Ugandan group has claimed the attack.\n",
         "a Ugandan group has claimed the attack"),
        ("Border post attacked near Busia\n\nGunmen attacked a border post near Busia on Tuesday night.\n\n"
         "No group has claimed the attack, but Kenyan officials say Ugandan rebels carried it out.\n",
         "Ugandan rebels carried it out"),
    ):  # fmt: skip
        ann = draft(drafter, text)
        assert not drafted_as_fact(ann, alleged), claims(ann)


def test_a_dash_bullet_and_a_lede_that_name_no_actor_are_the_articles(drafter):
    """A line opened by a dash ('- Two guards were killed and one wounded.') and the story's
    first paragraph past its headlines ('Every spring, the ferry ... stops ...'): the article's
    narrative, though they name no actor."""
    ann = draft(
        drafter,
        "Ferry halted on Lake Kivu\n\nEvery spring, the ferry between Goma and Gisenyi stops for a month "
        "while the harbour is dredged.\n\nTraders said they had lost most of their income.\n\n"
        "- The harbour master resigned on Friday.\n- Two guards were killed and one wounded.\n",
    )
    for words in ("Every spring, the ferry", "Two guards were killed"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status) == ("article", "asserted"), words


def test_a_hedged_lede_or_dash_bullet_is_never_the_articles_fact(drafter):
    """The allegation twins: a lede that hedges, a dash bullet that reports someone's account."""
    ann = draft(
        drafter,
        "Ferry halted on Lake Kivu\n\nEvery spring, Rwandan boats are said to cross the line near Gisenyi "
        "at night.\n\nTraders said they had lost most of their income.\n\n"
        "- The harbour master resigned on Friday.\n- Rwandan soldiers reportedly seized the pier.\n",
    )
    twins = ("Rwandan boats are said to cross the line", "Rwandan soldiers reportedly seized the pier")
    for alleged in twins:
        assert not drafted_as_fact(ann, alleged), (alleged, claims(ann))


def test_a_narrative_goes_on_after_a_plain_sentence_of_no_one(drafter):
    """'The first note was short.' is no one's claim and carries no one's words: the sentence
    after it is the article's narrative ('The fishing season opens in March.')."""
    ann = draft(
        drafter,
        "Talks in Kampala\n\nKenya protested on Monday and Uganda replied on Tuesday.\n\n"
        "The first note was short. The fishing season opens in March.\n",
    )
    c = claim_of(ann, "The fishing season opens in March.")
    assert (c.speaker, c.status) == ("article", "asserted")


def test_a_narrative_never_goes_on_after_an_announced_list(drafter):
    """The twin: 'Armenian officials gave a grim list.' names no actor the rules know and has no
    claim, but announces their words: what follows is theirs, never the article's."""
    ann = draft(
        drafter,
        "Armenia and Azerbaijan held talks on Monday.\n\nArmenian officials gave a grim list. The fishing "
        "boats were sunk. Its drones had struck a school.\n",
    )
    assert not drafted_as_fact(ann, "Its drones had struck a school"), claims(ann)


def test_how_words_landed_and_who_said_nothing_are_the_articles(drafter):
    """'That did not satisfy the opposition.', 'That account did not last a day.' (after someone's
    words), '..., although Berlin has said nothing in public.', 'A spokesman for ... could not be
    reached for comment.', 'X's government did not return calls.': the article's own report."""
    texts = (
        "Kenya accuses Uganda\n\nKenya accused Uganda on Monday of arming rebels near Busia.\n\n"
        '"Kampala pays them," the minister said. That did not satisfy the opposition. That account did '
        "not last a day.\n",
        "Lorry queues at the Brenner\n\nItaly asked Brussels on Tuesday to act against Austria over "
        "lorry limits.\n\nGermany has sided with Rome, according to a diplomat in Munich, although "
        "Berlin has said nothing in public.\n",
        "Clash at the border\n\nSoldiers exchanged fire near Kye-Ossi on Monday, officials said.\n\n"
        "A spokesman for the Gabonese army could not be reached for comment. Cameroon's government "
        "did not return calls.\n",
    )
    found = [c for text in texts for c in draft(drafter, text).claims]
    for words in ("That did not satisfy the opposition.", "That account did not last a day.",
                  "Berlin has said nothing in public.", "could not be reached for comment.",
                  "Cameroon's government did not return calls."):  # fmt: skip
        c = next(c for c in found if words in c.quote)
        assert (c.speaker, c.status) == ("article", "asserted"), words


def test_a_charge_after_how_words_landed_or_who_said_nothing_is_never_the_articles(drafter):
    """The allegation twins: the same openings going on to someone's charge stay out of the
    article's voice."""
    for text, alleged in (
        ("Kenya accuses Uganda\n\nKenya accused Uganda on Monday of arming rebels near Busia.\n\n"
         "That did not stop Uganda from arming the rebels, Kenyan officials say.\n",
         "Uganda from arming the rebels"),
        ("Lorry queues at the Brenner\n\nItaly asked Brussels on Tuesday to act against Austria.\n\n"
         "Berlin has said nothing in public, but officials say it armed the rebels.\n",
         "it armed the rebels"),
        ("Clash at the border\n\nSoldiers exchanged fire near Kye-Ossi on Monday.\n\n"
         "A spokesman could not be reached, but police say Gabonese troops crossed the border.\n",
         "Gabonese troops crossed the border"),
    ):  # fmt: skip
        ann = draft(drafter, text)
        assert not drafted_as_fact(ann, alleged), claims(ann)


def test_a_place_states_all_claim_is_the_articles_report(drafter):
    """'Kenya and Uganda both claim the island.': the states' title to a place, the article's
    report, not a hedge; 'both claim that ...' stays a hedge, never the article's fact."""
    ann = draft(
        drafter,
        "Fishermen held on Lake Victoria\n\nUgandan police detained twelve Kenyan fishermen near Migingo on "
        "Sunday.\n\nKenya and Uganda both claim the island. The rock is home to about 500 people.\n\n"
        "Kenya and Uganda both claim that Tanzanian boats cross the line at night.\n",
    )
    c = claim_of(ann, "both claim the island")
    assert (c.speaker, c.status) == ("article", "asserted")
    assert not drafted_as_fact(ann, "Tanzanian boats cross the line"), claims(ann)


def test_front_pages_and_camps_people_live_in_name_no_grouping(drafter):
    """'the front pages', 'live in camps', 'cartel clashes': a grouping word that names no grouping
    leaves the article its voice; 'form a camp against' still names one (alleged, no one's fact)."""
    ann = draft(
        drafter,
        "Herders killed near the border\n\nMauritania summoned the Malian ambassador on Friday.\n\n"
        "Soldiers arrested six smugglers near the town of Nema on Thursday, the latest arrests to reach "
        "the front pages in Nouakchott.\n\nMali and Niger now form a camp against Mauritania.\n",
    )
    c = claim_of(ann, "the front pages in Nouakchott")
    assert (c.speaker, c.status) == ("article", "asserted")
    c = claim_of(ann, "form a camp against Mauritania")
    assert c.speaker != "article" and c.status == "alleged"


def test_a_toll_of_officers_with_its_wounded_is_the_articles(drafter):
    """'Three officers were killed and two wounded.', even right after someone's words: a toll and
    nothing else; 'killed by Ghanaian fire' says whose act it was, someone's charge."""
    ann = draft(
        drafter,
        "Border post attacked near Aflao\n\nGunmen attacked a border post near Aflao on Sunday, "
        "police said.\n\n"
        '"They came at night," a trader said. Three officers were killed and two wounded.\n\n'
        "Togolese officials said two guards were killed by Ghanaian fire and three others injured.\n",
    )
    c = claim_of(ann, "Three officers were killed and two wounded.")
    assert (c.speaker, c.status) == ("article", "asserted")
    assert not drafted_as_fact(ann, "killed by Ghanaian fire"), claims(ann)


# --- words22 ---------------------------------------------------------------------------------


def test_items_under_a_heading_of_saying_keep_the_speakers_they_name(drafter):
    """ "WHAT THEY SAY:" names nobody: each item that names its own speaker ("* X said ...") is that
    speaker's words, not swallowed as words of no one; an item with no speaker of its own stays
    nobody's claim (never the article's)."""
    text = (
        "Kenya closes border crossing\n\nWHAT THEY SAY:\n\n"
        '* Kenya\'s interior ministry said the crossing would stay shut "until further notice."\n'
        "* Uganda's foreign ministry said the closure broke a trade agreement.\n"
    )
    ann = draft(drafter, text)
    said = {c.quote: c.speaker for c in ann.claims}
    assert said['the crossing would stay shut "until further notice."'] == "kenyan-interior-ministry"
    assert said["the closure broke a trade agreement."] == "ugandan-foreign-ministry"
    bare = draft(drafter, "Kenya closes border crossing\n\nWHAT THEY SAY:\n\n* The crossing stays shut.\n")
    assert not [c for c in bare.claims if "stays shut" in c.quote]


def test_a_relative_clause_of_saying_on_an_actor_named_before_it_is_that_actors_words(drafter):
    """ "X told the daily Y, which said A": A is Y's words (not the article's, not X's); the same
    for a source described before ", who said"."""
    text = (
        "Traders stranded at Busia\n\n"
        '"We pay for their quarrel," one trader told the Kenyan daily Nation, which said queues of '
        "lorries stretched back ten kilometres by Saturday.\n"
    )
    ann = draft(drafter, text)
    said = claim_of(ann, "queues of lorries")
    assert said.quote.startswith("queues of lorries") and said.speaker == "nation"
    assert said.speaker != "article"
    goma = "The post fell at dawn, according to a civil society leader in Goma, who said two were missing."
    ann = draft(drafter, "Clash at Goma\n\n" + goma + "\n")
    assert claim_of(ann, "two were missing").speaker.startswith("unnamed-civil-society")


def test_remarks_attributed_to_a_source_according_to_whom_are_the_sources_words(drafter):
    """A statement's "remarks attributed by Y to X (who was not named), according to whom A": A is
    X's words (as "according to which" after a statement of X), never the issuer's fact."""
    text = (
        "Statement of the Ministry of Foreign Affairs\n\n"
        "The Ministry has taken note of remarks attributed by the Daily Monitor to a spokesman of the "
        'Ugandan police who was not named, according to whom the Kenyan boat had "entered without '
        'permission."\n'
    )
    ann = draft(drafter, text)
    said = claim_of(ann, "entered without")
    assert said.quote.startswith("the Kenyan boat had") and "spokesman" in said.speaker


def test_a_states_envoy_placed_in_a_city_speaks_not_the_state_nor_the_city(drafter):
    """ "Angola's ambassador in Windhoek said A": the ambassador (an unnamed holder of the office, the
    place kept in the surface), not Angola and not Namibia for its capital."""
    text = "Water row deepens\n\nAngola's ambassador in Windhoek said the reduction was needed for repairs.\n"
    ann = draft(drafter, text)
    said = claim_of(ann, "the reduction was needed")
    assert said.speaker == "unnamed-angolan-ambassador"
    envoy = next(a for a in ann.actors if a.id == said.speaker)
    assert "Angola's ambassador in Windhoek" in envoy.aliases


def test_a_speaker_who_gave_only_a_first_name_is_that_named_person(drafter):
    """ '"A," said a farmer who gave only his first name, Ali.': Ali speaks (the curators' actor, by
    his first name), not an unnamed farmer; a first name that is a known actor's name makes none."""
    said = '"We heard the shells," said a farmer who gave only his first name, '
    ann = draft(drafter, "Shelling at the border\n\n" + said + "Ali.\n")
    assert claim_of(ann, "We heard the shells").speaker == "ali"
    assert next(a for a in ann.actors if a.id == "ali").type == "person"
    ann = draft(drafter, "Shelling at the border\n\n" + said + "Jordan.\n")
    assert all(c.speaker != "jordan" for c in ann.claims)


# speed22


def test_own_or_affiliated_is_membership_of_own_and_the_holders_people(drafter):
    """``_own_or_affiliated`` answers as membership of ``own | {every actor the holder is in the
    affiliation of}`` does, for actors drafted, affiliated or not, and not drafted at all."""
    from kb.extract.drafter import Draft

    d = Draft(drafter, "Kenya's foreign minister said Uganda and Rwanda had closed the border.\n")
    d.run()
    d.add_actor("a-person", type="person", label="A Person")
    d.actors["a-person"]["affiliation"].append("kenya")
    for holder in [*d.actors, "nobody"]:
        own = {holder}
        whole = own | {a for a, x in d.actors.items() if holder in x.get("affiliation", ())}
        for actor in [*d.actors, "not-drafted"]:
            assert d._own_or_affiliated(actor, own, holder) == (actor in whole), (holder, actor)


# reject22
def test_a_short_denial_of_the_claim_is_the_deniers_reported_words(drafter):
    """'Suriname rejected the claim.': "claim" names the charge answered, no hedge on the denial;
    the denier's reported words, against the one who made the charge, as 'denied the charge' is."""
    ann = draft(
        drafter,
        "Gunboats seen near Nickerie\n\nGuyana accused Suriname of sending gunboats into its waters on "
        "Monday.\n\nSuriname rejected the claim.\n",
    )
    c = claim_of(ann, "Suriname rejected the claim.")
    assert (c.speaker, c.status) == ("suriname", "reported")
    assert [(s.target, s.polarity) for s in c.stances] == [("guyana", -1)]
    c = claim_of(ann, "sending gunboats")
    assert (c.speaker, c.status) == ("guyana", "alleged")


def test_the_claim_a_denial_names_before_its_words_stays_alleged(drafter):
    """'rejects the claim, made by X, that Y': the words follow, Y is X's allegation, never the
    denier's fact nor the article's (the hedge on "claim" stays)."""
    ann = draft(
        drafter,
        "Ministry answers Paramaribo\n\nGuyana and Suriname met in Georgetown on Monday.\n\n"
        "The Ministry rejects the claim, made by a Surinamese navy spokesman, that Guyanese boats had "
        "entered Surinamese waters.\n",
    )
    assert not drafted_as_fact(ann, "Guyanese boats had entered"), claims(ann)


def test_so_called_is_no_verb_of_saying(drafter):
    """'were running a so-called "northern corridor"': "called" joined to "so-" is an adjective,
    not a speaker characterising something; the clause is whole, hedged by "so-called"."""
    ann = draft(
        drafter,
        "Migrants at Chacalluta\n\nA senator, Rodrigo Saavedra, said on Tuesday that Peru and Bolivia were "
        'running a so-called "northern corridor" for migrants.\n',
    )
    c = claim_of(ann, "northern corridor")
    assert c.quote.startswith("Peru and Bolivia were running"), claims(ann)
    assert (c.speaker, c.status) == ("rodrigo-saavedra", "alleged")


def test_a_rejection_answers_no_charge_of_its_own_side():
    """'China rejected the account.' after its own ministry's counter-charge: the account answered is
    the other side's (South Korea's), never a stance of China against its own ministry."""
    ann = draft(
        rules_only(),
        "Trawlers rammed in the Yellow Sea\n\nSouth Korea accused Chinese trawlers of ramming a patrol "
        "boat near Socotra Rock on Monday.\n\nThe Chinese Foreign Ministry accused the South Korean coast "
        "guard of firing first. China rejected the account.\n",
    )
    c = claim_of(ann, "China rejected the account.")
    assert [(s.target, s.polarity) for s in c.stances] == [("south-korea", -1)]


# coordinator22: labels of unnamed sources that open a sentence


def test_an_unnamed_source_that_opens_a_sentence_is_labelled_in_lower_case(drafter):
    """'Local newspapers reported ...': the capital is the sentence's, not a name's; the label reads
    'unnamed local newspapers'. A name keeps its capital ('Kenyan officials', a demonym the gazetteer
    knows), and so does a word the text capitalises mid-sentence."""
    ann = draft(
        drafter,
        "Border row deepens\n\nLocal newspapers reported that Kenyan officials had closed the crossing. "
        "Kenyan officials said the closure was temporary.\n",
    )
    labels = {a.label for a in ann.actors if a.id.startswith("unnamed-")}
    assert "unnamed local newspapers" in labels, labels
    assert "unnamed Kenyan officials" in labels, labels


def test_sentence_case_label_keeps_names():
    from kb.extract.actors import sentence_case_label

    text = "Officials in Yaren said so. Later the Nauru Officials Union met."
    assert sentence_case_label("unnamed Officials in Yaren", text, set()) == "unnamed Officials in Yaren"
    assert sentence_case_label("unnamed Officials in Yaren", "Officials in Yaren said so.", set()) == (
        "unnamed officials in Yaren"
    )
    assert sentence_case_label("unnamed Frelimo's spokesman", "Frelimo's spokesman said.", set()) == (
        "unnamed Frelimo's spokesman"
    )
    assert sentence_case_label("unnamed Traders in X", "Traders in X said.", {"Traders"}) == (
        "unnamed Traders in X"
    )


# actors22b


def test_an_outlet_named_before_its_media_noun(drafter):
    """'Ruritania's semi-official Zorba news agency said', 'the Vellum newspaper reported': the outlet
    is the name before the noun; 'the Kurdish broadcaster Rudaw' is Rudaw, not 'Kurdish'."""
    ann = draft(
        drafter,
        "Ferry route closed\n\nThe Zorba news agency said the ferry would not sail on Monday.\n\n"
        "Later, the Vellum newspaper reported that the port was shut.\n\n"
        "An official told the Kurdish broadcaster Rudaw that the talks had failed.\n",
    )
    media = {a.id for a in ann.actors if a.type == "media"}
    assert {"zorba", "vellum"} <= media and "kurdish" not in media, media
    assert claim_of(ann, "the ferry would not sail on Monday").speaker == "zorba"


def test_a_source_not_named_quoted_as_saying_ends_before_as(drafter):
    """'quoted a port official who was not named as saying A': the source is 'a port official who was
    not named' (not '... named as'), and A is its words via the paper."""
    ann = draft(
        drafter,
        "Port dispute\n\nThe Vellum Times quoted a port official who was not named as saying that the "
        "cranes had been idle for a week.\n",
    )
    c = claim_of(ann, "the cranes had been idle for a week")
    source = next(a for a in ann.actors if a.id == c.speaker)
    assert "a port official who was not named" in source.aliases, source.aliases
    assert not any(x.endswith(" as") for x in source.aliases)


def test_a_body_named_by_an_occupation_in_the_plural(drafter):
    """'The Ruritanian Pelagic Fishermen's Association said A', 'the Cocoa Farmers Union': the body
    speaks (its name holds an occupation, a title's word); a singular title stays a title ('Chief
    Cabinet Secretary' is no 'Chief Cabinet')."""
    ann = draft(
        drafter,
        "Quota row\n\nThe Ruritanian Pelagic Fishermen's Association said the quota was unfair.\n\n"
        "On Monday the Cocoa Farmers Union said prices had fallen.\n\n"
        "Chief Cabinet Secretary Ito Hana said the talks would go on.\n",
    )
    ids = {a.id for a in ann.actors}
    assert claim_of(ann, "the quota was unfair").speaker == "ruritanian-pelagic-fishermens-association"
    assert claim_of(ann, "prices had fallen").speaker == "cocoa-farmers-union"
    assert "chief-cabinet" not in ids, ids


# --- voice23 -------------------------------------------------------------------------------------

_SAID = " A Togolese official said Ghana had armed the smugglers."
_RIVER_COLUMN = (
    "The ferry is not a border\n\nBy Ama Mensah\n\nLast month Togo closed the Volta ferry at Kpando.{said}"
    " {sentence}\n\nAma Mensah writes on West Africa from Accra.\n"
)
"""A column of our own: its byline, a report of an act, maybe someone's words, then the sentence."""


@pytest.mark.parametrize(
    "sentence",
    [
        "I have crossed on that ferry since I was a child.",
        "Our fishermen have waited long enough.",
        "We deserve better than a closed gate.",
    ],
)
def test_a_columns_sentence_that_names_no_actor_is_its_writers(drafter, sentence):
    """In a column, a sentence of its writer that names no actor is the article's voice (voice23):
    the curators take the columnist's own report and view so, the first person included."""
    ann = draft(drafter, _RIVER_COLUMN.format(said="", sentence=sentence))
    c = claim_of(ann, sentence.rstrip("."))
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)


def test_a_sentence_that_names_no_actor_outside_a_column_keeps_no_voice(drafter):
    """The same sentence with no byline, after someone's words: not the article's."""
    text = _RIVER_COLUMN.replace("By Ama Mensah\n\n", "").format(
        said=" A Togolese official said the ferry was unsafe.", sentence="Nothing has been done since."
    )
    assert not drafted_as_fact(draft(drafter, text), "Nothing has been done since")


@pytest.mark.parametrize("sentence", ["That was naive of me.", "But it does not speak for us."])
def test_a_columnists_first_person_after_someones_words_is_the_writers(drafter, sentence):
    """Right after someone's words, a column's sentence that opens on a pronoun or a joining word
    is the writer's when the writer speaks in it in the first person (voice23); the words before
    stay the official's."""
    text = _RIVER_COLUMN.format(said=_SAID, sentence=sentence)
    ann = draft(drafter, text)
    c = claim_of(ann, sentence.rstrip("."))
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert not drafted_as_fact(ann, "Ghana had armed the smugglers")


@pytest.mark.parametrize(
    "sentence",
    ["They also pay the customs men.", "The rifles came from the north.", "It was not the first time."],
)
def test_a_columns_sentence_after_someones_words_without_its_writer_is_never_fact(drafter, sentence):
    """The allegation twin: after someone's words, a column's sentence without its writer in it
    may carry those words on, and is never the article's fact (voice23)."""
    text = _RIVER_COLUMN.format(said=_SAID, sentence=sentence)
    assert not drafted_as_fact(draft(drafter, text), sentence.rstrip(".")), claims(draft(drafter, text))


def test_a_columns_headline_above_its_byline_is_its_writers(drafter):
    """A column's standfirst above its byline, naming no actor ("A closed landing is a choice"), is
    its writer's view, the article's voice (voice23)."""
    text = _RIVER_COLUMN.replace("\n\nBy", "\n\nA closed landing is a choice, not a fate\n\nBy")
    ann = draft(drafter, text.format(said="", sentence="Nothing has been done since."))
    assert claim_of(ann, "A closed landing is a choice").speaker == "article", claims(ann)


def test_a_line_that_opens_on_by_is_a_byline_only_when_short(drafter):
    """ "By the next morning Kofi Boateng had ...": a sentence, not a byline; the article is no
    column, and a sentence of it that names no actor is not its writer's (voice23)."""
    text = _RIVER_COLUMN.replace(
        "By Ama Mensah", "By the next morning the minister, Kofi Boateng, had left Lomé for talks in Accra."
    ).format(said=_SAID, sentence="I have crossed on that ferry since I was a child.")
    assert not drafted_as_fact(draft(drafter, text), "I have crossed on that ferry")


@pytest.mark.parametrize(
    ("standfirst", "fact"),
    [("Lomé should reopen the ferry at Kpando", True), ("Togo should stop arming the smugglers", False)],
)
def test_a_columns_call_above_its_byline_is_its_writers_but_never_a_charge(drafter, standfirst, fact):
    """A column's standfirst that calls on someone ("Lomé should reopen the ferry"), right above the
    byline, is its writer's appeal, the article's voice, as in the column's body; one whose call
    presupposes a charge ("should stop arming ...") never is (voice23)."""
    text = _RIVER_COLUMN.replace("\n\nBy", f"\n\n{standfirst}\n\nBy")
    ann = draft(drafter, text.format(said="", sentence="Nothing has been done since."))
    assert drafted_as_fact(ann, standfirst) is fact, claims(ann)


# speakers23


def test_an_answer_reports_a_source_it_only_describes(drafter):
    """In a Q&A, 'A: The herders in the valley tell me patrols come at night' is the herders' claim,
    not the interviewee's, though the answer names them by description only; a sentence the answer
    says in its own voice stays the interviewee's. Its allegation twin ('allegedly') is never fact."""
    ann = draft(
        drafter,
        "Q&A: 'We wait': a herder on the river border\n\n"
        "Moussa Diallo is a herder in the valley. He spoke to us by phone.\n\n"
        "Q: And the patrols?\n\n"
        "A: The herders in the valley tell me patrols come through at night twice a week. "
        "I have seen them myself.\n\n"
        "Q: And the soldiers?\n\n"
        "A: The traders at the market tell me soldiers allegedly burned two boats last month.\n",
    )
    c = claim_of(ann, "patrols come through at night")
    assert c.speaker not in ("moussa-diallo", "unknown-speaker", "article"), claims(ann)
    assert c.quote.startswith("patrols"), c.quote
    assert claim_of(ann, "I have seen them myself").speaker == "moussa-diallo"
    assert not drafted_as_fact(ann, "burned two boats"), claims(ann)


def test_told_me_the_words_start_after_whom(drafter):
    """'A fisherman told me the catch had fallen', 'Officials tell us the road will reopen': 'me' and
    'us' are whom the words were told, not the first word of them; 'told them to leave' (an order)
    keeps its object."""
    ann = draft(
        drafter,
        "LILONGWE, March 3 - Talks resumed on Monday.\n\n"
        "A fisherman in Karonga told me the catch had fallen by half since 2023. "
        "Local officials tell us the road will reopen next week.\n",
    )
    assert claim_of(ann, "the catch had fallen").quote.startswith("the catch"), claims(ann)
    assert claim_of(ann, "the road will reopen").quote.startswith("the road"), claims(ann)


def test_a_source_before_an_aside_that_says_it_is_not_named(drafter):
    """'A surveyor from the land registry, who asked not to be named, said A': one unnamed person (the
    words the text calls them), where no claim was drafted; its allegation twin is never fact."""
    ann = draft(
        drafter,
        "Wall row\n\nYAOUNDE, March 3 - Work on the wall resumed on Monday.\n\n"
        "A surveyor from the land registry, who asked not to be named because he was not authorised "
        "to speak to the press, said at least three sections stood on the wrong side.\n\n"
        "A member of the river delegation, speaking on condition of anonymity, said the talks "
        "had allegedly been sabotaged by the army.\n",
    )
    c = claim_of(ann, "three sections stood on the wrong side")
    who = next(a for a in ann.actors if a.id == c.speaker)
    assert "surveyor from the land registry" in who.aliases, (who.id, who.aliases)
    assert c.quote.startswith("at least"), c.quote
    other = claim_of(ann, "sabotaged by the army")
    assert other.speaker.startswith("unnamed-") and other.speaker != c.speaker, claims(ann)
    assert not drafted_as_fact(ann, "sabotaged by the army"), claims(ann)


def test_a_plain_source_before_a_where_aside_or_one_of_aside(drafter):
    """'Business owners in Jinja, where the cargo was ordered, said A': the owners (the aside opens
    with 'where'); 'Grace Atim, one of the two keepers who live on the island, said B': Atim, near
    her verb once the aside is skipped."""
    ann = draft(
        drafter,
        "Border closed\n\nKAMPALA, March 3 - The border stayed shut on Monday.\n\n"
        "Business owners in Jinja, where the cargo had been ordered, said the closure had cost them "
        "weeks of work.\n\n"
        "Grace Atim, one of the two keepers who live on the island in rotation, said the puffins had "
        "come back early this year.\n",
    )
    assert "business-owners" in claim_of(ann, "cost them weeks of work").speaker, claims(ann)
    assert claim_of(ann, "the puffins had come back early").speaker == "grace-atim", claims(ann)


def test_a_title_after_an_unnamed_person_is_not_that_person(drafter):
    """'A surveyor, who asked not to be named, said A. The minister said B': the minister is not the
    surveyor (a description stands for the person just named only when it fits an unnamed one)."""
    ann = draft(
        drafter,
        "Wall row\n\nYAOUNDE, March 3 - Work on the wall resumed on Monday.\n\n"
        "A surveyor from the land registry, who asked not to be named, said three sections stood on "
        "the wrong side. The minister said at most two boats were seized.\n",
    )
    surveyor = claim_of(ann, "three sections stood").speaker
    assert claim_of(ann, "two boats were seized").speaker != surveyor, claims(ann)


def test_he_said_after_a_woman_s_words_is_not_hers(drafter):
    """'"A," he said. "B."' right after the words of a woman the text calls 'she': neither A nor B is
    hers (the man who says them is not one the draft knows), and the article never takes them."""
    ann = draft(
        drafter,
        "Court hears embassy case\n\nTHE HAGUE, March 3 - The court opened hearings on Monday.\n\n"
        'The raid "tore up the most basic rule of diplomatic life," Ruritania\'s agent, Maria Lopez, told '
        "the judges. No government, she argued, could decide for itself when an embassy was open.\n\n"
        'Counsel for Ruritania walked the judges through the footage of the night. "You will see no '
        'warrant," he said. "You will see a ladder."\n',
    )
    for words in ("You will see no warrant", "You will see a ladder"):
        assert all(c.speaker not in ("maria-lopez", "article") for c in ann.claims if words in c.quote), (
            claims(ann)
        )


def test_a_presidents_office_is_the_presidency_of_their_state(drafter):
    """'President X's office says A': X's office, labelled as curators label a head of state's office
    ('Office of the President of Ruritania'), not 'Office of X'; a minister's office keeps its name."""
    ann = draft(
        drafter,
        "Border row\n\nMAPUTO, March 3 - The border stayed shut on Monday.\n\n"
        "Mozambique's President Amadeu Tembe spoke on Sunday. President Amadeu Tembe's office says it is "
        "in contact with Pretoria.\n",
    )
    c = claim_of(ann, "in contact with Pretoria")
    office = next(a for a in ann.actors if a.id == c.speaker)
    assert office.label == "Office of the President of Mozambique", (office.id, office.label)


def test_an_acronym_in_brackets_after_the_place_a_name_ends_with(drafter):
    """'The UN Observer Mission in Ruritania (UNOMIR) said A': the mission goes by its acronym, though
    its name as drafted stops before 'in Ruritania' (the curators' ID is the acronym's)."""
    ann = draft(
        drafter,
        "Clashes\n\nKABUL, March 3 - Fighting broke out on Monday.\n\n"
        'The UN Observer Mission in Ruritania (UNOMIR) said it was "deeply concerned" by reports of '
        "casualties.\n",
    )
    assert claim_of(ann, "deeply concerned").speaker == "unomir", claims(ann)


def test_an_asked_opener_names_no_one_who_speaks(drafter):
    """'Asked whether Tonga could pay without cuts, the finance minister told reporters that A': the
    minister's words (a participle's subject is the clause's), not Tonga's nor no one's."""
    ann = draft(
        drafter,
        "Debt row\n\nNUKUALOFA, March 3 - Tonga faces its first repayments this year.\n\n"
        "Asked in March whether Tonga could meet them without cutting spending, the finance minister "
        'told reporters that the debts would be paid "in full and on time."\n',
    )
    c = claim_of(ann, "the debts would be paid")
    assert c.speaker not in ("tonga", "article", "unknown-speaker"), claims(ann)
    assert "finance minister" in next(a for a in ann.actors if a.id == c.speaker).label


def test_words_that_name_no_one_but_they_go_on_against_whom_the_speaker_named_before():
    """'accused Belarus of A. "They send them every night," X said.': the same speaker, the same
    paragraph, words that name no one but "they": against Belarus again (stline23); words about
    no "they" of the speaker's own side take no stance from the words before."""
    lead = (
        "Balloon row\n\nVILNIUS - Lithuania's interior minister, Agne Vaitkute, accused Belarus of sending "
        "smuggling balloons over the border. "
    )
    ann = draft(rules_only(), lead + '"They send them every night, and they know where," Vaitkute said.\n')
    assert stances_of(claim_of(ann, "They send them every night")) == {("agne-vaitkute", "belarus", -1)}
    ann = draft(rules_only(), lead + '"Our patrols watch the sky every night," Vaitkute said.\n')
    assert stances_of(claim_of(ann, "Our patrols watch the sky")) == set()


def test_remarks_called_hostile_names_are_against_whoever_made_them():
    """'X said A. Y called the remarks "reckless and false."': Y against X, the last one of another
    side who spoke (stline23); remarks called "fair and wise" take no stance against anyone."""
    lead = "Lake row\n\nKenya's foreign minister, Musa Otieno, said on Monday that Uganda was "
    ann = draft(
        rules_only(),
        lead + '"stealing our lake." Uganda\'s foreign ministry called the remarks "reckless and false."\n',
    )
    got = stances_of(claim_of(ann, "called the remarks"))
    assert got == {("ugandan-foreign-ministry", "musa-otieno", -1)}, got
    ann = draft(
        rules_only(),
        lead + '"keeping the lake clean." Uganda\'s foreign ministry called the remarks "fair and wise."\n',
    )
    assert not any(s.polarity < 0 for s in claim_of(ann, "called the remarks").stances)


@pytest.mark.parametrize("noun", ["idea", "picture", "video"])
def test_a_representation_refused_is_against_whoever_gave_it(noun):
    """'X said A. Y dismissed the idea as "fiction."': Y against X, as for "the remarks" (stances27);
    not where the refusal is denied ("did not dismiss the idea")."""
    lead = (
        "Reef row\n\nFiji's fisheries minister, Sela Tora, said on Monday that Tonga was "
        '"fishing in our waters." '
    )
    ann = draft(rules_only(), lead + f'Tonga\'s foreign ministry dismissed the {noun} as "fiction."\n')
    got = stances_of(claim_of(ann, f"dismissed the {noun}"))
    assert ("tongan-foreign-ministry", "sela-tora", -1) in got, got
    ann = draft(rules_only(), lead + f"Tonga's foreign ministry did not dismiss the {noun} outright.\n")
    assert all(s.target != "sela-tora" for c in ann.claims for s in c.stances)


def test_a_hostility_disowned_is_a_friendly_word_for_whom_it_names():
    """'had "no quarrel with the Ugandan people"': a hostility the words disown, for Uganda
    (stline23); 'would "not accept any threat to its boats from the Ugandan police"' refuses a
    hostility, no friendly word: no stance for the police."""
    lead = "Lake row\n\nKenya's foreign minister, Musa Otieno, said on Monday that Kenya "
    ann = draft(rules_only(), lead + 'had "no quarrel with the Ugandan people."\n')
    assert stances_of(claim_of(ann, "no quarrel with")) == {("musa-otieno", "uganda", 1)}
    ann = draft(rules_only(), lead + 'would "not accept any threat to its boats from the Ugandan police."\n')
    assert not any(s.polarity > 0 for s in claim_of(ann, "not accept any threat").stances)


def test_a_pair_that_fought_or_whose_relations_with_each_other_soured_is_against_each_other():
    """'Peru and Ecuador fought a war over the valley', "Peru's relations with Ecuador soured": each
    against the other, in the article's words (stline23); 'fought together against the smugglers'
    is no war between them: Ecuador holds nothing against Peru."""
    pair = {("peru", "ecuador", -1), ("ecuador", "peru", -1)}
    head = "Border history\n\n"
    ann = draft(rules_only(), head + "Peru and Ecuador fought a war over the Cenepa valley in 1995.\n")
    assert stances_of(claim_of(ann, "fought a war")) == pair
    ann = draft(rules_only(), head + "Peru's relations with Ecuador soured after the election.\n")
    assert stances_of(claim_of(ann, "relations with Ecuador")) == pair
    ann = draft(rules_only(), head + "Peru and Ecuador fought together against the smugglers in 1995.\n")
    assert ("ecuador", "peru", -1) not in stances_of(claim_of(ann, "fought together"))


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Ukrainian Foreign Minister Oleh Sybiha said the canal works had stopped.", "andrii-sybiha"),
        (
            "The Minister of Foreign Affairs of Ukraine, Oleh Sybiha, said the canal works had stopped.",
            "andrii-sybiha",
        ),
        ("Prime Minister Tariq Sharif said the canal works had stopped.", "shehbaz-sharif"),
        ("Ukrainian Foreign Minister Oleh Marchenko said the canal works had stopped.", None),
        ("Israeli Prime Minister Ariel Sharon said the canal works had stopped.", None),
        ("Former Ukrainian Foreign Minister Oleh Marchenko said the canal works had stopped.", None),
        ("Deputy Foreign Minister Oleh Marchenko said the canal works had stopped.", None),
        ("President Luis Ortega said the canal works had stopped.", None),
    ],
)
def test_an_unknown_name_in_a_sitting_holders_office_is_the_holder_misnamed(drafter, sentence, holder):
    """ "Ukrainian Foreign Minister Oleh Sybiha" where the gazetteer's sitting foreign minister of
    Ukraine is Andrii Sybiha: a misspelt holder, who speaks, flagged (actors23). A name that shares
    nothing with the holder's is another person (a holder of past years in old news, an invented
    official), never flagged; nor after "former" or "deputy"."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    speaker = claim_of(ann, "canal").speaker
    flagged = [f.actor for f in ann.flags if f.kind == "wrong-name"]
    if holder is None:
        assert speaker in {"oleh-marchenko", "ariel-sharon"} or "ortega" in speaker, claims(ann)
        assert not flagged, ann.flags
    else:
        assert speaker == holder and flagged == [holder], (claims(ann), ann.flags)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The KVWA said the dam on the Karra was safe.", "kvwa"),
        ("In a statement, the NDF-RA accused the army of shelling the dam on the Karra.", "ndf-ra"),
        ("The river authority's press office, KVWA, said the dam on the Karra was safe.", "kvwa"),
        ("The CEO of Kenya Power said the dam on the Karra was safe.", None),
    ],
)
def test_an_unknown_acronym_that_speaks_is_an_organisation(drafter, sentence, speaker):
    """ "The KVWA said", "the NDF-RA accused", "its press office, KVWA, said": a name in capitals
    the gazetteer does not know, subject of a speech verb, is an organisation that speaks; a title
    in capitals ("the CEO") is none (actors23)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    ids = {a.id for a in ann.actors}
    if speaker is None:
        assert "ceo" not in ids, ids
    else:
        assert speaker in ids and claim_of(ann, "dam").speaker == speaker, claims(ann)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Daily Clarion quoted Kenya's mines minister as saying that the corridor would stay shut.",
         "unnamed-kenyan-mines-minister"),
        ("The corridor will stay shut, according to Kenya's mines minister, who gave no date.",
         "unnamed-kenyan-mines-minister"),
        ("The corridor will stay shut, according to Kenya's army.", "kenyan-army"),
    ],
)
def test_a_states_office_after_quoted_or_according_to_is_its_holder(drafter, sentence, speaker):
    """ "quoted Kenya's mines minister as saying", "according to Kenya's mines minister": the minister,
    an unnamed source of Kenya, speaks (as in "Kenya's mines minister said"), not Kenya nor the
    outlet; a body by the possessive stays the body (actors23)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "corridor").speaker == speaker, claims(ann)


def test_an_organisations_secretariat_that_speaks_is_its_own_actor(drafter):
    """ "The SADC secretariat in Gaborone said": the secretariat speaks (``sadc-secretariat``: the
    organisation's ID and "secretariat"), and the organisation named only in its name goes; a
    secretariat only informed stays the organisation (actors23)."""
    ann = draft(drafter, "Row\n\nThe SADC secretariat in Gaborone said the river talks would resume.\n")
    assert claim_of(ann, "talks").speaker == "sadc-secretariat", claims(ann)
    assert "sadc" not in {a.id for a in ann.actors}
    ann = draft(drafter, "Row\n\nKenya has informed the SADC secretariat of its position on the river.\n")
    assert "sadc-secretariat" not in {a.id for a in ann.actors} and "sadc" in {a.id for a in ann.actors}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tupaq Qaavik, a member of the regional assembly for the small pro-independence party of the "
        "north, told the newspaper Nuuk Daily that the fishing deal was a mistake.",
        "The paper quoted Rahima Sattar, a fisherfolk organiser from the harbour district, as saying the "
        "fishing deal was a mistake.",
    ],
)
def test_a_name_before_a_long_description_then_speech_is_a_person(drafter, sentence):
    """ "X Y, a member of ... for the ... party, told": a description longer than the comma's usual
    reach, then the verb; "quoted X Y, a ... from Z, as saying": the person speaks (actors23)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "fishing deal").speaker in ("tupaq-qaavik", "rahima-sattar"), claims(ann)


def test_a_bullets_mark_is_no_word_of_a_spokespersons_name(drafter):
    """ "- Kenya's government spokesman called ...": the spokesman is named "Kenya's government
    spokesman", not "- Kenya's ...", so that a reviewer (and the scorer) knows the name (actors23)."""
    text = (
        "Row\n\nWHAT THEY SAY:\n\n- Kenya's government spokesman called the expulsions \"an insult\" and "
        "said the border would stay shut.\n"
    )
    ann = draft(drafter, text)
    who = ann.actor(claim_of(ann, "border would stay").speaker)
    assert "Kenya's government spokesman" in who.aliases and not who.label.startswith("unnamed -"), who


# --- groupings and their members (members23) -------------------------------------------------


def _members(ann: Annotation, group: str) -> set[str]:
    return {m.member for m in ann.memberships if m.group == group}


def _grouping_alleged(ann: Annotation, group: str) -> bool:
    """The grouping is drafted as alleged, and every membership of it hangs on an alleged claim in
    someone's words (never the article's fact)."""
    by_id = {c.id: c for c in ann.claims}
    bloc = next(a for a in ann.actors if a.id == group)
    ms = [m for m in ann.memberships if m.group == group]
    return bloc.existence == "alleged" and _none_as_fact([by_id[m.claim] for m in ms])


def test_the_members_listed_before_an_aside_of_saying(drafter):
    """'A and B, he told the paper, had formed "an axis"': the list before the aside are members,
    even where the claim's words start after it."""
    ann = draft(
        drafter,
        "Port row\n\nDeputy Ines Calvo went further. Lima and Quito, she told the newspaper El Faro, had "
        'formed "a Pacific axis" to squeeze Bolivia.\n',
    )
    assert _members(ann, "pacific-axis") == {"peru", "ecuador"} and _grouping_alleged(ann, "pacific-axis")


def test_a_quoted_grouping_after_a_list_and_a_verb_of_forming_with_an_aside(drafter):
    """'A, B and "C," X said in the same interview, formed "an Iberian club"': the claim is the list
    and the name, the grouping alleged in X's words."""
    ann = draft(
        drafter,
        "Fishing row\n\nShe has a name for them, too. Spain, Portugal and \"the big trawler owners,\" "
        'Senator Ana Reis said in the same interview, formed "an Iberian club of the rich".\n',
    )
    c = claim_of(ann, "Iberian club")
    assert (c.speaker, c.status) == ("ana-reis", "alleged") and c.quote.startswith("Spain, Portugal and")
    assert "portugal" in _members(ann, "iberian-club-of-the-rich")
    assert _grouping_alleged(ann, "iberian-club-of-the-rich") and not drafted_as_fact(ann, "Iberian club")


def test_a_grouping_cut_from_a_longer_quotation_keeps_the_quotation_as_a_name(drafter):
    """'"a lakes alliance against Kinshasa"': the grouping is the lakes alliance, and the whole
    quotation is another of its names."""
    ann = draft(
        drafter,
        "Lakes row\n\nMinister Jean Habimana said Burundi and Uganda had formed \"a lakes alliance against "
        'Kinshasa".\n',
    )
    bloc = next(a for a in ann.actors if a.type == "bloc")
    assert bloc.id == "lakes-alliance" and "lakes alliance against Kinshasa" in bloc.aliases
    assert _grouping_alleged(ann, "lakes-alliance")


def test_a_part_of_a_grouping_names_the_grouping(drafter):
    """'acting as "the spearhead of a Pacific bloc" with Peru': the grouping is the Pacific bloc,
    Chile and Peru its members, in the president's words."""
    ann = draft(
        drafter,
        "Sea row\n\nPresident Tomas Varga accused Chile of acting as \"the spearhead of a Pacific bloc\" "
        "with Peru.\n",
    )
    assert {a.id for a in ann.actors if a.type == "bloc"} == {"pacific-bloc"}
    assert _members(ann, "pacific-bloc") == {"chile", "peru"} and _grouping_alleged(ann, "pacific-bloc")


def test_a_place_that_only_places_a_member_is_no_member(drafter):
    """'"certain circles in Rome"', 'the militias in Tripoli': where they are, not who; but 'the
    junta government in Niamey' stands for Niger (see the aside test above)."""
    ann = draft(
        drafter,
        "Balkan row\n\nTirana, Pristina and \"certain circles in Rome\" had formed \"a Balkan front\", "
        "deputy Marko Ilic said.\n\nDeputy Omar Saleh said the militias in Tripoli and Ankara had formed "
        '"a coastal front".\n',
    )
    balkan = _members(ann, "balkan-front")
    assert "italy" not in balkan and {"albania", "kosovo"} <= balkan
    assert _members(ann, "coastal-front") == {"turkey"}
    assert _grouping_alleged(ann, "balkan-front") and _grouping_alleged(ann, "coastal-front")


def test_who_is_named_in_an_aside_of_saying_is_no_member(drafter):
    """'Iran, Iraq and Syria, Senator Dan Cole wrote, make up "an axis"': the senator says it."""
    ann = draft(
        drafter,
        "Axis row\n\nIran, Iraq and Syria, Senator Dan Cole wrote, make up \"an axis of resistance\" in "
        "the region.\n",
    )
    assert _members(ann, "axis-of-resistance") == {"iran", "iraq", "syria"}
    assert _grouping_alleged(ann, "axis-of-resistance")


def test_a_denial_that_one_joined_a_grouping_makes_no_member(drafter):
    """'denied that Kenya had joined any "axis"': neither Kenya nor the senator is a member."""
    text = 'Axis row\n\nSenator Pia Lund denied that Kenya had joined any "anti-Somalia axis".\n'
    ann = draft(drafter, text)
    assert not ann.memberships
    assert not drafted_as_fact(ann, "anti-Somalia axis")


def test_a_grouping_spoken_of_in_quotation(drafter):
    """'warned of "a Moscow-Minsk axis"': the grouping, alleged in the envoy's words, and the two
    its name joins as members."""
    text = 'Border row\n\nThe envoy, Olga Petrenko, warned of "a Moscow-Minsk axis" on the border.\n'
    ann = draft(drafter, text)
    c = claim_of(ann, "Moscow-Minsk axis")
    assert (c.speaker, c.status) == ("olga-petrenko", "alleged")
    assert _members(ann, "moscow-minsk-axis") == {"russia", "belarus"}
    assert _grouping_alleged(ann, "moscow-minsk-axis")


def test_a_quoted_item_of_a_grouping_list_that_names_no_one_is_a_member(drafter):
    """'A, B and "certain Baltic shipowners" had formed "a cartel"': the shipowners are an unnamed
    actor of their own, named as quoted, and a member; '"its friends in Oslo"' are Norway."""
    ann = draft(
        drafter,
        "Herring row\n\nSenator Ulla Berg said Denmark, Sweden and \"certain Baltic shipowners\" had formed "
        '"a herring cartel".\n\nSenator Ulla Berg said Iceland and "its friends in Oslo" had formed '
        '"a cod front".\n',
    )
    owners = next(a for a in ann.actors if "certain Baltic shipowners" in a.aliases)
    assert owners.unnamed and "Baltic shipowners" in owners.aliases
    assert _members(ann, "herring-cartel") == {"denmark", "sweden", owners.id}
    assert _members(ann, "cod-front") == {"iceland", "norway"}
    assert _grouping_alleged(ann, "herring-cartel") and _grouping_alleged(ann, "cod-front")


def test_a_quoted_syndicate_is_a_grouping_and_a_quoted_list_item_is_not_its_name(drafter):
    """'accusing A and B of running what he called a "river syndicate"': a grouping in quotation
    marks (syndicate, condominium, caucus, cabal: the quoted words of groupings); 'Quito, "the oil
    lobby" and "its friends in Lima" make up "a northern pincer"': the lobby is an item of the list,
    the pincer the grouping."""
    ann = draft(
        drafter,
        "River row\n\nDeputy Aroon Sakda accused Laos and Cambodia of running what he called a \"river "
        'syndicate" that splits the profits.\n\nDeputy Rosa Mena says Quito, "the oil lobby" and "its '
        'friends in Lima" make up "a northern pincer" against Colombia.\n',
    )
    assert _members(ann, "river-syndicate") == {"laos", "cambodia"}
    assert _grouping_alleged(ann, "river-syndicate")
    assert {a.id for a in ann.actors if a.type == "bloc"} == {"river-syndicate", "northern-pincer"}
    assert "peru" in _members(ann, "northern-pincer") and _grouping_alleged(ann, "northern-pincer")
    assert not drafted_as_fact(ann, "river") and not drafted_as_fact(ann, "pincer")


def test_who_is_accused_of_running_what_one_called_a_grouping_are_its_members(drafter):
    """'accused Vienna and Bern of running what he called "an Alpine club"': the accused are the
    members, where the claim's words start at "called"."""
    ann = draft(
        drafter,
        "Toll row\n\nQuoted by La Voce on Monday, Minister Carlo Ferri said Austria was \"holding our trade "
        'hostage" and accused Vienna and Bern of running what he called "an Alpine toll club" that pushed '
        "lorries onto Italian roads.\n",
    )
    assert _members(ann, "alpine-toll-club") == {"austria", "switzerland"}
    assert _grouping_alleged(ann, "alpine-toll-club") and not drafted_as_fact(ann, "Alpine toll club")


def test_a_so_called_grouping_is_named_without_so_called(drafter):
    """'drawn into "a so-called Adriatic club" of Italy, Slovenia and Greece': the Adriatic club."""
    ann = draft(
        drafter,
        "Sea row\n\nSenator Ivo Horvat said Croatia had been drawn into \"a so-called Adriatic club\" of "
        "Italy, Slovenia and Greece.\n",
    )
    assert {a.id for a in ann.actors if a.type == "bloc"} == {"adriatic-club"}
    assert {"italy", "slovenia", "greece"} <= _members(ann, "adriatic-club")
    assert _grouping_alleged(ann, "adriatic-club")


def test_the_person_who_describes_a_grouping_is_no_member(drafter):
    """'Minister X lumped A and B together as "an amber bloc"': the minister names it, whoever the
    drafter takes for the speaker."""
    text = 'Amber row\n\nMinister Olek Bura lumped Poland and Lithuania together as "an amber bloc".\n'
    ann = draft(drafter, text)
    assert _members(ann, "amber-bloc") == {"poland", "lithuania"} and _grouping_alleged(ann, "amber-bloc")


def test_the_members_between_dashes_after_a_grouping_name(drafter):
    """'sold to "the Gulf club" - Riyadh, Abu Dhabi and Manama - "for cash"': its members."""
    ann = draft(
        drafter,
        'Island row\n\nDeputy Karim Nasser said the islands had been sold to "the Gulf club" - Riyadh, '
        'Abu Dhabi and Manama - "for cash."\n',
    )
    assert _members(ann, "gulf-club") == {"saudi-arabia", "united-arab-emirates", "bahrain"}
    assert _grouping_alleged(ann, "gulf-club")


def test_a_described_item_of_a_grouping_list_is_an_unnamed_member(drafter):
    """'Senegal, the timber barons and their Gambian bankers had formed "a rosewood cartel"': the
    barons and the bankers are unnamed actors of their own, named as the words name them, and
    members; not a time or a source ('last week')."""
    ann = draft(
        drafter,
        "Timber row\n\nDeputy Awa Ndiaye said Senegal, the timber barons and their Gambian bankers had "
        'formed "a rosewood cartel".\n',
    )
    barons = next(a for a in ann.actors if "the timber barons" in a.aliases)
    bankers = next(a for a in ann.actors if "their Gambian bankers" in a.aliases)
    assert barons.unnamed and "timber barons" in barons.aliases
    assert _members(ann, "rosewood-cartel") == {"senegal", barons.id, bankers.id}
    assert _grouping_alleged(ann, "rosewood-cartel") and not drafted_as_fact(ann, "rosewood cartel")


def test_who_is_described_as_a_grouping_in_the_passive_are_its_members(drafter):
    """'A and B were described by the senator X as "an amber bloc"': A and B are members, the
    senator is not (whoever the drafter takes for the speaker, whose own state it leaves out)."""
    ann = draft(
        drafter,
        "Amber row\n\nOn Monday, Estonia and Finland were described by the Belarusian senator Olek Bura as "
        '"an amber bloc" bent on isolating Minsk.\n',
    )
    members = _members(ann, "amber-bloc")
    assert "estonia" in members and "olek-bura" not in members and _grouping_alleged(ann, "amber-bloc")
    assert not drafted_as_fact(ann, "amber bloc")


def test_initials_after_a_comma_or_a_title_open_a_persons_name(drafter):
    """'Its water minister, R. K. Menon, told the Daily X that A': the initials are the name's
    (the curators' ID is "r-k-menon"); a sentence's end ('no plan B. Ama Owusu') and a transcript's
    'Q.' never open one."""
    ann = draft(
        drafter,
        "Water row\n\nDELHI, March 3 - The canal stayed shut on Monday.\n\n"
        'Its water minister, R. K. Menon, told the Daily Courier that the canal was "a sovereign matter."\n\n'
        "Critics say the state has no plan B. Ama Owusu, a lawmaker, told reporters that the state would "
        '"pay for it."\n\nQ. Menon also said the gates would stay shut?\n',
    )
    assert claim_of(ann, "a sovereign matter").speaker == "r-k-menon", claims(ann)
    assert not any(a.id.startswith(("b-", "q-")) for a in ann.actors), [a.id for a in ann.actors]


def test_a_name_before_a_long_apposition_then_told_is_a_person(drafter):
    """'X Y, a member of the parliament for the pro-independence Z party, told the paper that A': a
    person, though the apposition runs past a dozen words before the speech verb."""
    ann = draft(
        drafter,
        "Island politics\n\nNUUK, March 3 - The talks resumed on Monday.\n\n"
        "Ole Kristiansen, a member of the regional parliament for the small pro-autonomy Inuit Unity "
        'party, told the newspaper Arctic Post that the talks were "a chessboard for others."\n',
    )
    assert claim_of(ann, "a chessboard for others").speaker == "ole-kristiansen", claims(ann)


def test_a_full_name_whose_surname_follows_said_after_a_quote_is_a_person(drafter):
    """'From his orchard Vardan Sargsyan can see the border. "A," said Sargsyan, 64.': the full name
    is a person (the surname speaks alone, after the verb), and the quote is his."""
    ann = draft(
        drafter,
        "The closed gate\n\nMARGARA, March 3 - The crossing was meant to open this month.\n\n"
        "From the last row of his orchard Vardan Sargsyan can see the customs post.\n\n"
        '"I have watched that gate for thirty years," said Sargsyan, 64, who farms apricots.\n',
    )
    assert claim_of(ann, "watched that gate").speaker == "vardan-sargsyan", claims(ann)


def test_a_description_in_a_labelled_answer_is_someone_new_not_who_answers(drafter):
    """'Cruz: ... The skipper says A.' in a transcript: the skipper's words, not the one who answers
    (no one describes themselves as 'the skipper'); the rest of the answer stays theirs."""
    ann = draft(
        drafter,
        "Seized boat: an official speaks\n\nBASCO, March 3 - The coast guard detained a boat on Wednesday. "
        "We spoke to Ana Cruz, who chairs the council.\n\nQ: What did the crew tell you?\n\n"
        "Cruz: They are tired. The skipper says they were chasing tuna far from home. I find that odd.\n\n"
        "Q: And the navy?\n\nCruz: The navy has offered to help.\n",
    )
    skipper = claim_of(ann, "chasing tuna")
    assert skipper.speaker not in ("ana-cruz", "unknown-speaker"), claims(ann)
    assert "skipper" in next(a for a in ann.actors if a.id == skipper.speaker).label
    assert claim_of(ann, "I find that odd").speaker == "ana-cruz", claims(ann)


def test_a_titled_source_that_told_the_one_answering_a_pro_form_says_the_whole_sentence(drafter):
    """'The interior minister told me on Monday that it would.' in an answer: nothing after 'that' to
    cut out as reported speech, the whole sentence is the minister's (not the interviewee's)."""
    ann = draft(
        drafter,
        "Border town: a mayor speaks\n\nADRE, March 3 - The crossing reopened on Monday. We spoke to "
        "Hassan Idriss Moussa, the town's mayor.\n\nQ: Will the border stay open?\n\n"
        "Moussa: The interior minister told me on Monday that it would. I hope he is right.\n\n"
        "Q: And the refugees?\n\nMoussa: They need water more than anything.\n",
    )
    c = claim_of(ann, "The interior minister told me")
    assert c.speaker not in ("hassan-idriss-moussa", "unknown-speaker", "article"), claims(ann)
    assert claim_of(ann, "I hope he is right").speaker == "hassan-idriss-moussa", claims(ann)


def test_a_company_named_in_full_then_by_its_first_word_before_said_speaks(drafter):
    """'Borealis Petroleum ... Borealis said that A': the company named in full, then by its first
    word alone as the subject of a speech verb; the sentence is no longer lost."""
    ann = draft(
        drafter,
        "Gas row\n\nDILI, March 3 - The government wants the gas piped ashore.\n\n"
        "The operator of the venture, Borealis Petroleum, has not committed to a route.\n\n"
        'In a filing on Monday, Borealis said that a pipeline would cost "billions more" than a floating '
        "plant.\n",
    )
    c = claim_of(ann, "a pipeline would cost")
    assert c.speaker == "borealis-petroleum", claims(ann)


def test_a_charge_dismissed_in_the_deniers_own_quoted_word_is_the_deniers(drafter):
    """'..., saying it had evidence that A, an accusation New Delhi rejected as "fantasy."': the
    denial in the denier's own word is their reported claim, not the article's; the charge stays
    the accuser's."""
    ann = draft(
        drafter,
        "Dam talks suspended\n\nKATHMANDU, Nov 20 (Reuters) - Nepal suspended talks with India on the price "
        "of power from the Kosi dam on Thursday, saying it had evidence that Indian intelligence had again "
        'monitored the phones of its negotiators, an accusation New Delhi rejected as "fantasy."\n',
    )
    c = claim_of(ann, "rejected as")
    assert (c.speaker, c.status) == ("india", "reported"), claims(ann)
    assert claim_of(ann, "monitored the phones").speaker == "nepal", claims(ann)


def test_counsel_before_a_name_in_apposition_marks_a_person(drafter):
    """'Counsel for Bolivia, Maria Soto, walked the judges through the maps. "A," she said.': counsel
    is a title, so the name after it is a person who speaks."""
    ann = draft(
        drafter,
        "Court hearing\n\nTHE HAGUE, March 3 - The hearing opened on Monday.\n\n"
        'Counsel for Bolivia, Maria Soto, walked the judges through the maps. "You will see no line," '
        "she said.\n",
    )
    assert claim_of(ann, "You will see no line").speaker == "maria-soto", claims(ann)


def test_a_name_quoted_as_saying_after_an_apposition_is_a_person(drafter):
    """'It quoted Amina Baloch, a fisherfolk organiser from Pasni, as saying A': the name before an
    apposition, then "as saying", is a person and A is hers."""
    ann = draft(
        drafter,
        "Fishermen held\n\nKARACHI, March 3 - Eleven fishermen were detained on Friday.\n\n"
        "Dawn reported the arrests. It quoted Amina Baloch, a fisherfolk organiser from Pasni, as saying "
        'the men "do not know where the line is."\n',
    )
    assert claim_of(ann, "do not know where the line is").speaker == "amina-baloch", claims(ann)


def test_a_kin_noun_before_told_is_an_unnamed_source(drafter):
    """'"A," his daughter told the paper.': the daughter, an unnamed person, speaks; not the outlet
    or the speaker before her."""
    ann = draft(
        drafter,
        "Boat held\n\nKINMEN, March 3 - A boat was boarded on Friday.\n\n"
        "The Global Times said the skipper had admitted spying, an account the family denied. "
        '"He has fished the same waters for twenty years," his daughter told the paper.\n',
    )
    c = claim_of(ann, "fished the same waters")
    assert c.speaker not in ("global-times", "unknown-speaker", "article"), claims(ann)
    assert "daughter" in next(a for a in ann.actors if a.id == c.speaker).label


def test_told_the_paper_is_through_the_paper_named_last(drafter):
    """'... the family denied to the Liberty Times. "A," his daughter told the paper.': the words came
    through the Liberty Times, the paper named last."""
    ann = draft(
        drafter,
        "Boat held\n\nKINMEN, March 3 - A boat was boarded on Friday.\n\n"
        "The Global Times said the skipper had admitted spying, an account the family denied to the "
        'Liberty Times. "He has fished the same waters for twenty years," his daughter told the paper.\n',
    )
    assert claim_of(ann, "fished the same waters").via == "liberty-times", claims(ann)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The farm minister, J. P. Mehta, told reporters that the maize harvest was poor.", "j-p-mehta"),
        ("A fishermen's leader, S. Arumugam, said the maize harvest was poor.", "s-arumugam"),
    ],
)
def test_a_name_written_with_initials_is_a_person(drafter, sentence, speaker):
    """ "C. R. Patil", "K. Antonysamy" after a comma or a title: the initials are the first words of
    the person's name, not a name never found (actors23b); not the "A." that opens an answer."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "harvest was poor").speaker == speaker, claims(ann)
    ann = draft(drafter, "Row\n\nQ. Is the harvest poor?\n\nA. People say that, yes.\n")
    assert not any(a.id.startswith(("a-", "q-")) for a in ann.actors), [a.id for a in ann.actors]


def test_a_paper_placed_by_its_city_speaks_not_the_citys_state(drafter):
    """ "The Nairobi daily The Standard said", "the Lagos daily the Daily Beacon quoted": the paper
    is the actor and says it; the city only places it (actors23b)."""
    ann = draft(drafter, "Row\n\nThe Accra daily The Standard said the army had moved to the border.\n")
    assert claim_of(ann, "army had moved").speaker == "the-standard", claims(ann)
    ann = draft(drafter, "Row\n\nBy evening the Lagos daily the Daily Beacon quoted a police spokesman as "
                "saying the border was shut.\n")
    assert "daily-beacon" in {a.id for a in ann.actors} and "lagos" not in {a.id for a in ann.actors}
    assert claim_of(ann, "border was shut").via == "daily-beacon", claims(ann)


def test_a_site_or_agency_named_after_who_runs_it_is_an_outlet(drafter):
    """ "the pro-palace site Ghana360", "the state agency Zenta": outlets (actors23b); not "the
    nuclear site Vardan", a place, nor "the border agency Zolta", a body."""
    ann = draft(drafter, "Row\n\nThe pro-palace site Ghana360 said the army had moved to the border.\n")
    assert claim_of(ann, "army had moved").speaker == "ghana360", claims(ann)
    ann = draft(drafter, "Row\n\nThe leader said, as quoted by the state agency Zenta, that troops moved.\n")
    assert ann.actor("zenta").type == "media"
    text = "Row\n\nKenya said the nuclear site Vardan was safe, and the border agency Zolta agreed.\n"
    ann = draft(drafter, text)
    assert not {"vardan", "zolta"} & {a.id for a in ann.actors if a.type == "media"}


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The envoy told the Moldovan agency ZNA on Monday that the talks were over.\n", "zna"),
        ("The story was picked up by Ghana's state broadcaster GTVX, which called it a threat.\n", "gtvx"),
        ("In a communique read on state television KTR, the army said a patrol had moved.\n", "ktr"),
        ("Togo's official agency TPA carried a statement from the foreign ministry.\n", "tpa"),
        ("He said, as reported by the region's news agency Vesna, that the talks had failed.\n", "vesna"),
    ],
)
def test_an_outlet_named_after_a_possessive_or_a_demonym_and_its_media_noun(drafter, text, outlet):
    """ "Liberia's state broadcaster X", "the entity's news agency X", "on state television X", "the
    Azerbaijani agency X": the name after the media noun is the outlet's (actors25), and a demonym
    before "agency" is no outlet's name."""
    ann = draft(drafter, "Row\n\n" + text)
    media = {a.id for a in ann.actors if a.type == "media"}
    assert outlet in media and "moldovan" not in media, media


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The Pamoja Voice quoted a border official as saying the crossing was shut.\n", "pamoja-voice"),
        ("Nyotanews quoted a deputy spokesman, Abel Sura, as accusing Togo of lying.\n", "nyotanews"),
        ("Its foreign ministry, replying to the Lome Sentinel, said it kept the treaty.\n", "lome-sentinel"),
        ("The ministry, asked by El Faro whether it expected to win, said it was confident.\n", "el-faro"),
        ("The secretariat, asked by GTVX for comment, said it was following the matter.\n", "gtvx"),
    ],
)
def test_who_quotes_someone_as_saying_or_asks_a_body_is_an_outlet(drafter, text, outlet):
    """ "The Daily Monitor quoted X as saying", "replying to the Samoa Observer", "asked by El Universo
    whether": outlets (actors25); not a person's two plain names before "quoted"."""
    ann = draft(drafter, "Row\n\n" + text)
    assert outlet in {a.id for a in ann.actors if a.type == "media"}, [a.id for a in ann.actors]
    ann = draft(drafter, "Row\n\nMaria Lopez quoted the minister as saying the border was shut.\n")
    assert not [a.id for a in ann.actors if a.type == "media"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana met Togo. A customs officer at the Kye-Lomo post said fuel smuggling had halved.\n",
        "Boats from Ly Tam island were rammed on Friday. The head of the Ly Tam fishermen's association said"
        " 11 boats were lost.\n",
    ],
)
def test_a_name_a_place_noun_follows_is_no_person(drafter, text):
    """ "the Kye-Ossi post", "Ly Son island", "the town of Adel Bagrou": a place's name, not a person's
    (actors25); a person's surname before a place noun keeps the person ("the Kone market")."""
    ann = draft(drafter, "Row\n\n" + text)
    assert not {"kye-lomo", "ly-tam"} & {a.id for a in ann.actors}, [a.id for a in ann.actors]
    ann = draft(drafter, "Row\n\nMariam Kone said the Kone market was closed.\n")
    assert "mariam-kone" in {a.id for a in ann.actors}


def test_the_rest_of_a_longer_name_after_a_state_or_an_outlet_is_no_actor(drafter):
    """ "the US Forces Korea", "Yonhap News Agency", "the Syrian Arab Republic": the words after a
    known name or a demonym are part of one name, not a person or organisation of their own
    (actors25); a person a demonym describes stays one ("the Kenyan Amos Wekesa")."""
    text = (
        "Row\n\nThe US Forces Japan said it was monitoring the situation. Yonhap News Agency, citing a"
        " source, reported that the boat had sunk. The Syrian Arab Republic said it would cooperate.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert not {"forces-japan", "news-agency", "arab-republic"} & ids, ids
    ann = draft(drafter, "Row\n\nFollowing the Kenyan Amos Wekesa, who won in 2019, she said it was hard.\n")
    assert "amos-wekesa" in {a.id for a in ann.actors}


def test_a_police_named_in_full_after_its_state_keeps_its_name(drafter):
    """ "the Uganda Police Force", "the Ghana Police Service": the police's proper name (actors25), not
    "Ugandan police" without its last word; "Kenyan police" stays the common name."""
    text = (
        "Row\n\nThe Uganda Police Force said officers had stopped the vessel. The Ghana Police Service said"
        " it had arrested two men. Kenyan police said nothing.\n"
    )
    labels = {a.label for a in draft(drafter, text).actors}
    assert {"Uganda Police Force", "Ghana Police Service", "Kenyan police"} <= labels, labels


def test_the_words_of_a_portfolio_after_an_office_are_no_person(drafter):
    """ "the Director-General for Neighbouring Countries", "the Commissioner for Coastal Affairs": the
    office's portfolio, not a person "Neighbouring Countries" (actors25)."""
    text = (
        "Row\n\nThe ambassador of Chile was received by the Director-General for Neighbouring Countries, who"
        " conveyed the concerns of Peru. The Commissioner for Coastal Affairs said the talks were over.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert not {"neighbouring-countries", "coastal-affairs"} & ids, ids


def test_a_partys_name_after_the_people_it_speaks_for_is_the_party(drafter):
    """ "the Croat party HDZ BiH", "the Serb party SNSD": the name after "party" is the party's, not the
    word of the people before it (actors25)."""
    text = "Row\n\nShe accused the Vlach party ZDS and the Ruthene party PRB of forming a bloc.\n"
    ids = {a.id for a in draft(drafter, text).actors if a.type == "organization"}
    assert {"zds", "prb"} <= ids and not {"vlach", "ruthene"} & ids, ids


def test_a_number_in_an_outlets_name_after_its_media_noun_is_part_of_it(drafter):
    """ "the Syrian news site Hama 24", "the official news site El 22 Digital": the number and the
    word after it are the outlet's name, not a place "Hama" (actors23b)."""
    text = "Row\n\nOne farmer, interviewed by the Syrian news site Hama 24, said the army had moved.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "army had moved").via == "hama-24", claims(ann)
    text = "Row\n\nIn a statement carried by the official news site El 22 Digital, the army said it moved.\n"
    ann = draft(drafter, text)
    assert "el-22-digital" in {a.id for a in ann.actors}


def test_its_name_then_television_is_an_outlet(drafter):
    """ "Its Al-Nour television reported": the name before "television" or "radio" after "its" is the
    outlet's (actors23b); not "its Telegram channel" nor a river's "Bystroe channel"."""
    text = "Row\n\nThe group denied it. Its Al-Nour television reported that the army had moved.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "army had moved").speaker == "al-nour", claims(ann)
    ann = draft(drafter, "Row\n\nKenya has resumed dredging of the Zelva channel on the river's delta.\n")
    assert "zelva" not in {a.id for a in ann.actors if a.type == "media"}


def test_an_outlet_told_this_week_is_the_via(drafter):
    """ "A minister told the ZBC this week that ...": "this week" or "last month" after the name ends
    it as a comma or "that" would, so the name told is an outlet and carries the words (actors23b)."""
    ann = draft(drafter, "Row\n\nKenya's foreign minister told the ZBC this week that the army had moved.\n")
    assert claim_of(ann, "army had moved").via == "zbc", claims(ann)


def test_a_name_told_at_a_sentences_end_is_an_outlet(drafter):
    """ "..., its spokesman Kofi Mensah told Zentara. He said ...": a name told that ends the
    sentence is an outlet, as one followed by "that" is (actors23b); not a body ("told Parliament.")."""
    text = "Row\n\n\"We lost a hill,\" its spokesman Kofi Mensah told Zentara. He said the army had moved.\n"
    ann = draft(drafter, text)
    assert ann.actor("zentara").type == "media"
    ann = draft(drafter, "Row\n\nKenya's minister Kofi Mensah told Parliament. He said troops moved.\n")
    assert not [a.id for a in ann.actors if a.type == "media"]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("A spokesman, Kofi Mensah, told BBC Swahili that the party had no allies.", "bbc-swahili"),
        ("A leader, Kofi Mensah, told the BBC's Hausa service that the party had no allies.", "bbc-hausa"),
        ("A farmers' leader, Kofi Mensah, told the BBC that the party had no allies.", "bbc"),
    ],
)
def test_a_broadcasters_language_service_is_an_outlet_of_its_own(drafter, sentence, outlet):
    """ "told BBC Swahili", "the BBC's Hausa service": the service carries the words, not the BBC
    (actors23b); the BBC alone stays the BBC."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert claim_of(ann, "no allies").via == outlet, claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker", "flagged"),
    [
        ("Row\n\nPresident Luis Lacalle Pou said the port was open.\n", "yamandu-orsi", ["Luis Lacalle Pou"]),
        ("Row\n\nFormer President Luis Lacalle Pou said the port was open.\n", "luis-lacalle-pou", []),
        (
            "Row\n\nMONTEVIDEO, March 3, 2024 (Reuters) - President Luis Lacalle Pou said the port was open.",
            "luis-lacalle-pou",
            [],
        ),
        ("Row\n\nIn 2022, President Luis Lacalle Pou said the port was open.\n", "luis-lacalle-pou", []),
    ],
)
def test_a_past_holder_under_the_offices_title_is_the_sitting_one_misnamed(drafter, text, speaker, flagged):
    """ "President X" for one whose term the gazetteer ends: the sitting holder, misnamed in the source
    (flagged), unless "former"..., a dateline before the term's end or an earlier year says the
    text speaks of X's day (actors24)."""
    ann = draft(drafter, text)
    assert claim_of(ann, "port").speaker == speaker, claims(ann)
    assert [f.surface for f in ann.flags if f.kind == "wrong-name"] == flagged, ann.flags


def test_a_holder_called_former_is_flagged_only_while_the_text_dates_them_in_office(drafter):
    """A role the gazetteer ends counts as held when the dateline falls within it (actors24)."""
    text = "Row\n\nBOGOTA, May 2, 2025 (Reuters) - Former President Gustavo Petro said the talks were over.\n"
    assert [f.surface for f in draft(drafter, text).flags if f.kind == "wrong-title"] == ["Former President"]
    text = "Row\n\nFormer President Gustavo Petro said the talks were over.\n"
    assert not [f for f in draft(drafter, text).flags if f.kind == "wrong-title"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Row\n\nInterior Minister Gérald Darmanin said the port was open.\n", ["Interior Minister"]),
        ("Row\n\nVice-President Joseph Boakai said the port was open.\n", ["Vice-President"]),
        ("Row\n\nEnergy Minister Alexander Novak said the port was open.\n", ["Energy Minister"]),
        ("Row\n\nJustice Minister Gérald Darmanin said the port was open.\n", []),
        ("Row\n\nIn 2022, Interior Minister Gérald Darmanin said the port was open.\n", []),
        ("Row\n\nPARIS, March 3, 2023 (Reuters) - Interior Minister Gérald Darmanin said the port was open.",
         []),
        ("Row\n\nFormer Interior Minister Gérald Darmanin said the port was open.\n", []),
    ],
)
def test_the_title_of_an_office_a_person_left_is_a_wrong_title_unless_the_text_is_of_its_day(
    drafter, text, flagged
):
    """ "Interior Minister X" for today's justice minister, who left the interior ministry: a wrong
    title (flags26), as for an office X never held; not where a dateline within the old term or an
    earlier year in the sentence says the text speaks of X's day, nor after "former"."""
    ann = draft(drafter, text)
    assert [f.surface for f in ann.flags if f.kind == "wrong-title"] == flagged, ann.flags


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Row\n\nAustralia's foreign minister, Penny Wang, said the port was open.\n", "penny-wong"),
        ("Row\n\nThe High Representative, Christian Schmitz, said the port was open.\n", "christian-schmidt"),
        ("Row\n\nForeign Minister Penny Lane said the port was open.\n", None),
        ("Row\n\nFormer Australian foreign minister Penny Wang said the port was open.\n", None),
    ],
)
def test_a_holders_first_name_with_a_surname_a_letter_off_is_the_holder_misspelt(drafter, sentence, holder):
    """ "Australia's foreign minister, Penny Wang": the sitting holder's first name, and a surname one
    edit from the holder's (two in a long one), in the holder's office: a misspelling, flagged
    (flags26). A surname further off with no state written is another person; "former" another too."""
    ann = draft(drafter, sentence)
    flagged = [f.actor for f in ann.flags if f.kind == "wrong-name"]
    assert flagged == ([holder] if holder else []), ann.flags
    assert claim_of(ann, "port").speaker == holder or holder is None, claims(ann)


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Row\n\nRwanda's government spokeswoman, Yolande Uwase, said the port was open.\n",
         "yolande-makolo"),
        ("Row\n\nMali's transitional president, General Assimi Traoré, said the port was open.\n",
         "assimi-goita"),
        ("Row\n\nA government spokeswoman, Yolande Uwase, said the port was open.\n", None),
        ("Row\n\nKenya's government spokeswoman, Yolande Uwase, said the port was open.\n", None),
    ],
)
def test_a_holders_first_name_in_the_office_of_the_state_written_is_the_holder_misnamed(
    drafter, sentence, holder
):
    """ "Rwanda's government spokeswoman, Yolande Uwase", "Mali's transitional president, General
    Assimi Traoré" (a known surname, of Burkina Faso's president): the sitting holder's first name, in
    the holder's office of the state written with it, names the holder, misnamed (flags26). With no
    state written, or another state's office, it is another person."""
    ann = draft(drafter, sentence)
    flagged = [f.actor for f in ann.flags if f.kind == "wrong-name"]
    assert flagged == ([holder] if holder else []), ann.flags


def test_a_known_name_in_other_capitals_and_a_question_to_a_surname_are_no_misnaming(drafter):
    """ "the Khartoum daily Al-Sudani" (the gazetteer's "al-Sudani"), "Has Rabuka handled this
    well?": no misnaming of a known person (flags26)."""
    text = (
        "Row\n\nAccording to the Khartoum daily Al-Sudani, the port was open.\n\n"
        "Q: Has Rabuka handled this well?\n\nA: He has handled it badly.\n"
    )
    assert not [f for f in draft(drafter, text).flags if f.kind == "wrong-name"]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Row\n\nThe Minister of Foreign Affairs of Ukraine, Dmytro Kuleba, said the port was open.\n",
         ["Dmytro Kuleba"]),
        ("Row\n\nIn 2023, the Minister of Foreign Affairs of Ukraine, Dmytro Kuleba, said the port was"
         " open.\n", []),
    ],
)
def test_a_past_holder_after_the_offices_name_and_a_comma_is_the_sitting_one_misnamed(drafter, text, flagged):
    """ "the Minister of Foreign Affairs of Ukraine, X," for a past holder: the office's name, as its
    title, before the name (flags26); not with an earlier year in the sentence."""
    ann = draft(drafter, text)
    assert [f.surface for f in ann.flags if f.kind == "wrong-name"] == flagged, ann.flags


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Goran Grlić Radman said the port was open.", [("wrong-name", "Goran Grlić Radman")]),
        ("Gordan Grlic Radman said the port was open.", []),
        ("Luiz Inacio Lula da Silva said the port was open.", []),
        ("The Australian Foreign Minister, Madeleine King, said the port was open.",
         [("wrong-title", "Australian Foreign Minister")]),
        ("The Australian Foreign Minister, Penny Wong, said the port was open.", []),
        ("President Luis Lacalle Pou said Uruguay expected the 1973 treaty to be respected.",
         [("wrong-name", "Luis Lacalle Pou")]),
    ],
)
def test_misnamings_by_a_two_word_surname_a_title_and_comma_and_a_year_of_history(drafter, sentence, flagged):
    """A known two-word surname after another first name is a misnaming, as a one-word one is; the
    name without its accents is none. A title and a comma before a known person are checked as a title
    right before the name. A year before a past holder's term ("the 1973 treaty") does not date the
    sentence to the term (flags26)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert [(f.kind, f.surface) for f in ann.flags] == flagged, ann.flags


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The agency quoted Maria Zakharova, Russia's deputy foreign minister, as saying the port was open.",
         [("wrong-title", "Russia's deputy foreign minister")]),
        ("The agency quoted Maria Zakharova, Russia's foreign ministry spokeswoman, as saying the port was"
         " open.", []),
        ("The agency quoted Maria Zakharova, a former foreign minister, as saying the port was open.", []),
        ("Sergey Lavrov, Russia's foreign minister, said the port was open.", []),
        ("The Ministry notes the remarks of the Minister of Information of the State of Eritrea, Mr. Yemane "
         "Gebreab, who said the port was open.", [("wrong-name", "Yemane Gebreab")]),
        ("The Ministry notes the remarks of the Minister of Information of the State of Eritrea, Mr. Yemane "
         "Gebremeskel, who said the port was open.", []),
    ],
)
def test_a_title_in_apposition_and_a_states_style_before_an_honorific(drafter, sentence, flagged):
    """ "X, Russia's deputy foreign minister, ...": a title after the name is checked as one before it;
    "the Minister of Information of the State of Eritrea, Mr. X": the state's style and the honorific do
    not hide the office from the check of its holder's name (flags26)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert [(f.kind, f.surface) for f in ann.flags] == flagged, ann.flags


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Latvian Prime Minister Kristen Michal said the port was open.", ["Latvian Prime Minister"]),
        ("Nauru's President Taneti Maamau said the port was open.", ["President"]),
        ("Estonian Prime Minister Kristen Michal said the port was open.", []),
        ("Kiribati's President Taneti Maamau said the port was open.", []),
    ],
)
def test_the_title_of_another_states_office_is_a_wrong_title(drafter, sentence, flagged):
    """ "Latvian Prime Minister X" for Estonia's prime minister: the right office of the wrong state,
    by its demonym or possessive, is a wrong title (flags26); the person's own state's is none."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert [f.surface for f in ann.flags if f.kind == "wrong-title"] == flagged, ann.flags


def test_the_gazetteer_has_each_id_once_and_dated_roles_in_order():
    """Every entry's ID once (a second entry silently replaced the first: flags26 found "hun-sen"
    twice), every person's state an entry, and each role's start before its end."""
    from importlib.resources import files

    import yaml

    raw = yaml.safe_load((files("kb") / "data" / "gazetteer.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for section, entries in raw.items() if isinstance(entries, list) for e in entries]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    states = {e["id"] for e in raw["states"]}
    for e in raw["people"]:
        assert e.get("state") is None or e["state"] in states, e["id"]
        for r in e.get("roles", []):
            assert not (r.get("since") and r.get("until")) or str(r["since"]) < str(r["until"]), e["id"]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Ex-President Ilham Aliyev said the port was open.", [("Ex-President", "President")]),
        ("The late President Salva Kiir said the port was open.", [("The late President", "President")]),
        ("Ex-President Luis Lacalle Pou said the port was open.", []),
        ("President Ilham Aliyev said the port was open.", []),
    ],
)
def test_ex_and_the_late_before_a_sitting_holders_title_are_wrong_titles(drafter, sentence, flagged):
    """ "ex-President X", "the late President X" for the gazetteer's sitting holder: a wrong title, as
    "former" is (flags26); for a past holder, none."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert [(f.surface, f.expected) for f in ann.flags if f.kind == "wrong-title"] == flagged, ann.flags


@pytest.mark.parametrize(
    ("head", "ministry", "state"),
    [
        ("MINISTRY OF FOREIGN AFFAIRS OF ICELAND\n\nPress release\n\n", "icelandic-foreign-ministry",
         "iceland"),
        ("KINGDOM OF NORWAY\nMINISTRY OF FOREIGN AFFAIRS\n\nOslo, 3 March 2026\n\n",
         "norwegian-foreign-ministry", "norway"),
        ("Ministry of Foreign Affairs rejects fishing claims\n\n", None, None),
    ],
)
def test_a_statements_letterhead_names_its_issuing_ministry(drafter, head, ministry, state):
    """A letterhead of its own line ("MINISTRY OF FOREIGN AFFAIRS OF X", or a state's line above the
    ministry's) drafts the issuing ministry of that state, known in the text as "The Ministry"; a
    headline in sentence case is no letterhead (actors24)."""
    text = head + "1. The Ministry rejects the claims Denmark made on Tuesday.\n"
    ann = draft(drafter, text)
    found = [a for a in ann.actors if "The Ministry" in a.aliases]
    assert [a.id for a in found] == ([ministry] if ministry else []), ann.actors
    assert not found or found[0].affiliation == (state,), found


def test_a_bare_body_after_a_dated_dateline_is_the_subject_states(drafter):
    """ "ASUNCIÓN, March 3, 2025 (Reuters) - Paraguay closed ... with Bolivia ..., the defence ministry
    said": the dateline, with its accent and its year, is no part of the sentence whose subject gives
    the body's state (actors24)."""
    text = (
        "Row\n\nASUNCIÓN, March 3, 2025 (Reuters) - Paraguay closed its border with Bolivia after an attack"
        " on a patrol, the defence ministry said.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert "paraguayan-defence-ministry" in ids and "bolivian-defence-ministry" not in ids, ids


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Row\n\n\"The quota talks have failed,\" Norway's fisheries minister said in a statement.\n",
         "unnamed-norwegian-fisheries-minister"),
        ("Row\n\n\"The quota talks have failed,\" Norway's fisheries minister, Ola Berg, said.\n",
         "ola-berg"),
    ],
)
def test_a_states_office_that_speaks_is_an_unnamed_source(drafter, text, speaker):
    """ '"...," X's fisheries minister said': the unnamed holder of the office, of X, is the speaker, not
    X; with a name in apposition, the named person (actors24)."""
    ann = draft(drafter, text)
    assert claim_of(ann, "quota").speaker == speaker, claims(ann)
    assert "norway" in next(a for a in ann.actors if a.id == speaker).affiliation


def test_a_body_named_by_a_demonym_and_a_common_noun_keeps_its_article(drafter):
    """ "The Chilean embassy said ...": the body's name as curators write it keeps "The", as "the
    finance ministry" does (actors24)."""
    ann = draft(drafter, "Row\n\nThe Chilean embassy in Lima said the visit was private.\n")
    embassy = next(a for a in ann.actors if a.type == "government-body" and "embassy" in a.id)
    assert any(x.startswith("The Chilean embassy") for x in embassy.aliases), embassy.aliases


def test_an_embassy_in_a_town_the_gazetteer_does_not_know_sits_there(drafter):
    """ "the Chilean embassy in Puerto Montt said": the town is part of the embassy's name and ID,
    as a known capital is; a month after "in" is none (actors24)."""
    ann = draft(drafter, "Row\n\nThe Chilean embassy in Puerto Montt said the visit was private.\n")
    assert "chilean-embassy-puerto-montt" in {a.id for a in ann.actors}, [a.id for a in ann.actors]
    ann = draft(drafter, "Row\n\nThe Chilean embassy in March said the visit was private.\n")
    assert not any("march" in a.id for a in ann.actors), [a.id for a in ann.actors]



@pytest.mark.parametrize(
    ("sentence", "eu"),
    [
        ("Chad's foreign minister, Ali Mahamat, who spoke in Brussels on Monday, said the border was shut.",
         False),
        ("Chad asked Brussels to pay for the fence, the foreign minister, Ali Mahamat, said.", True),
    ],
)
def test_an_organisation_named_only_by_its_seat_as_a_place_is_none(drafter, sentence, eu):
    """ "who spoke in Brussels": a place, as "in Tunis" is for a state, so no EU; "asked Brussels to
    pay": the EU (actors24)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert ("european-union" in {a.id for a in ann.actors}) == eu, [a.id for a in ann.actors]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The CBC reported that the ferry would stop at the island.", "cbc"),
        ("The FSB said the ferry would stop at the island.", "fsb"),
        ("Frelimo said the ferry would stop at the island.", "frelimo"),
    ],
)
def test_well_known_outlets_bodies_and_parties_are_in_the_gazetteer(drafter, sentence, actor):
    """An outlet, a state's security service and a ruling party that news names without a word of
    what they are ("The CBC reported", "The FSB said", "Frelimo said") are known actors (actors24)."""
    ann = draft(drafter, f"Row\n\n{sentence}\n")
    assert actor in {a.id for a in ann.actors}, [a.id for a in ann.actors]


# --- stances24 (session 24): polarity and target precision ---


@pytest.mark.parametrize(
    ("text", "kept", "forum"),
    [
        (
            "Ghana would take the matter to the United Nations if Togo keeps up its aggression, "
            "the foreign minister, Kofi Mensah, said.\n",
            ("togo", -1),
            "united-nations",
        ),
        (
            "Malawi's ban was a breach of the SADC trade protocol, Zambia's trade minister, Chanda Mwale, "
            "said.\n",
            ("malawi", -1),
            "sadc",
        ),
    ],
)
def test_an_intergovernmental_body_named_as_a_forum_is_no_target_of_the_tone(drafter, text, kept, forum):
    got = _stances_of(drafter, text)
    assert kept in got and not any(t == forum for t, _p in got), got


def test_an_intergovernmental_body_that_acts_stays_a_target_of_the_tone(drafter):
    text = "The African Union has failed the people of the region, the foreign minister, Kofi Mensah, said.\n"
    assert ("african-union", -1) in _stances_of(drafter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks with Togo on the river will resume next week, Ghana's foreign minister, Kofi Mensah, "
        "said.\n",
        "Kofi Mensah, Ghana's foreign minister, met his Togolese counterpart at a meeting in Lome on "
        "Tuesday, his office said.\n",
    ],
)
def test_talks_or_a_meeting_with_a_state_are_no_friendly_word_toward_it(drafter, text):
    assert not any(t == "togo" for t, _p in _stances_of(drafter, text))


def test_thanks_for_talks_stay_a_friendly_word(drafter):
    text = "Ghana thanked Togo for the talks, its foreign minister, Kofi Mensah, said.\n"
    assert ("togo", 1) in _stances_of(drafter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The attack on a Greek-owned tanker was a crime, Togo's navy chief, Kofi Agbo, said.\n",
        "The seizure of a Greek-flagged ship was illegal, Togo's navy chief, Kofi Agbo, said.\n",
        "The attack beat fellow Greek runners, Togo's navy chief, Kofi Agbo, said.\n",
    ],
)
def test_a_demonym_that_tells_where_something_is_from_is_no_target_of_the_tone(drafter, text):
    assert not any(t == "greece" for t, _p in _stances_of(drafter, text))


def test_a_demonym_before_a_states_own_troops_stays_a_target_of_the_tone(drafter):
    text = "Ugandan troops had attacked the island, Kenya's foreign minister, Juma Ali, said.\n"
    assert ("uganda", -1) in _stances_of(drafter, text)


def test_a_description_then_also_is_the_person_described(drafter):
    """ "The minister also said ...": an adverb between the description and its verb leaves the
    description the subject, the minister named before (claims24); "also" is no noun to look for."""
    text = (
        "Row over the river\n\nKenya's foreign minister Wanjala Odhiambo said on Monday that Nairobi"
        " would defend its water rights.\n\nThe talks collapsed last year.\n\n"
        "The minister also said Uganda had broken the treaty.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "broken the treaty").speaker == "wanjala-odhiambo", claims(ann)


def test_he_is_no_outlet_whose_words_came_last(drafter):
    """ "The daily Zentar said ... Kenya answered through its energy minister. He told parliament":
    "he" or "she" never stands for an outlet or a body that spoke last (claims24)."""
    text = (
        "Row over the gas field\n\nThe daily Zentar, which is close to the army, said Kenya had stolen"
        " the field.\n\nKenya has answered through its energy minister alone. He told parliament that"
        " the field was Kenyan.\n"
    )
    ann = draft(drafter, text)
    assert all(c.speaker != "zentar" for c in ann.claims if "field was Kenyan" in c.quote), claims(ann)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya accused Uganda of moving troops to the border, days after Ugandan President Kato Mbabazi"
        ' said the lake "belongs to Uganda".',
        "Kenya's foreign minister Wanjala Odhiambo said Uganda was moving troops to the border, after"
        ' President Kato Mbabazi told parliament that the lake "belongs to Uganda".',
    ],
)
def test_words_end_before_a_clause_of_when_someone_else_spoke(drafter, sentence):
    """ "X accused Y of A, days after Z said B": A ends at ", days after", and B is Z's own claim,
    when Z is named (claims24); "after talks collapsed" (no one speaks) stays in A."""
    ann = draft(drafter, f"Row over the lake\n\n{sentence}\n")
    first = claim_of(ann, "moving troops")
    assert "belongs" not in first.quote, claims(ann)
    assert claim_of(ann, "belongs to Uganda").speaker == "kato-mbabazi", claims(ann)
    ann = draft(drafter, "Row\n\nKenya accused Uganda of moving troops, after talks in Kampala collapsed.\n")
    assert "collapsed" in claim_of(ann, "moving troops").quote, claims(ann)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The daily Zenta reported on Saturday evening that the army had moved to the lake, citing"
            " officials it did not name.",
            "unnamed officials",
        ),
        (
            "The daily Zenta, citing what it called an informed source, said on Sunday that the army had"
            " moved to the lake.",
            "unnamed informed source",
        ),
        (
            "The daily Zenta reported that the army had moved to the lake, citing two people familiar"
            " with the plan.",
            "unnamed people familiar with the plan",
        ),
    ],
)
def test_an_outlet_citing_a_source_gives_the_sources_words(drafter, sentence, source):
    """ "Y reported on Saturday that A, citing officials it did not name", "Y, citing what it called
    an informed source, said that A", "citing two people familiar with B": A is the source's, through
    the outlet, and starts after "that" (claims24)."""
    ann = draft(drafter, f"Row over the lake\n\nKenya closed the border.\n\n{sentence}\n")
    c = claim_of(ann, "army had moved")
    assert ann.actor(c.speaker).label == source and c.via == "zenta", claims(ann)
    assert c.quote.startswith("the army"), claims(ann)


def test_a_cited_claim_contested_after_it_stays_alleged(drafter):
    """ "Y, citing X, reported that A, a claim Z called slander": A ends before the comment, stays
    alleged, and Z's word is Z's (claims24)."""
    text = (
        "Row over the lake\n\nThe daily Zenta, citing people close to the ministry, reported that the"
        ' army had moved to the lake, a claim the Ugandan government called "slander."\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "army had moved")
    assert "slander" not in c.quote and c.status == "alleged", claims(ann)


def test_a_time_before_according_to_leaves_the_claim_after_the_source(drafter):
    """ "By Thursday evening, according to drivers, the barrier was still down": the opening time is
    no clause of its own; the drivers' words are the clause after them (claims24)."""
    text = (
        "Row\n\nKenya closed the border.\n\nBy Thursday evening, according to drivers, the barrier was"
        " still down.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "barrier").quote.startswith("the barrier"), claims(ann)


def test_words_then_an_outlet_that_reported_later_citing_a_source(drafter):
    """ "A, the daily Y reported later on Wednesday, citing two people familiar with B": A is the
    people's, through Y; the time after "reported" is no part of the outlet's name (claims24)."""
    text = (
        "Row over the lake\n\nKenya closed the border.\n\nThe army had moved to the lake, the daily Zenta"
        " reported later on Wednesday, citing two people familiar with the plan.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "army had moved")
    assert ann.actor(c.speaker).label == "unnamed people familiar with the plan", claims(ann)
    assert c.via == "zenta" and "reported" not in c.quote, claims(ann)


def test_he_is_the_subject_not_the_person_in_its_apposition(drafter):
    """ "X, foreign policy adviser to President Y, rejected the charge. "...," he told Z": "he" is X,
    the subject, not Y, named inside X's apposition (claims24)."""
    text = (
        "Row over the lake\n\nUganda accused Kenya of arming rebels on Monday.\n\nPeter Wekesa, foreign"
        ' policy adviser to President Daniel Kiprono, rejected the charge. "Kenya arms nobody," he told the'
        ' Daily Nation. He added that Nairobi had "every right" to patrol the lake.\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "arms nobody").speaker == "peter-wekesa", claims(ann)
    assert claim_of(ann, "every right").speaker == "peter-wekesa", claims(ann)


def test_told_a_different_story_announces_words_in_the_articles_voice(drafter):
    """ "The Ugandan army told a different story.": no words of the army's yet, the article's own
    announcement (as "gave a different account"); the words come after it (claims24)."""
    text = (
        "Row over the border\n\nKenya closed the border on Monday.\n\nThe Ugandan army told a different"
        " story. Its soldiers had never crossed the lake, it said.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "different story")
    assert c.speaker == "article" and c.quote.startswith("The Ugandan army"), claims(ann)
    assert claim_of(ann, "never crossed").speaker == "ugandan-army", claims(ann)


def test_a_description_is_not_a_person_known_by_another_title(drafter):
    """ "President X said A. The consul ... The envoy said B": "the envoy" is no president, so not X
    though X was the last person named (claims24); "the president" still is."""
    text = (
        "Row over the lake\n\nKAMPALA, March 3 (Reuters) - Ugandan President Kato Mbabazi said on Monday"
        " that the fishermen were criminals.\n\nThe Ugandan consul in Kisumu has visited the detained crews"
        " twice. The envoy, speaking to reporters after his second visit, said the men were being held in"
        " decent conditions. The president later said the talks would resume.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "decent conditions").speaker != "kato-mbabazi", claims(ann)
    assert claim_of(ann, "talks would resume").speaker == "kato-mbabazi", claims(ann)


def test_an_unnamed_holder_of_a_role_then_also_is_no_part_of_the_name(drafter):
    """ "An official from X's Reform party also said": the source is the official from the party,
    without "also" (claims24)."""
    text = (
        "Row\n\nAn official from opposition leader John Okot's Reform party also said the vote had been"
        " rigged.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "vote had been rigged")
    assert not ann.actor(c.speaker).label.endswith("also"), claims(ann)


def test_a_participle_aside_before_the_verb_names_no_speaker(drafter):
    """ "An Eritrean doctor, being held at Kampala's Luzira prison, claims ...": where the subject is
    held is an aside; Uganda (or the prison) does not speak (claims24)."""
    text = (
        "Row over the prison\n\nAn Eritrean doctor, being held at Kampala's Luzira prison, claims he was"
        " beaten by guards.\n"
    )
    ann = draft(drafter, text)
    assert all(c.speaker != "uganda" for c in ann.claims if "beaten" in c.quote), claims(ann)
    assert not drafted_as_fact(ann, "beaten by guards"), claims(ann)


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("a statement from President Kato Mbabazi's office said.", "kato-mbabazi-office"),
        ("President Kato Mbabazi's office said.", "kato-mbabazi-office"),
        ("a statement from the Ugandan foreign ministry said.", "ugandan-foreign-ministry"),
    ],
)
def test_a_quotation_then_a_statement_from_someone_said(drafter, after, speaker):
    """ '"...," a statement from President X's office said': the office's words, not X's nor those of
    anyone the quotation names; the document's issuer speaks (claims24)."""
    text = (
        "Row over the lake\n\nKAMPALA, March 3 (Reuters) - Uganda's cabinet met on Monday.\n\n"
        f'"Kenya has done nothing to stop the raids," {after}\n'
    )
    ann = draft(drafter, text)
    who = claim_of(ann, "stop the raids").speaker
    assert who == speaker or (speaker.endswith("ministry") and "ministry" in who), claims(ann)


def test_they_is_never_one_person_named_before_it(drafter):
    """ "X was killed, his sponsors said. Mr X was aboard a boat when he was shot, they said": "they"
    is no one person named in between, here the sponsors who spoke before (claims24)."""
    text = (
        "Sailor killed\n\nYachtsman Sir Tom Harlow, one of the most successful sailors in history, was"
        " killed in a shooting in Brazil today, his sponsors said. Mr Harlow, 53, was aboard a boat with his"
        " crew when they were attacked by pirates and he was shot dead, they said.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "aboard a boat")
    assert c.speaker == "unnamed-sponsors", claims(ann)


def test_he_is_the_subject_not_the_person_talks_were_offered_with(drafter):
    """ "President X repeated his offer of talks with Prime Minister Y. "...," he said": "he" is X, the
    sentence's subject, not Y named after "with" (claims24)."""
    text = (
        "Talks offer\n\nPresident Tomas Ravel repeated his offer of holding talks with Prime Minister Anton"
        ' Vesk. "I am for dialogue and I keep on saying this," he said.\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "I am for dialogue").speaker == "tomas-ravel", claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Togo is the greatest obstacle to peace in the region, Ghana's foreign minister, Kofi Mensah, "
        "said.\n",
        "Togo has become a threat to peace, Ghana's foreign minister, Kofi Mensah, said.\n",
    ],
)
def test_the_good_an_obstacle_or_threat_harms_is_no_friendly_word(drafter, text):
    """ "X is the greatest obstacle to peace": "peace" is what X harms, not a friendly word that
    cancels the hostile one (leestance24)."""
    assert ("togo", -1) in _stances_of(drafter, text)


def test_a_denied_threat_to_a_good_leaves_the_friendly_word(drafter):
    text = (
        "The row with Togo is no threat to an excellent relationship, Ghana's foreign minister, Kofi "
        "Mensah, said.\n"
    )
    assert ("togo", -1) not in _stances_of(drafter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana wants to see President Yao Dossou removed from power, its foreign minister, Kofi Mensah, "
        "said.\n",
        "Ghana wants President Yao Dossou ousted, its foreign minister, Kofi Mensah, said.\n",
    ],
)
def test_whoever_someone_wants_removed_from_power_is_opposed(drafter, text):
    """ "wants to see President X removed from power": a stance against X (leestance24)."""
    assert ("yao-dossou", -1) in _stances_of(drafter, text)


def test_an_explanation_described_as_insufficient_is_a_stance_against_its_author(drafter):
    text = (
        "Kofi Mensah, Ghana's foreign minister, described President Yao Dossou's explanation as "
        "insufficient.\n"
    )
    assert ("yao-dossou", -1) in _stances_of(drafter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's foreign minister, Kofi Mensah, told President Yao Dossou to act on the river at once.\n",
        "Ghana's foreign minister, Kofi Mensah, says it is time for President Yao Dossou to keep his word.\n",
    ],
)
def test_told_someone_to_act_is_a_demand_of_them(drafter, text):
    """ "told President X to withdraw", "it is time for Mr X to act": a demand of X, as after "urged"
    (leestance24)."""
    assert ("yao-dossou", -1) in _stances_of(drafter, text)


def test_told_someone_that_is_no_demand_of_them(drafter):
    text = "Ghana's foreign minister, Kofi Mensah, told President Yao Dossou that the talks would resume.\n"
    assert ("yao-dossou", -1) not in _stances_of(drafter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Despite the report, Togo took no action to stop the flooding, Ghana's foreign minister, Kofi "
        "Mensah, said.\n",
        "Togo has done nothing to stop the flooding, Ghana's foreign minister, Kofi Mensah, said.\n",
    ],
)
def test_taking_no_action_is_a_fault_found(drafter, text):
    """ "X took no action to stop it", "X has done nothing to ...": the speaker finds fault with X
    (leestance24)."""
    assert ("togo", -1) in _stances_of(drafter, text)


def test_closing_down_someones_offices_is_a_stance_against_them(drafter):
    """ "police will close down all X offices": the speaker acts against X (leestance24)."""
    text = (
        "Our police will immediately close down all al Shabaab offices in the city, Kenya's interior "
        "minister, Juma Ali, said.\n"
    )
    got = _stances_of(drafter, text)
    assert any(t.startswith("al-shabaab") and p == -1 for t, p in got), got


def test_empty_promises_are_a_fault_found(drafter):
    """ "X has given us nothing but empty promises": a stance against X (leestance24)."""
    text = "Togo has given us nothing but empty promises, Ghana's foreign minister, Kofi Mensah, said.\n"
    assert ("togo", -1) in _stances_of(drafter, text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ('Peru urged both neighbours to "show restraint," its foreign ministry said.\n', "reported"),
        ("Peru urged both sides to talk, the foreign ministry in Lima said.\n", "reported"),
        ('Peru accused Chile of "moving the posts," the Peruvian foreign ministry said.\n', "alleged"),
    ],
)
def test_a_states_words_its_body_gives_after_them_are_the_bodys(drafter, text, status):
    """ "Peru urged A, its foreign ministry said.": the ministry's words, not the state's (as dev's
    gold has it for every ministry so named), cut before the attribution; an accusation stays
    alleged (claims24b)."""
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    got = [(c.speaker, c.status, c.quote) for c in ann.claims]
    assert [(s, st) for s, st, _q in got] == [("peruvian-foreign-ministry", status)], got
    assert "said" not in got[0][2], got


def test_a_states_words_another_states_body_gives_stay_the_states(drafter):
    """Only the state's own body takes its words: what "Peru urged", "the Chilean navy said" is not
    the navy's appeal (claims24b)."""
    text = 'Peru urged both neighbours to "show restraint," the Chilean navy said.\n'
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    assert [c.speaker for c in ann.claims] == ["peru"]


def test_a_body_known_by_another_name_speaks_itself(drafter):
    """ "Peru's foreign ministry, known as Torre Tagle, said": the aside names the ministry, which
    speaks; not the state, nor a new actor of the aside's name (claims24b)."""
    text = "Peru's foreign ministry, known as Torre Tagle, said on Thursday that the border would close.\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    assert [c.speaker for c in ann.claims] == ["peruvian-foreign-ministry"]


# --- stances24b (session 24): stances named in the claim that no rule drafted ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana has asked Togo for an explanation by Friday.\n", {("ghana", "togo", -1)}),
        ("Ghana requested clarification from Togo about the boats.\n", {("ghana", "togo", -1)}),
        (
            'Kwame Asante said Ghana had asked Togo for "a full and written explanation."\n',
            {("kwame-asante", "togo", -1)},
        ),
        # a request for something else takes no side: no stance against Togo
        ("Ghana has asked Togo for the list of the crew.\n", set()),
    ],
)
def test_asking_someone_for_an_explanation_is_a_stance_against_them(drafter, text, expected):
    got = {st for c in draft(drafter, text).claims for st in stances_of(c) if st[1] == "togo"}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ('Kwame Asante said Ghana would "not be lectured" by Togo on its borders.\n', "togo"),
        ('Kwame Asante said: "Nobody here takes orders from Mr Kofi Dossou."\n', "kofi-dossou"),
    ],
)
def test_being_lectured_by_or_taking_orders_from_a_titled_person_is_against_them(drafter, text, target):
    assert (target, -1) in _stances_of(drafter, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kwame Asante said Ghana had lost patience with Togo.\n", ("togo", -1)),
        ("Kwame Asante said Ghana highly appreciates Togo's decision.\n", ("togo", 1)),
    ],
)
def test_tone_words_in_forms_the_lexicon_lacked(drafter, text, stance):
    assert stance in _stances_of(drafter, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kwame Asante called on Dr Dossou to step aside.\n", {("dossou", -1)}),
        ("Kwame Asante said he was not calling on Togo to resign.\n", set()),
    ],
)
def test_a_demand_of_a_titled_person_and_a_demand_denied(drafter, text, expected):
    assert {st for st in _stances_of(drafter, text) if st[0] in ("dossou", "togo")} == expected


# --- stances25b: the target named in the words that frame a claim, not in the claim -------------


@pytest.mark.parametrize(
    ("text", "denial", "stances"),
    [
        (
            "Ghana has made that accusation before, and Togo has always denied it.",
            "always denied",
            {("ghana", -1)},
        ),
        (
            "The Accra daily Ghanaian Times, quoting an unnamed officer, reported that Togo had moved troops "
            "to the river. Togo's government denied the report.",
            "denied the report",
            {("ghanaian-times", -1)},  # the paper, not the officer it quoted
        ),
        ("Kenyan minister Paul Otieno has made that accusation before, and Uganda has always denied it.",
         "always denied", set()),  # a person's charge: the denial answers the charge, not them
    ],
)
def test_a_denial_that_names_nothing_answers_the_maker_the_words_before_name(text, denial, stances):
    ann = draft(rules_only(), f"Border row\n\n{text}\n")
    c = claim_of(ann, denial)
    assert {(s.target, s.polarity) for s in c.stances} == stances, claims(ann)


@pytest.mark.parametrize(
    ("headline", "first", "stances"),
    [
        ("Ghana closes Aflao crossing to traders as Togo protests", "to traders", {("ghana", "togo", -1)}),
        ("Ghana closes Aflao crossing, accuses Togo of smuggling", "Aflao crossing", {("ghana", "togo", -1)}),
        ("Ghana closes Aflao crossing as Accra mayor protests", "Aflao crossing", set()),  # its own side
    ],
)
def test_a_headlines_first_half_is_against_the_one_its_second_half_names_answering(headline, first, stances):
    text = f"{headline}\n\nACCRA, May 2 (Wire) - Ghana closed the crossing on Monday.\n"
    ann = draft(rules_only(), text)
    c = next(c for c in ann.claims if c.quote.startswith("Ghana closes") and first in c.quote)
    assert c.speaker == "article" and stances_of(c) == stances, claims(ann)


@pytest.mark.parametrize(
    ("denial", "target"),
    [
        ("Togo's army denied that any soldier had crossed.", "ghana"),  # the state whose minister said it
        ("Togo's army rejected the account.", "kofi-mensah"),  # no denial that it happened: as before
    ],
)
def test_a_denial_that_something_happened_answers_the_state_whose_official_said_it(denial, target):
    text = (
        "Border row\n\nGhana's interior minister, Kofi Mensah, said Togolese soldiers had crossed the river. "
        f"{denial}\n"
    )
    ann = draft(rules_only(), text)
    c = claim_of(ann, denial[13:30])
    assert [(s.target, s.polarity) for s in c.stances] == [(target, -1)], claims(ann)


# --- claims25 (session 25): claims news prose still lost ---


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("ACCRA, May 3 (Reuters) - Two blasts hit a market.\n\n"
         "According to the finance ministry, traders have lost a month of sales.\n",
         "ghanaian-finance-ministry"),
        ("ACCRA, May 3 (Reuters) - Two blasts hit a market.\n\n"
         "- Four traders were hurt in the second blast, according to the police.\n", "ghanaian-police"),
    ],
)
def test_a_state_body_named_by_its_noun_alone_is_the_home_states(drafter, text, speaker):
    """ "according to the finance ministry", "according to the police": a body no actor named before
    is that of the state the sentence opens with, else of the state the dateline names; the words
    are its own, not lost (claims25)."""
    ann = draft(drafter, text)
    assert speaker in [c.speaker for c in ann.claims], claims(ann)


def test_a_bare_ministry_named_by_its_noun_alone_is_not_guessed(drafter):
    """ "the ministry said" with no ministry named before: which ministry is not said, so no body
    is made up for it (claims25)."""
    ann = draft(drafter, "Ghana will close two crossings with Togo for a month, the ministry said.\n")
    assert not any(a.id.endswith("ministry") for a in ann.actors), claims(ann)



@pytest.mark.parametrize(
    "text",
    [
        'Interior Minister Amina Warsame insisted that her government had closed forty camps, and she '
        'accused '
        '"foreign parties" of arming the rebels.\n',
        'Amina Warsame, the interior minister, said the border would stay open, and she called the raid '
        '"a provocation."\n',
    ],
)
def test_a_pronoun_after_and_keeps_the_first_clause_its_speakers(drafter, text):
    """ "X insisted that A, and she accused Y of B": A is X's first claim, not lost to the second
    verb's (claims25)."""
    ann = draft(drafter, text)
    first = next(c for c in ann.claims if "camps" in c.quote or "border" in c.quote)
    assert first.speaker == "amina-warsame" and "accused" not in first.quote and "called" not in first.quote


# --- claims25b: where reported speech ends -------------------------------------------------------


@pytest.mark.parametrize(
    "tail, theirs",
    [
        ("which Bolivia says gave it a coast.", None),  # another speaker's words on the last noun
        ("which he says gave Chile the coast.", "gave Chile the coast."),  # the same speaker goes on
    ],
)  # fmt: skip
def test_reported_speech_ends_before_a_relative_clause_of_someone_elses_words(drafter, tail, theirs):
    """ "Diplomats say A, which Bolivia says B": the diplomats' words end before ", which", since what
    follows is Bolivia's; "A, which he says B": B is the same speaker's too."""
    text = (
        "Coast row\n\nLIMA, May 3 - Talks stalled.\n\nChilean diplomats say the quarrel goes back to the "
        f"treaty of 1884, {tail}\n"
    )
    ann = draft(drafter, text)
    said = claim_of(ann, "the quarrel goes back")
    assert said.quote == "the quarrel goes back to the treaty of 1884", claims(ann)
    rest = [c.quote for c in ann.claims if c.speaker == said.speaker and c is not said]
    assert rest == ([theirs] if theirs else []), claims(ann)


@pytest.mark.parametrize(
    "tail, cut",
    [
        (", a claim officials in the capital dispute.", True),  # the article's comment on the words
        (", a frigate and two launches.", False),  # what the words go on to name: still theirs
    ],
)  # fmt: skip
def test_reported_speech_ends_before_an_appositive_that_sums_it_up(drafter, tail, cut):
    """ "Fishermen say A, a claim officials dispute": a noun that names the words ("a claim", "a step",
    "a complaint") opens the article's comment on them; not any noun after a comma."""
    text = f"Lagoon row\n\nACCRA, May 3 - Boats stayed.\n\nFishermen say their boats were seized{tail}\n"
    said = claim_of(draft(drafter, text), "boats were seized")
    assert said.quote == "their boats were seized" + ("" if cut else tail), said.quote


@pytest.mark.parametrize(
    "tail, cut",
    [
        ("who had assured her that the border would reopen.", True),  # the counterpart's own words
        ("who had agreed to meet in June.", False),  # an act the speaker reports: still hers
    ],
)  # fmt: skip
def test_reported_speech_ends_before_who_and_a_verb_of_saying(drafter, tail, cut):
    """ "She said she had spoken to her counterpart, who had assured her that B": B is the
    counterpart's words, not the speaker's; ", who had agreed to ..." goes on with hers."""
    text = (
        "Border row\n\nDAKAR, May 3 - Lorries waited.\n\nThe minister, Awa Ndiaye, said she had spoken "
        f"twice with her counterpart, {tail}\n"
    )
    said = claim_of(draft(drafter, text), "spoken twice")
    first = "she had spoken twice with her counterpart"
    assert said.quote == (first if cut else f"{first}, {tail}"), said.quote


# --- claims26: the article's voice in a story under way --------------------------------------------

_UNDER_WAY = (
    "Benin and Togo quarrel over salt\n\nWho owns the lagoon, and who may fish it in winter?\n\n{sentence}\n"
)
"""A story of our own: a headline, a first paragraph no rule drafts (a question), then the sentence."""


def test_a_paragraph_after_an_undrafted_one_is_a_story_under_way(drafter):
    """A paragraph's plain first sentence after a body paragraph of the story is the narrative
    going on, even when nothing of that paragraph was drafted (claims26); a lone line under the
    headline stays no claim (see test_a_sentence_that_names_no_actor_is_the_articles_only_when_concrete)."""
    sentence = "The treaty itself is short and says little about the fishing grounds."
    c = claim_of(draft(drafter, _UNDER_WAY.format(sentence=sentence)), "The treaty itself is short")
    assert (c.speaker, c.status) == ("article", "asserted")
    assert not draft(drafter, f"Benin and Togo quarrel over salt\n\n{sentence}\n").claims[1:]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Beninese officers trained the smugglers who fish the lagoon.", "Beninese officers trained"),
        ("The rifles, officials in Lomé say, came from a depot in the north.", "came from a depot"),
        ("They also supplied the rifles that the smugglers carry.", "supplied the rifles"),
        ("The smugglers may have been paid by someone in Cotonou.", "may have been paid"),
    ],
)
def test_a_story_under_way_never_makes_an_allegation_the_articles_fact(drafter, sentence, words):
    """The allegation twins: a demonym's forces, words attributed, a subject that points back, a
    guess stay out of the article's voice after an undrafted paragraph too (claims26)."""
    assert not drafted_as_fact(draft(drafter, _UNDER_WAY.format(sentence=sentence)), words)


_WORDS_GIVEN = (
    "Ghana and Togo quarrel over a ferry\n\nGhana and Togo traded letters on Monday.\n\n"
    "A Togolese official said the ferry would stay shut. {sentence}\n"
)
"""A story of our own: someone's words, then a sentence about them."""


@pytest.mark.parametrize(
    "sentence",
    [
        "The remark went down badly in Aflao.",
        "Both statements were read aloud on the radio in Lomé.",
        "That complaint, which Lomé has made before, drew no answer from Accra.",
    ],
)
def test_a_sentence_about_the_words_just_given_is_the_articles(drafter, sentence):
    """Right after someone's words, a sentence whose subject is those words taken as a thing (the
    remark, both statements, that complaint) is the article's account of them, not their words
    carried on (claims26); the words before stay the official's."""
    ann = draft(drafter, _WORDS_GIVEN.format(sentence=sentence))
    c = claim_of(ann, sentence.rstrip("."))
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert claim_of(ann, "the ferry would stay shut").speaker != "article"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The remarks showed that Ghana had armed the smugglers.", "Ghana had armed the smugglers"),
        ("The statement, he said, proved that Ghana had armed the smugglers.", "had armed the smugglers"),
        ("The letters were written by Ghanaian agents who armed the smugglers.", "Ghanaian agents"),
        ("The rifles came from a depot in Ghana.", "The rifles came from a depot"),
        ("That assertion is true, and the rifles came from a depot near Accra.", "rifles came from a depot"),
        ("Those words were, he said, a warning to Accra.", "a warning to Accra"),
    ],
)
def test_words_taken_as_a_thing_never_make_a_charge_the_articles_fact(drafter, sentence, words):
    """The allegation twins: what the words show or prove, a demonym's agents, or a plain sentence
    that goes on with the words stay out of the article's voice (claims26)."""
    assert not drafted_as_fact(draft(drafter, _WORDS_GIVEN.format(sentence=sentence)), words)


@pytest.mark.parametrize(
    "no_answer",
    [
        "The Liberian side did not respond to a request for comment.",
        "The Liberian delegation has not commented.",
    ],
)
def test_no_comment_from_a_side_named_by_its_demonym_is_the_articles(drafter, no_answer):
    """ "The Liberian side did not respond to a request for comment.": a demonym between "The" and
    its noun still gives the article's note that someone did not answer (claims26); the navy's
    words before it stay the navy's."""
    text = (
        "Guinea and Liberia argue over fishing\n\nGuinea and Liberia met in Conakry on Monday.\n\n"
        f"Guinea's navy said Liberian boats had crossed the line. {no_answer}\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, no_answer.rstrip("."))
    assert (c.speaker, c.status) == ("article", "asserted"), claims(ann)
    assert not drafted_as_fact(ann, "Liberian boats had crossed")


@pytest.mark.parametrize(
    "text, target, polarity",
    [
        ("MADRID (Reuters) - Minister Jose Garcia said relations with Rabat were \"excellent\" despite "
         "the dispute over the islands.\n", "morocco", 1),
        ("HANOI (Reuters) - Foreign Minister Lan Tran said ties with Beijing remain strained.\n",
         "china", -1),
        ("AMMAN (Reuters) - Minister Omar Haddad said the accord was \"a new page\" in relations with "
         "Damascus.\n", "syria", 1),
    ],
)
def test_a_speakers_word_on_relations_with_someone_is_their_stance(text, target, polarity):
    """ "relations with X were 'excellent'", "ties with X remain strained", "a new page in relations
    with X": for or against X by the word on the relations, not by the tone around it (stances26)."""
    ann = draft(rules_only(), text)
    c = claim_of(ann, "with")
    assert (target, polarity) in [(s.target, s.polarity) for s in c.stances], c.stances


@pytest.mark.parametrize(
    "text, target, polarity",
    [
        ("Greenland's premier, Ane Holm, said Nuuk should negotiate directly with Washington, not through "
         "Copenhagen.\n", "united-states", 1),
        ("Foreign Minister Rosa Mena said Quito should negotiate a fishing regime with Lima.\n", "peru", 1),
        ("Quito suspended border talks with Lima on Thursday, officials said.\n", "peru", -1),
    ],
)
def test_a_readiness_to_deal_with_someone_is_for_them_and_a_break_against(text, target, polarity):
    """ "should negotiate directly with X" (for X, though "should" is a word of blame), "suspended
    talks with X" (against X): the holder's stance toward whom it deals with or breaks with
    (stances26)."""
    ann = draft(rules_only(), text)
    c = next(c for c in ann.claims if "with" in c.quote)
    got = [(s.target, s.polarity) for s in c.stances]
    assert (target, polarity) in got and (target, -polarity) not in got, c.stances


@pytest.mark.parametrize(
    "text, holder, target",
    [
        ("A diplomat in Lima, Marta Ruiz, said Ecuador had quietly sided with Bogota in the quarrel.\n",
         "ecuador", "colombia"),
        ("Analyst Pedro Gil said Bolivia has moved closer to Brazil since the vote.\n", "bolivia", "brazil"),
        ("Quito had shared its assessment with Lima, an official said.\n", "ecuador", "peru"),
    ],
)
def test_a_side_taken_with_someone_is_for_them_held_by_who_took_it(text, holder, target):
    """ "had sided with X", "has moved closer to X", "shared its assessment with X": for X, held by
    whoever the words open with, not by the one who reports it (stances27)."""
    ann = draft(rules_only(), text)
    got = [(s.holder, s.target, s.polarity) for c in ann.claims for s in c.stances]
    assert (holder, target, 1) in got and all(t != target or p > 0 for _h, t, p in got), got


def test_a_refusal_to_deal_with_someone_is_no_readiness():
    """ "will not negotiate with X": no stance for X (stances26)."""
    ann = draft(rules_only(), "Minister Rosa Mena said Quito will not negotiate with Lima.\n")
    assert ("peru", 1) not in [(s.target, s.polarity) for c in ann.claims for s in c.stances]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Kenya rejected criticism from the U.S. State Department on Monday.", "Kenya"),
        ("Uganda said Mr. Ali had left. Kenya rejected the claim.", "Kenya"),
        ("Kenya met Dr. Ruto and St. Clair on Monday.", "Kenya"),
    ],
)
def test_a_sentence_does_not_open_after_an_abbreviations_stop(drafter, text, opens):
    """ "the U.S. State Department", "Mr. Ali", "Dr.", "St.": no sentence ends at an abbreviation's
    full stop; the sentence around the last word opens where it does (stances26)."""
    from kb.extract.drafter import Draft

    d = Draft(drafter, text + "\n")
    assert d.norm[d._sentence_start(len(text) - 2) :].startswith(opens)


@pytest.mark.parametrize(
    ("text", "target", "polarity"),
    [
        ("Border row\n\nMinister Somchai Wong said Thailand requests that Cambodia respect the treaty and "
         "refrain from actions that complicate the situation.\n", "cambodia", -1),
        ("Border row\n\nSlovak Prime Minister Jan Novak said Poland could not expect \"help on demand\" from "
         "a neighbour whose mines it was draining dry.\n", "poland", -1),
    ],
)
def test_a_demand_that_or_a_denied_quoted_friendly_word_is_against(text, target, polarity):
    """ "requests that X respect ...": a demand made of X, as after "urged"; 'could not expect "help"':
    the friendly word denied though quoted (stances26)."""
    got = [(s.target, s.polarity) for c in draft(rules_only(), text).claims for s in c.stances]
    assert (target, polarity) in got and (target, -polarity) not in got, got


def test_the_group_named_by_its_noun_alone_is_the_last_group_named():
    """ "Kenyan troops clashed with al Shabaab ... the group had 'violated every promise'": the group is
    the armed group named last before it, so the charge is a stance against it (stances26)."""
    text = (
        "Border clash\n\nNAIROBI (Reuters) - Kenyan troops clashed with al Shabaab near Mandera on "
        "Monday.\n\n"
        'Defence Minister Amos Wekesa said the group had "violated every promise" it made to elders.\n'
    )
    c = claim_of(draft(rules_only(), text), "violated")
    assert ("al-shabaab", -1) in [(s.target, s.polarity) for s in c.stances], c.stances


@pytest.mark.parametrize(
    ("words", "target", "polarity"),
    [
        ('"The President is right, and I have told him so."', "amos-kiprono", 1),
        ('"But the ministry is wrong."', "kenyan-lands-ministry", -1),
        ('"Kiprono is not entirely wrong about the money."', "amos-kiprono", 1),
    ],
)
def test_a_verdict_on_someone_is_for_or_against_them(words, target, polarity):
    """ "The President is right", "the ministry is wrong", "X is not entirely wrong": for or against
    the one judged, a bare title being the last actor named under it (stances26)."""
    text = (
        "Land row\n\nNAIROBI (Reuters) - President Amos Kiprono said on Monday that Kenya would not cede the "
        "triangle. The Kenyan Ministry of Lands disagreed.\n\nSenator Grace Achieng said: " + words + "\n"
    )
    got = [(s.target, s.polarity) for c in draft(rules_only(), text).claims for s in c.stances]
    assert (target, polarity) in got, got


def test_one_sides_dealings_with_the_other_are_no_guess_against_it():
    """In a two-state dispute, "Bolivia had informed Chile of the project": one side's dealings with
    the other, no stance against it by the other-side guess; "had not consulted Chile" stays one
    (stances26)."""
    text = (
        "River row: Bolivia and Chile trade charges over the Lauca\n\nLA PAZ (Reuters) - Bolivia accused "
        "Chile on Monday of diverting the Lauca river.\n\nBolivian Foreign Minister Ana Quispe said Bolivia "
        "had informed Chile of the project in writing in March.\n\nQuispe said Bolivia had not consulted "
        "Chile before the work began.\n"
    )
    ann = draft(rules_only(), text)
    assert ("chile", -1) not in [(s.target, s.polarity) for s in claim_of(ann, "informed").stances]
    assert ("chile", -1) in [(s.target, s.polarity) for s in claim_of(ann, "consulted").stances]


@pytest.mark.parametrize(
    "sentence, theirs",
    [
        ("The rifles came from the south.", True),  # a past event, no actor, no time: goes on with them
        ("The barges were painted grey.", True),  # shares their noun
        ("The crossing was closed on Tuesday.", False),  # a time of its own: the article's report
        ("The ferry to Chipata stopped running.", False),  # a place named: a scene of its own
        ("The mood in the villages was calmer.", False),  # a turn
    ],
)  # fmt: skip
def test_words_carried_on_across_a_paragraph_break_stay_the_speakers(drafter, sentence, theirs):
    """fact26: "Officials say A.\\n\\nB." where B opens the next paragraph, names no actor and goes on
    with A (a past event with no time or turn of its own, or A's noun): the officials' words,
    reported as A is, never the article's; with a time, a name or a turn of its own, the article's."""
    text = f"Malawi and Zambia met.\n\nOfficials in Mzuzu say the barges were armed.\n\n{sentence}\n"
    said = [(c.speaker, c.status) for c in draft(drafter, text).claims if c.quote == sentence]
    assert said == ([("unnamed-officials-mzuzu", "reported")] if theirs else [("article", "asserted")]), said


@pytest.mark.parametrize(
    ("text", "words", "speaker", "parent"),
    [
        ("The EU delegation in Accra said it backed the deal.\n", "backed", "eu-delegation-accra",
         "european-union"),
        ("The FSB's border service said it had stopped the boat.\n", "stopped", "fsb-border-service", "fsb"),
        ("Brazil's Northern Military District said the drills were routine.\n", "drills",
         "northern-military-district", "brazil"),
    ],
)
def test_a_part_of_a_body_that_speaks_is_its_own_actor(drafter, text, words, speaker, parent):
    """ "The EU delegation in Accra said", "the FSB's border service said", "Brazil's Northern
    Military District said": the part speaks, an actor of its own affiliated to its parent (the
    curators' form), not the parent; a state's part by a common noun stays the body rules'."""
    ann = draft(drafter, "Row\n\n" + text)
    assert claim_of(ann, words).speaker == speaker, claims(ann)
    assert parent in next(a for a in ann.actors if a.id == speaker).affiliation
    ann = draft(drafter, "Row\n\nThe EU has a delegation in Accra, which opened in 1975.\n")
    assert not any("delegation" in a.id for a in ann.actors)


def test_an_interviews_answers_are_the_named_persons_not_an_unnamed_group_named_first(drafter):
    """A Q&A whose introduction names an unnamed group ("Kenyan and Ethiopian officials accuse
    ...") before the person the reporter met ("Our reporter met their leader, X"): the answers are
    X's, the group's words only what it says."""
    text = (
        '"We only want the river back": a herders\' leader speaks\n\nKenyan and Ethiopian officials accuse'
        " the herders of crossing the border with rifles. Our reporter met their leader, Samuel Lokiru,"
        " in a camp near the lake. The interview has been edited.\n\nQ: The officials say your men carry"
        " rifles. Is that true?\n\nA: We carry rifles because the soldiers take our cattle.\n\nQ: What do"
        " you want?\n\nA: We want the river back.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "take our cattle").speaker == "samuel-lokiru", claims(ann)
    assert claim_of(ann, "accuse the herders").speaker != "samuel-lokiru"


def test_an_interviewee_named_before_a_clause_where_he_spoke_to_our_correspondent(drafter):
    """ "Lamine Badji commands ... As the talks open, he spoke to our correspondent by phone.": the
    interviewee is the name that opens the sentence before the one whose pronoun spoke to us."""
    text = (
        '"The lake is ours": a rebel commander speaks\n\nLamine Badji commands one of the armed factions'
        " of the Delta Front. As Gambia and Guinea prepare to renegotiate how they share oil from the zone"
        " they manage jointly, he spoke to our correspondent by satellite phone. The interview has been"
        " edited.\n\nQ: Why do the talks worry you?\n\n"
        "A: Nobody has asked the fishermen what they think of the new line.\n\nQ: What will you do?\n\n"
        "A: We will keep fishing where our fathers fished.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "Nobody has asked").speaker == "lamine-badji", claims(ann)


def test_a_subject_that_expressed_a_reaction_holds_the_claim(drafter):
    """ "Senegal and Gambia expressed support for Ghana.", "- Nigeria's foreign ministry expressed
    its "full solidarity" with Benin": a reaction without a verb of saying is each subject's claim,
    a bullet's too; not the organisation's when an officer it does not name expressed it."""
    ann = draft(drafter, "Row\n\nSenegal and Gambia expressed support for Ghana.\n")
    said = {c.speaker for c in ann.claims if "support for Ghana" in c.quote}
    assert said == {"senegal", "gambia"}, claims(ann)
    ann = draft(drafter, "Row\n\nKenya expressed concern over the clashes on the Ugandan border.\n")
    assert (claim_of(ann, "concern").speaker, claim_of(ann, "concern").status) == ("kenya", "reported")
    ann = draft(drafter, 'Row\n\n- Nigeria\'s foreign ministry expressed its "full solidarity" with Benin.\n')
    assert claim_of(ann, "solidarity").speaker == "nigerian-foreign-ministry", claims(ann)
    text = 'Row\n\nThe African Union\'s commission chairperson expressed "deep sadness" at the deaths.\n'
    ann = draft(drafter, text)
    assert all(c.speaker != "african-union" for c in ann.claims), claims(ann)


def test_a_states_army_led_government_is_the_states(drafter):
    """ "Chad's army-led government rejected ..., saying ...": the government (the state's), not the
    army that leads it, and no army actor from the compound."""
    text = "Row\n\nChad's army-led government rejected the draft, saying it treated both sides as equals.\n"
    ann = draft(drafter, text)
    assert claim_of(ann, "both sides").speaker == "chad", claims(ann)
    assert "chadian-army" not in {a.id for a in ann.actors}


def test_an_unnamed_sources_description_without_its_tail_is_an_alias(drafter):
    """ "A senior Zambian official involved in the talks said ...": the source is also "A senior
    Zambian official", the head of its description (what curators name it by)."""
    text = "Row\n\nA senior Zambian official involved in the talks said the formula was open to review.\n"
    ann = draft(drafter, text)
    who = next(a for a in ann.actors if a.id == claim_of(ann, "formula").speaker)
    assert "A senior Zambian official" in who.aliases, who


def test_a_states_body_named_after_its_possessive_goes_by_its_own_name_too(drafter):
    """ "Ghana's Ministry of Lands said ...": the ministry is also "Ministry of Lands"."""
    ann = draft(drafter, "Row\n\nGhana's Ministry of Lands said the border survey would resume in May.\n")
    who = next(a for a in ann.actors if a.id == claim_of(ann, "survey").speaker)
    assert "Ministry of Lands" in who.aliases, who


def test_a_subject_that_regretted_a_decision_holds_the_claim(drafter):
    """ "Ghana's foreign minister, Kwame Asante, regretted the Togolese decision at his briefing and
    insisted that ...": the regret is his claim, cut before the next verb (a claim of its own)."""
    text = (
        "Row\n\nGhana's foreign minister, Kwame Asante, regretted the Togolese decision at his weekly"
        ' briefing and insisted that Accra had "acted in good faith".\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "regretted")
    assert (c.speaker, c.quote) == ("kwame-asante", "regretted the Togolese decision at his weekly briefing")



@pytest.mark.parametrize(
    "sentence, said",
    [
        ('Foreign Minister Lena Marsh, who has held the post since May, told the daily Nordlys that the '
         'survey was "illegal" and that Stockholm should "check its own charts" before blaming others '
         'for the row.',
         'the survey was "illegal"'),
        ("Sweden's fisheries agency said on Friday that Norwegian boats had entered two bays near Stromstad "
         'overnight, cutting three nets, in what it called "a flagrant breach" of the 1966 agreement.',
         "Norwegian boats had entered two bays near Stromstad overnight, cutting three nets"),
        ('Former fisheries minister Ola Berg, who lost his seat in 2021, said on Monday that the survey '
         '"proves what I warned about," according to the Bergen daily Fjordposten, which interviewed him in '
         'Tromso.',
         'the survey "proves what I warned about,"'),  # his words, through the daily
        ('Neither Norway nor Denmark has acknowledged any such pact, and the Norwegian fisheries ministry '
         'dismissed the charge as "pure fiction".', None),  # no one says the clause before
    ],
)  # fmt: skip
def test_the_speech_clause_before_an_accusation_or_a_label_is_drafted_too(drafter, sentence, said):
    """claims28: a sentence whose accusation ("before blaming others for ..."), label ('in what it
    called "..."') or source ("..., according to Y") a rule drafts keeps the clause said before it
    ("told X that A", "said on Friday that A"), the same speaker's words and never the article's;
    a negated verb says nothing."""
    ann = draft(drafter, f"Norway and Sweden trade words over a fishing survey\n\n{sentence}\n")
    quotes = [(c.quote, c.speaker) for c in ann.claims]
    if said is None:
        assert not any("any such pact" in q for q, _who in quotes), quotes
    else:
        speakers = [who for q, who in quotes if q.startswith(said)]
        assert speakers and speakers[0] not in ("article", "unknown-speaker", "fjordposten"), quotes
        if "Fjordposten" in sentence:  # the daily it came through is its outlet, not in its words
            assert claim_of(ann, said).via == "fjordposten" and claim_of(ann, said).quote == said, quotes


def test_an_answers_own_clause_beside_anothers_words_is_the_interviewees(drafter):
    """claims28: in a Q&A, a sentence of an answer that gives another's words in one clause ("...,
    and Prime Minister X has said that B", "According to Y, B; ...") keeps its other clause, before
    or after them, as the interviewee's own claim (it was dropped with the sentence)."""
    text = (
        "Interview: a Norwegian mayor on the fishing row\n\nWe spoke to Kari Holm, the mayor of Vardo, "
        "about the fishing row with Russia.\n\nQ: Will Oslo take Moscow to court?\n\nA: We are ready. Our "
        "lawyers have studied the treaty for two years, and Prime Minister Erna Lund has said that Norway "
        "will go to court if the talks fail.\n\nQ: What do the fishermen need?\n\nA: Quotas, first. "
        "According to the Norwegian fisheries ministry, the quotas will rise next year; I will believe it "
        "when I see the figures.\n"
    )
    said = {c.quote: c.speaker for c in draft(drafter, text).claims}
    assert said.get("Our lawyers have studied the treaty for two years") == "kari-holm", said
    assert said.get("I will believe it when I see the figures.") == "kari-holm", said
    assert said.get("Norway will go to court if the talks fail.") == "erna-lund", said


def test_two_things_one_subject_says_joined_by_and_are_two_claims_of_it(drafter):
    """claims28: "X demanded that A "..." and called B "..."", "X issued a statement reaffirming "A"
    and urging B": a named subject at the head of its sentence and two verbs of what it says or asks
    joined by "and", which no other rule drafted: two claims, both the subject's, never the
    article's."""
    text = (
        "Norway and Russia argue over a survey ship\n\nA spokesman for the Norwegian foreign ministry "
        'demanded that Moscow "immediately recall" the survey ship and called its voyage "a provocation '
        'we will not accept."\n\nThe Nordic Council, meeting in Oslo, issued a statement reaffirming "the '
        'freedom of the seas" and urging Russia to respect the 1920 treaty.\n'
    )
    said = {c.quote: c.speaker for c in draft(drafter, text).claims}
    called = said.get('called its voyage "a provocation we will not accept."')
    demanded = said.get('demanded that Moscow "immediately recall" the survey ship')
    assert called and called == demanded and called != "article", said
    assert said.get("urging Russia to respect the 1920 treaty.") == "nordic-council", said


def test_a_medium_named_once_is_one_outlet_not_two(drafter):
    """claims28: "X said on Top Channel that A, in what he called "B"": the word "Channel" that the
    speech clause reads after "on Top" is the medium already named, not a second one (a second
    medium in the sentence left the claim without its outlet)."""
    text = (
        "Albania and Greece trade words over a village\n\nArben Lika, a member of parliament for Vlora, said "
        'on Top Channel that Greece and Cyprus were acting as what he called "the Athens-Nicosia pact," a '
        'pair of capitals that, he said, wanted to "hold Albania hostage."\n'
    )
    ann = draft(drafter, text)
    assert [a.id for a in ann.actors if a.type == "media"] == ["top-channel"], [a.id for a in ann.actors]
    assert claim_of(ann, "Athens-Nicosia pact").via == "top-channel"


def _labels(ann: Annotation) -> set[str]:
    return {a.label for a in ann.actors}


@pytest.mark.parametrize(
    "sentence, whole, cut",
    [
        # actors27: a body's name longer than a person's five words, to its head noun
        ("Boats must obey the rules of the North Atlantic Regional Salmon Conservation Organisation.",
         "North Atlantic Regional Salmon Conservation Organisation", "Conservation Organisation"),
        # a compass word that opens the name ("East", "West" open no person's)
        ("Farmers will sue at the East African Court of Appeal in Arusha.", "East African Court of Appeal",
         "African Court of Appeal"),
        # the whole name of the body before a possessive
        ("The Global Maritime Bureau's Incident Monitoring Centre said two tankers were boarded.",
         "Global Maritime Bureau", "Bureau's Incident Monitoring Centre"),
        # a name that goes on with "of the" and "for the"
        ("Nobody consulted the Joint Commission of the Rio de la Plata on the dredging.",
         "Joint Commission of the Rio de la Plata", "Joint Commission"),
        ("The line was drawn by the Permanent Tribunal for the Law of the Sea in 2019.",
         "Permanent Tribunal for the Law of the Sea", "Permanent Tribunal"),
        # "Society" heads a body's name; its state's demonym before it is part of it
        ("The Kenyan Red Crescent Society said 300 families fled.", "Kenyan Red Crescent Society",
         "Red Crescent Society"),
        # an apposition's body past the first twelve words after the name
        ("Mina Torvik, a senior researcher at the Norway Marine and Coastal Fisheries Research Institute,"
         " said the catch had halved.", "Norway Marine and Coastal Fisheries Research Institute",
         "Norway Marine and Coastal Fisheries Research"),
    ],
)
def test_a_bodys_long_name_is_drafted_whole(drafter, sentence, whole, cut):
    ann = draft(drafter, sentence)
    labels = {a.label: a.type for a in ann.actors}
    assert any(x.startswith(whole) and t != "person" for x, t in labels.items()) and cut not in labels, labels


def test_a_name_after_of_the_stops_before_another_body_or_a_known_actor(drafter):
    """actors27: "the X University for the Y Bureau of Z" is two bodies; "of the European Union" the
    gazetteer's."""
    labels = _labels(draft(drafter, "The study by the Coastal National University for the Harbour Bureau of"
                                    " Statistics found more arrests."))
    assert not any("University for" in x for x in labels), labels


def test_a_contact_desk_of_a_ministry_is_no_actor(drafter):
    """actors27: "Press Office of the Ministry for Foreign Affairs" closing a release is no actor."""
    text = (
        "The ministry rejected the claim.\n\nFurther information: Press Office of the Ministry for Trade"
        " Affairs\n"
    )
    assert not any("Press Office" in x for x in _labels(draft(drafter, text)))


def test_a_verb_after_an_unnamed_groups_place_is_no_word_of_its_name(drafter):
    """actors27: "Residents of Kolva were told to stay indoors": "were" ends the words after the
    title; no source named "residents of Kolva were"."""
    text = "Shots were fired at dawn. Residents of Kolva were told to stay indoors, a county official said."
    ann = draft(drafter, text)
    assert not any(a.label.endswith(" were") for a in ann.actors), _labels(ann)


def test_an_unnamed_source_is_named_by_its_words_without_the_possessive_too(drafter):
    """actors27: "his critics at home" is also "critics at home", the form curators write most."""
    ann = draft(drafter, "The minister backed the port deal, a position his critics at home call reckless.")
    critics = [a for a in ann.actors if a.unnamed and "critics" in a.label]
    assert critics and "critics at home" in critics[0].aliases, [(a.label, a.aliases) for a in ann.actors]


def test_a_body_whose_initials_the_text_writes_goes_by_them(drafter):
    """actors27: "the Harbour Police Service of Northland ... the HPSN said": ``hpsn``."""
    text = (
        "The Harbour Police Service of Northland arrested two men on Friday.\n\n"
        "The HPSN said the men had been armed.\n"
    )
    ids = {a.id for a in draft(drafter, text).actors}
    assert "hpsn" in ids and "harbour-police-service-of-northland" not in ids, ids


@pytest.mark.parametrize(
    "sentence, person, wrong",
    [
        ("The delegation, led by Minister of Energy Tomas Ruvalo, met in Lusaka.", "Tomas Ruvalo",
         "Energy Tomas"),
        ("The delegation, headed by Minister of State for Foreign Affairs Karim al-Nadeem, met in Muscat.",
         "Karim al-Nadeem", "Foreign Affairs Karim al-Nadeem"),
        ("The delegation, led by Minister of Water and Irrigation Sami Abu Rahal, met in Amman.",
         "Sami Abu Rahal", "Irrigation Sami Abu Rahal"),
    ],
)
def test_a_ministers_portfolio_is_no_part_of_the_name_after_it(drafter, sentence, person, wrong):
    """actors27: "Minister of Energy X Y": the person X Y, not "Energy X" (a communique's style)."""
    people = {a.label: a.type for a in draft(drafter, sentence).actors}
    assert people.get(person) == "person" and wrong not in people, people


def test_a_council_of_ministers_for_a_portfolio_names_no_person(drafter):
    text = "The Council of Ministers for Foreign Affairs met in Castries and said the isle was theirs."
    people = [a.label for a in draft(drafter, text).actors if a.type == "person"]
    assert not people, people


@pytest.mark.parametrize(
    "text, body",
    [
        ("Ghana and Togo signed the accord in 2020; Burkina Faso, which was not invited, objected, and within"
         " a day its foreign ministry said the line was void.", "burkinabe-foreign-ministry"),
        ("Talks stalled. Burkina Faso, as it often does, let Ghana answer first; a statement from its energy"
         " ministry said the pipeline would wait.", "burkinabe-energy-ministry"),
    ],
)
def test_its_body_is_the_clause_subjects_state(drafter, text, body):
    """actors27: "its foreign ministry" after several states: the state the clause (or the sentence)
    opens with, not the one named last."""
    ids = {a.id for a in draft(drafter, text).actors}
    assert body in ids, ids


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Officials met on Monday, The Globe Courier reported, citing two diplomats.", "The Globe Courier"),
        ("Q - The Island Ledger reported that the ministry has asked for talks. Would that help?\n",
         "The Island Ledger"),
    ],
)
def test_an_outlet_that_reports_after_a_clause_keeps_its_capital_the(drafter, text, outlet):
    """actors27: "..., The Globe Courier reported": an outlet after a clause (not only a sentence's
    start), and "The" capitalised mid-sentence is part of its name."""
    media = {a.label for a in draft(drafter, text).actors if a.type == "media"}
    assert outlet in media, media


@pytest.mark.parametrize(
    "sentence, body",
    [
        ("The United Nations Command said it was looking into the shooting.", "United Nations Command"),
        ("Chile filed its claim with the United Nations Commission on the Limits of the Continental Shelf.",
         "United Nations Commission on the Limits of the Continental Shelf"),
    ],
)
def test_a_head_word_after_a_known_organisation_names_its_body(drafter, sentence, body):
    """actors27: "the United Nations Command": a body of the UN, not the UN itself (nor its speaker)."""
    ann = draft(drafter, sentence)
    labels = {a.label: a for a in ann.actors}
    assert body in labels and "united-nations" in labels[body].affiliation, list(labels)


def test_a_capitalised_word_after_an_unnamed_sources_title_stays_in_its_place_or_channel(drafter):
    """actors27: "An anchor on the channel Zee Now declared ...": "Now" is the channel's name's, not the
    adverb that ends the source's words."""
    ann = draft(drafter, "Then came TV. An anchor on the Indian channel Zee Now declared the port lost.")
    assert any(a.unnamed and a.label.endswith("Zee Now") for a in ann.actors), _labels(ann)


def test_a_name_ending_in_town_or_city_is_no_person(drafter):
    """actors27: "In Kolo Town, a fisherman said ...": a place, never a person who speaks."""
    text = "Troops held nine miners near Kolo Town.\n\nIn Kolo Town, a fisherman said the river was shut.\n"
    ann = draft(drafter, text)
    assert not any(a.type == "person" and "Town" in a.label for a in ann.actors), _labels(ann)


def test_a_persons_possessive_before_party_names_no_party(drafter):
    """actors27: "the very charge X's party levelled": the party of the person, no party "X's"."""
    ann = draft(drafter, "Kenya accused him of secrecy, the very charge Okonkwo's party levelled in 2018.")
    assert not any(a.label.endswith("'s") for a in ann.actors), _labels(ann)


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ('Crossing shut for third day; Lima blames "smuggling mafias" and Herrera allies',
         ("peru", "alleged")),  # a name no actor has, charged: in doubt, a person
        ("Lima accuses Herrera of stirring unrest", ("peru", "alleged")),  # the surname of a person named
        ("Crossing shut; Peru blames smugglers", ("article", "asserted")),  # no one named: the accusing
        ("Quito accuses Bogota of shelling villages near Ipiales", ("article", "asserted")),  # a state
        ("Quito Accuses Bogota Of Shelling Villages", ("article", "asserted")),  # every word capitalised
    ],
)  # fmt: skip
def test_a_titles_charge_against_a_person_is_the_accusers_allegation(drafter, title, said):
    """A headline's accusation between states or bodies is the article's report of the accusing (the
    curators' convention); one that charges a person, named in full in the body or by a name that
    is no actor the draft knows, stays the accuser's allegation about that person (session 26,
    from a held-out article whose title went into the article's voice)."""
    text = f"{title}\n\nQUITO - Shells fell on Monday. Mario Herrera denied any role on Tuesday.\n"
    got = [(c.speaker, c.status) for c in draft(drafter, text).claims if c.quote == title.split("; ")[-1]]
    assert got == [said], got


def test_a_quotation_run_on_over_paragraphs_flattened_into_one_line_is_its_speakers():
    """lee27: a feed that lost its paragraph breaks keeps a run-on quotation's marks ('"A. B. "C," X
    said.'): the sentence that opens with a mark while one is still open began a paragraph, so each
    sentence of the open one is the speaker's, and the article's own sentences stay its own."""
    text = (
        'The dam talks ended without a deal on Friday. "We came here to agree on the water," the envoy'
        ' Amara Diallo said. "Our farmers cannot wait another season. The river is lower every year.'
        ' "We will take the matter to the regional court," Mr Diallo said. The talks resume in March.\n'
    )
    ann = draft(rules_only(), text)
    for words in ("cannot wait another season", "lower every year", "regional court"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status, c.direct) == ("amara-diallo", "reported", True), claims(ann)
    assert claim_of(ann, "talks ended").speaker == "article", claims(ann)


def test_a_quotation_that_names_no_speaker_is_whoever_spoke_before_it_not_after():
    """lee27: '"A." X said B.' in one paragraph after Y's words: A is Y's (the paragraph's reported
    speech is drafted before its quotations, and was the voice by then)."""
    text = (
        'The ferry sank off the cape on Sunday. "Nobody warned us about the storm," said Ana Pereira, a'
        ' passenger.\n\n"We waited on the deck for hours." The first rescue boats reached the wreck at'
        " dawn, coastguard chief Rui Santos said.\n"
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "waited on the deck").speaker == "ana-pereira", claims(ann)
    assert claim_of(ann, "rescue boats").speaker == "rui-santos", claims(ann)


def test_a_run_on_quotation_that_names_no_one_is_the_last_speakers():
    """lee27: '"A," said X.' then paragraphs '"B.' '"C.' '"D."': all X's, though X spoke three
    paragraphs before the quotation closes."""
    text = (
        'Budget row\n\n"It is a fair budget," said the finance minister, Ana Lopes.\n\n"We cut no'
        ' pensions.\n\n"We raised no taxes.\n\n"We kept every promise."\n\nThe opposition will vote'
        " against it.\n"
    )
    ann = draft(rules_only(), text)
    for words in ("no pensions", "no taxes", "every promise"):
        c = claim_of(ann, words)
        assert (c.speaker, c.status, c.direct) == ("ana-lopes", "reported", True), claims(ann)
    assert claim_of(ann, "vote against").speaker == "article", claims(ann)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [  # lee27: plain plural sources a wire or a local paper names by their noun alone
        ("Dock workers walked out on Monday. Unions say the company has frozen wages for three years.",
         "frozen wages", "unnamed-unions"),
        ("The river burst its banks in Chile on Sunday. Police say two bridges were washed away.",
         "two bridges", "chilean-police"),  # the police of the one state the paragraph names
        ("While few details are available yet, fire authorities say the coast road is closed.",
         "coast road", "unnamed-fire-authorities"),  # after a clause the sentence opens with
        ("Rescuers are still searching the hills but say no one else is missing.",
         "no one else", "unnamed-rescuers"),  # their act, then their words
        ("But banks are refusing to cut card rates and say the costs of fraud are rising.",
         "costs of fraud", "unnamed-banks"),
    ],
)  # fmt: skip
def test_plain_plural_sources_speak_in_their_own_words(text, words, speaker):
    ann = draft(rules_only(), f"Storm and strike\n\n{text}\n")
    c = claim_of(ann, words)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(ann)


def test_a_verb_of_saying_after_words_a_full_stop_closes_is_the_next_sentences():
    """lee27: '"A." Unions say B.': the quotation is a sentence of its own, "Unions say" opens the
    next one; A is the speaker's before it."""
    text = (
        "Ferry inquiry\n\nThe inquiry opened on Monday. Coastguard chief Rui Santos said the crew had been"
        ' warned. "We warned them twice." Unions say the warning never reached the ship.\n'
    )
    ann = draft(rules_only(), text)
    assert claim_of(ann, "warned them twice").speaker == "rui-santos", claims(ann)
    assert claim_of(ann, "never reached").speaker == "unnamed-unions", claims(ann)


def test_the_government_with_a_capital_is_the_one_named_states():
    """lee27: British and Australian copy writes "the Government says": the government of the one
    state its paragraph names, as "the government said" is."""
    text = "Border closed\n\nChile closed the pass on Monday. The Government says the road reopens in May.\n"
    c = claim_of(draft(rules_only(), text), "reopens in May")
    assert (c.speaker, c.status) == ("chilean-government", "reported")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [  # lee27: a role the article describes and never names, before "said", "says" or "told"
        ("However, the coroner said the driver had not been drinking.", "not been drinking",
         "unnamed-coroner"),
        ("While the winds may ease today, the weather bureau says temperatures will rise.", "temperatures",
         "unnamed-weather-bureau"),
    ],
)  # fmt: skip
def test_a_source_the_article_only_describes_by_its_role_speaks(text, words, speaker):
    ann = draft(rules_only(), f"Crash on the coast road\n\nA bus left the road near Lima on Sunday. {text}\n")
    c = claim_of(ann, words)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(ann)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Opening the debate, Kwaku Adjei of the opposition Farmers' Alliance said the levy was unfair.",
         "kwaku-adjei"),
        ("Lina Sorvik of the Baltic Water Institute told reporters the figures were guesswork.",
         "lina-sorvik"),
        ("The Plurinational State of Bolivia said the levy was unfair.", None),  # a state's formal name
    ],
)  # fmt: skip
def test_a_full_name_of_a_body_that_speaks_is_a_person(drafter, text, person):
    """ "X Y of the Z Institute said": a full name placed in a body by "of", then speech, is a
    person (session 27, actors28); the last word of a state's formal name is no surname."""
    ann = draft(drafter, text)
    people = [a.id for a in ann.actors if a.type == "person"]
    assert people == ([person] if person else []), people
    if person:
        assert {c.speaker for c in ann.claims} == {person}, claims(ann)


@pytest.mark.parametrize(
    ("loyal", "second", "person"),
    [
        ("Ivo Marvik", "Marvik, who denies ever organising a protest, wrote on Saturday that it was a lie.",
         "ivo-marvik"),
        ("Ivo Marvik", "Marvik, interrupting, said the charge was a lie.", "ivo-marvik"),
        ("Ivo Marvik and Ana Marvik", "Marvik, interrupting, said the charge was a lie.", None),  # which one?
    ],
)  # fmt: skip
def test_a_surname_that_speaks_alone_is_the_person_named_in_full_in_passing(drafter, loyal, second, person):
    """ "loyal to Ivo Marvik ... Marvik, who denies it, wrote": the surname alone speaks, the full name
    stood earlier where no rule took it for a person; the person is the full name (session 27,
    actors28), and what was said about him in passing is not his. Two given names before the
    surname: no telling which."""
    text = (
        "Crossing shut for a third day\n\nThe interior minister said the protesters had been paid by "
        f"operators loyal to {loyal}.\n\n{second}\n"
    )
    ann = draft(drafter, text)
    people = [a.id for a in ann.actors if a.type == "person" and not a.unnamed]
    assert people == ([person] if person else []), people
    if person:
        assert claim_of(ann, "a lie").speaker == person, claims(ann)
        assert claim_of(ann, "had been paid").speaker != person, claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # lee27: an unnamed source after "according to" that the article only describes
        ("The dam has leaked since June, according to an engineer who works on the Bolivian side.",
         "unnamed-engineer"),
        ("The talks ended without a vote, according to two delegates who asked not to be named.",
         "unnamed-delegates"),
    ],
)  # fmt: skip
def test_according_to_an_unnamed_source_is_theirs(text, speaker):
    ann = draft(rules_only(), f"Dam row\n\nPeru and Bolivia met on Monday. {text}\n")
    c = claim_of(ann, text.split(",")[0])
    assert (c.speaker, c.status) == (speaker, "reported"), claims(ann)


def test_according_to_a_paper_nobody_is_named_behind_is_no_ones_source():
    """Its twin: "according to court documents" names no source (whose the papers are, and whether
    the clause is the article's own, the curators judge case by case): no unnamed "documents"."""
    text = "Dam row\n\nPeru and Bolivia met. The dam has leaked since June, according to court documents.\n"
    ann = draft(rules_only(), text)
    assert not any("document" in a.label for a in ann.actors), claims(ann)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [  # lee27: plain plural sources in a clause of their own, before an auxiliary
        ("Heavily armed police are trying to stop large gatherings, but union leaders say the strike will go"
         " on.", "strike will go on", "unnamed-union-leaders"),
        ("Local commanders have warned they will shoot any looter.", "shoot any looter",
         "unnamed-local-commanders"),
    ],
)  # fmt: skip
def test_plain_plural_sources_in_a_clause_of_their_own_speak(text, words, speaker):
    ann = draft(rules_only(), f"Strike in the capital\n\n{text}\n")
    c = claim_of(ann, words)
    assert (c.speaker, c.status) == (speaker, "reported"), claims(ann)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The dam has cut the flow by a third, according to an engineer who works on the gauging network.",
         "unnamed-engineer"),
        ("The talks stalled in May, according to a SAARC official who has followed them for years.",
         "unnamed-saarc-official"),
        ("Kenya's dam has cut the flow by a third, and an engineer who works on the gauging network agrees.",
         None),
    ],
)  # fmt: skip
def test_a_cited_source_with_a_who_clause_to_the_sentences_end_is_the_source(drafter, text, speaker):
    """ "..., according to an engineer who works on the network.": the cited source is the title, its
    clause no part of its name, however the sentence ends (session 27, actors28); not cited, the
    clause leaves the words to whoever else says them."""
    ann = draft(drafter, text)
    unnamed = [a.id for a in ann.actors if a.unnamed]
    assert unnamed == ([speaker] if speaker else []), unnamed
    if speaker:
        said = claim_of(ann, "stalled" if "stalled" in text else "cut the flow")
        assert said.speaker == speaker, claims(ann)


@pytest.mark.parametrize(
    ("text", "name", "speaks"),
    [
        ("Ghana held the vote on Sunday. Agents of the opposition party Nkabom were turned away. Nkabom said "
         "the count was rigged.", "nkabom", True),
        ("Ghana held the vote on Sunday. VoltaGrid said the count was rigged.", "voltagrid", True),
        ("Ghana held the vote on Sunday. Watchers said the count was rigged. The watchers left.", "watchers",
         False),  # a common noun: in lower case elsewhere
        ("Ghana held the vote on Sunday. Watchers said the count was rigged.", "watchers",
         False),  # capitalised only where the sentence opens: no telling
    ],
)  # fmt: skip
def test_a_one_word_name_that_speaks_is_a_speaker(drafter, text, name, speaks):
    """ "Chadema said ...": a name of one word nobody found, the subject of a speech verb, is a speaker
    when it is a proper name by its use: capitalised inside a sentence too and never in lower case,
    or with a capital inside it (session 27, actors28); a common noun opening a sentence is not."""
    ann = draft(drafter, text)
    assert (name in {a.id for a in ann.actors}) == speaks, [a.id for a in ann.actors]
    if speaks:
        assert claim_of(ann, "rigged").speaker == name, claims(ann)


def test_a_full_name_from_a_body_that_speaks_is_a_person(drafter):
    """ "X Y from the Metal Workers Union says": "from" places a person in a body as "of" does, the
    form of a union's or a service's spokesman in broadcast news (session 27, actors28, from Lee)."""
    text = (
        "Talks on the pay deal collapsed. Dora Wendt from the Harbour Workers Union says the company is "
        'being greedy. "They have not moved one inch," she said.\n'
    )
    ann = draft(drafter, text)
    assert ann.actor("dora-wendt").type == "person", [a.id for a in ann.actors]
    assert claim_of(ann, "not moved").speaker == "dora-wendt", claims(ann)


def test_a_full_name_of_a_body_with_its_acronym_in_brackets_that_speaks_is_a_person(drafter):
    """ "X Y of the Harbour Workers Union (HWU) says": the body's acronym in brackets between its name
    and the verb (session 27, actors28, from Lee)."""
    text = "Talks collapsed. Dora Wendt of the Harbour Workers Union (HWU) says the firm is greedy."
    ann = draft(drafter, text)
    assert claim_of(ann, "greedy").speaker == "dora-wendt", claims(ann)


@pytest.mark.parametrize("surname", ["Sultan", "Bishop"])
def test_a_surname_that_is_a_title_names_the_person_after_an_honorific(drafter, surname):
    """ "Dr Amir Sultan had been awarded ... Dr Sultan says": a surname that is also a title word is
    the person's whole name, and names the person again after "Dr"/"Mr"/"Ms" (session 27, actors28,
    from Lee, where "Aamer" alone was drafted and Dr Sultan's words were lost)."""
    text = (
        "A doctor held at the detention centre says he was stopped from receiving an award. "
        f"Dr Amir {surname} had been awarded a commendation at the ceremony. Dr {surname} says he had "
        "been hoping to attend.\n"
    )
    ann = draft(drafter, text)
    pid = f"amir-{surname.lower()}"
    assert [a.id for a in ann.actors if a.type == "person"] == [pid], [a.id for a in ann.actors]
    assert claim_of(ann, "hoping").speaker == pid, claims(ann)


def test_a_partys_word_before_a_full_name_is_no_part_of_it(drafter):
    """ "Republican Jo Brant of the Finance Committee says": the party's word is the member's
    affiliation, not a given name (session 27, actors28, from Lee's "Republican Chuck Hagel")."""
    ann = draft(drafter, "Republican Jo Brant of the Finance Committee says the tapes must be released.")
    assert [a.label for a in ann.actors if a.type == "person"] == ["Jo Brant"], [a.label for a in ann.actors]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Chilean migration office says traffic through the crossing is normal.",
         "chilean-migration-office"),
        ("Q. The Latvian customs committee says the lorries are held for parking violations.",
         "latvian-customs-committee"),
        ("Latvian customs officials say the lorries are held for parking violations.", None),  # the officials
    ],
)  # fmt: skip
def test_a_states_migration_office_or_customs_committee_is_its_body(drafter, text, body):
    """A state's migration office, immigration department or customs committee, named by its demonym,
    is a body of the state (session 27, actors28: gazetteer ``bodies``); its officials stay unnamed
    sources."""
    ann = draft(drafter, text)
    said = claim_of(ann, "normal" if "normal" in text else "parking").speaker
    assert said == body if body else said.startswith("unnamed-"), claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian Ministry for Foreign Affairs said the claims were false.",
        "Norway's Ministry for Foreign Affairs said the claims were false.",
    ],
)
def test_a_ministry_for_foreign_affairs_is_the_states_foreign_ministry(drafter, text):
    """ "Ministry for Foreign Affairs" (Sweden's, Finland's official English name) is a state's
    foreign ministry as "Ministry of Foreign Affairs" is (session 27, actors28: gazetteer)."""
    ann = draft(drafter, text)
    said = ann.actor(claim_of(ann, "false").speaker)
    assert said.label == "Ministry for Foreign Affairs of Norway", claims(ann)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana held the vote on Sunday.\n\nObwatch, the monitoring group that has followed every vote since "
        "1992, said the count was rigged.\n",
        "Ghana held the vote on Sunday.\n\nUNMOG, the UN mission that watches the border, said the count was "
        "rigged.\n",
    ],
)
def test_a_one_word_name_in_apposition_that_speaks_is_a_speaker(drafter, text):
    """ "UNDOF, the UN force that monitors the line, said": a one-word name, an apposition, then its
    speech verb, at a paragraph's start (session 27, actors28)."""
    ann = draft(drafter, text)
    name = text.split("\n\n")[1].split(",")[0]
    assert claim_of(ann, "rigged").speaker == name.lower(), claims(ann)


def test_he_after_anothers_words_is_the_subject_not_the_person_in_its_apposition(drafter):
    """ "A diplomat said ... . X, spokesman for President Y, told Z that A, and he accused B": "he" is
    X, not Y named inside X's apposition, also when someone else spoke just before (claims29)."""
    text = (
        "Row over the lake\n\nTOWN - A diplomat in the capital said the note asked Kenya to halt the"
        ' dredging "until the two leaders meet". Peter Wekesa, spokesman for President Daniel Kiprono,'
        ' told a radio station on Friday that no such meeting was planned "at this stage", and he accused'
        ' Ugandan officials of "negotiating through newspapers".\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "no such meeting").speaker == "peter-wekesa", claims(ann)
    assert claim_of(ann, "through newspapers").speaker == "peter-wekesa", claims(ann)


def test_an_outlet_named_after_its_owners_possessive_speaks(drafter):
    """ "Ruritania's state-run Daily Herald said in an editorial that ...": the outlet speaks, not the
    state whose outlet it is (claims29)."""
    text = (
        "Protests in the capital\n\nTOWN - Crowds marched on Monday.\n\nKenya's state-run Daily Nation"
        ' said in an editorial that the protests were being "paid for by foreigners".\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "paid for by foreigners")
    assert ann.actor(c.speaker).type == "media" and "Nation" in ann.actor(c.speaker).label, claims(ann)


def test_quoted_him_as_saying_is_the_words_of_whom_him_stands_for(drafter):
    """ "The daily X quoted him as saying after the vote that A": A is his (the person named before),
    through X, not the outlet's own; a relative clause after the quote on it is no part of it
    (claims29)."""
    text = (
        "Dam vote\n\nTOWN - Parliament voted against the dam on Monday. Prime Minister Peter Wekesa did"
        " not speak in the chamber. The Daily Nation quoted him as saying after the vote that the"
        ' government would "respect the will of parliament", which The Standard ran under the headline'
        ' "Wekesa gives up".\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "respect the will")
    assert c.speaker == "peter-wekesa" and "Standard" not in c.quote, claims(ann)


def test_a_title_between_a_body_and_a_name_makes_the_named_one_the_subject(drafter):
    """ "Kenya's foreign ministry spokesman Peter Wekesa went further, accusing X of ...": the
    spokesman named after his title accuses, not the ministry before it (claims29)."""
    text = (
        "Row over the lake\n\nTOWN - Uganda seized two boats on Monday.\n\nKenya's foreign ministry"
        " spokesman Peter Wekesa went further at his weekly briefing, accusing Uganda of"
        ' "piracy on a shared lake".\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "piracy on a shared lake").speaker == "peter-wekesa", claims(ann)


def test_the_subject_after_a_colon_is_the_clause_it_opens(drafter):
    """ "That is a hard sell in X and, if officials are believed, in Y too: a diplomat quoted by Z said
    A": the diplomat speaks, not a place before the colon (claims29)."""
    text = (
        "Port tender\n\nTOWN - The port will be sold.\n\nThat is a hard sell in Nairobi and, if officials"
        " are to be believed, in Kampala too: a Ugandan diplomat quoted by the Daily Nation said the"
        ' government expected "a tender that reflects our commitments".\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "reflects our commitments")
    assert ann.actor(c.speaker).type == "person" and "diplomat" in ann.actor(c.speaker).label, claims(ann)


def test_according_to_an_outlet_which_cited_sources_is_the_sources_words(drafter):
    """ "According to Mwananchi Kesho, which cited two government sources, A": A is the sources'
    claim, through the paper, not the paper's own, also when the actor rules do not know the name
    for an outlet's ("which" cites: no person) (claims29)."""
    text = (
        "Canal lease ended\n\nTOWN - Uganda ended the canal lease on Saturday.\n\nAccording to Mwananchi"
        " Kesho, which cited two government sources, the cabinet had been warned of the decision a week"
        " ago.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "cabinet had been warned")
    assert "sources" in ann.actor(c.speaker).label and c.via is not None, claims(ann)
    assert "Kesho" in ann.actor(c.via).label, claims(ann)


def test_a_verb_in_an_as_aside_is_not_the_subjects(drafter):
    """ "Asked whether Kenya would go to the International Court of Justice, as his partners have
    urged, Wekesa said there was "nothing to take to any court"": Wekesa speaks, not the court named
    before "urged" (claims29)."""
    text = (
        "Lake row\n\nTOWN - Peter Wekesa, Kenya's prime minister, met fishermen on Monday.\n\nAsked whether"
        " Kenya would take the matter to the International Court of Justice, as several of his coalition"
        ' partners have urged, Wekesa said there was "nothing to take to any court."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "nothing to take").speaker == "peter-wekesa", claims(ann)


def test_quoted_an_official_at_a_bodies_ministry_is_that_official(drafter):
    """ "The Daily Nation quoted an official at Uganda's water ministry as saying A": one unnamed
    official speaks, not the ministry (claims29)."""
    text = (
        "Dams on the lake\n\nTOWN - Kenya protested on Monday.\n\n- The Daily Nation quoted an official at"
        ' Uganda\'s water ministry as saying the dams "regulate floods that used to drown villages."\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "regulate floods")
    assert ann.actor(c.speaker).type == "person" and "official" in ann.actor(c.speaker).label, claims(ann)


def test_it_opening_a_relative_clause_is_the_state_whose_clause_holds_it(drafter):
    """ "Uganda has never recognised the zone, which it says Kenya declared unilaterally": Uganda says
    so, not the ministry that spoke last (claims29)."""
    text = (
        "Boat seized\n\nTOWN - Kenya seized a Ugandan boat in the zone on Friday. The Ugandan foreign"
        ' ministry called the seizure "an act of piracy". Uganda has never recognised the zone, which it'
        " says Kenya declared unilaterally.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "Kenya declared unilaterally").speaker == "uganda", claims(ann)


def test_a_name_the_actor_rules_found_elsewhere_speaks_where_no_mention_is_marked(drafter):
    """ "Umoja said in a statement that A and that B", after "Wekesa's Umoja party": the party the
    draft already knows by that name speaks, though no mention is marked there (claims29)."""
    text = (
        "Ban on rally\n\nTOWN - Police banned a rally by Wekesa's Umoja party on Monday.\n\nUmoja said in a"
        ' statement that the ban was "state propaganda" and that Kenyans "do not need permission to'
        ' meet."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "state propaganda").speaker == "umoja", claims(ann)
    assert claim_of(ann, "permission to meet").speaker == "umoja", claims(ann)


def test_words_someone_had_told_the_speaker_are_the_tellers(drafter):
    """ "A Kenyan official said a Ugandan diplomat had told him last week that A": A is the diplomat's
    claim, the official only passes it on (claims29)."""
    text = (
        "Boats near the island\n\nTOWN - Two boats were seen near the island.\n\nA senior Kenyan official,"
        " who asked not to be named, said a Ugandan diplomat had told him last week that the vessels were"
        " working for a foreign energy consortium.\n"
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "energy consortium")
    assert "diplomat" in ann.actor(c.speaker).label and not c.quote.startswith("a Ugandan"), claims(ann)


def test_the_subject_after_a_semicolon_is_the_clause_it_opens(drafter):
    """ "The bloc, which Uganda left last year, has no say; a spokesperson for the commission said A":
    the spokesperson speaks, not the state named in the clause before (claims29)."""
    text = (
        "Raid on the border\n\nTOWN - Troops crossed the border on Friday.\n\nThe regional bloc, which Uganda"
        " left last year, has no say in the matter; a spokesperson for the African Union Commission said"
        ' only that it was "following the situation with great concern".\n'
    )
    ann = draft(drafter, text)
    c = claim_of(ann, "great concern")
    assert ann.actor(c.speaker).type == "person" and "spokesperson" in ann.actor(c.speaker).label, claims(ann)


def test_he_after_a_sentence_opened_by_a_description_is_the_one_described(drafter):
    """ '"...," the 58-year-old chief fisherman said. ... Back on the beach, the chief fisherman unfolds
    his arms. "...," he said': "he" is the one the same description tagged before, not the person
    who spoke last (claims29)."""
    text = (
        "Canoes seized on the border\n\nTOWN, Kenya - At dawn the canoes come in with the tide, and Kwame"
        " Mensah Boateng watches them from the sand with his arms folded. \"They took the canoes, the"
        ' engines and the catch," the 58-year-old chief fisherman said.\n\nA police commander, John Otieno,'
        ' said the canoes had been fishing "in closed waters".\n\nBack on the beach, the chief fisherman'
        ' unfolds his arms as the last canoe lands. "We will fish where the judges said we can fish," he'
        " said.\n"
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "We will fish").speaker == "kwame-mensah-boateng", claims(ann)


def test_the_subject_after_an_as_aside_speaks(drafter):
    """ "Asked whether the government would send more ships, as lawmakers have demanded for months,
    the deputy secretary said only that A": the one described after the aside speaks, not the
    lawmakers inside it (claims29)."""
    text = (
        "Boats near the islands\n\nTOWN - Chief Cabinet Secretary Peter Wekesa met reporters on Monday. The"
        ' deputy secretary, Mary Achieng, said the navy was "watching closely".\n\nAsked whether the'
        " government would send more patrol ships to the area, as lawmakers of the ruling party have"
        ' demanded for months, the deputy secretary said only that the coast guard "has what it needs."\n'
    )
    ann = draft(drafter, text)
    assert claim_of(ann, "has what it needs").speaker == "mary-achieng", claims(ann)


@pytest.mark.parametrize(
    ("quote", "group", "members"),
    [
        ("sleeping while a Lusaka-Harare axis decides the future of our lake",
         "lusaka-harare-axis", {"zambia", "zimbabwe"}),
        ("asleep as the new Lusaka-Harare water axis carves up our lake",
         "new-lusaka-harare-water-axis", {"zambia", "zimbabwe"}),
    ],
)  # fmt: skip
def test_a_grouping_named_inside_a_statement_is_its_noun_phrase_its_subject_no_member(quote, group, members):
    """ 'X was "sleeping while a Y-Z axis decides ..."': the grouping is "Y-Z axis", not the whole
    quotation, and X, whom the statement is about, is no member of it (alleged, the lawmaker's)."""
    text = (
        "Malawi border row deepens\n\n"
        f'LILONGWE - An opposition lawmaker said on Tuesday that Malawi was "{quote}".\n'
    )
    ann = draft(rules_only(), text)
    assert {(m.member, m.group) for m in ann.memberships} == {(m, group) for m in members}
    claim = {c.id: c for c in ann.claims}[ann.memberships[0].claim]
    assert (claim.status, claim.speaker != "article") == ("alleged", True)


@pytest.mark.parametrize(
    "quote",
    ["using the fishermen as a front for a staged provocation", "stealing the triangle one camera at a time"],
)
def test_a_bare_grouping_noun_after_an_article_inside_a_statement_names_no_grouping(quote):
    text = f'Row at sea\n\nMANILA - A coast guard spokesman said Vietnam was "{quote}".\n'
    ann = draft(rules_only(), text)
    assert not ann.memberships and not [a for a in ann.actors if a.type == "bloc"]
