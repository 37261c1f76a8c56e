"""The house rule in many disguises: sentences of our own, none from the evaluation articles, each
with the words a curator would mark as someone's allegation. No draft claim may hold those words as
fact, counted as ``kb.scoring.allegations_as_fact`` counts: a claim asserted or in the article's
voice that overlaps them by half of the shorter span, whoever it says speaks.
"""

# ruff: noqa: E501  (a table of whole sentences reads better unbroken)
from __future__ import annotations

import pytest

from kb.annotation import parse_annotation
from kb.extract import Drafter

# (text, the alleged words): other names, regions, verbs and word orders than the rules were
# written on; labels inside an article's sentence, clauses ("after reports that"), passives ("is
# accused of"), a speaker after a long clause or in the next sentence, headlines and bullets,
# questions, conditionals, views ("In Seoul's view"), accusations as nouns, claimed groupings.
CASES = [
    ("Baku denies the drone crossed into Armenian airspace.\n", "the drone crossed into Armenian airspace"),
    ("Azerbaijan denied its drone had crossed into Armenian airspace.\n", "its drone had crossed into Armenian airspace"),
    ("Azerbaijan rejected claims that its drone had crossed the border.\n", "its drone had crossed the border"),
    ("Kenya armed the rebels in 2019, and Somali officials said it also paid them.\n", "Kenya armed the rebels in 2019"),
    ("Kenya armed the rebels in 2019, and Somali officials say so.\n", "Kenya armed the rebels in 2019"),
    ("Kenya armed the rebels, killing dozens, said the Somali army.\n", "Kenya armed the rebels"),
    (
        'Peru accused Chile of "moving the border posts at night," its foreign ministry said in a note.\n',
        "moving the border posts at night",
    ),
    (
        'Ecuador moved two battalions to the frontier, a step Lima called "a prelude to invasion".\n',
        "a prelude to invasion",
    ),
    (
        "Ecuador moved two battalions to the frontier, a step Lima called 'a prelude to invasion'.\n",
        "a prelude to invasion",
    ),
    (
        "Ecuador moved two battalions to the frontier, a step Lima called “a prelude to invasion”.\n",
        "a prelude to invasion",
    ),
    (
        'The pact between Hanoi and Vientiane, which Bangkok calls "an axis of smugglers", was signed in March.\n',
        "an axis of smugglers",
    ),
    (
        "The pact between Hanoi and Vientiane, which Bangkok calls an axis of smugglers, was signed in March.\n",
        "an axis of smugglers",
    ),
    (
        'Zambia, Malawi and Mozambique, what one Tanzanian minister dubbed the "southern cartel", met on Friday.\n',
        "southern cartel",
    ),
    (
        'Talks resumed in Doha after what Sudan described as "months of sabotage by Abu Dhabi".\n',
        "months of sabotage by Abu Dhabi",
    ),
    (
        "The border was closed after reports that Eritrean troops had crossed into Tigray.\n",
        "Eritrean troops had crossed into Tigray",
    ),
    ("Markets fell amid claims that Caracas had sold gold to Tehran.\n", "Caracas had sold gold to Tehran"),
    (
        "Talks collapsed following accusations that Kigali armed the M23 rebels.\n",
        "Kigali armed the M23 rebels",
    ),
    (
        "The envoy left Bamako on news that Wagner fighters had executed villagers.\n",
        "Wagner fighters had executed villagers",
    ),
    (
        "Belarus is accused of pushing migrants across the Polish border.\n",
        "pushing migrants across the Polish border",
    ),
    (
        "Pakistan stands accused of sheltering militants who attacked Kashmir.\n",
        "sheltering militants who attacked Kashmir",
    ),
    ("Rwanda, suspected of arming the rebels, denied any role.\n", "arming the rebels"),
    ("Iran has faced accusations of supplying drones to Russia.\n", "supplying drones to Russia"),
    (
        "Armenian forces shelled three villages near the border overnight, killing two shepherds and wounding a child, officials in Baku said.\n",
        "Armenian forces shelled three villages near the border overnight",
    ),
    (
        "Chinese coast guard ships rammed a Philippine supply boat near the shoal.\nThat, at least, is what Manila says.\n",
        "Chinese coast guard ships rammed a Philippine supply boat near the shoal",
    ),
    (
        "Serbia has massed troops on the Kosovo line.\nSo says Pristina, at least.\n",
        "Serbia has massed troops on the Kosovo line",
    ),
    (
        "Ethiopia is building a naval base in Somaliland. Or so Mogadishu claims.\n",
        "Ethiopia is building a naval base in Somaliland",
    ),
    (
        "Kenya trained the gunmen in secret camps, according to a report seen by Reuters.\n",
        "Kenya trained the gunmen in secret camps",
    ),
    (
        "Kenya trained the gunmen in secret camps, a UN panel found.\n",
        "Kenya trained the gunmen in secret camps",
    ),
    (
        "Kenya trained the gunmen in secret camps, Somali officials believe.\n",
        "Kenya trained the gunmen in secret camps",
    ),
    (
        "Kenya trained the gunmen in secret camps, the opposition insists.\n",
        "Kenya trained the gunmen in secret camps",
    ),
    (
        "Mali accuses Algeria of harbouring rebels\n\nBAMAKO, June 3 (Wire) - Mali's junta said on Tuesday that Algeria shelters the rebels.\n",
        "Algeria of harbouring rebels",
    ),
    (
        "Algeria 'harbouring rebels', says Mali\n\nBAMAKO, June 3 - The junta spoke on Tuesday.\n",
        "Algeria 'harbouring rebels'",
    ),
    (
        "Border tensions\n\n- Mali says Algeria harbours rebels\n- Algeria denies it\n",
        "Algeria harbours rebels",
    ),
    ("Photo: Algerian drones over Kidal, as alleged by Malian officials.\n", "Algerian drones over Kidal"),
    ("Is Turkey arming the militias in Libya?\n", "Turkey arming the militias in Libya"),
    ("If Egypt funded the militias, the truce is dead.\n", "Egypt funded the militias"),
    (
        "Egypt may have funded the militias in eastern Libya.\n",
        "Egypt may have funded the militias in eastern Libya",
    ),
    (
        "Egypt probably funded the militias in eastern Libya.\n",
        "Egypt probably funded the militias in eastern Libya",
    ),
    ("Moscow sent what Kyiv called a spy ship into the Black Sea harbour.\n", "a spy ship"),
    ("The so-called northern bloc of Niger, Mali and Burkina Faso met in Niamey.\n", "northern bloc"),
    ("Minsk joined the so-called axis of resistance last year.\n", "axis of resistance"),
    (
        "Somalia's charge that Ethiopia armed the clan militias has soured the talks.\n",
        "Ethiopia armed the clan militias",
    ),
    (
        "The claim that Uganda shipped weapons to Juba was repeated on Monday.\n",
        "Uganda shipped weapons to Juba",
    ),
    (
        "Allegations that Nicaragua let Russian troops train in its jungle have alarmed Washington.\n",
        "Nicaragua let Russian troops train in its jungle",
    ),
    (
        "Colombia's insistence that Venezuela shelters ELN commanders is old.\n",
        "Venezuela shelters ELN commanders",
    ),
    (
        "Hungary, Slovakia and Serbia now form a Moscow-friendly bloc, one diplomat said.\n",
        "Hungary, Slovakia and Serbia now form a Moscow-friendly bloc",
    ),
    (
        "Diplomats describe Hungary, Slovakia and Serbia as a Moscow-friendly bloc.\n",
        "Hungary, Slovakia and Serbia as a Moscow-friendly bloc",
    ),
    (
        "To critics, Hungary and Slovakia are Moscow's proxies inside the EU.\n",
        "Hungary and Slovakia are Moscow's proxies inside the EU",
    ),
    ("Many in Delhi see Beijing's hand behind the Nepal map.\n", "Beijing's hand behind the Nepal map"),
    ("Seoul believes Pyongyang fired the shell.\n", "Pyongyang fired the shell"),
    ("In Seoul's view, Pyongyang fired the shell.\n", "Pyongyang fired the shell"),
    ("For Tokyo, the drills are rehearsals for a blockade.\n", "the drills are rehearsals for a blockade"),
    (
        "Beijing denied that its ships rammed the boat, which Manila says was on a routine mission.\n",
        "was on a routine mission",
    ),
    (
        "Azerbaijan blamed Armenia for the ambush that killed four soldiers.\n",
        "Armenia for the ambush that killed four soldiers",
    ),
    (
        "Kinshasa has long held Kigali responsible for the M23's advance.\n",
        "Kigali responsible for the M23's advance",
    ),
    ("Evidence suggests Belarus coordinated the crossings.\n", "Belarus coordinated the crossings"),
    ("Satellite images appear to show Chinese dredgers off the reef.\n", "Chinese dredgers off the reef"),
    ("There are signs that Moscow is rebuilding its Syrian base.\n", "Moscow is rebuilding its Syrian base"),
    ("Kenya allegedly trained the gunmen.\n", "Kenya allegedly trained the gunmen"),
    (
        '"Kenya armed the gunmen," the minister said. "It also paid them in cash."\n',
        "It also paid them in cash.",
    ),
    (
        'The minister spoke in Mogadishu.\n\n"Kenya paid the gunmen in cash and hid them in Lamu."\n',
        "Kenya paid the gunmen in cash and hid them in Lamu.",
    ),
    (
        "Guyana's president, speaking in Georgetown on Monday after a cabinet meeting that ran late into the night, charged that Venezuelan troops had crossed the river.\n",
        "Venezuelan troops had crossed the river",
    ),
    (
        "As the Kenyan foreign minister put it, Somalia is sheltering al-Shabaab.\n",
        "Somalia is sheltering al-Shabaab",
    ),
    (
        "In the words of one Thai general, Cambodia has been laying new mines.\n",
        "Cambodia has been laying new mines",
    ),
    ("Per the Indian army, Chinese troops built three new posts.\n", "Chinese troops built three new posts"),
    (
        "The Indian army's account has Chinese troops building three new posts.\n",
        "Chinese troops building three new posts",
    ),
    (
        "Georgia's opposition has branded the ruling party a Russian proxy.\n",
        "the ruling party a Russian proxy",
    ),
    ("The militia, labelled a terrorist group by Ankara, holds the town.\n", "a terrorist group"),
    ("The militia, which Ankara labels a terrorist group, holds the town.\n", "a terrorist group"),
    (
        "Riyadh, Cairo and Abu Dhabi — an alliance Doha dubs the blockade quartet — met again.\n",
        "the blockade quartet",
    ),
    (
        "Venezuela's foreign minister wrote on X that Guyana had let US troops into the Essequibo.\n",
        "Guyana had let US troops into the Essequibo",
    ),
    (
        "Venezuelan state TV aired footage it said showed Guyanese soldiers firing first.\n",
        "Guyanese soldiers firing first",
    ),
    ("Azerbaijan maintains that Armenian snipers opened fire first.\n", "Armenian snipers opened fire first"),
    (
        "Armenian snipers opened fire first, Azerbaijan maintains, a charge Yerevan rejects.\n",
        "Armenian snipers opened fire first",
    ),
    (
        "Armenian snipers opened fire first, Baku's defence ministry alleged in a statement on Tuesday evening.\n",
        "Armenian snipers opened fire first",
    ),
    (
        "Armenian snipers opened fire first, Baku's defence ministry said in a statement on Tuesday evening.\n",
        "Armenian snipers opened fire first",
    ),
    (
        "Armenian snipers opened fire first. The claim came from Baku's defence ministry.\n",
        "Armenian snipers opened fire first.",
    ),
    (
        "Armenian snipers opened fire first: that was the message from Baku on Tuesday.\n",
        "Armenian snipers opened fire first",
    ),
    (
        "Nigeria's army chief told reporters in Abuja that Chadian smugglers supplied the jihadists.\n",
        "Chadian smugglers supplied the jihadists",
    ),
    (
        "Chadian smugglers supplied the jihadists, Nigeria's army chief told reporters in Abuja.\n",
        "Chadian smugglers supplied the jihadists",
    ),
    (
        "Chadian smugglers, Nigeria's army chief told reporters, supplied the jihadists.\n",
        "supplied the jihadists",
    ),
    (
        "The report, published by a Lagos think tank, says Chadian smugglers supplied the jihadists.\n",
        "Chadian smugglers supplied the jihadists",
    ),
    (
        "Witnesses described Chadian smugglers unloading rifles at night.\n",
        "Chadian smugglers unloading rifles at night",
    ),
    (
        "Chadian smugglers supplied the jihadists, several residents told AFP.\n",
        "Chadian smugglers supplied the jihadists",
    ),
    (
        "Bolivia's vice-president went further, calling Chile an occupier of Bolivian sea.\n",
        "Chile an occupier of Bolivian sea",
    ),
    (
        "Morocco and Israel are building a spy network in the Sahel, the Algerian daily El Khabar reported.\n",
        "Morocco and Israel are building a spy network in the Sahel",
    ),
    (
        "Morocco and Israel are building a spy network in the Sahel, if Algerian newspapers are to be believed.\n",
        "Morocco and Israel are building a spy network in the Sahel",
    ),
    (
        "Morocco and Israel are said by Algiers to be building a spy network in the Sahel.\n",
        "Morocco and Israel are said by Algiers to be building a spy network in the Sahel",
    ),
    (
        "Officials in Algiers see a Moroccan-Israeli spy network in the Sahel.\n",
        "a Moroccan-Israeli spy network in the Sahel",
    ),
    ("Algiers sees the drills as proof of a Moroccan-Israeli axis.\n", "proof of a Moroccan-Israeli axis"),
    (
        "HEADLINE: Tehran 'armed Houthi rebels', Riyadh says\n\nRIYADH (Wire) - The kingdom spoke on Sunday.\n",
        "Tehran 'armed Houthi rebels'",
    ),
    (
        "Tehran armed Houthi rebels – Saudi officials\n\nRIYADH (Wire) - The kingdom spoke on Sunday.\n",
        "Tehran armed Houthi rebels",
    ),
    ("Did Tehran arm the Houthi rebels? Riyadh thinks so.\n", "Tehran arm the Houthi rebels"),
    ("Tehran armed the Houthi rebels, Riyadh thinks.\n", "Tehran armed the Houthi rebels"),
    ("The Houthis, widely seen as Iran's proxy, fired two missiles.\n", "Iran's proxy"),
    ("The Houthis, Iran's proxies in Yemen, fired two missiles at the port.\n", "Iran's proxies in Yemen"),
    (
        "Dhaka, which Naypyidaw accuses of sheltering Arakan Army fighters, closed the border.\n",
        "sheltering Arakan Army fighters",
    ),
    ("The junta's narrative is simple: Dhaka shelters the Arakan Army.\n", "Dhaka shelters the Arakan Army"),
    ("Naypyidaw's line is that Dhaka shelters the Arakan Army.\n", "Dhaka shelters the Arakan Army"),
    (
        "Pristina points to Belgrade as the organiser of the attack.\n",
        "Belgrade as the organiser of the attack",
    ),
    (
        "Pristina sees Belgrade behind the attack on the monastery.\n",
        "Belgrade behind the attack on the monastery",
    ),
    ("Pristina suspects Belgrade organised the attack.\n", "Belgrade organised the attack"),
    ("Pristina argues that Belgrade organised the attack.\n", "Belgrade organised the attack"),
    ("Pristina contends Belgrade organised the attack.\n", "Belgrade organised the attack"),
    ("Belgrade organised the attack, Pristina argues.\n", "Belgrade organised the attack"),
    ("Belgrade, Pristina argues, organised the attack.\n", "organised the attack"),
    # session 12: long analysis sentences, asides and parentheses, collusion without a grouping
    # noun, background clauses, reported questions, irony quotes, a subject named late
    ("Last spring, after floods washed away the old markers, Lima and La Paz began working together against Santiago on the water question.\n", "Lima and La Paz began working together against Santiago"),
    ("Since the election, and despite the public quarrels, Hanoi and Vientiane have acted in concert to keep Bangkok out of the river talks.\n", "Hanoi and Vientiane have acted in concert to keep Bangkok out"),
    ("Over the past decade, two governments, Yerevan and Tehran, have come to share an interest in keeping the road closed.\n", "share an interest in keeping the road closed"),
    ("By the time the talks opened in Geneva, Ankara and Damascus had reached a tacit understanding on the border.\n", "Ankara and Damascus had reached a tacit understanding"),
    ("For years the quarrel over the lake looked bilateral; in truth Bolivia and Chile made common cause against Peru.\n", "Bolivia and Chile made common cause against Peru"),
    ("The new dam, opponents argue, will starve Khartoum of water by 2030.\n", "will starve Khartoum of water"),
    ("The new dam will, critics in Cairo say, starve Sudan of water.\n", "starve Sudan of water"),
    ("Kenya armed the rebels in Gedo (according to a UN panel of experts).\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo (Somali officials say).\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo (a charge Nairobi rejects).\n", "Kenya armed the rebels in Gedo"),
    ("Somalia's foreign minister put it bluntly: Kenya is arming the rebels in Gedo.\n", "Kenya is arming the rebels in Gedo"),
    ("The verdict in Mogadishu is blunt: Kenya is arming the rebels in Gedo.\n", "Kenya is arming the rebels in Gedo"),
    ("Kenya, long accused by Mogadishu of meddling in Jubaland, sent two more battalions.\n", "meddling in Jubaland"),
    ("Kenyan troops moved north on Friday, a move seen in Mogadishu as preparation for an invasion.\n", "preparation for an invasion"),
    ("Mogadishu has long insisted that Kenyan officers train the militia.\n", "Kenyan officers train the militia"),
    ("Somali lawmakers asked on Monday whether Kenya had armed the militia.\n", "Kenya had armed the militia"),
    ("The question in Mogadishu is why Kenya armed the militia at all.\n", "Kenya armed the militia"),
    ('Kenya\'s "peacekeepers" have been selling rifles to the militia for months.\n', "have been selling rifles to the militia"),
    ("It was Kenya, Somali officials insist, that armed the militia.\n", "that armed the militia"),
    ("What Kenya is doing, Somali officials say privately, is arming the militia.\n", "is arming the militia"),
    ("Kenya, in Mogadishu's telling, armed the militia and paid its fighters.\n", "armed the militia and paid its fighters"),
    ("When the Somali cabinet met on Sunday, after two days of fighting near Dhobley in which dozens were killed, Kenya, it concluded, had armed the militia.\n", "had armed the militia"),
    # hearsay at a sentence's end or in the next one: "..., a finding X disputes", "...: that is the
    # dossier's finding", "This could not be verified.", "X made the charge on Monday."
    ("Kenya armed the rebels in Gedo - or so Mogadishu says.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, if Somali intelligence is to be believed.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo: that is the dossier's central finding.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya's role in arming the rebels, documented by UN experts, has soured the talks.\n", "Kenya's role in arming the rebels"),
    ("Evidence gathered by UN experts suggests Kenya armed the rebels in Gedo.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, Somalia has long maintained.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, a UN report concluded last month.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, if reports from the border are accurate.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya sent troops into Gedo in what Somalia calls an act of war.\n", "an act of war"),
    ("Kenya armed the rebels in Gedo, Somali intelligence concluded.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, a finding Nairobi disputes.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, the dossier shows.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, leaked cables show.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, Somalia believes.\n", "Kenya armed the rebels in Gedo"),
    ("There is little doubt in Mogadishu that Kenya armed the rebels in Gedo.\n", "Kenya armed the rebels in Gedo"),
    ("Somalia is convinced that Kenya armed the rebels in Gedo.\n", "Kenya armed the rebels in Gedo"),
    ("To Somali eyes, Kenya armed the rebels in Gedo.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, goes the Somali argument.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya, Somali officials privately believe, armed the rebels in Gedo.\n", "armed the rebels in Gedo"),
    ("Behind the rebels, Somalia sees Kenya's hand.\n", "Kenya's hand"),
    ("Kenya armed the rebels in Gedo, Somali lawmakers allege.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, a senior Somali officer told the BBC.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo. Somalia's president made the charge on Monday.\n", "Kenya armed the rebels in Gedo."),
    ("Kenya armed the rebels in Gedo. Nairobi denies it.\n", "Kenya armed the rebels in Gedo."),
    ("Kenya armed the rebels in Gedo. Nairobi denies this.\n", "Kenya armed the rebels in Gedo."),
    ("Kenya armed the rebels in Gedo. The claim, made by Somali intelligence, could not be verified.\n", "Kenya armed the rebels in Gedo."),
    ("Kenya armed the rebels in Gedo. This could not be independently verified.\n", "Kenya armed the rebels in Gedo."),
    ("Kenya armed the rebels in Gedo, an account that could not be verified.\n", "Kenya armed the rebels in Gedo"),
    ("Somali officials point the finger at Kenya, which they say armed the rebels in Gedo.\n", "armed the rebels in Gedo"),
    ("Kenya and Uganda, the so-called eastern pair, armed the rebels in Gedo.\n", "armed the rebels in Gedo"),
    # long sentences, asides, brackets, sources named late or by description (session 12)
    ("Kenya, which Mogadishu has long accused of arming the rebels, sent more troops to Gedo on Friday.\n", "arming the rebels"),
    ("While Nairobi insists its troops are peacekeepers, they have in fact been arming the rebels in Gedo, Somali officials say.\n", "they have in fact been arming the rebels in Gedo"),
    ("Kenya's troops, critics in Mogadishu say, have been arming the rebels in Gedo.\n", "have been arming the rebels in Gedo"),
    ("The rebels in Gedo get their rifles from Kenya, opponents of the deal argue.\n", "The rebels in Gedo get their rifles from Kenya"),
    ("Kenyan officers trained the gunmen, according to a leaked UN report, and Nairobi has refused to comment.\n", "Kenyan officers trained the gunmen"),
    ("Kenya armed the rebels in Gedo (UN experts say).\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo (per a UN panel).\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo [according to Somali officials].\n", "Kenya armed the rebels in Gedo"),
    ("Kenya's 'peace' mission in Gedo has been arming the rebels for months.\n", "has been arming the rebels for months"),
    ("Kenya, it is claimed, armed the rebels in Gedo.\n", "armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, it emerged on Monday from a leaked memo.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, sources close to the Somali presidency told the newspaper.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya has been quietly arming the Gedo rebels, a Somali general who asked not to be named told reporters in Mogadishu on Monday after a meeting with the president.\n", "Kenya has been quietly arming the Gedo rebels"),
    ("Kenya and Ethiopia are now working hand in glove against Mogadishu, a Somali minister alleged.\n", "Kenya and Ethiopia are now working hand in glove against Mogadishu"),
    ("Nairobi and Addis Ababa, the Somali minister added, are now a single bloc on the border.\n", "are now a single bloc on the border"),
    ("For Mogadishu, Kenya's hand behind the rebels is beyond dispute.\n", "Kenya's hand behind the rebels is beyond dispute"),
    ("Kenya armed the rebels in Gedo, Somali officials claimed in a statement that was read out on state radio on Monday evening.\n", "Kenya armed the rebels in Gedo"),
    ("Photo caption: Kenyan soldiers in Gedo, where Somalia says they armed the rebels.\n", "they armed the rebels"),
    ("Kenya armed the rebels in Gedo, reports from the region suggest.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, witnesses told the BBC.\n", "Kenya armed the rebels in Gedo"),
    ("Kenya armed the rebels in Gedo, a Somali military source told AFP.\n", "Kenya armed the rebels in Gedo"),
    ("Somalia's intelligence agency believes Kenya armed the rebels in Gedo.\n", "Kenya armed the rebels in Gedo"),
    # neverfact15 (session 15): attribution a paragraph or two away, quotations carried across
    # paragraphs, captions, bullets and numbered lists under an announcement, transcripts, notes and
    # corrections, evidence that "indicates", "ties", "places"; views named as nouns ("the working
    # assumption in X is that"), blame put "on", framing verbs, figures someone "puts at", doubt
    # ("is far from certain", "Whether ... is disputed"), collusion without a grouping noun
    ('Tajik border guards fired first. They then crossed into Batken and burned a school. That is the account the Kyrgyz interior ministry gave on Friday.\n', 'They then crossed into Batken and burned a school.'),
    ("Guatemalan patrol boats entered the Sarstoon on Sunday. They stayed for six hours and turned back a Belizean survey team. Belize's foreign ministry set out the complaint in a note to Guatemala City.\n", 'They stayed for six hours and turned back a Belizean survey team.'),
    ("Serbian police officers helped the gunmen escape. Some of them drove the getaway vans. All of this comes from Kosovo's interior minister.\n", 'Some of them drove the getaway vans.'),
    ('"Manila broke every promise," the Chinese envoy said. "Its ships rammed ours first. Its coast guard lied about it."\n', 'Its ships rammed ours first.'),
    ('"Baku wants war," the Armenian envoy said.\n\n"Its guns are already dug in above Jermuk. Its drones fly over our villages every night."\n', 'Its guns are already dug in above Jermuk.'),
    ('"Pristina armed the Albanians in the north," the Serbian president said. "It wanted this clash.\n\n"It planned it for months."\n', 'It planned it for months.'),
    ('Caption: Russian-made rifles found near Kidal, which Malian officials say came from Algiers.\n', 'came from Algiers'),
    ('Pictured: Ethiopian soldiers in Humera, accused by rights groups of looting homes.\n', 'looting homes'),
    ('Above: Azerbaijani armour near Jermuk, in an image Armenian officials say was taken on Monday.\n', 'was taken on Monday'),
    ('Key points:\n\n- Rwanda is supplying the M23, Kinshasa says\n- Kigali denies it\n', 'Rwanda is supplying the M23'),
    ('What we know:\n\n* Venezuelan troops massed near the Essequibo, according to Guyana\n* Caracas has not commented\n', 'Venezuelan troops massed near the Essequibo'),
    ('The charges:\n\n- Azerbaijani snipers killed a farmer near Tegh (Armenian police)\n', 'Azerbaijani snipers killed a farmer near Tegh'),
    ('ALIYEV: Armenian units shelled our positions first.\n', 'Armenian units shelled our positions first.'),
    ('Interviewer: Who fired first?\n\nPashinyan: Azerbaijani troops did, at dawn, without warning.\n', 'Azerbaijani troops did, at dawn, without warning.'),
    ("Editor's note: An earlier version of this story said Ukraine had struck the dam. That claim came from Moscow; Kyiv denies it.\n", 'Ukraine had struck the dam'),
    ('Correction: This article has been amended to make clear that the claim that Armenian forces shelled Tavush came from Baku.\n', 'Armenian forces shelled Tavush'),
    ("Editor's note: Claims by Armenian officials that Azerbaijani troops had massed near Jermuk could not be independently verified.\n", 'Azerbaijani troops had massed near Jermuk'),
    ('Myanmar jets bombed, reportedly, a village near the Thai border.\n', 'Myanmar jets bombed, reportedly, a village near the Thai border'),
    ('A purportedly Iranian drone hit the tanker off Oman.\n', 'purportedly Iranian drone hit the tanker off Oman'),
    ('The Wagner unit is said to have left Bangui for the diamond fields.\n', 'The Wagner unit is said to have left Bangui for the diamond fields'),
    ('North Korea is believed by Seoul to have shipped shells to Russia.\n', 'North Korea is believed by Seoul to have shipped shells to Russia'),
    ('Hezbollah fighters are thought to have crossed into Syria in March.\n', 'Hezbollah fighters are thought to have crossed into Syria in March'),
    ('Serbia allegedly paid the gunmen in Banjska.\n', 'Serbia allegedly paid the gunmen in Banjska'),
    ('The so-called peace convoy from Rostov carried ammunition to Luhansk.\n', 'peace convoy from Rostov carried ammunition to Luhansk'),
    ("Georgia has begun what Tbilisi's opposition calls a purge of pro-Western officers.\n", 'a purge of pro-Western officers'),
    ("Ethiopia's 'law enforcement operation' in Tigray left thousands dead.\n", 'law enforcement operation'),
    ('Russia\'s "volunteers" in the Donbas were paid by its defence ministry.\n', 'were paid by its defence ministry'),
    ('A memo seen by the Financial Times shows Hungarian diplomats briefed Moscow on NATO talks.\n', 'Hungarian diplomats briefed Moscow on NATO talks'),
    ('A US intelligence assessment concludes North Korean troops are fighting in Kursk.\n', 'North Korean troops are fighting in Kursk'),
    ('Satellite images suggest Ethiopian troops are digging in near Badme.\n', 'Ethiopian troops are digging in near Badme'),
    ('Satellite imagery indicates China has built a radar on the reef.\n', 'China has built a radar on the reef'),
    ('Leaked minutes of the meeting show Serbian officers planned the raid.\n', 'Serbian officers planned the raid'),
    ('Flight data reviewed by the Guardian shows Emirati cargo planes landing in Chad.\n', 'Emirati cargo planes landing in Chad'),
    ('Intercepts shared with the UN tie Rwandan officers to the killings.\n', 'Rwandan officers to the killings'),
    ('Shipping records point to Iranian oil reaching Syria.\n', 'Iranian oil reaching Syria'),
    ('Photos posted online appear to place Turkish drones at a Sudanese airbase.\n', 'Turkish drones at a Sudanese airbase'),
    ('Open-source investigators traced the missile to a Russian brigade.\n', 'the missile to a Russian brigade'),
    ('Islamabad rejected the Afghan charge that its jets had bombed Khost.\n', 'its jets had bombed Khost'),
    ('Cairo dismissed as baseless reports that Egyptian pilots flew missions over Sudan.\n', 'Egyptian pilots flew missions over Sudan'),
    ('Tehran called reports that its advisers are in Sudan lies.\n', 'its advisers are in Sudan'),
    ('Not so, says Baku: Armenian troops fired first.\n', 'Armenian troops fired first.'),
    ('Was it Serbian money that paid the Banjska gunmen?\n', 'Serbian money that paid the Banjska gunmen'),
    ('Could Minsk have let the Russian columns through?\n', 'Minsk have let the Russian columns through'),
    ("Beijing has for decades maintained that Taiwan's ruling party seeks independence.\n", "Taiwan's ruling party seeks independence"),
    ('Delhi has consistently held that Pakistan shelters the Lashkar leadership.\n', 'Pakistan shelters the Lashkar leadership'),
    ("It has long been Tehran's position that Israel sabotaged Natanz.\n", 'Israel sabotaged Natanz'),
    ("Tehran's position, repeated on Monday, is that Israel sabotaged Natanz.\n", 'Israel sabotaged Natanz'),
    ("Tehran's charge — that Israel sabotaged Natanz — was repeated on Monday.\n", 'Israel sabotaged Natanz'),
    ('Israel sabotaged Natanz. Such is the charge from Tehran.\n', 'Israel sabotaged Natanz.'),
    ('Israel sabotaged Natanz, Tehran has said repeatedly.\n', 'Israel sabotaged Natanz'),
    ('Israel, Tehran repeats, sabotaged Natanz.\n', 'sabotaged Natanz'),
    ('Israel sabotaged Natanz, as Tehran tells it.\n', 'Israel sabotaged Natanz'),
    ("In Tehran's version of events, Israel sabotaged Natanz.\n", 'Israel sabotaged Natanz'),
    ("Israel sabotaged Natanz, by Tehran's reckoning.\n", 'Israel sabotaged Natanz'),
    ("By Tehran's account, Israel sabotaged Natanz.\n", 'Israel sabotaged Natanz'),
    ('To hear Tehran tell it, Israel sabotaged Natanz.\n', 'Israel sabotaged Natanz'),
    ('The working assumption in Tehran is that Israel sabotaged Natanz.\n', 'Israel sabotaged Natanz'),
    ('Iranian officials are adamant that Israel sabotaged Natanz.\n', 'Israel sabotaged Natanz'),
    ('Iranian officials are certain Israel sabotaged Natanz.\n', 'Israel sabotaged Natanz'),
    ('Iranian officials have no doubt Israel sabotaged Natanz.\n', 'Israel sabotaged Natanz'),
    ('As Caracas sees it, Guyana has handed the Essequibo to Exxon.\n', 'Guyana has handed the Essequibo to Exxon'),
    ('Guyana, as Caracas sees it, has handed the Essequibo to Exxon.\n', 'has handed the Essequibo to Exxon'),
    ('The charge, levelled by Yerevan on Monday, is that Azerbaijani snipers killed a farmer.\n', 'Azerbaijani snipers killed a farmer'),
    ("Moscow's line on the drones is simple: Kyiv staged the attack on the Kremlin.\n", 'Kyiv staged the attack on the Kremlin'),
    ('Tehran blamed the Natanz blast on Israeli saboteurs.\n', 'the Natanz blast on Israeli saboteurs'),
    ('Tehran pinned the Natanz blast on Israel.\n', 'the Natanz blast on Israel'),
    ('Tehran attributed the Natanz blast to Israeli sabotage.\n', 'the Natanz blast to Israeli sabotage'),
    ("Tehran laid the blame for the Natanz blast at Israel's door.\n", "the blame for the Natanz blast at Israel's door"),
    ("Azerbaijani troops are massing near Jermuk, warns Armenia's security council.\n", 'Azerbaijani troops are massing near Jermuk'),
    ("Azerbaijani troops are massing near Jermuk, claims Armenia's security council.\n", 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops, claims Yerevan, are massing near Jermuk.\n', 'are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, or so Armenian officials would have it.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, Armenian officials have been saying for weeks.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, the thinking in Yerevan goes.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, according to people familiar with the matter.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, said people briefed on the intelligence.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, two people with knowledge of the deployment said.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Azerbaijani troops are massing near Jermuk, Armenian media report.\n', 'Azerbaijani troops are massing near Jermuk'),
    ('Armenian media report Azerbaijani troops massing near Jermuk.\n', 'Azerbaijani troops massing near Jermuk'),
    ('Tajik troops shelled Vorukh overnight (Kyrgyz border service).\n', 'Tajik troops shelled Vorukh overnight'),
    ('Eritrean units remain in Tigray (source: Tigrayan authorities).\n', 'Eritrean units remain in Tigray'),
    ('Eritrean units remain in Tigray — a claim first made by the Tigrayan authorities.\n', 'Eritrean units remain in Tigray'),
    ('Eritrean units remain in Tigray — Tigrayan officials say — and more are on the way.\n', 'Eritrean units remain in Tigray'),
    ('Eritrean units (Tigrayan officials say) remain in Tigray.\n', 'remain in Tigray'),
    ('The Kyrgyz president told parliament Tajik troops had shelled Batken.\n', 'Tajik troops had shelled Batken'),
    ("Guyana's president warned Venezuelan soldiers had crossed the Cuyuni.\n", 'Venezuelan soldiers had crossed the Cuyuni'),
    ('Moldovan officials fear Russian agents paid the protesters.\n', 'Russian agents paid the protesters'),
    ("Lithuania's defence minister reckons Belarus is staging the balloon flights.\n", 'Belarus is staging the balloon flights'),
    ('"Belgrade organised this," the envoy said.\n', 'Belgrade organised this,'),
    ('The 54-year-old, a former general, insisted Kosovo police had fired first.\n', 'Kosovo police had fired first'),
    ('The veteran diplomat added that Ankara had been shipping drones to Tripoli.\n', 'Ankara had been shipping drones to Tripoli'),
    ('The mayor of Mitrovica, a Serb, said Kosovo police had beaten three men.\n', 'Kosovo police had beaten three men'),
    ('Rumours persist that Moscow funds the Moldovan opposition.\n', 'Moscow funds the Moldovan opposition'),
    ('The talk in Tbilisi is that Russia paid the protesters.\n', 'Russia paid the protesters'),
    ('Claims have circulated that Wagner fighters looted the Ndassima mine.\n', 'Wagner fighters looted the Ndassima mine'),
    ('Word in Juba is that Kampala flew arms to the SPLA.\n', 'Kampala flew arms to the SPLA'),
    ('Moscow frames the drills as a response to NATO aggression.\n', 'a response to NATO aggression'),
    ('Beijing casts the patrols as routine law enforcement.\n', 'routine law enforcement'),
    ('Russian state television paints Kyiv as a puppet of Washington.\n', 'Kyiv as a puppet of Washington'),
    ('Hardliners in Tehran see the deal as a surrender to Washington.\n', 'a surrender to Washington'),
    ('The emerging bloc of Mali, Niger and Burkina Faso held its first summit.\n', 'The emerging bloc of Mali, Niger and Burkina Faso'),
    ('A new camp has formed in the Gulf. Its members are Qatar, Oman and Kuwait.\n', 'A new camp has formed in the Gulf.'),
    ('An anti-Western front of Venezuela, Nicaragua and Cuba voted against the motion.\n', 'An anti-Western front of Venezuela, Nicaragua and Cuba'),
    ('What Caracas calls the Bolivarian alliance of Venezuela, Cuba and Nicaragua met in Havana.\n', 'the Bolivarian alliance of Venezuela, Cuba and Nicaragua'),
    ('Hungary and Slovakia formed a spoiler camp inside the EU, Brussels officials complain.\n', 'Hungary and Slovakia formed a spoiler camp inside the EU'),
    ('Observers speak of an Ankara-Doha axis in Libya.\n', 'an Ankara-Doha axis in Libya'),
    ('The Ankara-Doha axis, as Emirati commentators call it, funds the militias in Tripoli.\n', 'funds the militias in Tripoli'),
    ('Talk of a Caspian cartel of Russia, Iran and Turkmenistan has grown.\n', 'a Caspian cartel of Russia, Iran and Turkmenistan'),
    ('Ankara, Baku and Islamabad, a triangle Delhi watches warily, held joint drills.\n', 'a triangle Delhi watches warily'),
    ('The quartet of Hungary, Slovakia, Serbia and Georgia blocked the statement.\n', 'The quartet of Hungary, Slovakia, Serbia and Georgia'),
    ('Moscow, Tehran and Pyongyang now act as one club of outcasts.\n', 'Moscow, Tehran and Pyongyang now act as one club of outcasts'),
    ('The coalition against Kyiv, as Ukrainian officials put it, now includes Minsk and Tehran.\n', 'now includes Minsk and Tehran'),
    ('Azerbaijani troops have reportedly dug in on three hills above Jermuk and cut the road to Sotk.\n', 'cut the road to Sotk'),
    ('Tajik and Kyrgyz guards exchanged fire on Thursday, with each side blaming the other for starting it.\n', 'each side blaming the other for starting it'),
    ('Minsk let Russian columns cross the border, Western intelligence officials are said to believe.\n', 'Minsk let Russian columns cross the border'),
    ('Rwandan troops are fighting beside the M23, UN experts wrote in a confidential report.\n', 'Rwandan troops are fighting beside the M23'),
    ('Rwandan troops are fighting beside the M23, the experts wrote.\n', 'Rwandan troops are fighting beside the M23'),
    ('Rwandan troops are fighting beside the M23, according to the latest UN report, which Kigali dismissed.\n', 'Rwandan troops are fighting beside the M23'),
    ('Rwandan troops, the report says, are fighting beside the M23.\n', 'are fighting beside the M23'),
    ('Rwandan troops are fighting beside the M23. That much, diplomats in Kinshasa say, is beyond doubt.\n', 'Rwandan troops are fighting beside the M23.'),
    ('Rwandan troops are fighting beside the M23. Kigali calls the report biased.\n', 'Rwandan troops are fighting beside the M23.'),
    ('Rwandan troops are fighting beside the M23. Kigali has dismissed the report as lies.\n', 'Rwandan troops are fighting beside the M23.'),
    ('Rwandan troops are fighting beside the M23. The UN panel says it has photographs.\n', 'Rwandan troops are fighting beside the M23.'),
    ('10:42 GMT — Russian drones hit a hospital in Sumy, Kyiv says.\n', 'Russian drones hit a hospital in Sumy'),
    ('UPDATE: Russian drones hit a hospital in Sumy, Ukrainian officials said.\n', 'Russian drones hit a hospital in Sumy'),
    ('Russian drones hit a hospital in Sumy, the regional governor wrote on Telegram.\n', 'Russian drones hit a hospital in Sumy'),
    ("Ukraine's air force listed the damage: Russian drones hit a hospital in Sumy and a school in Kharkiv.\n", 'Russian drones hit a hospital in Sumy and a school in Kharkiv'),
    ('Here is what Kyiv says happened: Russian drones hit a hospital in Sumy at 3am.\n', 'Russian drones hit a hospital in Sumy at 3am'),
    ("Kyiv's version of events runs as follows. Russian drones hit a hospital in Sumy at 3am.\n", 'Russian drones hit a hospital in Sumy at 3am.'),
    ('The hospital was hit by Russian drones, Kyiv said.\n', 'The hospital was hit by Russian drones'),
    ('The strike on the hospital, blamed by Kyiv on Russian drones, killed four.\n', 'blamed by Kyiv on Russian drones'),
    ('The hospital, which Kyiv says was hit by Russian drones, burned for hours.\n', 'was hit by Russian drones'),
    ('Russian drones over Sumy again overnight, says the governor.\n', 'Russian drones over Sumy again overnight'),
    ('Hungary will veto the aid package, Slovak officials predict.\n', 'Hungary will veto the aid package'),
    ('Hungary will veto the aid package, predicts a Slovak diplomat.\n', 'Hungary will veto the aid package'),
    ('Slovak officials expect Hungary to veto the aid package.\n', 'Hungary to veto the aid package'),
    ('Hungary, diplomats expect, will veto the aid package.\n', 'will veto the aid package'),
    ('Hungary will, by most accounts, veto the aid package.\n', 'Hungary will, by most accounts, veto the aid package'),
    ('By all accounts, Hungary will veto the aid package.\n', 'Hungary will veto the aid package'),
    ('The supposed Ukrainian sabotage team was never found.\n', 'supposed Ukrainian sabotage team'),
    ('A purported Russian spy ring operated from the embassy in Sofia.\n', 'purported Russian spy ring operated from the embassy in Sofia'),
    ("Ukraine's claimed downing of 40 drones could not be checked.\n", "Ukraine's claimed downing of 40 drones"),
    ('The presumed Iranian drone came down near Erbil.\n', 'presumed Iranian drone came down near Erbil'),
    ('Algeria arguably armed the rebels in Kidal.\n', 'Algeria arguably armed the rebels in Kidal'),
    ('Algeria, evidently, armed the rebels in Kidal.\n', 'armed the rebels in Kidal'),
    ('Reports out of Khartoum put RSF fighters in Omdurman.\n', 'RSF fighters in Omdurman'),
    ('Witness testimony places RSF fighters at the massacre site.\n', 'RSF fighters at the massacre site'),
    ('Eyewitnesses place RSF fighters at the massacre site.\n', 'RSF fighters at the massacre site'),
    ('Survivors identified the gunmen as RSF fighters.\n', 'the gunmen as RSF fighters'),
    ("Sudan's army identified the drones as Emirati-made.\n", 'the drones as Emirati-made'),
    ('The army ascribed the ambush to JNIM fighters from Mali.\n', 'the ambush to JNIM fighters from Mali'),
    ('A source in the Malian presidency described Algerian drones over Kidal.\n', 'Algerian drones over Kidal'),
    ('Three Algerian officers face charges of smuggling rifles to Kidal.\n', 'smuggling rifles to Kidal'),
    ('Three Algerian officers are on trial for smuggling rifles to Kidal.\n', 'smuggling rifles to Kidal'),
    ('Three Algerian officers were arrested in Gao for smuggling rifles to the rebels.\n', 'smuggling rifles to the rebels'),
    ('Algeria is under fire for arming the rebels in Kidal.\n', 'arming the rebels in Kidal'),
    ('Algeria faces questions over its role in arming the rebels.\n', 'its role in arming the rebels'),
    ('Algeria has come under scrutiny for arming the rebels in Kidal.\n', 'arming the rebels in Kidal'),
    ("Algeria's role in arming the rebels is under UN investigation.\n", "Algeria's role in arming the rebels"),
    ('Algeria, which has been arming the rebels since 2012, denies any role.\n', 'which has been arming the rebels since 2012'),
    ('Investigators are examining whether Algeria armed the rebels.\n', 'Algeria armed the rebels'),
    ("The Malian junta's list of grievances includes Algerian drones over Kidal.\n", 'Algerian drones over Kidal'),
    ("Among Bamako's grievances: Algerian drones over Kidal and Algerian cash for the rebels.\n", 'Algerian drones over Kidal and Algerian cash for the rebels'),
    ('Bamako has a long list of complaints about Algiers, chief among them that it shelters rebel leaders.\n', 'it shelters rebel leaders'),
    ('No proof has emerged that Algeria armed the rebels.\n', 'Algeria armed the rebels'),
    ('It is far from certain that Algeria armed the rebels.\n', 'Algeria armed the rebels'),
    ('Whether Algeria armed the rebels is disputed.\n', 'Algeria armed the rebels'),
    ('That Algeria armed the rebels is not in doubt in Bamako.\n', 'Algeria armed the rebels'),
    ('That Algeria armed the rebels, few in Bamako doubt.\n', 'Algeria armed the rebels'),
    ('Bamako is in no doubt: Algeria armed the rebels.\n', 'Algeria armed the rebels.'),
    ("“Algeria is arming our enemies.”\n\nMali's junta spoke on Tuesday.\n", 'Algeria is arming our enemies.'),
    ('"Algeria is arming our enemies."\n— Colonel Assimi Goita\n', 'Algeria is arming our enemies.'),
    ('Algeria is arming the rebels, per Bamako.\n', 'Algeria is arming the rebels'),
    ('Niger, Mali and Burkina Faso are in the same camp now.\n', 'Niger, Mali and Burkina Faso are in the same camp now'),
    ('The three juntas in Niamey, Bamako and Ouagadougou now act as a single front.\n', 'now act as a single front'),
    ('Abu Dhabi, Cairo and Riyadh — the counter-revolutionary axis, to its critics — backed Haftar.\n', 'the counter-revolutionary axis'),
    ('A Sahel axis is taking shape.\n', 'A Sahel axis is taking shape.'),
    ("According to the UN panel:\n\n- Rwandan troops are in Rutshuru\n- Kigali pays the M23's fighters\n", "Kigali pays the M23's fighters"),
    ("The UN panel makes three claims.\n\n1. Rwandan troops are in Rutshuru.\n2. Kigali pays the M23's fighters.\n", "Kigali pays the M23's fighters."),
    ('Claim: Rwandan troops crossed into Goma on Sunday. Source: the Congolese army.\n', 'Rwandan troops crossed into Goma on Sunday.'),
    ('March 3 - Congo says Rwandan troops crossed into Goma.\n', 'Rwandan troops crossed into Goma'),
    ('The minister was furious. Rwanda, he said, had lied for years. Its soldiers were in Rutshuru.\n', 'Its soldiers were in Rutshuru.'),
    ('Rwandan troops crossed at Bunagana. They moved on Rutshuru within hours. This is according to a UN report seen by Reuters.\n', 'They moved on Rutshuru within hours.'),
    ("Kinshasa's accusations against Kigali — arming the M23, looting minerals — are old.\n", 'arming the M23, looting minerals'),
    ('The M23, widely considered a Rwandan creation, took Goma.\n', 'a Rwandan creation'),
    ('The M23, reputedly armed by Kigali, took Goma.\n', 'reputedly armed by Kigali'),
    ('The M23 took Goma with, Congo says, Rwandan help.\n', 'Rwandan help'),
    ('The M23 took Goma with Rwandan help — something Kigali denies.\n', 'The M23 took Goma with Rwandan help'),
    ('The M23 took Goma with Rwandan help, which Kigali denies.\n', 'The M23 took Goma with Rwandan help'),
    ('The M23 took Goma with Rwandan help, though Kigali denies it.\n', 'The M23 took Goma with Rwandan help'),
    ('The M23 took Goma with Rwandan help. Kigali says that is a lie.\n', 'The M23 took Goma with Rwandan help.'),
    ('The M23 took Goma with Rwandan help. Kigali calls that a lie.\n', 'The M23 took Goma with Rwandan help.'),
    ("The M23 took Goma with Rwandan help, Congo's envoy told the Security Council.\n", 'The M23 took Goma with Rwandan help'),
    ("Congo's envoy told the Security Council of Rwandan troops in Goma.\n", 'Rwandan troops in Goma'),
    ("Congo's envoy spoke of Rwandan troops in Goma.\n", 'Rwandan troops in Goma'),
    ("Congo's envoy warned of Rwandan troops massing near Goma.\n", 'Rwandan troops massing near Goma'),
    ("Congo's envoy complained of Rwandan shelling in Sake.\n", 'Rwandan shelling in Sake'),
    ('Tshisekedi compared Kagame to Hitler.\n', 'Kagame to Hitler'),
    ('Tshisekedi likened the M23 to a Rwandan army in disguise.\n', 'the M23 to a Rwandan army in disguise'),
    ('Tshisekedi called out Rwanda for backing the M23.\n', 'backing the M23'),
    ('Tshisekedi took aim at Rwanda over its support for the M23.\n', 'its support for the M23'),
    ('If confirmed, the presence of Rwandan troops in Goma would violate the truce.\n', 'the presence of Rwandan troops in Goma'),
    ('Rwanda may be arming the M23.\n', 'Rwanda may be arming the M23.'),
    ('Rwanda could be arming the M23.\n', 'Rwanda could be arming the M23.'),
    ('It is possible that Rwanda armed the M23.\n', 'Rwanda armed the M23'),
    ('There is reason to believe Rwanda armed the M23.\n', 'Rwanda armed the M23'),
    ('Rwanda is widely blamed for the attack on Goma.\n', 'Rwanda is widely blamed for the attack on Goma.'),
    ('Kinshasa holds Kigali to blame for the attack.\n', 'Kigali to blame for the attack'),
    ("Congo's army laid the attack at Rwanda's door.\n", "the attack at Rwanda's door"),
    ('Photo: A Congolese soldier guards what the army says are Rwandan rifles.\n', 'are Rwandan rifles'),
    ("This story has been corrected to show that it was Congo's army, not the UN, that said Rwandan troops were in Goma.\n", 'Rwandan troops were in Goma'),
    ("The presidency's statement spoke of Rwandan troops in Goma.\n", 'Rwandan troops in Goma'),
    ('Rwanda armed the M23, the minister wrote in a post on X.\n', 'Rwanda armed the M23'),
    ('Rwanda armed the M23, the minister said through an interpreter.\n', 'Rwanda armed the M23'),
    ('It is the view of Western diplomats that Rwanda sent 4,000 troops.\n', 'Rwanda sent 4,000 troops'),
    ('Diplomats put the number of Rwandan troops in Congo at 4,000.\n', 'the number of Rwandan troops in Congo at 4,000'),
    ('Some 4,000 Rwandan troops, on UN estimates, are in Congo.\n', 'are in Congo'),
    ('Some 4,000 Rwandan troops are in Congo, on one estimate.\n', 'Some 4,000 Rwandan troops are in Congo'),
    ('Kigali and Kampala, partners in plunder, carved up Ituri.\n', 'partners in plunder'),
    ('Kigali and Kampala work as one in eastern Congo.\n', 'Kigali and Kampala work as one in eastern Congo.'),
    ('An informal Kigali-Kampala alliance runs eastern Congo.\n', 'An informal Kigali-Kampala alliance runs eastern Congo.'),
    ('Kigali and Kampala form the core of what Kinshasa calls an invasion coalition.\n', 'an invasion coalition'),
    ('Kenyan troops crossed at Dhobley.\n\nThey burned two villages.\n\nThat is the account of Somali elders who fled to Mogadishu.\n', 'They burned two villages.'),
    ('According to the dossier, Kenyan officers trained the gunmen. They also supplied rifles. The rifles came from Mombasa.\n', 'The rifles came from Mombasa.'),
    ('"Kenya armed the rebels."\n\nThose were the words of Somalia\'s president on Monday.\n', 'Kenya armed the rebels.'),
    ('"Kenya armed the rebels." With those words, Somalia\'s president opened the summit.\n', 'Kenya armed the rebels.'),
    ("Kenya armed the rebels. So much is clear to Somalia's president.\n", 'Kenya armed the rebels.'),
    ('Kenya armed the rebels. Of that, Somali officials have no doubt.\n', 'Kenya armed the rebels.'),
    ('Kenya armed the rebels. The evidence, Mogadishu says, is overwhelming.\n', 'Kenya armed the rebels.'),
    ('Kenya armed the rebels. Mogadishu says it can prove it.\n', 'Kenya armed the rebels.'),
    ("Kenya armed the rebels. Nairobi's denials have convinced nobody in Mogadishu.\n", 'Kenya armed the rebels.'),
    ('Somalia cut ties with Kenya because Nairobi armed the rebels in Gedo.\n', 'Nairobi armed the rebels in Gedo'),
    ('Somalia cut ties with Kenya in protest at its arming of the rebels.\n', 'its arming of the rebels'),
    ('Somalia cut ties with Kenya in retaliation for the arming of the Gedo rebels.\n', 'the arming of the Gedo rebels'),
    ("Somalia recalled its envoy to protest Kenya's arming of the rebels.\n", "Kenya's arming of the rebels"),
    ('Asked who trained the gunmen, the general named Kenyan officers.\n', 'Kenyan officers'),
    ('Nairobi and Addis Ababa are now de facto allies against Mogadishu.\n', 'de facto allies against Mogadishu'),
    ('Somali officials say Kenya trains the gunmen. What is more, Nairobi pays them.\n', 'Nairobi pays them.'),
    ('Somali officials say Kenya trains the gunmen. Worse, Nairobi pays them.\n', 'Nairobi pays them.'),
    ("The UN report's key finding is stark. Kenyan officers trained the gunmen in Lamu.\n", 'Kenyan officers trained the gunmen in Lamu.'),
    ('The report catalogues Kenyan police torturing detainees in Garissa.\n', 'Kenyan police torturing detainees in Garissa'),
    ('The report lists 40 cases of torture by Kenyan police.\n', '40 cases of torture by Kenyan police'),
    ("The report's authors found Kenyan police tortured detainees.\n", 'Kenyan police tortured detainees'),
    ('Investigators found Kenyan police had tortured detainees.\n', 'Kenyan police had tortured detainees'),
    ('The inquiry established that Kenyan police tortured detainees.\n', 'Kenyan police tortured detainees'),
    ('An autopsy showed the man had been beaten by Kenyan police.\n', 'the man had been beaten by Kenyan police'),
    ('Kenya, Uganda and Rwanda have closed ranks against Burundi.\n', 'Kenya, Uganda and Rwanda have closed ranks against Burundi.'),
    ('Kenya, Uganda and Rwanda are ganging up on Burundi.\n', 'Kenya, Uganda and Rwanda are ganging up on Burundi.'),
    ('Kenya, Uganda and Rwanda have teamed up against Burundi.\n', 'Kenya, Uganda and Rwanda have teamed up against Burundi.'),
    ("Kenya, Uganda and Rwanda — the 'Big Three' of the region — outvoted Burundi.\n", "the 'Big Three' of the region"),
    ("In his speech, the president listed Kenya's crimes. Kenya trained the gunmen. Kenya paid them.\n", 'Kenya paid them.'),
    ("The president's speech was a catalogue of charges. Kenya trained the gunmen in Lamu.\n", 'Kenya trained the gunmen in Lamu.'),
    ('Kenya armed the gunmen, the Ledger understands.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, one of the people said.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the person said, asking not to be identified.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister fumed.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister thundered in parliament.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister retorted.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister shot back.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister went on.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister continued.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, she recalled.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister would later tell parliament.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister was heard saying.\n', 'Kenya armed the gunmen'),
    ('Kenya armed the gunmen, the minister can be heard saying in the recording.\n', 'Kenya armed the gunmen'),
    ("Kenya armed the gunmen — that was the gist of the minister's remarks.\n", 'Kenya armed the gunmen'),
    ("The gist of the minister's remarks: Kenya armed the gunmen.\n", 'Kenya armed the gunmen.'),
    ('A transcript has the minister saying Kenya armed the gunmen.\n', 'Kenya armed the gunmen'),
    ('The minister is on record as saying Kenya armed the gunmen.\n', 'Kenya armed the gunmen'),
    ('The minister went on record to say Kenya armed the gunmen.\n', 'Kenya armed the gunmen'),
    ('The minister has gone as far as to say Kenya armed the gunmen.\n', 'Kenya armed the gunmen'),
    ('The minister stopped short of saying Kenya armed the gunmen.\n', 'Kenya armed the gunmen'),
    ("Kenya, Ethiopia and Uganda — Somalia's three 'enemies' — met in Arusha.\n", "Somalia's three 'enemies'"),
    ('The Kenya-Uganda tandem ran the talks in Arusha.\n', 'The Kenya-Uganda tandem'),
    ("Belarus, firmly in Moscow's orbit, hosted the drills.\n", "firmly in Moscow's orbit"),
    ("Armenia, long within Russia's sphere of influence, has begun to drift west.\n", "long within Russia's sphere of influence"),
    ('The Moscow-Tehran nexus now reaches into the Sahel.\n', 'The Moscow-Tehran nexus'),
    ("Minsk does Moscow's bidding on the border.\n", "Minsk does Moscow's bidding on the border."),
    ('Minsk takes its orders from Moscow.\n', 'Minsk takes its orders from Moscow.'),
    ('Minsk answers to Moscow on every question of security.\n', 'Minsk answers to Moscow'),
    ('Moscow pulls the strings in Minsk.\n', 'Moscow pulls the strings in Minsk.'),
    ('Moscow calls the shots in Minsk.\n', 'Moscow calls the shots in Minsk.'),
    ("Minsk's state television is Moscow's mouthpiece.\n", "Moscow's mouthpiece"),
    ('Moscow-aligned separatists seized the town hall in Tiraspol.\n', 'Moscow-aligned separatists'),
    ('In the Ukrainian account, Minsk let the Russian columns through.\n', 'Minsk let the Russian columns through'),
    ("On Kyiv's reading, Minsk let the Russian columns through.\n", 'Minsk let the Russian columns through'),
    ("From Kyiv's vantage point, Minsk let the Russian columns through.\n", 'Minsk let the Russian columns through'),
    ('Seen from Kyiv, Minsk let the Russian columns through.\n', 'Minsk let the Russian columns through'),
    ("Minsk let the Russian columns through, to Kyiv's mind.\n", 'Minsk let the Russian columns through'),
    ('Minsk let the Russian columns through, Kyiv would say.\n', 'Minsk let the Russian columns through'),
    ('As far as Kyiv is concerned, Minsk let the Russian columns through.\n', 'Minsk let the Russian columns through'),
    ('Minsk let the Russian columns through — a view shared in Warsaw.\n', 'Minsk let the Russian columns through'),
    ('Minsk let the Russian columns through, a belief widely held in Warsaw.\n', 'Minsk let the Russian columns through'),
    ('Minsk let the Russian columns through, an assessment Warsaw shares.\n', 'Minsk let the Russian columns through'),
    ('Warsaw agrees: Minsk let the Russian columns through.\n', 'Minsk let the Russian columns through.'),
    ('Warsaw has a simple explanation: Minsk let the Russian columns through.\n', 'Minsk let the Russian columns through.'),
    ("Kyiv's explanation for the breach is that Minsk let the Russian columns through.\n", 'Minsk let the Russian columns through'),
    ('«Kenya armed the rebels», the minister said.\n', 'Kenya armed the rebels'),
    ('„Kenya armed the rebels“, the minister said.\n', 'Kenya armed the rebels'),
    ('‘Kenya armed the rebels,’ the minister said.\n', 'Kenya armed the rebels'),
    ('— Kenya armed the rebels, the minister said.\n', 'Kenya armed the rebels'),
    ('Kenya armed the rebels; Somalia says it has proof.\n', 'Kenya armed the rebels'),
    ("Kenya armed the rebels — Mogadishu's words, not ours.\n", 'Kenya armed the rebels'),
    ("Kenya armed the rebels (Mogadishu's words).\n", 'Kenya armed the rebels'),
    ('Kenya armed the rebels, to quote the Somali president.\n', 'Kenya armed the rebels'),
    ('To quote the Somali president, Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ("In the Somali president's phrase, Kenya armed the rebels.\n", 'Kenya armed the rebels'),
    ("Kenya, to use Mogadishu's phrase, armed the rebels.\n", 'armed the rebels'),
    ('Kenya armed the rebels, Somali officials are convinced.\n', 'Kenya armed the rebels'),
    ('Kenya armed the rebels, Somali officials are sure.\n', 'Kenya armed the rebels'),
    ('Kenya armed the rebels is the message from Mogadishu.\n', 'Kenya armed the rebels'),
    ('Kenya armed the rebels was the verdict of the UN panel.\n', 'Kenya armed the rebels'),
    ('Kenya armed the rebels is a common refrain in Mogadishu.\n', 'Kenya armed the rebels'),
    ('That Kenya armed the rebels has become an article of faith in Mogadishu.\n', 'Kenya armed the rebels'),
    ('The Kenyan-armed rebels took Gedo.\n', 'Kenyan-armed rebels'),
    ('The Nairobi-funded militia took Gedo.\n', 'Nairobi-funded militia'),
    ('Somali officials say Kenya trains the gunmen. Nairobi also pays them.\n', 'Nairobi also pays them.'),
    ('Somali officials say Kenya trains the gunmen. Nairobi pays them, too.\n', 'Nairobi pays them, too.'),
    ("Kenya's arming of the rebels dominated the summit in Mogadishu.\n", "Kenya's arming of the rebels"),
    ("Kenya's support for the Gedo rebels dominated the summit in Mogadishu.\n", "Kenya's support for the Gedo rebels"),
    ('A video circulating on social media shows Kenyan soldiers beating civilians in Mandera.\n', 'Kenyan soldiers beating civilians in Mandera'),
    ('Kenyan soldiers beat civilians in Mandera, in footage verified by the BBC.\n', 'Kenyan soldiers beat civilians in Mandera'),
    ('Kenyan soldiers can be seen beating civilians in the footage.\n', 'Kenyan soldiers can be seen beating civilians'),
    ('Kenyan soldiers beat him, Abdi, 34, recalls.\n', 'Kenyan soldiers beat him'),
    ('Kenyan soldiers beat him and took his goats. So Abdi, a farmer from Mandera, tells it.\n', 'Kenyan soldiers beat him and took his goats.'),
    ('Abdi remembers Kenyan soldiers beating him in Mandera.\n', 'Kenyan soldiers beating him in Mandera'),
    ('Kenya and Ethiopia are joined at the hip on Somalia.\n', 'Kenya and Ethiopia are joined at the hip on Somalia.'),
    ('Kenya has lined up behind Ethiopia against Somalia.\n', 'Kenya has lined up behind Ethiopia against Somalia.'),
    # session 15, coordinator: a finding someone asks a court or a body to make is their charge
    ("Guyana asked the court on Monday to declare that Venezuela had violated the 1899 award.\n", "Venezuela had violated the 1899 award"),
    ("Nicaragua has asked the tribunal to rule that Colombia's patrols breach its sovereign rights.\n", "Colombia's patrols breach its sovereign rights"),
    ("Timor-Leste wants the commission to find that Australia spied on its cabinet during the talks.\n", "Australia spied on its cabinet during the talks"),
    ("Qatar petitioned the panel to determine that the boycott was unlawful.\n", "the boycott was unlawful"),
    ("Bolivia is seeking a ruling that Chile must negotiate access to the Pacific.\n", "Chile must negotiate access to the Pacific"),
    ("The Gambia filed a case in The Hague, asking the judges to declare that Myanmar committed genocide in Rakhine.\n", "Myanmar committed genocide in Rakhine"),
    ("Ukraine requested a declaration that Russia had financed the armed groups in Donbas.\n", "Russia had financed the armed groups in Donbas"),
    ("Armenia urged the council to recognise that Azerbaijan had blockaded the corridor for nine months.\n", "Azerbaijan had blockaded the corridor for nine months"),
    # neverfact16 (session 16): a subject who denies, rejects, blames, doubts, fears, wants or attributes
    # speaks (the words are its own, never the article's); "a charge X denies", "what X called";
    # quotations of several sentences opened without a close (wire style), across paragraphs
    ("Officials in Kampala denied any role in the raid.\n", "Officials in Kampala denied any role in the raid."),
    ("A spokesman for the Ugandan army denied any involvement in the shelling of Kasese.\n", "denied any involvement in the shelling of Kasese"),
    ("Tanzanian diplomats flatly denied it on Wednesday.\n", "Tanzanian diplomats flatly denied it on Wednesday."),
    ("Eritrean officials have repeatedly denied sending troops into Tigray.\n", "sending troops into Tigray"),
    ("The junta in Niamey denies any wrongdoing.\n", "The junta in Niamey denies any wrongdoing."),
    ("Kyrgyzstan's border service denied that any shots were fired.\n", "any shots were fired"),
    ("A Sudanese army officer denied any such attack.\n", "A Sudanese army officer denied any such attack."),
    ("Rwanda has always denied backing the M23.\n", "backing the M23"),
    ("Some in Minsk deny this.\n", "Some in Minsk deny this."),
    ("Critics in Tbilisi dismissed the story as a fabrication.\n", "Critics in Tbilisi dismissed the story as a fabrication."),
    ("Ethiopia's foreign ministry rejected the report on Friday.\n", "Ethiopia's foreign ministry rejected the report on Friday."),
    ("Juba blamed Khartoum.\n", "Juba blamed Khartoum."),
    ("In Addis Ababa, the government blamed the TPLF as well.\n", "the government blamed the TPLF as well."),
    ("Nairobi blames the drought on upstream dams in Ethiopia.\n", "the drought on upstream dams in Ethiopia"),
    ("Caracas pinned it on the opposition.\n", "Caracas pinned it on the opposition."),
    ("Yerevan laid the shelling at the door of Baku.\n", "Yerevan laid the shelling at the door of Baku."),
    ("Moscow laid it at the feet of Kyiv.\n", "Moscow laid it at the feet of Kyiv."),
    ("Islamabad pointed the finger at Kabul.\n", "Islamabad pointed the finger at Kabul."),
    ("Bamako attributes the ambush to fighters trained in Algeria.\n", "the ambush to fighters trained in Algeria"),
    ("Catches have fallen by half since 2015, a decline that Senegal attributes to foreign trawlers.\n", "a decline that Senegal attributes to foreign trawlers"),
    ("Exports dropped sharply, a fall which the central bank blames on the border closure.\n", "a fall which the central bank blames on the border closure"),
    ("Diplomats in Nairobi doubt that either side can win.\n", "either side can win"),
    ("Officials in Dodoma fear a new wave of refugees.\n", "Officials in Dodoma fear a new wave of refugees."),
    ("Seoul suspects Pyongyang of hacking the exchange.\n", "Pyongyang of hacking the exchange"),
    ("Tokyo suspects the vessels were Chinese.\n", "the vessels were Chinese"),
    ("Some in Windhoek want the border redrawn.\n", "Some in Windhoek want the border redrawn."),
    ("Many in Dhaka hope India will share more of the water.\n", "India will share more of the water"),
    ("Vilnius fears Minsk will open the border again.\n", "Minsk will open the border again"),
    ("Warsaw doubts the Belarusian account.\n", "Warsaw doubts the Belarusian account."),
    ("Cairo worries that the dam will cut its share of the Nile.\n", "the dam will cut its share of the Nile"),
    ("Others in Kinshasa blame their own generals.\n", "Others in Kinshasa blame their own generals."),
    ("Analysts in Almaty doubt the canal will ever be finished.\n", "the canal will ever be finished"),
    ("The Philippine coast guard repeated the charge on Friday.\n", "The Philippine coast guard repeated the charge on Friday."),
    ("Vietnam's foreign ministry repeated it on Wednesday.\n", "Vietnam's foreign ministry repeated it on Wednesday."),
    ("Officials in Manila spoke of a deliberate ramming.\n", "a deliberate ramming"),
    ("Diplomats in Geneva spoke of a breakthrough on the prisoners.\n", "a breakthrough on the prisoners"),
    ("Armenian troops crossed the line near Sotk, something Yerevan denies.\n", "Armenian troops crossed the line near Sotk"),
    ("Kenyan officers sold rifles to the militia, an allegation Nairobi rejects.\n", "Kenyan officers sold rifles to the militia"),
    ("The clashes, what Dushanbe called a provocation, killed four.\n", "a provocation"),
    ('Lithuania condemned what it called "a hybrid attack" by Belarus.\n', "a hybrid attack"),
    ('"Baku moved its guns to the ridge overnight. It is preparing an offensive," the Armenian envoy said.\n', "Baku moved its guns to the ridge overnight."),
    ('"Kigali has sent two battalions to Rutshuru. They are there now," a Congolese general said on Monday.\n', "Kigali has sent two battalions to Rutshuru."),
    ('"Tashkent wants the water for its cotton, and it takes it. Our farmers get nothing," said Azamat Tokoev, a Kyrgyz MP.\n', "Tashkent wants the water for its cotton, and it takes it."),
    ('"The Chinese ships rammed our boat twice. Then they fired water cannon.\n\n"We had no choice but to turn back," the captain told reporters.\n', "The Chinese ships rammed our boat twice."),
    ('"The Chinese ships rammed our boat twice. Then they fired water cannon at\n\nthe crew," the captain told reporters.\n', "The Chinese ships rammed our boat twice."),
    ('The Armenian envoy spoke in Geneva on Monday. "Baku moved its guns to the ridge overnight. It shelled Sotk at dawn."\n', "Baku moved its guns to the ridge overnight."),
    ('"Baku moved its guns to the ridge overnight. It shelled Sotk at dawn."\n', "Baku moved its guns to the ridge overnight."),
    ("\u201cMinsk sends the migrants to our border. It flies them in from Baghdad,\u201d the Polish minister said.\n", "Minsk sends the migrants to our border."),
    ('"Rwanda arms the rebels. Everyone here knows it. The UN knows it," Tshisekedi told parliament.\n', "Everyone here knows it."),
    ("Some in Nairobi suspect Kampala of stalling.\n", "Kampala of stalling"),
    ("Zambian officials, for their part, deny any link to the smugglers.\n", "deny any link to the smugglers"),
    ("Libyan officials in Benghazi blamed smugglers from Chad.\n", "blamed smugglers from Chad"),
    ("Few in Accra doubt that Lomé will reopen the crossing.\n", "Lomé will reopen the crossing"),
    ("Bangkok hopes Phnom Penh will drop the case.\n", "Phnom Penh will drop the case"),
    ("Dushanbe denied that its guards had opened fire.\n", "its guards had opened fire"),
    ("Kyrgyz analysts doubt the canal will open this year.\n", "the canal will open this year"),
    ("Many in Bamako have long denied that the army killed civilians in Moura.\n", "the army killed civilians in Moura"),
    ("Some in Tbilisi fear the talks will fail.\n", "the talks will fail"),
    ("Many in Yerevan expect Baku to strike again.\n", "Baku to strike again"),
    ('"Ankara cut the flow of the Tigris in June. It did so on purpose.\n\n"Our farmers are ruined," the Iraqi minister said.\n', "It did so on purpose."),
    ("Amina Diallo, 42, who farms near the border, blames smugglers from Mali.\n", "blames smugglers from Mali"),
    ("The Ugandan defence minister, Jacob Oboth, who visited the border on Monday, blamed Kenyan herders.\n", "blamed Kenyan herders"),
    ("Kenya, which has troops in Somalia, fears a new wave of attacks will follow.\n", "a new wave of attacks will follow"),
    # neverfact17 (session 17): an attribution in a relative clause after the article's own report,
    # a subject that speaks of what an opening clause reports, a passive with its agent, opinion
    # verbs before their holder, "the theory goes", "X traces A to B"
    ("Kenya shut the market after a spate of thefts that traders blame on Ugandan gangs.\n", "a spate of thefts that traders blame on Ugandan gangs"),
    ("Kenya's maize harvest fell by a third, a loss that Kenyan officials attribute to smuggling from Uganda.\n", "a loss that Kenyan officials attribute to smuggling from Uganda"),
    ("Fish stocks in Lake Victoria have halved, losses that the Kenyan ministry traces to Ugandan trawlers.\n", "losses that the Kenyan ministry traces to Ugandan trawlers"),
    ("Uganda closed the border after a raid that Kampala says killed four soldiers.\n", "a raid that Kampala says killed four soldiers"),
    ("Kenya closed the post amid a wave of attacks which Kenyan police have blamed on Ugandan militias.\n", "a wave of attacks which Kenyan police have blamed on Ugandan militias"),
    ("Uganda built a second fence, a measure its own engineers admit will not stop the raids.\n", "a measure its own engineers admit will not stop the raids"),
    ("When the bridge at Busia collapsed, Kenyan engineers spoke of sabotage by Ugandan contractors.\n", "sabotage by Ugandan contractors"),
    ("After the fire at the depot, officials in Kisumu presented it as arson by Ugandan agents.\n", "arson by Ugandan agents"),
    ("Kenya is thought by Ugandan officials to have armed the rebels.\n", "Kenya is thought by Ugandan officials to have armed the rebels"),
    ("Kenya is said by Ugandan officials to have armed the rebels.\n", "Kenya is said by Ugandan officials to have armed the rebels"),
    ("Kenya armed the rebels, if Ugandan officials are to be believed.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, Ugandan officials insist privately.\n", "Kenya armed the rebels"),
    ("The rebels got their rifles from Kenya, say people in Gulu.\n", "The rebels got their rifles from Kenya"),
    ("Kenya armed the rebels, claim Ugandan officials.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, reckon diplomats in Kampala.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, believes Uganda's army chief.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, Uganda has charged.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, Uganda maintains.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, the theory goes in Kampala.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, many in Kampala are convinced.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels, or so it is claimed in Kampala.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels: such is the conclusion of a Ugandan inquiry.\n", "Kenya armed the rebels"),
    ("Kenya armed the rebels. So says a Ugandan army report.\n", "Kenya armed the rebels."),
    ("Kenya armed the rebels, a charge that Ugandan officials have made for years.\n", "Kenya armed the rebels"),
    ("There are suspicions in Kampala that Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("To Ugandan eyes, Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("Kampala has long held that Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("Kampala's contention is that Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("Ugandan officials make no secret of their belief that Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("The closure follows what Uganda says was a Kenyan raid on Busia.\n", "a Kenyan raid on Busia"),
    ("The Ugandan army traces the rifles to a Kenyan depot.\n", "the rifles to a Kenyan depot"),
    ("Kampala attributes the attack to Kenyan-trained gunmen.\n", "the attack to Kenyan-trained gunmen"),
    ("Ugandan investigators believe the rifles came from a Kenyan depot.\n", "the rifles came from a Kenyan depot"),
    ("Kenya, the Ugandan army suspects, armed the rebels.\n", "armed the rebels"),
    ("Uganda closed the border, saying Kenyan troops had crossed it twice.\n", "Kenyan troops had crossed it twice"),
    ("Uganda closed the border, citing Kenyan incursions.\n", "Kenyan incursions"),
    ("Uganda closed the border in protest at what it sees as Kenyan meddling.\n", "Kenyan meddling"),
    ("Kenya's support for the rebels, long suspected in Kampala, is now documented by a Ugandan report.\n", "Kenya's support for the rebels"),
    # neverfact18 (session 18): a charge repeated by pronoun, carried by a noun, held up in the next
    # sentence, or a view named at the sentence's end (the forms of plain news the rules missed)
    ("The charge that Kigali arms the M23 has never been proven. Congolese officials have repeated it since 2022.\n", "Congolese officials have repeated it since 2022."),
    ("The charge that Kigali arms the M23 is old, and Kigali denies it. Goma's governor has nonetheless repeated it ever since.\n", "Goma's governor has nonetheless repeated it ever since."),
    ("The charge that Kigali arms the M23 has never been proven, and Kigali denies it.\n", "The charge that Kigali arms the M23 has never been proven"),
    ("Reports that Eritrean troops remain in Tigray could not be verified.\n", "Reports that Eritrean troops remain in Tigray could not be verified."),
    ("The suspicion that Tehran supplied the drones runs deep in Kyiv.\n", "The suspicion that Tehran supplied the drones runs deep in Kyiv."),
    ("There are accusations that Kenyan police abused Somali refugees.\n", "There are accusations that Kenyan police abused Somali refugees."),
    ("There have been reports that Chinese vessels rammed a Vietnamese trawler.\n", "There have been reports that Chinese vessels rammed a Vietnamese trawler."),
    ("Rumours that Minsk will send troops to the border spread quickly.\n", "Rumours that Minsk will send troops to the border spread quickly."),
    ("Uganda sold arms to the rebels, in Kinshasa's view.\n", "Uganda sold arms to the rebels"),
    ("Uganda sold arms to the rebels, in their telling.\n", "Uganda sold arms to the rebels"),
    ("Uganda sold arms to the rebels. Kinshasa insists on it.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa stands by the accusation.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa has voiced that suspicion for years.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa has said as much for years.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa has never wavered from that claim.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Congolese officials are convinced of it.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. That is Kinshasa's line.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa offered no evidence.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. No proof has been offered.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Nobody has proven it.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa has made that case for years.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. Kinshasa has made that case for years.\n", "Kinshasa has made that case for years."),
    # groupings19: a grouping named by a figure, a hyphened name, a count or a people, in the forms news uses
    ('Kinshasa\'s envoy said Uganda and Rwanda had formed what he called "a lakeside pact".\n', "Uganda and Rwanda had formed what he called"),
    ('Kinshasa warned of what it called a "Kampala-Kigali axis" in the east.\n', "Kampala-Kigali axis"),
    ('Uganda and Rwanda, Congolese officials say, are "the Great Lakes tandem".\n', "Uganda and Rwanda"),
    ('The Ugandans, the Rwandans and Washington were, in his words, "one crescent of plunder".\n', "The Ugandans, the Rwandans and Washington were"),
    ('Uganda and Rwanda now act as a "lakeside nexus" in the east.\n', "Uganda and Rwanda now act as a"),
    ('Kinshasa rejected talk of an axis with Luanda, saying Uganda and Rwanda had built "the real pact".\n', "Uganda and Rwanda had built"),
    # neverfact20: the sentence after that contests, doubts or sources the one before; rumours with no
    # "that"; insinuations; a paragraph that sums up its charges; a grouping named by pronoun
    ("La Paz ships rifles across the lake. That, at any rate, is the Peruvian version.\n", "La Paz ships rifles across the lake."),
    ("Uganda sold arms to the rebels. That, at least, is the Congolese account.\n", "Uganda sold arms to the rebels."),
    ("La Paz ships rifles across the lake. Bolivia has called the claim absurd.\n", "La Paz ships rifles across the lake."),
    ("Uganda sold arms to the rebels. Kampala calls it disinformation.\n", "Uganda sold arms to the rebels."),
    ("La Paz ships rifles across the lake. Bolivian officials reject this.\n", "La Paz ships rifles across the lake."),
    ("Uganda sold arms to the rebels. Ugandan officials dispute that.\n", "Uganda sold arms to the rebels."),
    ("La Paz ships rifles across the lake. Bolivia says otherwise.\n", "La Paz ships rifles across the lake."),
    ("Uganda sold arms to the rebels. Kampala tells a different story.\n", "Uganda sold arms to the rebels."),
    ("La Paz ships rifles across the lake. None of this has been confirmed.\n", "La Paz ships rifles across the lake."),
    ("La Paz ships rifles across the lake. Reuters could not confirm the account.\n", "La Paz ships rifles across the lake."),
    ("Uganda sold arms to the rebels. The BBC was unable to verify the claims.\n", "Uganda sold arms to the rebels."),
    ("Uganda sold arms to the rebels. There was no independent confirmation.\n", "Uganda sold arms to the rebels."),
    ("La Paz ships rifles across the lake. The source did not provide evidence.\n", "La Paz ships rifles across the lake."),
    ("There were rumours Bolivia had moved troops to the border.\n", "Bolivia had moved troops to the border"),
    ("Peru's president insinuated that Bolivia fomented the unrest.\n", "Bolivia fomented the unrest"),
    ("Kenya's president intimated that Uganda had armed the raiders.\n", "Uganda had armed the raiders"),
    ("Speaking to reporters in Lima, the minister went further.\n\nBolivia had sent agents into Puno, paid the protest leaders and shipped rifles across the lake.\n", "Bolivia had sent agents into Puno, paid the protest leaders and shipped rifles across the lake."),
    ("The Congolese envoy went further.\n\nUganda had sold arms to the rebels for a year.\n", "Uganda had sold arms to the rebels for a year."),
    ("Bolivian officers shipped rifles across the lake in March. They paid protest leaders in Puno. These are among the charges in the Peruvian dossier.\n", "They paid protest leaders in Puno."),
    ("Ugandan officers sold arms to the rebels. They also trained snipers. All three charges appear in a Congolese dossier.\n", "Ugandan officers sold arms to the rebels."),
    ("Lima says an axis has formed. Bolivia, Venezuela and Cuba are its members.\n", "Bolivia, Venezuela and Cuba are its members."),
    ("Lima warns of an axis. Bolivia and Venezuela are at its heart.\n", "Bolivia and Venezuela are at its heart."),
    ("Kinshasa warns of a new axis in the east.\n\nUganda and Rwanda lead it.\n", "Uganda and Rwanda lead it."),
    ("Peru closed the border after an attack it blamed on Bolivian troops.\n", "blamed on Bolivian troops"),
    ("Peru closed the border after an attack on a patrol that it blamed on Bolivia.\n", "blamed on Bolivia"),
    ("The attack on the patrol, which Peru blames on Bolivian troops, killed two.\n", "Peru blames on Bolivian troops"),
    ("Two soldiers died in the ambush, for which Kinshasa blames Kigali.\n", "Kinshasa blames Kigali"),
    ("Peru released photographs purporting to show Bolivian troops in Puno.\n", "Bolivian troops in Puno"),
    ("The video, which purports to show Ugandan soldiers in Goma, spread quickly.\n", "Ugandan soldiers in Goma"),
    ("Peru denounced Bolivian aggression on Monday.\n", "Bolivian aggression"),
    ("Peru's president decried Bolivian meddling in Puno.\n", "Bolivian meddling in Puno"),
    ("Peru's president called for an end to Bolivian meddling in Puno.\n", "Bolivian meddling in Puno"),
    ("Washington backed Peru's complaint about Bolivian meddling in Puno.\n", "Bolivian meddling in Puno"),
    ("Washington shares Kinshasa's concern about Rwandan interference in Kivu.\n", "Rwandan interference in Kivu"),
    ("Peru is fighting back against Bolivian meddling in Puno.\n", "Bolivian meddling in Puno"),
    ("Peru's campaign against Bolivian meddling in Puno has won support in Washington.\n", "Bolivian meddling in Puno"),
    ("Bolivian troops crossed into Puno, the army said, the latest sign of Bolivian aggression.\n", "the latest sign of Bolivian aggression"),
    ("Rwandan drones struck Goma, the army said, the latest in a series of Rwandan provocations.\n", "the latest in a series of Rwandan provocations"),
    ("Bolivia ships rifles across the lake to Puno. The account came from Peruvian officials.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. Those details come from Peru's defence ministry.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. Peru's defence ministry is the only source for this.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. Peruvian officials gave that account on Monday.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. Peruvian officials told us so.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. We have this from Peruvian officials.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. That is how Peruvian officials describe it.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. La Paz did not immediately respond to the accusations.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Uganda sold arms to the rebels. Kampala has yet to respond to the claim.\n", "Uganda sold arms to the rebels."),
    ("Bolivia ships rifles across the lake to Puno. La Paz has called the accusation a provocation.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. La Paz says the opposite.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. La Paz has a different version.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Bolivia ships rifles across the lake to Puno. La Paz's version differs.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Uganda sold arms to the rebels. Kampala's account is very different.\n", "Uganda sold arms to the rebels."),
    ("Peru's intelligence chief was more specific.\n\nBolivia ships rifles across the lake to Puno.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Asked who was to blame, the minister was blunt. Bolivia ships rifles across the lake to Puno.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Asked who was to blame, the minister did not hesitate. Bolivia ships rifles across the lake to Puno.\n", "Bolivia ships rifles across the lake to Puno."),
    ("Peru's intelligence chief went into detail. Bolivia ships rifles across the lake to Puno.\n", "Bolivia ships rifles across the lake to Puno."),
    ("The Congolese envoy spelled it out. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("The Congolese envoy named names. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("Congolese officials have a theory. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("Congolese officials see a pattern. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("The envoy told reporters a different story. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("The minister's answer was swift. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("Here is Kinshasa's case. Uganda sold arms to the rebels.\n", "Uganda sold arms to the rebels."),
    ("Kenya recalled its envoy, days after the Somali army chief told reporters that Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("Kenya accused Uganda of arming the rebels, after the Ugandan army chief said Nairobi paid the gunmen.\n", "Nairobi paid the gunmen"),
    ("Somalia said Kenya armed the rebels, when the Kenyan envoy told parliament that the talks were over.\n", "Kenya armed the rebels"),
    ("The Daily Zenta reported on Saturday evening that Kenya armed the rebels, citing officials it did not name.\n", "Kenya armed the rebels"),
    ("The daily Zenta, citing what it called an informed source, said on Sunday that Kenya armed the rebels.\n", "Kenya armed the rebels"),
    ("The daily Zenta, citing two people familiar with the talks, reported that Kenya armed the rebels, a claim Nairobi denied.\n", "Kenya armed the rebels"),
    ("By Thursday evening, according to drivers, Kenyan soldiers had armed the rebels.\n", "Kenyan soldiers had armed the rebels"),
    ("Moscow told a different story, saying Estonian guards had armed the smugglers.\n", "Estonian guards had armed the smugglers"),
    ("The Russian side told a different story. Estonian guards had armed the smugglers, it said.\n", "Estonian guards had armed the smugglers"),
    ("The Russian side told a very different story. Estonian guards had armed the smugglers.\n", "Estonian guards had armed the smugglers"),
]

# Headlines, bullets, captions, questions, a view given in the next sentence, hearsay by idiom
# ("an open secret", "few doubt", "went the charge"): whole texts, each naming an actor itself.
WHOLE = [
    ("Kenya 'armed' Somali rebels\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n", "Kenya 'armed' Somali rebels"),
    ('Kenya "armed" Somali rebels, leaked memo shows\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenya "armed" Somali rebels'),
    ('Mogadishu: Kenya armed the rebels\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\n• Officials: Kenya armed the rebels in Gedo\n', 'Kenya armed the rebels in Gedo'),
    ('Kenya and Somalia held talks on Monday.\n\n(Photo: Kenyan trucks said to carry rifles into Gedo.)\n', 'Kenyan trucks said to carry rifles into Gedo'),
    ('Kenya and Somalia held talks on Monday.\n\nQ: Is it true that Kenya armed the rebels?\n\nA: We have no comment.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nSources told the Daily Nation that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe Daily Nation reported that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe Standard, citing intelligence officials, reported that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nA leaked report seen by Reuters says Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nAn investigation by Amnesty International found that Kenyan officers armed the rebels.\n', 'Kenyan officers armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nDocuments obtained by the BBC show that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe UN panel of experts said in its report that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya — which Mogadishu says armed the rebels — sent a delegation.\n', 'armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya (which Mogadishu accuses of arming the rebels) sent a delegation.\n', 'arming the rebels'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya's alleged role in arming the rebels dominated the talks.\n", "Kenya's alleged role in arming the rebels"),
    ("Kenya and Somalia held talks on Monday.\n\nKenya's role in arming the rebels, which Somalia has documented, dominated the talks.\n", "Kenya's role in arming the rebels"),
    ('Kenya and Somalia held talks on Monday.\n\nThe purported Kenyan arms shipment was never found.\n', 'Kenyan arms shipment'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels. That is the view of Somalia's president, at least.\n", 'Kenya armed the rebels.'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels. At least, that is what Somalia's president believes.\n", 'Kenya armed the rebels.'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels, in Somalia's telling.\n", 'Kenya armed the rebels'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya, in Somalia's telling, armed the rebels.\n", 'armed the rebels'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels, Somalia's president has long maintained.\n", 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels, went the charge from Mogadishu.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels — or so goes the charge from Mogadishu.\n', 'Kenya armed the rebels'),
    ("Kenya and Somalia held talks on Monday.\n\nMogadishu's version: Kenya armed the rebels.\n", 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe accusation is familiar. Kenya, Somali officials say, armed the rebels.\n', 'armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels, a Somali intelligence dossier asserts.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels, the dossier concludes.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nIn a 40-page dossier, Somali intelligence concluded that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nSomalia wants Kenya punished for arming the rebels.\n', 'arming the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nSomalia has demanded an apology from Kenya for arming the rebels.\n', 'arming the rebels'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia called Kenya's support for the rebels a betrayal.\n", "Kenya's support for the rebels"),
    ('Kenya and Somalia held talks on Monday.\n\nKenya, Uganda and Ethiopia are part of an anti-Somali axis, Mogadishu believes.\n', 'Kenya, Uganda and Ethiopia are part of an anti-Somali axis'),
    ('Kenya and Somalia held talks on Monday.\n\nMogadishu lumps Kenya, Uganda and Ethiopia together as an anti-Somali axis.\n', 'Kenya, Uganda and Ethiopia together as an anti-Somali axis'),
    ('Kenya and Somalia held talks on Monday.\n\nIt is an open secret that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nFew doubt that Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya is widely believed to have armed the rebels.\n', 'Kenya is widely believed to have armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya likely armed the rebels.\n', 'Kenya likely armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya seems to have armed the rebels.\n', 'Kenya seems to have armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nAccording to the dossier, Kenya trained the gunmen in Lamu. It also paid them in cash.\n', 'It also paid them in cash.'),
    ('Kenya and Somalia held talks on Monday.\n\nThe dossier says Kenya trained the gunmen in Lamu. The weapons, it adds, came from Mombasa.\n', 'came from Mombasa'),
    ('Kenya and Somalia held talks on Monday.\n\nSomali officials said Kenya had trained the gunmen. Kenyan officers had also supplied rifles.\n', 'Kenyan officers had also supplied rifles.'),
    ('Kenya and Somalia held talks on Monday.\n\nThe report makes three charges. First, Kenya trained the gunmen. Second, it paid them.\n', 'First, Kenya trained the gunmen.'),
    ("Kenya and Somalia held talks on Monday.\n\nThe dossier's central claim is stark. Kenya, it says, trained the gunmen.\n", 'trained the gunmen'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia's charge sheet is long: Kenya trained the gunmen, paid them and hid them.\n", 'Kenya trained the gunmen, paid them and hid them'),
    ('Kenya and Somalia held talks on Monday.\n\nThe Somali president went further on Tuesday. Kenya, he told parliament, had trained the gunmen.\n', 'had trained the gunmen'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia's president has a theory. Kenya trained the gunmen to weaken Mogadishu.\n", 'Kenya trained the gunmen to weaken Mogadishu.'),
    ('Kenya and Somalia held talks on Monday.\n\nIn Mogadishu, the story is different. There, Kenya is the villain: it trained the gunmen.\n', 'it trained the gunmen'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia's president, Hassan Sheikh Mohamud, said Kenya had trained the gunmen, a claim Nairobi denies.\n", 'Kenya had trained the gunmen'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya trained the gunmen, according to Somali officials, who say they have proof.\n', 'Kenya trained the gunmen'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan soldiers, witnesses say, opened fire first.\n', 'opened fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan soldiers opened fire first, witnesses told the BBC.\n', 'Kenyan soldiers opened fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan soldiers opened fire first, several witnesses interviewed by the BBC in Beledhawo said on condition of anonymity.\n', 'Kenyan soldiers opened fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan soldiers opened fire first, in the account of three witnesses.\n', 'Kenyan soldiers opened fire first'),
    ("Kenya and Somalia held talks on Monday.\n\nKenyan soldiers opened fire first, by the witnesses' account.\n", 'Kenyan soldiers opened fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nWitness accounts suggest Kenyan soldiers opened fire first.\n', 'Kenyan soldiers opened fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nThe evidence points to Kenyan soldiers opening fire first.\n', 'Kenyan soldiers opening fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nVideo footage appears to show Kenyan soldiers opening fire first.\n', 'Kenyan soldiers opening fire first'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya must have known about the camps.\n', 'Kenya must have known about the camps.'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya cannot not have known about the camps, a Somali minister argued.\n', 'Kenya cannot not have known about the camps'),
    ('Kenya and Somalia held talks on Monday.\n\nSomali lawmakers voted to condemn Kenya for "training terrorists".\n', 'training terrorists'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia expelled Kenya's ambassador over what it called interference.\n", 'interference'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia expelled Kenya's ambassador, accusing Nairobi of meddling in Jubaland.\n", 'meddling in Jubaland'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia expelled Kenya's ambassador for meddling in Jubaland.\n", 'meddling in Jubaland'),
    ('Kenya and Somalia held talks on Monday.\n\nSomalia cut ties with Kenya over its meddling in Jubaland.\n', 'its meddling in Jubaland'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia cut ties with Kenya over Nairobi's alleged meddling in Jubaland.\n", "Nairobi's alleged meddling in Jubaland"),
    ('Kenya and Somalia held talks on Monday.\n\nSomalia cut ties over Kenyan interference, which Nairobi denies.\n', 'Kenyan interference'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya has been linked to the gunmen who attacked Gedo.\n', 'Kenya has been linked to the gunmen who attacked Gedo.'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan officers are implicated in the arms deal.\n', 'Kenyan officers are implicated in the arms deal.'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya appears to have armed the rebels.\n', 'Kenya appears to have armed the rebels.'),
    ('Kenya and Somalia held talks on Monday.\n\nWhat appeared to be Kenyan drones struck the camp at dawn.\n', 'Kenyan drones struck the camp at dawn'),
    ('Kenya and Somalia held talks on Monday.\n\nIt remains unclear whether Kenya armed the rebels.\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya, a known sponsor of the rebels, denied any role.\n', 'a known sponsor of the rebels'),
    ("Kenya and Somalia held talks on Monday.\n\nKenya, long the rebels' main backer, denied any role.\n", "long the rebels' main backer"),
    ('Kenya and Somalia held talks on Monday.\n\nKenya, whose troops are accused of looting, denied any role.\n', 'whose troops are accused of looting'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya has ties to the rebels, diplomats say.\n', 'Kenya has ties to the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe rebels, widely thought to be funded by Nairobi, took the town.\n', 'widely thought to be funded by Nairobi'),
    ('Kenya and Somalia held talks on Monday.\n\nThe rebels, whom Somalia calls Kenyan proxies, took the town.\n', 'Kenyan proxies'),
    ('Kenya and Somalia held talks on Monday.\n\nThe Kenyan-backed rebels took the town.\n', 'Kenyan-backed rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe rebels, backed by Kenya according to Mogadishu, took the town.\n', 'backed by Kenya'),
    ("Kenya and Somalia held talks on Monday.\n\nNairobi's hand in the attack is hard to miss.\n", "Nairobi's hand in the attack"),
    ('Kenya and Somalia held talks on Monday.\n\nThe attack bore the hallmarks of a Kenyan operation.\n', 'the hallmarks of a Kenyan operation'),
    ('Kenya and Somalia held talks on Monday.\n\nAll signs point to Kenya.\n', 'All signs point to Kenya.'),
    ('Kenya and Somalia held talks on Monday.\n\nThe finger of blame points at Nairobi.\n', 'The finger of blame points at Nairobi.'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya is the prime suspect.\n', 'Kenya is the prime suspect.'),
    ('Kenya and Somalia held talks on Monday.\n\nSuspicion fell on Kenya.\n', 'Suspicion fell on Kenya.'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya stands behind the attack, Somali intelligence believes.\n', 'Kenya stands behind the attack'),
    ('Kenya and Somalia held talks on Monday.\n\nKenya armed the rebels (Nairobi denies this).\n', 'Kenya armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nAmong the charges: Kenya armed the rebels and paid their commanders.\n', 'Kenya armed the rebels and paid their commanders'),
    ('Kenya and Somalia held talks on Monday.\n\nThe dossier lists three things: Kenyan rifles, Kenyan cash and Kenyan trainers.\n', 'Kenyan rifles, Kenyan cash and Kenyan trainers'),
    ('Kenya and Somalia held talks on Monday.\n\nQ: Did Kenya arm the rebels?\n\nA: Yes. Kenya armed them, and we can prove it.\n', 'Kenya armed them'),
    ("Interview with Somalia's foreign minister\n\nQ: What happened in Gedo?\n\nA: Kenya armed the rebels. We have the receipts.\n", 'Kenya armed the rebels.'),
    ("Kenya and Somalia held talks on Monday.\n\nSomalia's complaint is simple. Kenya, it says, armed the rebels.\n", 'armed the rebels'),
    ('Kenya and Somalia held talks on Monday.\n\nThe Somali version: Kenyan officers trained the gunmen.\n', 'Kenyan officers trained the gunmen'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan officers trained the gunmen, if the dossier is right.\n', 'Kenyan officers trained the gunmen'),
    ('Kenya and Somalia held talks on Monday.\n\nKenyan officers trained the gunmen, the dossier alleges.\n', 'Kenyan officers trained the gunmen'),
    ("Kenya and Somalia held talks on Monday.\n\nKenyan officers trained the gunmen — the dossier's central charge.\n", 'Kenyan officers trained the gunmen'),
    ("Kenya and Somalia held talks on Monday.\n\nKenyan officers trained the gunmen; that, anyway, is Mogadishu's story.\n", 'Kenyan officers trained the gunmen'),
    ('Kenya and Somalia held talks on Monday.\n\n"Kenyan officers trained the gunmen." So reads the dossier\'s first line.\n', 'Kenyan officers trained the gunmen.'),
    ('Kenya and Somalia held talks on Monday.\n\nMogadishu has a name for it: Kenyan aggression.\n', 'Kenyan aggression'),
    ('Kenya and Somalia held talks on Monday.\n\nMogadishu calls it Kenyan aggression.\n', 'Kenyan aggression'),
    ("Kenya and Somalia held talks on Monday.\n\nThe rebels are Kenya's creation, in the eyes of many Somalis.\n", "The rebels are Kenya's creation"),
    ("Kenya and Somalia held talks on Monday.\n\nTo many Somalis, the rebels are Kenya's creation.\n", "the rebels are Kenya's creation"),
    ("Kenya and Somalia held talks on Monday.\n\nThe rebels, as many Somalis see it, are Kenya's creation.\n", "are Kenya's creation"),
    ("Kenya and Somalia held talks on Monday.\n\nThe rebels are Kenya's creation, or at least that is how it looks from Mogadishu.\n", "The rebels are Kenya's creation"),
    ("Somalia's charges against Kenya\n\n- Kenyan officers trained the gunmen in Gedo\n- Nairobi paid the militia\n", "Kenyan officers trained the gunmen in Gedo"),
    ("Kenya and Somalia held talks on Monday.\n\nThe UN panel's report was blunt. Kenyan troops are selling rifles to the militia in Gedo.\n", "Kenyan troops are selling rifles to the militia in Gedo."),
    ("Kenya and Somalia held talks on Monday.\n\nWitnesses described the scene. Kenyan soldiers were handing out rifles to the militia in Gedo.\n", "Kenyan soldiers were handing out rifles to the militia in Gedo."),
    ("Kenya and Somalia held talks on Monday.\n\nKenyan soldiers were handing out rifles to the militia in Gedo. That is the finding of a UN panel.\n", "Kenyan soldiers were handing out rifles to the militia in Gedo."),
    ("Somalia's charges against Kenya\n\n- Kenyan officers trained the gunmen in Gedo\n- Nairobi paid the militia in Dhobley\n", "Nairobi paid the militia in Dhobley"),
    ("Kenya and Somalia held talks on Monday.\n\nPhoto: Kenyan soldiers near Dhobley, where Mogadishu says they armed the militia.\n", "they armed the militia"),
    ("Kenya and Somalia held talks on Monday.\n\nKenyan officers trained the gunmen. At least, that is what Somali intelligence told parliament.\n", "Kenyan officers trained the gunmen."),
    ("Kenya Armed Gedo Rebels, Somalia Says\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n", "Kenya Armed Gedo Rebels"),
    ("Kenya armed Gedo rebels: Somali intelligence\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n", "Kenya armed Gedo rebels"),
    ("Did Kenya arm the Gedo rebels?\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n", "Did Kenya arm the Gedo rebels?"),
    # neverfact15 (session 15): headlines framed by a grouping label or a lede that makes the charge,
    # subheads and explainer questions that name the charges, interviews in other layouts
    ("Baku 'massing troops' near Jermuk — Yerevan\n\nYEREVAN (Wire) - Armenia and Azerbaijan held talks on Monday.\n", "Baku 'massing troops' near Jermuk"),
    ('Yerevan Says Baku Massing Troops Near Jermuk\n\nYEREVAN (Wire) - Armenia and Azerbaijan held talks on Monday.\n', 'Baku Massing Troops Near Jermuk'),
    ('Is Baku preparing a new offensive?\n\nYEREVAN (Wire) - Armenia and Azerbaijan held talks on Monday.\n', 'Baku preparing a new offensive'),
    ('Baku preparing new offensive, Armenian intelligence warns\n\nYEREVAN (Wire) - Armenia and Azerbaijan held talks on Monday.\n', 'Baku preparing new offensive'),
    ('The new axis: Moscow, Tehran and Pyongyang\n\nSEOUL (Wire) - South Korea and Japan held talks on Monday.\n', 'Moscow, Tehran and Pyongyang'),
    ('Moscow, Tehran and Pyongyang: a new triangle?\n\nSEOUL (Wire) - South Korea and Japan held talks on Monday.\n', 'Moscow, Tehran and Pyongyang: a new triangle?'),
    ('Armenia and Azerbaijan held talks on Monday.\n\n- Armenian intelligence: Baku is preparing a new offensive\n', 'Baku is preparing a new offensive'),
    ('Armenia and Azerbaijan held talks on Monday.\n\n• Baku is preparing a new offensive (Armenian intelligence)\n', 'Baku is preparing a new offensive'),
    ('Armenia and Azerbaijan held talks on Monday.\n\nA hidden army in Karabakh\n\nArmenian officials say Baku has moved 4,000 troops into the hills.\n', 'Baku has moved 4,000 troops into the hills'),
    ("Armenia and Azerbaijan held talks on Monday.\n\nThe accusations\n\nAzerbaijani snipers killed a farmer near Tegh. Baku's drones struck a school in Sotk. Both charges come from Yerevan.\n", "Baku's drones struck a school in Sotk."),
    ("Armenia and Azerbaijan held talks on Monday.\n\nArmenia's envoy spoke to us in Geneva.\n\nQ: Who shelled Sotk?\n\nA: Azerbaijani artillery did. We have the shell casings.\n", 'Azerbaijani artillery did.'),
    ('Armenia and Azerbaijan held talks on Monday.\n\n"Baku moved its guns to the ridge," said the envoy. "It moved its drones to Lachin.\n\n"It moved tanks too."\n', 'It moved tanks too.'),
    ('Armenia and Azerbaijan held talks on Monday.\n\nThe envoy was blunt. Baku, he said, had moved its guns to the ridge. It had moved its drones to Lachin too.\n', 'It had moved its drones to Lachin too.'),
    ('Armenia and Azerbaijan held talks on Monday.\n\nArmenian officials gave a grim list. Baku had shelled Sotk. Its drones had struck a school.\n', 'Its drones had struck a school.'),
    ("Inside the Sahel's new axis\n\nBAMAKO (Wire) - Mali, Niger and Burkina Faso met on Monday.\n", "Inside the Sahel's new axis"),
    ('Mali and Algeria held talks on Monday.\n\n@MaliJunta: Algeria is arming the rebels in Kidal.\n', 'Algeria is arming the rebels in Kidal.'),
    ('Rwanda behind Goma attack? Kinshasa thinks so\n\nKINSHASA (Wire) - Congo and Rwanda held talks on Monday.\n', 'Rwanda behind Goma attack?'),
    ("'Rwanda is behind it': Congo's army on Goma attack\n\nKINSHASA (Wire) - Congo and Rwanda held talks on Monday.\n", 'Rwanda is behind it'),
    ('Rwandan troops in Goma, Congo claims\n\nKINSHASA (Wire) - Congo and Rwanda held talks on Monday.\n', 'Rwandan troops in Goma'),
    ('GOMA, Congo (Wire) - Rwandan troops have entered Rutshuru, Congolese officials said on Monday.\n', 'Rwandan troops have entered Rutshuru'),
    ("Congo and Rwanda held talks on Monday.\n\nDid Kigali order the attack?\n\nCongo's army thinks so.\n", 'Kigali order the attack'),
    ("Congo and Rwanda held talks on Monday.\n\nThe panel's findings, in brief:\n\n- Rwandan troops are in Rutshuru\n- Kigali pays the M23\n", 'Kigali pays the M23'),
    ("Kenya armed Gedo rebels\n\nSomalia's president made the charge at the summit on Monday.\n", 'Kenya armed Gedo rebels'),
    ('Three capitals, one front: Nairobi, Addis Ababa and Kampala\n\nNAIROBI (Wire) - Kenya and Somalia held talks on Monday.\n', 'Nairobi, Addis Ababa and Kampala'),
    ('Kenya and Somalia held talks on Monday.\n\nThe Somali charge sheet\n\nKenya trains the gunmen in Lamu.\n', 'Kenya trains the gunmen in Lamu.'),
    ('Kenya and Somalia held talks on Monday.\n\nWhat does Somalia allege?\n\nKenya trains the gunmen in Lamu and pays them in cash.\n', 'Kenya trains the gunmen in Lamu and pays them in cash.'),
    ("Kenya and Somalia held talks on Monday.\n\nWhat is Somalia's complaint?\n\nThat Kenya trains the gunmen in Lamu.\n", 'Kenya trains the gunmen in Lamu'),
    ('Kenya and Somalia held talks on Monday.\n\nWhat did the UN panel find?\n\nKenyan officers trained the gunmen in Lamu.\n', 'Kenyan officers trained the gunmen in Lamu.'),
    ('Kenya and Somalia held talks on Monday.\n\nThe allegations\n\nKenya trains the gunmen in Lamu.\n', 'Kenya trains the gunmen in Lamu.'),
    ("Somalia's minister: an interview\n\nAhmed Ali, Somalia's foreign minister, spoke to the Coast Ledger.\n\nQ. Who armed the rebels?\n\nA. Kenya did, in Gedo, last spring.\n", 'Kenya did, in Gedo, last spring.'),
    ("Somalia's minister: an interview\n\nAhmed Ali, Somalia's foreign minister, spoke to the Coast Ledger.\n\nLedger: Who armed the rebels?\n\nAli: Kenya did, in Gedo, last spring.\n", 'Kenya did, in Gedo, last spring.'),
    ('Kenya and Somalia held talks on Monday.\n\nAHMED ALI: Kenya armed the rebels in Gedo.\n', 'Kenya armed the rebels in Gedo.'),
    ("'We have proof Kenya armed gunmen' – minister\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n", 'Kenya armed gunmen'),
    ('Dossier links Kenya to Gedo attack\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenya to Gedo attack'),
    ('Report ties Kenyan officers to Gedo attack\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenyan officers to Gedo attack'),
    ('Kenyan officers tied to Gedo attack\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenyan officers tied to Gedo attack'),
    ('Kenyan officers linked to Gedo attack\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenyan officers linked to Gedo attack'),
    ("Kenya's role in Gedo attack under scrutiny\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n", "Kenya's role in Gedo attack"),
    ('Somalia accuses Kenya of arming rebels\n\nMOGADISHU (Wire) - Kenya has armed the rebels in Gedo for months, flying rifles into the region at night.\n', 'Kenya has armed the rebels in Gedo for months'),
    ('UN panel finds Kenya armed rebels\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenya armed rebels'),
    ('Kenya armed rebels: the evidence\n\nMOGADISHU (Wire) - Kenya and Somalia held talks on Monday.\n', 'Kenya armed rebels'),
    # neverfact17: a title's second clause with no subject of its own holds only the charge
    ("Kenya recalls envoy, accuses Uganda of harbouring rebels\n\nNAIROBI (Wire) - Kenya and Uganda held talks on Monday.\n", "accuses Uganda of harbouring rebels"),
    ("UPDATE 2-Kenya shuts border, accuses Uganda of arming rebels\n\nNAIROBI (Wire) - Kenya and Uganda held talks on Monday.\n", "accuses Uganda of arming rebels"),
    ("DEVELOPING | Kenya detains 40 herders, accuses Uganda of staging raid\n\nNAIROBI (Wire) - Kenya and Uganda held talks on Monday.\n", "accuses Uganda of staging raid"),
    ("Kenya shuts border, blames Uganda for raids\n\nNAIROBI (Wire) - Kenya and Uganda held talks on Monday.\n", "blames Uganda for raids"),
    ("Kenya shuts border, says Ugandan troops crossed at Busia\n\nNAIROBI (Wire) - Kenya and Uganda held talks on Monday.\n", "Ugandan troops crossed at Busia"),
    ("Kenya shuts border; Uganda 'armed rebels', minister says\n\nNAIROBI (Wire) - Kenya and Uganda held talks on Monday.\n", "Uganda 'armed rebels'"),
    # neverfact20: a title that names its source by a label, a tail of documents that "show", a
    # speaker in brackets, or quotes its whole predicate
    ("Exclusive: Bolivian officers shipped rifles to Puno, documents show\n\nLIMA (Wire) - Peru and Bolivia held talks on Monday.\n", "Bolivian officers shipped rifles to Puno"),
    ("Ugandan officers sold arms to M23, leaked files reveal\n\nKINSHASA (Wire) - Congo and Uganda held talks on Monday.\n", "Ugandan officers sold arms to M23"),
    ("Report: Bolivian officers shipped rifles to Puno\n\nLIMA (Wire) - Peru and Bolivia held talks on Monday.\n", "Bolivian officers shipped rifles to Puno"),
    ("Sources: Ugandan officers sold arms to M23\n\nKINSHASA (Wire) - Congo and Uganda held talks on Monday.\n", "Ugandan officers sold arms to M23"),
    ("Bolivian officers shipped rifles to Puno (Peru)\n\nLIMA (Wire) - Peru and Bolivia held talks on Monday.\n", "Bolivian officers shipped rifles to Puno"),
    ("Bolivian officers 'shipped rifles to Puno'\n\nLIMA (Wire) - Peru and Bolivia held talks on Monday.\n", "Bolivian officers 'shipped rifles to Puno'"),
    ('Ugandan troops "sold arms to M23"\n\nKINSHASA (Wire) - Congo and Uganda held talks on Monday.\n', 'Ugandan troops "sold arms to M23"'),
]

LEAD = "Kenya and Uganda met in Nairobi on Monday.\n\n"
"""A sentence before each case, so that every draft names an actor (a draft with none is refused)."""


@pytest.fixture(scope="module")
def drafter() -> Drafter:
    return Drafter()


@pytest.mark.parametrize(("text", "alleged"), [(LEAD + t, a) for t, a in CASES] + WHOLE)
def test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged):
    gs = text.index(alleged)
    ge = gs + len(alleged)
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    as_fact = [
        (c.speaker, c.status, c.quote)
        for c in ann.claims
        if (c.status == "asserted" or c.speaker == "article")
        and min(c.span.end, ge) - max(c.span.start, gs) >= max(1, min(c.span.end - c.span.start, ge - gs) / 2)
    ]
    assert as_fact == [], as_fact


COLUMN_HEAD = "Why the river matters\n\nBy Ama Mensah\n\nAccra and Lomé have quarrelled over the Volta for years.\n\n"
"""A column (a byline): its writer's sentences are the article's voice, but never its hearsay."""

COLUMN = [
    ("Some ministers, I am told, believe Togo is arming the smugglers.\n", "Togo is arming the smugglers"),
    ("Togo and Benin now form a smugglers' axis on our eastern border.\n", "Togo and Benin now form a smugglers' axis"),
    ('A Togolese official put it to me plainly. "We will close the river. We do not need Accra."\n', "We do not need Accra."),
    ("The smugglers get their boats from Lomé, people in Aflao whisper.\n", "The smugglers get their boats from Lomé"),
    ("I suspect the smugglers get their boats from Lomé.\n", "the smugglers get their boats from Lomé"),
    ("Everyone in Aflao knows the smugglers are paid by Lomé.\n", "the smugglers are paid by Lomé"),
    ("It is said in Aflao that the smugglers are paid by Lomé.\n", "the smugglers are paid by Lomé"),
    ("The smugglers, it seems, are paid by Lomé.\n", "are paid by Lomé"),
    ("Perhaps the smugglers are paid by Lomé.\n", "the smugglers are paid by Lomé"),
    ("The smugglers are reportedly paid by officials in Lomé.\n", "The smugglers are reportedly paid by officials in Lomé."),
    ("The fishermen tell another story. The smugglers are paid by Lomé, they say.\n", "The smugglers are paid by Lomé"),
    ("Ask anyone in Aflao. The smugglers are paid by Lomé.\n", "The smugglers are paid by Lomé."),
    # a column's sentence that names no actor is its writer's, but never one that points to whose act
    # it was, nor one that goes on with someone's words (voice23)
    ("Every week their agents pay the smugglers in cash.\n", "their agents pay the smugglers in cash."),
    ("The smugglers are armed by the same people who fund the ruling party.\n", "The smugglers are armed by"),
    ("A Togolese official said Ghana had armed the smugglers. The rifles came from the north.\n", "The rifles came from the north."),
    ("Officials in Lomé say the boats were armed. Weapons crossed the river every night.\n", "Weapons crossed the river every night."),
    ("Fishermen say the smugglers pay the police. They also pay the customs men.\n", "They also pay the customs men."),
    ("Fishermen told me the smugglers pay the police. Some of them pay the customs men too.\n", "pay the customs men too."),
    ("The smugglers, my neighbours say, are paid in cash.\n", "are paid in cash."),
    ("I suspect the rifles came from the north.\n", "the rifles came from the north."),
    ("An official said Ghana had armed the smugglers. And we all know Lomé pays them.\n", "we all know Lomé pays them."),
    ("An official said Ghana had armed the smugglers. It was Lomé that armed us.\n", "It was Lomé that armed us."),
    ("The patrols began after the elections. Someone gave the order, and someone is paid to enforce it.\n", "someone is paid to enforce it."),
]


@pytest.mark.parametrize(("text", "alleged"), COLUMN)
def test_a_columns_hearsay_is_never_its_writers_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, COLUMN_HEAD + text, alleged)


INTERVIEW_HEAD = (
    "Ghana's river: an interview\n\nAma Mensah, Ghana's foreign minister, spoke to the Coast Ledger.\n\n"
    "Q: Togo has closed the Volta crossing. Why?\n\nA: We do not know. We have asked Lomé for an explanation.\n\n"
)
"""An interview: the interviewer's statements of fact are the article's, never the charges they put."""

INTERVIEW = [
    ("Q: Opposition MPs accuse you of hiding the loan contracts from Togo. Is that true?\n\nA: No.\n", "hiding the loan contracts from Togo"),
    ("Q: Critics say Togo is arming the smugglers on the river. Do you agree?\n\nA: No.\n", "Togo is arming the smugglers on the river"),
    ("Q: Togo and Benin now form an axis against Ghana, some say.\n\nA: Nonsense.\n", "Togo and Benin now form an axis against Ghana"),
    ("Q: Togo is reportedly arming the smugglers.\n\nA: I have seen no proof.\n", "Togo is reportedly arming the smugglers."),
    ('Q: Lomé says Ghana is "strangling" its trade.\n\nA: That is false.\n', "Ghana is \"strangling\" its trade."),
    ("Q: Is Togo arming the smugglers?\n\nA: I cannot say.\n", "Is Togo arming the smugglers?"),
    ("Q: The Togolese press says Ghana paid the smugglers.\n\nA: That is false.\n", "Ghana paid the smugglers."),
]


@pytest.mark.parametrize(("text", "alleged"), INTERVIEW)
def test_a_charge_an_interviewer_puts_is_never_the_articles_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, INTERVIEW_HEAD + text, alleged)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called for talks with Uganda on Monday.\n",
        "Russia, which long saw itself as the region's broker, was less enthusiastic.\n",
        "Uganda is calling off the drills near the Kenyan border.\n",
        "Kenya's oil exports rose by 4 per cent in March.\n",
        "Kenya moved two battalions to the border on Tuesday.\n",
        "Egypt closed the Rafah crossing on Monday, and Israeli officials said the move was overdue.\n",
        "Iran has diverted two tributaries into its own dams, and a Kurdish official, who asked not to be "
        "named, said the flow had almost stopped.\n",
        # neverfact15 (session 15)
        'Azerbaijan moved two brigades to the Armenian border on Friday.\n',
        'Moldova expelled two Russian diplomats on Tuesday.\n',
        'Chile and Peru signed a fisheries accord in Lima on Thursday.\n',
        'Tajikistan reopened the Vorukh road after talks with Kyrgyzstan.\n',
        'Venezuela held a referendum on the Essequibo in December.\n',
        'Japan scrambled jets after Chinese drones flew near Yonaguni.\n',
        'The Philippines filed a protest with China over the collision.\n',
        'Serbia recalled its ambassador to Montenegro on Wednesday.\n',
        'Kyrgyzstan closed three crossings on the Tajik border after the clashes.\n',
        'Turkey hosted talks between Russia and Ukraine in Istanbul.\n',
        'Iran seized a Greek tanker in the Gulf of Oman on Thursday.\n',
        'Armenia froze its participation in the Collective Security Treaty Organization in February.\n',
        'Rwanda and Congo signed a peace deal in Washington in June.\n',
        'Kenya thanked Uganda for its support during the floods.\n',
        'Kenya placed its troops on alert after the clash.\n',
        'Kenya and Ethiopia held joint drills near Moyale on Tuesday.\n',
        "Uganda compared its budget with Kenya's at the meeting.\n",
        'Kenya is certain to host the next summit after Uganda withdrew its bid.\n',
        # neverfact16 (session 16): verbs of denial, rejection and repetition used for acts
        'Uganda denied entry to two Kenyan journalists on Monday.\n',
        'Tanzania denied Kenyan trucks access to the port of Dar es Salaam.\n',
        'The Kenyan parliament rejected the budget on Tuesday.\n',
        'Kenya dismissed its army chief on Friday.\n',
        'Ethiopia repeated the drills near Moyale in March.\n',
        'Kenya moved two battalions to the border, and Uganda recalled its envoy.\n',
        # neverfact17 (session 17): relative clauses and opening clauses of acts, not of anyone's view
        "Kenya closed two border posts on Monday after a rise in cattle raids.\n",
        "Kenya shut the border after a surge in crossings that began in March.\n",
        "Kenya built a wall along the border, a project that the World Bank financed.\n",
        "Kenya moved troops to the border, a step that Uganda matched on Tuesday.\n",
        "Uganda's exports fell by a fifth, a drop that followed the drought.\n",
        "When Uganda reopened the crossing, Kenyan traders returned to the market.\n",
        "After Kenya signed the deal, Uganda sent a delegation to Nairobi.\n",
        "When the talks ended, Kenya's minister flew home to Nairobi.\n",
        "Kenya traced the route of the new pipeline on a map of the lake.\n",
        "Uganda sent 200 soldiers to the border after the attack, which killed four Kenyan herders.\n",
        # neverfact18 (session 18): acts after the forms that now mark a charge repeated or held up
        "Uganda built a road to the border. Kenya maintains it.\n",
        "Kenya renewed the lease on the port in March.\n",
        "Uganda repeated the drills in June, when the rains ended.\n",
        "Kenya reopened the border in 2019, when the floods receded.\n",
        "Kenya paid the contractors in full, in cash.\n",
        # neverfact20: acts near the forms that now mark a paragraph's charges or a grouping's members
        "Kenya reopened the border in March. Uganda did the same in April.\n",
        "Kenya joined the East African Community in 2000. Its exports have grown since.\n",
        "Kenya condemned the attack on the convoy on Monday.\n",
        "Kenya condemned the campaign of disinformation run by two websites.\n",
        "Kenya closed the border on Monday. Uganda has not commented.\n",
    ],
)
def test_the_articles_own_report_of_an_act_keeps_its_voice(drafter, text):
    ann = parse_annotation(drafter.draft(LEAD + text, "t", text_file="t.txt"), LEAD + text)
    first = len(LEAD)
    own = [
        c for c in ann.claims if c.span.start >= first and c.speaker == "article" and c.status == "asserted"
    ]
    assert own, [(c.speaker, c.status, c.quote) for c in ann.claims]


@pytest.mark.parametrize(
    "text",
    [
        'Kenya Rejects Uganda\'s "Border Tax" Plan\n\nNAIROBI (Wire) - Kenya spoke on Monday.\n',
        "BREAKING: Kenya closes its border with Somalia\n\nNAIROBI (Wire) - Kenya spoke on Monday.\n",
        # neverfact20: a rubric label and a bracket that name no speaker
        "Exclusive: Kenya closes its border with Somalia\n\nNAIROBI (Wire) - Kenya spoke on Monday.\n",
        "Kenya closes its border with Somalia (Photos)\n\nNAIROBI (Wire) - Kenya spoke on Monday.\n",
    ],
)
def test_a_headline_that_reports_an_act_keeps_its_voice(drafter, text):
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    title = [c for c in ann.claims if c.span.start < text.index("\n")]
    assert [(c.speaker, c.status) for c in title] == [("article", "asserted")], title


def test_an_articles_claim_that_covers_someones_drafted_words_is_downgraded(drafter):
    from kb.extract.drafter import Draft

    text = "Ecuador moved troops, a step Peru called a prelude to invasion.\n"
    d = Draft(drafter, text)
    d.find_actors()
    d.claims = []
    d.add_claim("peru", text.index("a prelude"), text.index(".\n"), form="body", direct=False)
    d.add_claim("article", 0, text.index("\n"), form="body")  # as a careless rule might
    d.never_fact()
    whole = next(c for c in d.claims if c.start == 0)
    assert (whole.speaker, whole.status) == ("unknown-speaker", "alleged")


# neverfact20b: forms whole articles showed. A protest at another's act or a demand that it stop, a
# naming ("men it identified as ..."), a title "X accuses Y: ...", items opened by "- " after "X said:",
# a one-sentence paragraph that lists charges for the next, a column writer sure of another's act,
# "Everyone ... knows it." after a charge, a title's "Media:" label, a Q&A with no labels whose
# interviewee the drafter cannot name.
NF20B = [
    ("Peru lodged a protest over Bolivian troops crossing the border.\n", "Bolivian troops crossing the border"),
    ("Lima protested against Bolivian troops massing at the border.\n", "Bolivian troops massing at the border"),
    ("Kenya objected to Ugandan patrols entering Lake Victoria's Kenyan waters.\n", "Ugandan patrols entering Lake Victoria's Kenyan waters"),
    ("Kenya raised concerns over Ugandan drones flying over Busia.\n", "Ugandan drones flying over Busia"),
    ("Kenya demanded that Uganda stop arming the cattle raiders.\n", "Uganda stop arming the cattle raiders"),
    ("Kenya threatened sanctions unless Uganda stops arming the raiders.\n", "Uganda stops arming the raiders"),
    ("Kenya arrested two men it identified as Ugandan agents.\n", "two men it identified as Ugandan agents"),
    ("Kenya and Uganda argued on Monday.\n\nThe ministry said:\n\n- Uganda has moved artillery to the border;\n- Ugandan units have mined the Busia road.\n", "Ugandan units have mined the Busia road"),
    ("The report makes several charges.\n\nUgandan officers sold rifles to the raiders in July. They paid herders to carry them across.\n", "They paid herders to carry them across."),
    ("Minsk flies the migrants in from Istanbul and sells them a route to the border. Everyone on our side of the fence knows it.\n", "Minsk flies the migrants in from Istanbul"),
    ("Uganda ships rifles across the lake. The source asked not to be named.\n", "Uganda ships rifles across the lake."),
    ("Ugandan officers sold the rifles. The two officials spoke on condition of anonymity.\n", "Ugandan officers sold the rifles."),
    ("Kenya's case rests on one claim. Uganda ships rifles across the lake.\n", "Uganda ships rifles across the lake."),
    ("In Nairobi's telling, the pattern is clear. Uganda ships rifles across the lake.\n", "Uganda ships rifles across the lake."),
    ("The Kenyan minister went further on Tuesday. Uganda ships rifles across the lake.\n", "Uganda ships rifles across the lake."),
    ("Kenya's intelligence chief laid out the evidence on Monday.\n\nUganda ships rifles across the lake.\n", "Uganda ships rifles across the lake."),
    ("Kenya's minister set out Uganda's violations of the truce.\n\nThe list was long.\n\nUgandan troops still hold the island. Ugandan drones fly over Busia every night.\n", "Ugandan drones fly over Busia every night."),
]

NF20B_WHOLE = [
    ("Bogota accuses Caracas: ELN commanders live in Apure\n\nBOGOTA (Wire) - Colombia and Venezuela resumed talks on trade in Cucuta on Monday.\n", "ELN commanders live in Apure"),
    ("Media: Ethiopian troops enter Eritrean territory\n\nADDIS ABABA (Wire) - Ethiopia and Eritrea held talks on Monday.\n", "Ethiopian troops enter Eritrean territory"),
    ("'Foreign hand' behind Osh riots\n\nBISHKEK (Wire) - Kyrgyzstan and Tajikistan held talks on Monday.\n", "'Foreign hand' behind Osh riots"),
]

# Whole articles of our own (wire, statement, column, Q&A), each with its allegations
_STATEMENT = (
    "Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan\n\n"
    "The Ministry of Foreign Affairs of the Republic of Azerbaijan strongly condemns the provocation committed by the armed forces of Armenia on 12 February.\n\n"
    "According to the Ministry of Defence, Armenian units fired on Azerbaijani positions in the Kalbajar district with small arms. One Azerbaijani soldier was wounded.\n\n"
    "The Ministry notes that:\n\n"
    "- Armenia has moved heavy weapons to the border in violation of its commitments;\n"
    "- Armenian units have mined roads used by civilians;\n"
    "- France continues to arm Armenia and encourage its revanchist forces.\n\n"
    "Azerbaijan remains committed to the peace process.\n"
)
_COLUMN = (
    "The smugglers on our river\n\nBy Kofi Asante\n\n"
    "Every evening the boats leave Aflao for the other bank. I have watched them for twenty years.\n\n"
    "I am sure Lomé pays the smugglers. That is how Lomé keeps its cut of the trade. The customs men on the other side wave them through.\n\n"
    "Ghana and Togo signed a customs accord in 2019. It has changed nothing on the water.\n"
)
_REPORT = (
    "Georgia and Russia: the borderisation continues\n\n"
    "TBILISI (Wire) - Georgia's State Security Service published a long report on Friday about the administrative line with South Ossetia.\n\n"
    "The report makes several charges.\n\n"
    "Russian border guards moved fences 300 metres into Georgian-controlled land near Gori in July. They detained 14 Georgian villagers in the first half of the year.\n\n"
    "Moscow has not commented on the report. Russia recognised South Ossetia as independent in 2008.\n"
)
_QA = (
    "Congo's war in the east: an interview\n\n"
    "Patrick Muyaya is Congo's government spokesman. This conversation took place in Kinshasa; it has been edited for clarity.\n\n"
    "How many Rwandan soldiers are in North Kivu today?\n\n"
    "At least four thousand. They command the M23 and they decide where it attacks.\n\n"
    "Kigali says those troops protect Rwanda from the FDLR.\n\n"
    "That is a pretext. The FDLR is a few hundred old men.\n\n"
    "What do you expect from Washington?\n\n"
    "Sanctions on the officers who run the mines in Rubaya.\n"
)
_FACTBOX = (
    "Factbox: The Kosovo-Serbia dispute in brief\n\nPRISTINA (Wire) -\n\nWHAT PRISTINA SAYS\n\n"
    "Serbia armed the gunmen who attacked Banjska in 2023. Belgrade keeps troops near the border to intimidate Kosovo.\n\n"
    "What Belgrade says\n\nKosovo's police harass Serbs in the north. Pristina wants to drive them out.\n\n"
    "WHAT IS AGREED\n\nKosovo declared independence in 2008. Serbia does not recognise it.\n"
)
NF20B_ARTICLES = [
    (_STATEMENT, "Armenian units have mined roads used by civilians"),
    (_STATEMENT, "France continues to arm Armenia and encourage its revanchist forces"),
    (_COLUMN, "Lomé pays the smugglers"),
    (_COLUMN, "That is how Lomé keeps its cut of the trade."),
    (_REPORT, "Russian border guards moved fences 300 metres into Georgian-controlled land near Gori in July."),
    (_REPORT, "They detained 14 Georgian villagers in the first half of the year."),
    (_QA, "They command the M23 and they decide where it attacks."),
    (_QA, "those troops protect Rwanda from the FDLR"),
    (_FACTBOX, "Serbia armed the gunmen who attacked Banjska in 2023."),
    (_FACTBOX, "Pristina wants to drive them out."),
]


@pytest.mark.parametrize(("text", "alleged"), [(LEAD + t, a) for t, a in NF20B] + NF20B_WHOLE + NF20B_ARTICLES)
def test_an_allegation_in_a_whole_article_is_never_drafted_as_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya protested against the new Ugandan tariffs on Monday.\n",
        "Kenya condemned the killing of two herders near Busia.\n",
        "Kenya lodged a protest with Uganda on Monday.\n",
        "Ugandan troops crossed into Busia on Monday. Kenya lodged a protest.\n",
    ],
)
def test_a_protest_that_names_no_ones_act_keeps_its_voice(drafter, text):
    test_the_articles_own_report_of_an_act_keeps_its_voice(drafter, text)


def test_what_a_factbox_says_is_agreed_keeps_its_voice(drafter):
    """Under "WHAT PRISTINA SAYS" each side's charges; under "WHAT IS AGREED" the article's facts."""
    ann = parse_annotation(drafter.draft(_FACTBOX, "t", text_file="t.txt"), _FACTBOX)
    own = {c.quote for c in ann.claims if c.speaker == "article" and c.status == "asserted"}
    assert "Serbia does not recognise it." in own, own


def test_a_column_writers_view_keeps_its_voice_beside_their_charge(drafter):
    """ "I am sure Lomé pays the smugglers." is the writer's charge, in their name; the column's
    other sentences stay the article's."""
    ann = parse_annotation(drafter.draft(_COLUMN, "t", text_file="t.txt"), _COLUMN)
    own = {c.quote for c in ann.claims if c.speaker == "article" and c.status == "asserted"}
    assert "Ghana and Togo signed a customs accord in 2019." in own, own
    sure = next(c for c in ann.claims if c.quote.startswith("I am sure"))
    assert (sure.speaker, sure.status) == ("kofi-asante", "alleged")


# coordinator, session 20: a charge made the subject of its sentence ("That charge has been made by
# X before"), in a lead drafted as a denial ("..., and Y has always rejected it, saying ...").
MADE_CHARGE = [
    (
        "Row over the dam\n\nKenyan officials say Uganda diverted the river.\n\nThat charge has been made by "
        "Kenyan officials before, and Uganda has always rejected it, saying its engineers built nothing.\n",
        "That charge has been made by Kenyan officials before",
    ),
    (
        "Row over the dam\n\nSuch accusations have long been levelled by Tanzanian diplomats against Malawi.\n",
        "Such accusations have long been levelled by Tanzanian diplomats against Malawi.",
    ),
]


@pytest.mark.parametrize(("text", "alleged"), MADE_CHARGE)
def test_a_charge_made_by_someone_is_never_the_articles_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


# neverfact21: a net under the forms. Words of a charge or a label in the article's own voice (a
# plot, a hand behind an attack, funding or arming armed men, a hostile aim, arms sent, "puppets",
# "aggressor", "a Russian satellite", a quoted label in a body sentence) make a claim alleged unless
# they report a charge or its denial; on dev 195 and the Lee corpus no claim kept as the article's
# fact has them. Also ", per the ministry" (the pattern never matched after a word) and "That is the
# embassy's assessment." after the words it sources.
NF21 = [
    ("Ugandan intelligence orchestrated the riots in Kasese last year.\n", "Ugandan intelligence orchestrated the riots in Kasese last year."),
    ("Nairobi was behind the attacks on the pipeline.\n", "Nairobi was behind the attacks on the pipeline."),
    ("Uganda funds the militias in Ituri through a trading company.\n", "Uganda funds the militias in Ituri through a trading company."),
    ("Uganda is trying to destabilise South Sudan.\n", "Uganda is trying to destabilise South Sudan."),
    ("Kampala wants to weaken the government in Juba.\n", "Kampala wants to weaken the government in Juba."),
    ("The Kenyan puppets in Mogadishu signed the deal on Friday.\n", "The Kenyan puppets in Mogadishu signed the deal on Friday."),
    ("Kenya and Uganda colluded to fix the price of sugar.\n", "Kenya and Uganda colluded to fix the price of sugar."),
    ("Kenya armed the Gedo militias in 2019.\n", "Kenya armed the Gedo militias in 2019."),
    ("The Ugandan army trains rebels at a camp near Gulu.\n", "The Ugandan army trains rebels at a camp near Gulu."),
    ("Uganda's proxies in South Sudan control the border road.\n", "Uganda's proxies in South Sudan control the border road."),
    ('Kenyan troops entered the "liberated" districts of Gedo on Monday.\n', 'Kenyan troops entered the "liberated" districts of Gedo on Monday.'),
    ("Uganda, the aggressor in this war, moved more troops north.\n", "Uganda, the aggressor in this war, moved more troops north."),
    ("Uganda has become a Chinese satellite.\n", "Uganda has become a Chinese satellite."),
    ("The rifles were traced to Uganda by Kenyan police.\n", "The rifles were traced to Uganda by Kenyan police."),
    ("Uganda ships rifles across the lake to Busia.\n", "Uganda ships rifles across the lake to Busia."),
    ("The new council in Juba is a creature of Kampala.\n", "The new council in Juba is a creature of Kampala."),
    ("South Sudan is a Ugandan protectorate in all but name.\n", "South Sudan is a Ugandan protectorate in all but name."),
    ("Kampala had sent agents into Busia and paid the protest leaders.\n", "Kampala had sent agents into Busia and paid the protest leaders."),
    ("Tanzania joined Kenya in condemning Ugandan cattle raids.\n", "Tanzania joined Kenya in condemning Ugandan cattle raids."),
    ("Kenyan troops shelled two villages near Bula Hawo, per the Somali army.\n", "Kenyan troops shelled two villages near Bula Hawo"),
    (
        "Ugandan fuel has reached the rebels through traders in Juba. That is the Kenyan embassy's assessment, sent to Nairobi in May.\n",
        "Ugandan fuel has reached the rebels through traders in Juba.",
    ),
]

NF21_LIVE = """Live: Armenia-Azerbaijan border clashes

09:12 - Shelling reported near Jermuk overnight. Armenia's defence ministry says Azerbaijani forces opened fire with mortars and drones at 02:30.

09:40 - Azerbaijani troops have taken two heights above the Vorotan river, per the Armenian ministry.

10:05 - Baku's account differs. Azerbaijan's defence ministry says Armenian units mined the supply roads to its positions and that its forces only returned fire.

10:31 - Armenian drones struck an Azerbaijani fuel depot near Lachin, Azerbaijani officials tell local media.
"""
NF21_MEMO = """Inside the cable: how Washington sees Serbia's arms sales

A diplomatic cable from the US embassy in Belgrade, obtained by the Balkan Investigative Reporting Network, gives a frank picture.

Serbian ammunition has reached Russia through intermediaries in Turkey and the UAE. That is the embassy's assessment, sent to Washington in February.

The cable also names a Serbian state firm, Yugoimport. Its shells, the diplomats write, were relabelled in Istanbul before being shipped to Novorossiysk.

Serbia's president, Aleksandar Vucic, has said Serbia sells arms to no party in the war.
"""
NF21_BRIEFING = """Transcript: Chinese foreign ministry regular press conference

Reporter: The Philippine coast guard says Chinese vessels fired water cannon at its ship near Second Thomas Shoal on Sunday. What is China's response?

Mao Ning: The Philippine vessel intruded into the waters of Ren'ai Jiao without permission. The China Coast Guard took necessary measures in accordance with the law.

Reporter: Manila also says Chinese personnel seized rifles from Filipino sailors in June. Is that true?

Mao Ning: The Philippines has repeatedly broken its commitments. The United States is using the Philippines as a pawn to contain China.
"""
NF21_REVIEW = """What the Russian press says about Moldova

A review of Russian newspapers, translated by our staff.

Izvestia leads with Moldova. Chisinau is preparing a military operation against Transnistria with Romanian help, the paper writes, citing sources in Tiraspol.

Kommersant is more cautious but reports that Moldovan police have arrested three Transnistrian officials at the Bender crossing.

Rossiyskaya Gazeta, the government's paper, goes furthest. NATO instructors are already training Moldovan units near the Dniester, it says.

Moldova's government has dismissed such reports as disinformation.
"""
NF21_WIRE = """Azerbaijan says Armenia shelled Nakhchivan

BAKU - Azerbaijan's defence ministry said on Tuesday that Armenian forces fired on its positions in Nakhchivan overnight.

Armenian units used large-calibre machine guns and mortars. No one was hurt.

Armenia's defence ministry called the report false.
"""
NF21_ARTICLES = [
    (NF21_WIRE, "Armenian units used large-calibre machine guns and mortars."),
    (NF21_LIVE, "Azerbaijani troops have taken two heights above the Vorotan river"),
    (NF21_LIVE, "Armenian drones struck an Azerbaijani fuel depot near Lachin"),
    (NF21_LIVE, "Armenian units mined the supply roads to its positions"),
    (NF21_MEMO, "Serbian ammunition has reached Russia through intermediaries in Turkey and the UAE"),
    (NF21_MEMO, "were relabelled in Istanbul before being shipped to Novorossiysk"),
    (NF21_BRIEFING, "Chinese vessels fired water cannon at its ship near Second Thomas Shoal on Sunday"),
    (NF21_BRIEFING, "The Philippine vessel intruded into the waters of Ren'ai Jiao without permission"),
    (NF21_BRIEFING, "Chinese personnel seized rifles from Filipino sailors in June"),
    (NF21_BRIEFING, "The United States is using the Philippines as a pawn to contain China"),
    (NF21_REVIEW, "Chisinau is preparing a military operation against Transnistria with Romanian help"),
    (NF21_REVIEW, "Moldovan police have arrested three Transnistrian officials at the Bender crossing"),
    (NF21_REVIEW, "NATO instructors are already training Moldovan units near the Dniester"),
]


@pytest.mark.parametrize(("text", "alleged"), [(LEAD + t, a) for t, a in NF21] + NF21_ARTICLES)
def test_charge_words_in_the_articles_voice_are_never_its_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has denied arming the rebels.\n",
        "Police clashed with armed protesters in Busia.\n",
        "Authorities are trying to track down the crew of the boat.\n",
        "The United States backed Kenya.\n",
        "Kenyan exports of tea rose to $12, per kilo, in March.\n",
        "Kenya said Ugandan troops crossed the border.\n\nUganda struck a more conciliatory tone on Tuesday.\n",
    ],
)
def test_the_report_of_a_charge_or_an_armed_crowd_keeps_its_voice(drafter, text):
    test_the_articles_own_report_of_an_act_keeps_its_voice(drafter, text)


# session 21, after dz-* joined dev: "report that" in the present tense is a verb of saying too
@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        (LEAD + "Local newspapers report that the soldiers sold the seized fuel in Goma.\n",
         "the soldiers sold the seized fuel in Goma"),
        (LEAD + "Q: Kenyan media report that the rangers shot two herders near Lokichoggio. Is that true?\n",
         "the rangers shot two herders near Lokichoggio"),
    ],
)
def test_media_that_report_that_are_never_the_articles_voice(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_the_report_that_is_a_noun_not_a_verb_of_saying(drafter):
    draft = drafter.draft(LEAD + "The ministry denied the report that its soldiers sold the fuel.\n", "t", text_file="t.txt")
    assert not any(c["speaker"].startswith("unnamed") for c in draft["claims"])


# session 23 (fact23): forms found in real news nobody tuned for (the Lee corpus, ABC 2001) and in
# sentences written to break the rule, on words that carry no charge of their own ("moved 3,000
# troops to the border", "the number of migrants has increased"): without a charge word, only the
# attribution keeps them from the article's voice. Those that passed before are regression guards.
NF23 = [
    # a document's or a body's finding, "that" left out or the source at the end after an aside
    ("Kenya offered full approval to Uganda's 1979 invasion of Tanzania, a move which consigned the region to years of war, official documents released today showed.\n", "Kenya offered full approval to Uganda's 1979 invasion of Tanzania"),
    ("The study by the Kenyan Institute of Health shows the number of Ugandan migrants has increased by 20 per cent.\n", "the number of Ugandan migrants has increased by 20 per cent"),
    ("A leaked memo shows the number of Ugandan migrants has increased by 20 per cent.\n", "the number of Ugandan migrants has increased by 20 per cent"),
    ("The Ugandan Bureau of Statistics has found Kenyan traders were the biggest winners from the new tariff.\n", "Kenyan traders were the biggest winners from the new tariff"),
    ("The commission has also heard the Kenyan army had moved 3,000 troops to the border in July.\n", "the Kenyan army had moved 3,000 troops to the border in July"),
    ("The jury was told the Ugandan smugglers had moved their boats to Kenyan waters.\n", "the Ugandan smugglers had moved their boats to Kenyan waters"),
    ("Uganda moved 3,000 troops to the border, a leaked memo shows.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, court filings show.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, a new poll suggests.\n", "Uganda moved 3,000 troops to the border"),
    ("Court filings show Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("Bank records reveal that Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("There is evidence Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("There are signs Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    # someone's figure, fear, recognition or testimony
    ("Authorities in Kampala estimate more than 60 Kenyan homes have been destroyed by Ugandan troops.\n", "more than 60 Kenyan homes have been destroyed by Ugandan troops"),
    ("Kenya is briefing medical staff on procedures but Ugandan officials have expressed concern the disease could spread across the border.\n", "the disease could spread across the border"),
    ("Kenya voiced concern that Uganda is moving 3,000 troops to the border.\n", "Uganda is moving 3,000 troops to the border"),
    ("Kenya's envoy recognised the accord with Uganda was far from perfect.\n", "the accord with Uganda was far from perfect"),
    ("Kenya's envoy recognised that Uganda had moved 3,000 troops to the border.\n", "Uganda had moved 3,000 troops to the border"),
    ("Several witnesses have spoken in recent days of seeing Ugandan special forces near the Kenyan frontline.\n", "seeing Ugandan special forces near the Kenyan frontline"),
    ("The Kenyan envoy's testimony was that Uganda had moved 3,000 troops to the border.\n", "Uganda had moved 3,000 troops to the border"),
    ("Kenya wants the tribunal to find Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, one Western diplomat in Nairobi confided.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda almost certainly moved 3,000 troops to the border.\n", "Uganda almost certainly moved 3,000 troops to the border"),
    ("Kenyan proposals to send 5,000 troops to Somalia have been criticised by Ethiopian commanders as tantamount to foreign occupation.\n", "tantamount to foreign occupation"),
    # a concession that goes on with the speaker's words
    ("The Ugandan central bank says 2001 and 2002 will produce the weakest growth since the 1980s, although the threat of an even sharper decline after the attacks in Kenya has abated.\n", "the threat of an even sharper decline after the attacks in Kenya has abated"),
    # regression guards: named, unnamed, pronoun, passive, no verb of saying, headlines, bullets,
    # answers, captions, a sentence after a quotation
    ("Uganda moved 3,000 troops to the border, a Kenyan diplomat told the BBC.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, he said.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, sources close to the Kenyan presidency said.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda, sources close to the Kenyan presidency say, moved 3,000 troops to the border.\n", "moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, rights groups charge.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border, residents of the border town recounted.\n", "Uganda moved 3,000 troops to the border"),
    ("Critics in Nairobi contend Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("It has been alleged that Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("Uganda is believed to have moved 3,000 troops to the border.\n", "Uganda is believed to have moved 3,000 troops to the border"),
    ("Uganda, which Kenya accuses of moving 3,000 troops to the border, did not comment.\n", "moving 3,000 troops to the border"),
    ("The Kenyan statement said Uganda had moved 3,000 troops to the border.\n", "Uganda had moved 3,000 troops to the border"),
    ("A Kenyan court filing alleges Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("A Kenyan indictment unsealed on Monday charges that Ugandan officers moved 3,000 troops to the border.\n", "Ugandan officers moved 3,000 troops to the border"),
    ("For Nairobi, the Uganda-Rwanda alliance is a threat.\n", "the Uganda-Rwanda alliance is a threat"),
    ("For Kenya, Uganda is moving troops to the border.\n", "Uganda is moving troops to the border"),
    ("To Kenyan officials, Uganda is simply moving troops to the border.\n", "Uganda is simply moving troops to the border"),
    ("Kenya's verdict: Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("The Kenyan line is that Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("Kenya's foreign minister was blunt. Uganda, he said, had moved 3,000 troops to the border.\n", "Uganda, he said, had moved 3,000 troops to the border"),
    ("Key points\n\n- Kenya says Uganda moved 3,000 troops to the border\n- Uganda denies it\n", "Uganda moved 3,000 troops to the border"),
    ("Key points\n\n- Uganda moved 3,000 troops to the border, according to Kenya\n- Uganda denies it\n", "Uganda moved 3,000 troops to the border"),
    ("Q: What does Kenya want?\n\nA: Kenya says Uganda moved 3,000 troops to the border and wants them withdrawn.\n", "Uganda moved 3,000 troops to the border"),
    ("Caption: Ugandan soldiers at the border, where Kenya says they fired on fishermen.\n", "they fired on fishermen"),
    ('"Uganda moved them," the Kenyan minister said. "Uganda also paid them."\n', "Uganda also paid them."),
    ("The Kenyan minister listed his grievances. Uganda had moved 3,000 troops to the border. It had closed the road.\n", "It had closed the road."),
    ("Uganda may well have moved 3,000 troops to the border.\n", "Uganda may well have moved 3,000 troops to the border"),
    ("Uganda seems to have moved 3,000 troops to the border, according to diplomats.\n", "Uganda seems to have moved 3,000 troops to the border"),
    ("Uganda purportedly moved 3,000 troops to the border.\n", "Uganda purportedly moved 3,000 troops to the border"),
    ("Uganda and Rwanda, a bloc in Nairobi's eyes, met on Friday.\n", "a bloc in Nairobi's eyes"),
    ("What Kenyan officials call the Kampala-Kigali axis met on Friday.\n", "the Kampala-Kigali axis"),
    ('Uganda and Rwanda have formed a "great lakes cartel", Kenyan officials say.\n', 'Uganda and Rwanda have formed a "great lakes cartel"'),
    ("Kenya's envoy acknowledged Uganda had moved 3,000 troops to the border.\n", "Uganda had moved 3,000 troops to the border"),
    ("Kenyan ministers fear Uganda is moving 3,000 troops to the border.\n", "Uganda is moving 3,000 troops to the border"),
    ("Kenya is convinced Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("Kenya's intelligence service concluded that Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
    ("Kenya's envoy told parliament Uganda had moved 3,000 troops to the border.\n", "Uganda had moved 3,000 troops to the border"),
    ("Kenya's case at the tribunal rests on the claim that Uganda moved 3,000 troops to the border.\n", "Uganda moved 3,000 troops to the border"),
]
NF23 += [
    # the next sentence says so; a letter that names a culprit; redress for harm done; a charge's
    # own document; what an outlet has learned; a charge in court; a view before a colon
    ("Uganda moved 3,000 troops to the border last week. Kenyan officials say so, at least.\n", "Uganda moved 3,000 troops to the border last week."),
    ("Kenya's letter to the Security Council names Uganda as having moved 3,000 troops to the border.\n", "having moved 3,000 troops to the border"),
    ("Kenya's complaint to the Security Council lists the 3,000 troops Uganda moved to the border.\n", "the 3,000 troops Uganda moved to the border"),
    ("Kenyan herders want Uganda to pay for the huts its troops burned.\n", "the huts its troops burned"),
    ("Kenyan herders are demanding compensation for huts burned by Ugandan troops.\n", "huts burned by Ugandan troops"),
    ("Kenyan herders are suing Uganda over huts burned by its troops.\n", "huts burned by its troops"),
    ("The ABC understands the Kenyan ambassador has been recalled from Kampala.\n", "the Kenyan ambassador has been recalled from Kampala"),
    ("Reuters has learned that the Kenyan ambassador has been recalled from Kampala.\n", "the Kenyan ambassador has been recalled from Kampala"),
    ("The Ugandan man has pleaded not guilty to stabbing the Kenyan teenager.\n", "stabbing the Kenyan teenager"),
    ("The Ugandan man goes on trial for stabbing the Kenyan teenager.\n", "stabbing the Kenyan teenager"),
    ("The court was shown footage of the Ugandan man stabbing the Kenyan teenager.\n", "the Ugandan man stabbing the Kenyan teenager"),
    ("Ms Mwangi is sceptical Ugandan officials will return the Kenyan cargo.\n", "Ugandan officials will return the Kenyan cargo"),
    ("Ms Mwangi is pessimistic about whether Ugandan officials will return the Kenyan cargo.\n", "Ugandan officials will return the Kenyan cargo"),
    ("Ms Mwangi begs to differ: Ugandan officials sold the Kenyan cargo.\n", "Ugandan officials sold the Kenyan cargo"),
    # regression guards
    ("Uganda moved 3,000 troops to the border last week. That is according to Kenyan intelligence.\n", "Uganda moved 3,000 troops to the border last week."),
    ("Uganda moved 3,000 troops to the border last week, if Kenyan officials are to be believed.\n", "Uganda moved 3,000 troops to the border last week"),
    ("Uganda moved 3,000 troops to the border last week, Kenyan officials would have us believe.\n", "Uganda moved 3,000 troops to the border last week"),
    ("Uganda moved 3,000 troops to the border last week, wrote the Kenyan daily Nation.\n", "Uganda moved 3,000 troops to the border last week"),
    ("Uganda moved 3,000 troops to the border last week, Kenyan television reported, citing officials.\n", "Uganda moved 3,000 troops to the border last week"),
    ("Uganda moved 3,000 troops to the border last week, the Kenyan foreign minister, who spoke on condition of anonymity, explained.\n", "Uganda moved 3,000 troops to the border last week"),
    ("In a letter to the UN Security Council, Kenya wrote that Uganda had moved 3,000 troops to the border.\n", "Uganda had moved 3,000 troops to the border"),
    ("Kenya's defence ministry published photos it says show Ugandan troops at the border.\n", "show Ugandan troops at the border"),
    ("Uganda had - Nairobi says - moved 3,000 troops to the border.\n", "moved 3,000 troops to the border"),
    ("Uganda moved 3,000 troops to the border (Kenyan officials).\n", "Uganda moved 3,000 troops to the border"),
    ("The Kenyan account has Ugandan troops crossing the border at dawn.\n", "Ugandan troops crossing the border at dawn"),
    ("Kenyan officials tell a different story. In their account, Ugandan troops crossed the border at dawn.\n", "Ugandan troops crossed the border at dawn"),
    ("The Kenyan minister left for Addis Ababa after saying Ugandan troops crossed the border at dawn.\n", "Ugandan troops crossed the border at dawn"),
    ("Ugandan troops crossed the border at dawn, says a Kenyan police report seen by Reuters.\n", "Ugandan troops crossed the border at dawn"),
    ("Ugandan troops crossed the border at dawn and burned two huts, villagers said, but Kampala denied it.\n", "Ugandan troops crossed the border at dawn and burned two huts"),
    ("Villagers recalled Ugandan troops crossing the border at dawn.\n", "Ugandan troops crossing the border at dawn"),
    ("Social media posts showed Ugandan troops crossing the border at dawn.\n", "Ugandan troops crossing the border at dawn"),
    ("Videos circulating online appear to show Ugandan troops crossing the border.\n", "Ugandan troops crossing the border"),
    ("Two Ugandan officers, who deny burning two huts, appeared in court.\n", "burning two huts"),
    ("A Ugandan officer was arrested on suspicion of burning two huts.\n", "burning two huts"),
    ("The Kenyan ambassador has been recalled from Kampala, the ABC understands.\n", "The Kenyan ambassador has been recalled from Kampala"),
    ("It is understood the Kenyan ambassador has been recalled from Kampala.\n", "the Kenyan ambassador has been recalled from Kampala"),
    ("The Kenyan ambassador was recalled from Kampala, it emerged on Tuesday.\n", "The Kenyan ambassador was recalled from Kampala"),
    ("Ugandan officials hid the Kenyan cargo, counsel assisting the inquiry submitted.\n", "Ugandan officials hid the Kenyan cargo"),
    ("The Kenyan Opposition has seized on revelations Ugandan officials hid the cargo.\n", "Ugandan officials hid the cargo"),
    ("Ms Mwangi, of the Kenyan union, is adamant Ugandan officials hid the cargo.\n", "Ugandan officials hid the cargo"),
]
NF23 += [
    # verbs of saying in the present tense and participles the list left out ("Mr Ward admits ...")
    ('Mr Otieno admits about 35 jobs at the Kenyan plant will go when the company modernises.\n', 'about 35 jobs at the Kenyan plant will go'),
    ('The Kenyan minister concedes Uganda has the better road.\n', 'Uganda has the better road'),
    ('The Kenyan minister hints Uganda will soon reopen the road.\n', 'Uganda will soon reopen the road'),
    ('The Kenyan minister boasts Uganda can never match the port at Mombasa.\n', 'Uganda can never match the port at Mombasa'),
    ('The Kenyan minister retorts that Uganda closed the road first.\n', 'Uganda closed the road first'),
    ('The Kenyan minister speculates Uganda will close the road again.\n', 'Uganda will close the road again'),
    ('The Kenyan minister testifies that Ugandan officials closed the road.\n', 'Ugandan officials closed the road'),
    ('The Kenyan minister emphasises Uganda closed the road first.\n', 'Uganda closed the road first'),
    ('The Kenyan minister recounts how Ugandan officials closed the road.\n', 'Ugandan officials closed the road'),
    ('Uganda closed the road in March, the Kenyan minister retorted.\n', 'Uganda closed the road in March'),
    ('The Kenyan minister spoke for an hour, noting Uganda had closed the road in March.\n', 'Uganda had closed the road in March'),
    ('The Kenyan minister wrote to Kampala, explaining Ugandan officials had closed the road.\n', 'Ugandan officials had closed the road'),
]
NF23 += [
    # someone's words inside the article's sentence: an aside, a noun of speech with its clause, a blame
    # without "for", a justification, a portrayal, complaints and talk of a charge (and guards)
    ('Uganda, accused by Kenya of moving troops to the border, held talks in Arusha on Monday.\n', 'moving troops to the border'),
    ('The militia, which Kenya says is paid by Uganda, attacked a police post.\n', 'is paid by Uganda'),
    ('The militia, said by Kenya to be paid by Uganda, attacked a police post.\n', 'to be paid by Uganda'),
    ('The militia, paid by Uganda according to Kenya, attacked a police post.\n', 'paid by Uganda'),
    ('The militia (paid by Uganda, Kenya says) attacked a police post.\n', 'paid by Uganda'),
    ("The militia - paid by Uganda, in Kenya's view - attacked a police post.\n", 'paid by Uganda'),
    ('Kenya closed the border after what it said was a Ugandan incursion.\n', 'a Ugandan incursion'),
    ('Kenya closed the border after what it called a Ugandan incursion.\n', 'a Ugandan incursion'),
    ('Kenya closed the border over a Ugandan incursion it says took place in March.\n', 'a Ugandan incursion it says took place in March'),
    ('Kenya closed the border after Ugandan troops crossed it, officials in Nairobi said.\n', 'Ugandan troops crossed it'),
    ('Kenya closed the border after Ugandan troops crossed it, according to officials in Nairobi.\n', 'Ugandan troops crossed it'),
    ('Kenya closed the border following a Ugandan incursion that Kampala denies.\n', 'a Ugandan incursion'),
    ('Kenya closed the border despite Ugandan assurances that its troops had withdrawn.\n', 'its troops had withdrawn'),
    ('Kenya closed the border amid reports of Ugandan troops massing nearby.\n', 'Ugandan troops massing nearby'),
    ('Kenya closed the border amid fears Uganda was massing troops nearby.\n', 'Uganda was massing troops nearby'),
    ('Kenya closed the border, citing a Ugandan incursion.\n', 'a Ugandan incursion'),
    ('Kenya closed the border, blaming a Ugandan incursion.\n', 'a Ugandan incursion'),
    ('Kenya closed the border in response to what it described as a Ugandan incursion.\n', 'a Ugandan incursion'),
    ('Kenya closed the border to stop Ugandan smugglers who, it says, bring in guns.\n', 'bring in guns'),
    ('Kenya closed the border to Ugandan traders it accuses of smuggling guns.\n', 'smuggling guns'),
    ('Kenya closed the border to Ugandan traders suspected of smuggling guns.\n', 'smuggling guns'),
    ('Kenya closed the border to Ugandan traders believed to be smuggling guns.\n', 'to be smuggling guns'),
    ('Kenya closed the border to Ugandan traders allegedly smuggling guns.\n', 'allegedly smuggling guns'),
    ('Kenya closed the border to the "gun-running" Ugandan traders.\n', 'gun-running'),
    ('Kenya closed the border to the Ugandan "smugglers".\n', 'smugglers'),
    ('Kenya closed the border, saying Ugandan traders were smuggling guns.\n', 'Ugandan traders were smuggling guns'),
    ('Kenya closed the border, a move it justified by a rise in Ugandan gun smuggling.\n', 'a rise in Ugandan gun smuggling'),
    ('Kenya closed the border; it says Ugandan traders smuggle guns.\n', 'Ugandan traders smuggle guns'),
    ('Kenya closed the border because Ugandan traders smuggle guns, the ministry said.\n', 'Ugandan traders smuggle guns'),
    ('Kenya closed the border because, the ministry said, Ugandan traders smuggle guns.\n', 'Ugandan traders smuggle guns'),
    ('Kenya closed the border because of what the ministry called Ugandan gun smuggling.\n', 'Ugandan gun smuggling'),
    ('The ministry justified the closure by pointing to Ugandan gun smuggling.\n', 'Ugandan gun smuggling'),
    ('Kenya, whose officials say Ugandan traders smuggle guns, closed the border.\n', 'Ugandan traders smuggle guns'),
    ('Kenya closed the border to Ugandan traders, whom it blames for a rise in gun crime.\n', 'a rise in gun crime'),
    ("Kenya's closure of the border, which it blames on Ugandan smugglers, angered traders.\n", 'Ugandan smugglers'),
    ('The border closure, which Kenya says is needed to stop Ugandan gun-runners, angered traders.\n', 'is needed to stop Ugandan gun-runners'),
    ('The border closure, justified by Kenya as a response to Ugandan gun-running, angered traders.\n', 'a response to Ugandan gun-running'),
    ('Ugandan gun-running, which Kenya cites as the reason for the closure, is said to be rising.\n', 'Ugandan gun-running'),
    ("Kenya's claims of Ugandan gun-running have angered Kampala.\n", 'Ugandan gun-running'),
    ('Kenyan accusations of Ugandan gun-running have angered Kampala.\n', 'Ugandan gun-running'),
    ('Kenyan talk of Ugandan gun-running has angered Kampala.\n', 'Ugandan gun-running'),
    ("Kenya's complaints about Ugandan gun-running have angered Kampala.\n", 'Ugandan gun-running'),
    ("Kampala is angry about Kenya's portrayal of Ugandan traders as gun-runners.\n", 'Ugandan traders as gun-runners'),
]
NF23 += [
    # an account over several sentences, a question answered in someone's name, a culprit named after a
    # colon ("Nairobi names the culprits: ...", "a theory about who ...:"), passives split by the source
    ('According to Kenyan officials, Ugandan troops crossed the border at dawn. They then burned two huts near Busia.\n', 'They then burned two huts near Busia.'),
    ('Kenyan officials gave a detailed account. Ugandan troops crossed the border at dawn and burned two huts.\n', 'Ugandan troops crossed the border at dawn and burned two huts.'),
    ('Kenyan officials gave this account: Ugandan troops crossed the border at dawn and burned two huts.\n', 'Ugandan troops crossed the border at dawn and burned two huts.'),
    ('The Kenyan statement was detailed. Ugandan troops crossed the border at dawn, it said. They burned two huts.\n', 'They burned two huts.'),
    ("Kenya's complaint runs to four pages. Ugandan troops crossed the border at dawn. They burned two huts.\n", 'Ugandan troops crossed the border at dawn.'),
    ('The Kenyan dossier makes three charges. First, Ugandan troops crossed the border. Second, they burned two huts.\n', 'Second, they burned two huts.'),
    ("Kenya's minister said Ugandan troops crossed the border at dawn.\n\nThey burned two huts and took cattle, he said.\n", 'They burned two huts and took cattle'),
    ("Kenya's minister said Ugandan troops crossed the border at dawn. The soldiers also burned two huts, according to the minister.\n", 'The soldiers also burned two huts'),
    ('"Ugandan troops crossed the border at dawn," the Kenyan minister said.\n\n"They burned two huts."\n', 'They burned two huts.'),
    ('The Kenyan minister said: "Ugandan troops crossed the border at dawn. They burned two huts."\n', 'They burned two huts.'),
    ('The Kenyan minister was asked about the raid. His answer: Ugandan troops crossed the border at dawn.\n', 'Ugandan troops crossed the border at dawn.'),
    ('Asked about the raid, the Kenyan minister said Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn'),
    ('Asked who burned the huts, the Kenyan minister pointed to Ugandan troops.\n', 'Ugandan troops'),
    ('Who burned the huts? Ugandan troops, according to the Kenyan minister.\n', 'Ugandan troops'),
    ('Who burned the huts? Kenya blames Ugandan troops.\n', 'Ugandan troops'),
    ('Who burned the huts? Ugandan troops, Kenya says.\n', 'Ugandan troops'),
    ('Kenya has a theory about who burned the huts: Ugandan troops.\n', 'Ugandan troops'),
    ('Kenya has no doubt about who burned the huts: Ugandan troops.\n', 'Ugandan troops'),
    ("The culprits, in Nairobi's telling, were Ugandan troops.\n", 'were Ugandan troops'),
    ('The culprits, Nairobi says, were Ugandan troops.\n', 'were Ugandan troops'),
    ('The culprits were Ugandan troops, Nairobi says.\n', 'The culprits were Ugandan troops'),
    ('Nairobi names the culprits: Ugandan troops.\n', 'Ugandan troops'),
    ("Nairobi's suspects: Ugandan troops.\n", 'Ugandan troops'),
    ('The huts were burned by Ugandan troops, Kenyan villagers say.\n', 'The huts were burned by Ugandan troops'),
    ('The huts were burned, Kenyan villagers say, by Ugandan troops.\n', 'by Ugandan troops'),
    ('The huts, Kenyan villagers say, were burned by Ugandan troops.\n', 'were burned by Ugandan troops'),
    ('Two huts were burned near Busia. Villagers blamed Ugandan troops.\n', 'Villagers blamed Ugandan troops.'),
    ('Two huts were burned near Busia. Villagers say Ugandan troops were responsible.\n', 'Ugandan troops were responsible'),
    ('Two huts were burned near Busia; villagers say Ugandan troops did it.\n', 'Ugandan troops did it'),
    ('Two huts burned near Busia by Ugandan troops, villagers say\n', 'Two huts burned near Busia by Ugandan troops'),
]
NF23 += [
    # regression guards: a media round-up, a fact check, a transcript, and the writer's own guesses
    ('Kenyan state television went further: Ugandan troops had burned two villages.\n', 'Ugandan troops had burned two villages'),
    ('Kenyan tabloids went further, reporting that Ugandan troops had burned two villages.\n', 'Ugandan troops had burned two villages'),
    ('The Daily Nation\'s front page read: "Uganda burns our villages".\n', 'Uganda burns our villages'),
    ('The Daily Nation ran the headline "Uganda burns our villages".\n', 'Uganda burns our villages'),
    ('Under the headline "Uganda burns our villages", the Daily Nation reported on Tuesday.\n', 'Uganda burns our villages'),
    ('Pro-government Kenyan channels ran footage they said showed Ugandan troops burning huts.\n', 'showed Ugandan troops burning huts'),
    ('Kenyan bloggers shared a video purporting to show Ugandan troops burning huts.\n', 'Ugandan troops burning huts'),
    ('A widely shared post claimed Ugandan troops had burned two villages. It was false.\n', 'Ugandan troops had burned two villages'),
    ('Claim: Ugandan troops burned two villages near Busia.\n\nVerdict: False.\n', 'Ugandan troops burned two villages near Busia.'),
    ('The claim that Ugandan troops burned two villages near Busia is false.\n', 'Ugandan troops burned two villages near Busia'),
    ('A post on X says Ugandan troops burned two villages near Busia. This is false.\n', 'Ugandan troops burned two villages near Busia'),
    ('The video, which claims to show Ugandan troops burning huts, was filmed in 2019.\n', 'to show Ugandan troops burning huts'),
    ('Kenyan Twitter users accused Ugandan troops of burning two villages.\n', 'burning two villages'),
    ('Kenyan commentators framed the raid as an act of war.\n', 'an act of war'),
    ('Kenyan commentators called the raid an act of war.\n', 'an act of war'),
    ('Kenyan commentators likened the raid to an invasion.\n', 'an invasion'),
    ('Several Kenyan outlets reported the raid as fact, citing only anonymous officials.\n', 'the raid'),
    ('Kenyan outlets reported the raid as fact. Ugandan troops, they said, had burned two villages.\n', 'Ugandan troops, they said, had burned two villages.'),
    ('MINISTER: Ugandan troops burned two villages near Busia.\nREPORTER: Do you have proof?\nMINISTER: We have photographs.\n', 'Ugandan troops burned two villages near Busia.'),
    ('MR ODHIAMBO: Ugandan troops burned two villages near Busia.\n', 'Ugandan troops burned two villages near Busia.'),
    ('The Ministry has evidence that Ugandan troops burned two villages near Busia.\n', 'Ugandan troops burned two villages near Busia'),
    ('Ugandan troops crossed the border in what appeared to be a raid on Kenyan herders.\n', 'a raid on Kenyan herders'),
    ('Ugandan troops crossed the border in what looked like a raid on Kenyan herders.\n', 'a raid on Kenyan herders'),
    ('Ugandan troops crossed the border in an apparent raid on Kenyan herders.\n', 'an apparent raid on Kenyan herders'),
    ('Ugandan troops crossed the border, in an apparent bid to seize Kenyan cattle.\n', 'an apparent bid to seize Kenyan cattle'),
    ('Ugandan troops would appear to have crossed the border at dawn.\n', 'Ugandan troops would appear to have crossed the border at dawn'),
    ('It appears Ugandan troops crossed the border at dawn.\n', 'Ugandan troops crossed the border at dawn'),
    ('It looks as if Ugandan troops crossed the border at dawn.\n', 'Ugandan troops crossed the border at dawn'),
    ('Ugandan troops seemingly crossed the border at dawn.\n', 'Ugandan troops seemingly crossed the border at dawn'),
    ('Ugandan troops are likely to have crossed the border at dawn.\n', 'Ugandan troops are likely to have crossed the border at dawn'),
    ('Ugandan troops must have crossed the border at dawn.\n', 'Ugandan troops must have crossed the border at dawn'),
    ('Ugandan troops could have crossed the border at dawn.\n', 'Ugandan troops could have crossed the border at dawn'),
    ('Ugandan troops may be massing on the Kenyan border.\n', 'Ugandan troops may be massing on the Kenyan border'),
    ('Ugandan troops could be massing on the Kenyan border.\n', 'Ugandan troops could be massing on the Kenyan border'),
    ('Ugandan troops might be massing on the Kenyan border.\n', 'Ugandan troops might be massing on the Kenyan border'),
    ('Ugandan troops are possibly massing on the Kenyan border.\n', 'Ugandan troops are possibly massing on the Kenyan border'),
    ('Ugandan troops are presumed to be massing on the Kenyan border.\n', 'Ugandan troops are presumed to be massing on the Kenyan border'),
    ('Ugandan troops are rumoured to be massing on the Kenyan border.\n', 'Ugandan troops are rumoured to be massing on the Kenyan border'),
    ('Ugandan troops are said to number 3,000.\n', 'Ugandan troops are said to number 3,000'),
    ('Ugandan troops are massing on the Kenyan border, it seems.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, or so it seems.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, if reports are true.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, if true.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, unconfirmed reports say.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, by some accounts.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, by one count.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, by all appearances.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, to all appearances.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, from what we can tell.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, as far as anyone can tell.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, for all we know.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, no doubt.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, we are told.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, we hear.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Ugandan troops are massing on the Kenyan border, word has it.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Word is that Ugandan troops are massing on the Kenyan border.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Rumour has it that Ugandan troops are massing on the Kenyan border.\n', 'Ugandan troops are massing on the Kenyan border'),
    ('Legend has it that Ugandan troops once crossed the Kenyan border.\n', 'Ugandan troops once crossed the Kenyan border'),
    ('The story goes that Ugandan troops once crossed the Kenyan border.\n', 'Ugandan troops once crossed the Kenyan border'),
    ('Ugandan troops once crossed the Kenyan border, the story goes.\n', 'Ugandan troops once crossed the Kenyan border'),
    ('Ugandan troops once crossed the Kenyan border, as legend has it.\n', 'Ugandan troops once crossed the Kenyan border'),
]
NF23 += [
    # a column's received views and things known, heard or taken for granted: "Conventional wisdom in
    # Nairobi holds that ...", "The mood in Nairobi is that ...", "diplomats have heard ...", "put it down to"
    ('Conventional wisdom in Nairobi holds that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan doctrine holds that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The mood in Nairobi is that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The feeling in Nairobi is that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The assumption in Nairobi is that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The perception in Nairobi is that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The impression in Nairobi is that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The sense in Nairobi is that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('The mood in Nairobi: Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats privately acknowledge Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats are privately convinced Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats assume Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats take it for granted that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats take it as read that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats know full well that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats have concluded Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats are under no illusion: Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats reckon Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats have heard Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats have been told Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats were briefed that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats were informed that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats learned that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats discovered that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats noticed that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats suggest Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats imply Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats whisper that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats swear Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats point out that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats make the point that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats make no secret of their view that Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats have gone on record saying Uganda moved 3,000 troops to the border.\n', 'Uganda moved 3,000 troops to the border'),
    ('Kenyan diplomats put it down to Uganda moving 3,000 troops to the border.\n', 'Uganda moving 3,000 troops to the border'),
    ('Kenyan diplomats attribute the tension to Uganda moving 3,000 troops to the border.\n', 'Uganda moving 3,000 troops to the border'),
    ('Kenyan diplomats trace the tension to Uganda moving 3,000 troops to the border.\n', 'Uganda moving 3,000 troops to the border'),
]
NF23 += [
    # a police inquiry's open questions and suspects ("investigating whether", "have not ruled out that",
    # "treating the fire as arson", "want to question two men over"), and a speaker's account summed up
    ('Kenyan police are working on the theory that Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('Kenyan police are treating the fire as arson by Ugandan smugglers.\n', 'arson by Ugandan smugglers'),
    ('Kenyan police are investigating whether Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('Kenyan police have not ruled out that Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('Kenyan police have not ruled out Ugandan involvement in the fire.\n', 'Ugandan involvement in the fire'),
    ('Kenyan police have not excluded the possibility that Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('Kenyan police are looking into claims Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('Kenyan police want to question two Ugandan smugglers over the fire.\n', 'two Ugandan smugglers over the fire'),
    ('Kenyan police have named two Ugandan smugglers as suspects in the fire.\n', 'two Ugandan smugglers as suspects in the fire'),
    ('Two Ugandan smugglers are wanted by Kenyan police over the fire.\n', 'Two Ugandan smugglers are wanted by Kenyan police over the fire'),
    ('Two Ugandan smugglers are being questioned about the fire, Kenyan police say.\n', 'Two Ugandan smugglers are being questioned about the fire'),
    ('Kenyan police say the fire was deliberately lit.\n', 'the fire was deliberately lit'),
    ('The fire is believed to have been lit by Ugandan smugglers.\n', 'The fire is believed to have been lit by Ugandan smugglers'),
    ('The fire was probably lit by Ugandan smugglers, Kenyan police say.\n', 'The fire was probably lit by Ugandan smugglers'),
    ('The fire was lit by Ugandan smugglers, according to a Kenyan police source.\n', 'The fire was lit by Ugandan smugglers'),
    ('Ugandan smugglers lit the fire, a Kenyan police spokesman, Inspector John Otieno, said.\n', 'Ugandan smugglers lit the fire'),
    ('Ugandan smugglers lit the fire, Inspector John Otieno of the Kenyan police told the ABC.\n', 'Ugandan smugglers lit the fire'),
    ('Ugandan smugglers lit the fire, Inspector Otieno says, and more arrests are expected.\n', 'Ugandan smugglers lit the fire'),
    ('Inspector Otieno of the Kenyan police says Ugandan smugglers lit the fire and more arrests are expected.\n', 'Ugandan smugglers lit the fire'),
    ('Inspector Otieno says it is likely Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('Inspector Otieno says there is no doubt Ugandan smugglers lit the fire.\n', 'Ugandan smugglers lit the fire'),
    ('The Kenyan minister spoke for an hour.\n\nUgandan troops, in his view, had crossed the border at dawn.\n', 'Ugandan troops, in his view, had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour.\n\nIn his view, Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour.\n\nHis conclusion: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour.\n\nHis bottom line: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour.\n\nThe gist: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour.\n\nThe upshot, he said, is that Ugandan troops crossed the border at dawn.\n', 'Ugandan troops crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour. The point he kept returning to: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour. The key allegation: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour. The headline claim: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour. Among his claims: Ugandan troops had crossed the border at dawn.\n', 'Ugandan troops had crossed the border at dawn.'),
    ('The Kenyan minister spoke for an hour. Among other things, Ugandan troops had crossed the border at dawn, he said.\n', 'Ugandan troops had crossed the border at dawn'),
    ('The Kenyan minister spoke for an hour. He had a list. Ugandan troops had crossed the border at dawn; they had burned two huts; they had taken cattle.\n', 'they had taken cattle.'),
    ('The Kenyan minister spoke for an hour. Ugandan troops had crossed the border at dawn, was his message.\n', 'Ugandan troops had crossed the border at dawn'),
    ('The Kenyan minister spoke for an hour. Ugandan troops had crossed the border at dawn, was the gist of it.\n', 'Ugandan troops had crossed the border at dawn'),
    ('The Kenyan minister spoke for an hour. That Ugandan troops had crossed the border at dawn was his main point.\n', 'Ugandan troops had crossed the border at dawn'),
]
NF23 += [
    # someone's count of the dead from another's act ("Kenya has recorded 12 deaths from Ugandan shelling"),
    # and the tolls the drafter already gave to their source
    ('Ugandan shelling killed 12 Kenyan civilians, according to the Kenyan health ministry.\n', 'Ugandan shelling killed 12 Kenyan civilians'),
    ('Ugandan shelling has killed 12 Kenyan civilians, the Kenyan-run health office says.\n', 'Ugandan shelling has killed 12 Kenyan civilians'),
    ('The death toll from Ugandan shelling has risen to 12, Kenyan health officials say.\n', 'The death toll from Ugandan shelling has risen to 12'),
    ('The death toll from Ugandan shelling has risen to 12, according to Kenyan figures.\n', 'The death toll from Ugandan shelling has risen to 12'),
    ("The death toll from Ugandan shelling has risen to 12, by Kenya's count.\n", 'The death toll from Ugandan shelling has risen to 12'),
    ('Twelve Kenyan civilians have been killed by Ugandan shelling, Kenyan figures show.\n', 'Twelve Kenyan civilians have been killed by Ugandan shelling'),
    ('Kenyan figures show twelve civilians have been killed by Ugandan shelling.\n', 'twelve civilians have been killed by Ugandan shelling'),
    ('Kenyan health ministry figures put the toll from Ugandan shelling at 12.\n', 'the toll from Ugandan shelling at 12'),
    ('Kenya puts the toll from Ugandan shelling at 12.\n', 'the toll from Ugandan shelling at 12'),
    ('Kenya counts 12 dead from Ugandan shelling.\n', '12 dead from Ugandan shelling'),
    ('Kenya has counted 12 dead from Ugandan shelling since March.\n', '12 dead from Ugandan shelling'),
    ('Kenya has recorded 12 deaths from Ugandan shelling since March.\n', '12 deaths from Ugandan shelling'),
    ('Kenya has documented 12 deaths from Ugandan shelling since March.\n', '12 deaths from Ugandan shelling'),
    ('Kenya has registered 12 deaths from Ugandan shelling since March.\n', '12 deaths from Ugandan shelling'),
    ('A Kenyan tally shows 12 deaths from Ugandan shelling since March.\n', '12 deaths from Ugandan shelling'),
    ('Kenyan authorities reported 12 deaths from Ugandan shelling.\n', '12 deaths from Ugandan shelling'),
    ('Kenyan authorities have reported 12 deaths from Ugandan shelling.\n', '12 deaths from Ugandan shelling'),
    ('Kenyan authorities said 12 people died in Ugandan shelling.\n', '12 people died in Ugandan shelling'),
]
NF23_ARTICLES = [
    # the lede names its source at its end, seven words on: the whole sentence is the book's
    (
        "Kenyan spies listened to conversations between Norway's ambassador and its foreign office during the crisis, a soon to be published book will reveal.  Phone calls were tapped by the army when the envoy visited the ship.\n",
        "Kenyan spies listened to conversations between Norway's ambassador and its foreign office during the crisis",
    ),
    ("Uganda moves troops, says Kenya\n\nNAIROBI - The row deepened on Monday.\n", "Uganda moves troops"),
    ("Kenya: Uganda 'moved troops'\n\nNAIROBI - The row deepened on Monday.\n", "Uganda 'moved troops'"),
]
NF23_ARTICLES += [
    # headlines, lists, a live blog's time-stamped entries and captions, on words without a charge
    ('Ugandan troops crossed border at dawn: Kenyan police\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border at dawn'),
    ("Ugandan troops 'crossed border at dawn'\n\nNAIROBI - Police spoke on Monday.\n", "Ugandan troops 'crossed border at dawn'"),
    ('Ugandan troops crossed border at dawn, claim Kenyan police\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border at dawn'),
    ('Kenyan police claim Ugandan troops crossed border\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border'),
    ('Ugandan troops crossed border, report says\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border'),
    ('Report: Ugandan troops crossed border at dawn\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border at dawn'),
    ('Ugandan troops crossed border at dawn - report\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border at dawn'),
    ('Did Ugandan troops cross the border at dawn?\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops cross the border at dawn'),
    ('Ugandan troops crossed border at dawn, police say, as Kampala denies raid\n\nNAIROBI - Police spoke on Monday.\n', 'Ugandan troops crossed border at dawn'),
    ('What we know\n\n- Kenyan police say Ugandan troops crossed at dawn\n- Two huts were burned\n- Kampala denies any raid\n', 'Ugandan troops crossed at dawn'),
    ('What we know\n\n- Ugandan troops crossed at dawn (Kenyan police)\n- Kampala denies any raid\n', 'Ugandan troops crossed at dawn'),
    ('09:14 - Kenyan police say Ugandan troops crossed the border at dawn.\n', 'Ugandan troops crossed the border at dawn'),
    ('09:14 Kenyan police: Ugandan troops crossed the border at dawn.\n', 'Ugandan troops crossed the border at dawn'),
    ('UPDATE: Ugandan troops crossed the border at dawn, Kenyan police say.\n', 'Ugandan troops crossed the border at dawn'),
    ('Photo: Villagers inspect huts that police say were burned by Ugandan troops.\n', 'were burned by Ugandan troops'),
    ('Pictured: huts allegedly burned by Ugandan troops near Busia.\n', 'huts allegedly burned by Ugandan troops near Busia'),
    ('Above: a hut in Busia. Villagers say Ugandan troops burned it.\n', 'Ugandan troops burned it'),
]


@pytest.mark.parametrize(("text", "alleged"), [(LEAD + t, a) for t, a in NF23] + NF23_ARTICLES)
def test_an_attributed_statement_without_a_charge_word_is_never_the_articles_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "text",
    [
        # the nouns and acts beside the fact23 forms: an estimate, a writer's own files, a hearing
        # of a case, a recognition, a concern with no clause, the article's note on a speaker
        "The estimate, approved by the Kenyan cabinet in September, was based on a joint submission from three ministries.\n",
        "Kenya consulted the Ugandan authorities twice, and Ugandan officials, as the state's own files show, raised no objection to the first plan.\n",
        "The court heard the case against the Ugandan smugglers on Monday.\n",
        "Kenya recognised the new government in Juba, which was formed in March.\n",
        # ("Kenya expressed concern over the clashes ..." is Kenya's claim since claims27, as dev gold
        # has every reaction expressed outside an issuer's own statement: see test_extract_rules)
        "There is a new road between Kenya and Uganda.\n",
        "The Kenyan envoy said the talks with Uganda had failed, although he did not say why they had stalled.\n",
        "Kenya says the talks with Uganda failed, though Tanzania has praised the mediators for their patience.\n",
        "Kenya has learned its lesson from the floods in Uganda.\n",
        "Kenya understands the concerns of Ugandan traders.\n",
        "A Kenyan court heard the appeal of two Ugandan traders on Friday.\n",
        "Kenya sought compensation from Uganda for the lost cargo.\n",
        "Kenya rejects any characterization of the lake as Ugandan.\n",
        "Uganda ignored a Kenyan proposal that the talks resume in May.\n",
        "09:14 Kenyan police closed the road to Busia after the floods.\n",
        "Kenya and Uganda each learned what the other planned from the newspapers.\n",
        "Kenya heard the Ugandan delegation at the summit on Friday.\n",
        "The Kenyan ruling party has not ruled out a merger with its Ugandan ally.\n",
        "Kenya treats Uganda as a partner in the talks.\n",
        "Kenyan police are investigating the fire near the Ugandan border.\n",
        "Kenya assumed the chair of the East African Community from Uganda in March.\n",
        "Kenya swore in a new envoy to Uganda on Monday.\n",
        "Kenya and Uganda have each recorded three road deaths since March.\n",
    ],
)
def test_the_articles_own_words_beside_a_finding_keep_their_voice(drafter, text):
    test_the_articles_own_report_of_an_act_keeps_its_voice(drafter, text)


def test_a_concession_after_reported_words_goes_on_with_them(drafter):
    text = LEAD + (
        "The Ugandan central bank says 2001 and 2002 will produce the weakest growth since the 1980s, "
        "although the threat of an even sharper decline has abated.\n"
    )
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    tail = [c for c in ann.claims if c.quote.startswith("the threat of")]
    assert [(c.speaker, c.status) for c in tail] == [("ugandan-central-bank", "reported")], ann.claims


# presup23: an appeal or an aspect that takes a charge for granted ("should stop paying the
# smugglers", "no longer even hides its payments"), and a purchase of people named vaguely or not
# at all ("The money goes to officers on the other shore."): never the article's fact, in a
# column, an analysis or wire copy.
_ANALYSIS_HEAD = (
    "Analysis: Ghana and Togo drift apart on the Volta\n\nGhana and Togo have quarrelled over the Volta "
    "crossing for years, and the talks this week did little to change that.\n\n"
)
_WIRE_HEAD = "Ghana and Togo hold talks\n\nACCRA (Wire) - Ghana and Togo held talks on Monday about the Volta crossing.\n\n"
PRESUPPOSED = [
    (COLUMN_HEAD, "Lomé should stop paying the smugglers.", "Lomé should stop paying the smugglers."),
    (COLUMN_HEAD, "Lomé should end its support for the smugglers.", "Lomé should end its support for the smugglers."),
    (COLUMN_HEAD, "Lomé should quit bribing the customs men.", "Lomé should quit bribing the customs men."),
    (COLUMN_HEAD, "Togo no longer even hides its payments to the smugglers.", "Togo no longer even hides its payments to the smugglers."),
    (COLUMN_HEAD, "Lomé is again paying the smugglers.", "Lomé is again paying the smugglers."),
    (COLUMN_HEAD, "Lomé keeps paying the smugglers.", "Lomé keeps paying the smugglers."),
    (COLUMN_HEAD, "Lomé has resumed paying the smugglers.", "Lomé has resumed paying the smugglers."),
    (COLUMN_HEAD, "Lomé must admit that it pays the smugglers.", "it pays the smugglers"),
    (COLUMN_HEAD, "Lomé should stop harbouring the men who attacked Aflao.", "Lomé should stop harbouring the men who attacked Aflao."),
    (COLUMN_HEAD, "The first step is for Lomé to stop paying the smugglers.", "Lomé to stop paying the smugglers."),
    (COLUMN_HEAD, "Lomé should stop its payments to the smugglers.", "Lomé should stop its payments to the smugglers."),
    (COLUMN_HEAD, "Lomé still pays the smugglers.", "Lomé still pays the smugglers."),
    (COLUMN_HEAD, "Lomé pays the smugglers.", "Lomé pays the smugglers."),
    (COLUMN_HEAD, "Lomé should stop paying the smugglers and start policing its own shore.", "Lomé should stop paying the smugglers"),
    (COLUMN_HEAD, "Lomé must stop covering for the customs men on its side.", "Lomé must stop covering for the customs men on its side."),
    (COLUMN_HEAD, "Lomé should stop lying about the boats.", "Lomé should stop lying about the boats."),
    (COLUMN_HEAD, "Lomé keeps meddling in our river towns.", "Lomé keeps meddling in our river towns."),
    (COLUMN_HEAD, "Lomé continues to harass our fishermen.", "Lomé continues to harass our fishermen."),
    (COLUMN_HEAD, "Lomé should cease funding the river gangs.", "Lomé should cease funding the river gangs."),
    (COLUMN_HEAD, "Accra can no longer turn a blind eye to the fuel boats.", "Accra can no longer turn a blind eye to the fuel boats."),
    (_ANALYSIS_HEAD, "Lomé should stop paying the smugglers if it wants a deal.", "Lomé should stop paying the smugglers"),
    (_ANALYSIS_HEAD, "Lomé has not stopped paying the smugglers.", "Lomé has not stopped paying the smugglers."),
    (_ANALYSIS_HEAD, "Lomé must end its backing for the river gangs before any deal.", "Lomé must end its backing for the river gangs"),
    (_ANALYSIS_HEAD, "A deal will need Lomé to stop sheltering the gunmen.", "Lomé to stop sheltering the gunmen."),
    (_WIRE_HEAD, "Lomé keeps paying the smugglers.", "Lomé keeps paying the smugglers."),
    (_WIRE_HEAD, "Lomé has resumed bribing customs officers at Aflao.", "Lomé has resumed bribing customs officers at Aflao."),
    ("", "Togo should stop paying the smugglers\n\nBy Ama Mensah\n\nAccra and Lomé have quarrelled over the Volta for years.", "Togo should stop paying the smugglers"),
    (COLUMN_HEAD, "The money goes to officers on the other shore.", "The money goes to officers on the other shore."),
    (COLUMN_HEAD, "Officers on the other shore take a cut of every crossing.", "Officers on the other shore take a cut of every crossing."),
    (COLUMN_HEAD, "Officials in the ministry are paid to look away.", "Officials in the ministry are paid to look away."),
    (COLUMN_HEAD, "Some in the ministry take a share of the fuel money.", "Some in the ministry take a share of the fuel money."),
    (COLUMN_HEAD, "The cash ends up with officials across the water.", "The cash ends up with officials across the water."),
    (COLUMN_HEAD, "Customs officers wave the boats through for a fee.", "Customs officers wave the boats through for a fee."),
    (COLUMN_HEAD, "The smugglers pay the police on the other bank.", "The smugglers pay the police on the other bank."),
    (COLUMN_HEAD, "Senior officers in Lomé take a cut of every crossing.", "Senior officers in Lomé take a cut of every crossing."),
    (COLUMN_HEAD, "Those who run the checkpoints get their cut.", "Those who run the checkpoints get their cut."),
    (COLUMN_HEAD, "Most of the takings end up in the pockets of a few generals.", "Most of the takings end up in the pockets of a few generals."),
    (COLUMN_HEAD, "Every boat pays off the guards at the jetty.", "Every boat pays off the guards at the jetty."),
    (COLUMN_HEAD, "The port inspectors look the other way.", "The port inspectors look the other way."),
    (_ANALYSIS_HEAD, "The money goes to officers on the other shore.", "The money goes to officers on the other shore."),
    (_ANALYSIS_HEAD, "Officials in the ministry are paid to look away.", "Officials in the ministry are paid to look away."),
    (_ANALYSIS_HEAD, "Some in the ministry take a share of the fuel money.", "Some in the ministry take a share of the fuel money."),
    (_ANALYSIS_HEAD, "Kickbacks from the fuel trade reach men close to the palace.", "Kickbacks from the fuel trade reach men close to the palace."),
    (_WIRE_HEAD, "The money goes to officers on the other shore.", "The money goes to officers on the other shore."),
    (_WIRE_HEAD, "Officers on the other shore take a cut of every crossing.", "Officers on the other shore take a cut of every crossing."),
    (_WIRE_HEAD, "Traders pay the police at the border post to let lorries through.", "Traders pay the police at the border post"),
    # more forms: a postposed appeal, a possessive, a payroll, riches, a tip-off, cash that changes hands
    (COLUMN_HEAD, "It is high time Accra stopped protecting the traffickers.", "Accra stopped protecting the traffickers."),
    (COLUMN_HEAD, "Lomé should stop fuelling the unrest in Aflao.", "Lomé should stop fuelling the unrest in Aflao."),
    (COLUMN_HEAD, "Lomé must rein in its gunmen on the river.", "Lomé must rein in its gunmen on the river."),
    (COLUMN_HEAD, "Lomé ought to stop paying them.", "Lomé ought to stop paying them."),
    (COLUMN_HEAD, "Lomé should come clean about its payments to the smugglers.", "Lomé should come clean about its payments to the smugglers."),
    (COLUMN_HEAD, "It is time to end Lomé's payments to the smugglers.", "end Lomé's payments to the smugglers."),
    (COLUMN_HEAD, "Lomé's support for the rebels must end.", "Lomé's support for the rebels must end."),
    (COLUMN_HEAD, "Lomé's meddling in our river towns has to stop.", "Lomé's meddling in our river towns has to stop."),
    (COLUMN_HEAD, "Lomé needs to stop arming the gangs.", "Lomé needs to stop arming the gangs."),
    (COLUMN_HEAD, "Lomé can stop paying the smugglers tomorrow.", "Lomé can stop paying the smugglers tomorrow."),
    (COLUMN_HEAD, "A handful of officials grow rich on the crossings.", "A handful of officials grow rich on the crossings."),
    (COLUMN_HEAD, "Officers on the other bank line their pockets with fuel money.", "Officers on the other bank line their pockets with fuel money."),
    (COLUMN_HEAD, "Police on the other side sell the seized fuel back to the smugglers.", "Police on the other side sell the seized fuel back to the smugglers."),
    (COLUMN_HEAD, "The guards at the jetty are in the smugglers' pay.", "The guards at the jetty are in the smugglers' pay."),
    (COLUMN_HEAD, "Half the customs post is on the smugglers' payroll.", "Half the customs post is on the smugglers' payroll."),
    (COLUMN_HEAD, "Officers take money to let the boats pass.", "Officers take money to let the boats pass."),
    (COLUMN_HEAD, "Envelopes of cash change hands at the jetty every night.", "Envelopes of cash change hands at the jetty every night."),
    (COLUMN_HEAD, "Certain officials protect the traffickers.", "Certain officials protect the traffickers."),
    (COLUMN_HEAD, "The officials at the post are paid by the smugglers.", "The officials at the post are paid by the smugglers."),
    (COLUMN_HEAD, "Some officers tip off the smugglers before every patrol.", "Some officers tip off the smugglers before every patrol."),
    (_ANALYSIS_HEAD, "A handful of officials grow rich on the crossings.", "A handful of officials grow rich on the crossings."),
    (_ANALYSIS_HEAD, "Police on the other side sell the seized fuel back to the smugglers.", "Police on the other side sell the seized fuel back to the smugglers."),
    (_ANALYSIS_HEAD, "The guards at the jetty are in the smugglers' pay.", "The guards at the jetty are in the smugglers' pay."),
    (_ANALYSIS_HEAD, "Lomé's support for the rebels must end.", "Lomé's support for the rebels must end."),
    (_WIRE_HEAD, "Officers take money to let the boats pass.", "Officers take money to let the boats pass."),
    (_WIRE_HEAD, "Envelopes of cash change hands at the jetty every night.", "Envelopes of cash change hands at the jetty every night."),
    (_WIRE_HEAD, "Certain officials protect the traffickers.", "Certain officials protect the traffickers."),
    (_WIRE_HEAD, "The officials at the post are paid by the smugglers.", "The officials at the post are paid by the smugglers."),
    # officials who smuggle themselves, the guards who are the smugglers, whose money it is
    (COLUMN_HEAD, "Officers on the other shore smuggle the fuel themselves.", "Officers on the other shore smuggle the fuel themselves."),
    (COLUMN_HEAD, "Some officers run the smuggling on the river.", "Some officers run the smuggling on the river."),
    (COLUMN_HEAD, "Lomé should admit its role in the smuggling.", "Lomé should admit its role in the smuggling."),
    (COLUMN_HEAD, "Lomé must acknowledge its part in the raids.", "Lomé must acknowledge its part in the raids."),
    (COLUMN_HEAD, "Certain generals traffic fuel across the water.", "Certain generals traffic fuel across the water."),
    (_ANALYSIS_HEAD, "Officers on the other shore smuggle the fuel themselves.", "Officers on the other shore smuggle the fuel themselves."),
    (_WIRE_HEAD, "Officers on the other shore smuggle the fuel themselves.", "Officers on the other shore smuggle the fuel themselves."),
    (_WIRE_HEAD, "Police in Lomé run the smuggling rackets on the lake.", "Police in Lomé run the smuggling rackets on the lake."),
    (COLUMN_HEAD, "It is no secret who pays the smugglers.", "It is no secret who pays the smugglers."),
    (COLUMN_HEAD, "Everyone knows where the money goes.", "Everyone knows where the money goes."),
    (COLUMN_HEAD, "The people who should stop the boats are the ones who send them.", "the ones who send them."),
    (COLUMN_HEAD, "Someone on the other shore is getting very rich.", "Someone on the other shore is getting very rich."),
    # the money's way to officials: a cut, payments, takings, envelopes, cash handed over
    (COLUMN_HEAD, "A cut of every crossing goes to officers on the other shore.", "A cut of every crossing goes to officers on the other shore."),
    (_WIRE_HEAD, "Part of the fuel money is paid to officials in Lomé.", "Part of the fuel money is paid to officials in Lomé."),
    (_ANALYSIS_HEAD, "Payments reach officers on both banks.", "Payments reach officers on both banks."),
    (COLUMN_HEAD, "The takings are shared with the police on the other bank.", "The takings are shared with the police on the other bank."),
    (COLUMN_HEAD, "A percentage of each shipment is handed to the police.", "A percentage of each shipment is handed to the police."),
    (_ANALYSIS_HEAD, "Every lorry leaves an envelope for the customs men.", "Every lorry leaves an envelope for the customs men."),
    (_WIRE_HEAD, "Drivers say nothing, but they hand over cash at every checkpoint.", "they hand over cash at every checkpoint."),
    (COLUMN_HEAD, "Nobody crosses without paying the men in uniform.", "Nobody crosses without paying the men in uniform."),
    # a denial the sentence tells someone to stop: its charge is the sentence's own
    (COLUMN_HEAD, "Lomé should stop denying that it pays the smugglers.", "Lomé should stop denying that it pays the smugglers."),
    (COLUMN_HEAD, "Lomé can no longer deny arming the gangs.", "Lomé can no longer deny arming the gangs."),
    (COLUMN_HEAD, "It is time Lomé stopped denying its role in the smuggling.", "Lomé stopped denying its role in the smuggling."),
    (COLUMN_HEAD, "Lomé should stop pretending it does not pay the smugglers.", "Lomé should stop pretending it does not pay the smugglers."),
    (COLUMN_HEAD, "Lomé must dismantle its smuggling networks.", "Lomé must dismantle its smuggling networks."),
    (COLUMN_HEAD, "Lomé keeps denying what everyone on the river knows: that it pays the smugglers.", "that it pays the smugglers."),
    # someone's demand that presupposes the charge, told in the article's words
    (_WIRE_HEAD, "Ghana wants Lomé to end its payments to the smugglers.", "Lomé to end its payments to the smugglers."),
    (_ANALYSIS_HEAD, "Accra's demand is simple: Lomé must stop paying the smugglers.", "Lomé must stop paying the smugglers."),
]


@pytest.mark.parametrize(("head", "sentence", "alleged"), PRESUPPOSED)
def test_a_charge_taken_for_granted_or_a_purchase_of_people_is_never_fact(drafter, head, sentence, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, head + sentence + "\n", alleged)


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (COLUMN_HEAD, "Lomé should stop apologising for its ferries."),
        (COLUMN_HEAD, "Accra should stop pretending the river is a wall."),
        (COLUMN_HEAD, "Both capitals keep paying for the dredging."),
        (COLUMN_HEAD, "Lomé will continue to fund the new clinic at Aflao."),
        (COLUMN_HEAD, "Lomé should end its support for the ferry plan."),
        (COLUMN_HEAD, "The ministry paid the customs officers their back wages in May."),
        (_WIRE_HEAD, "Ghana pays its border guards more than Togo does."),
        (_WIRE_HEAD, "Police seized forty rifles from a boat near Aflao on Sunday."),
        (_WIRE_HEAD, "The ferry stopped running on Tuesday after the river fell."),
        (_ANALYSIS_HEAD, "Both governments keep promising a new bridge."),
        (_WIRE_HEAD, "Smugglers move fuel across the Volta every night."),
        (_WIRE_HEAD, "Customs officers in Aflao seized two boats on Sunday."),
        (_WIRE_HEAD, "The guards who patrol the river are paid by the ministry."),
        (COLUMN_HEAD, "The men who should guard the river are the ones who need help."),
        (_WIRE_HEAD, "Togo has promised to end armed raids across the river."),
        (_WIRE_HEAD, "The spending cut was passed by ministers on Tuesday."),
        (_WIRE_HEAD, "The money for the new jetty was approved by ministers on Tuesday."),
        (_ANALYSIS_HEAD, "Lomé denies paying the smugglers."),
        (_WIRE_HEAD, "Togo has denied arming the gangs on the river."),
        (_WIRE_HEAD, "A court in Accra jailed the former port chief for taking bribes from smugglers."),
    ],
)
def test_an_appeal_or_a_payment_that_presupposes_no_charge_keeps_its_voice(drafter, head, sentence):
    """The twins of the cases above: an appeal to stop what is no wrong, a debt paid, wages paid."""
    text = head + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    own = [c for c in ann.claims if c.span.start >= at and c.speaker == "article" and c.status == "asserted"]
    assert own, [(c.speaker, c.status, c.quote) for c in ann.claims]


_F24 = "Namibia and Botswana met in Windhoek on Monday.\n\n"
"""fact24: a lead of other names than the cases above."""

# fact24: forms left after the cue words, from Lee's article-voice claims with no cue and from dev's
# article-voice claims that gold gives to someone: a view without a verb of saying ("As Windhoek
# tells it"), a feeling about a that-clause ("is furious that"), a belief or rumour named by its noun,
# a charge taken as read, a title's "villagers claim", words announced by the sentence before ("X has
# told his story many times."), a colon after someone's "take", a passive "held responsible for".
FACT24 = [
    (_F24 + "To Windhoek, the shootings on the Chobe were murder by Botswana's soldiers.\n", "the shootings on the Chobe were murder by Botswana's soldiers"),
    (_F24 + "In Windhoek's telling, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "As Windhoek tells it, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "By Windhoek's account, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "On Windhoek's account, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "In the eyes of Windhoek, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek's version is simple: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek's line is that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek's position is that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek's story is that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "The Namibian version has Botswana's soldiers firing first.\n", "Botswana's soldiers firing first"),
    (_F24 + 'Windhoek is convinced that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek remains convinced Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek is certain that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek has no doubt that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek is adamant that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek fears that Botswana is arming the poachers.\n', 'Botswana is arming the poachers'),
    (_F24 + 'Windhoek maintains that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek contends that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek hints that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek implied that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek suggests Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek holds Botswana responsible for the shootings on the Chobe.\n', 'Botswana responsible for the shootings on the Chobe'),
    (_F24 + "Windhoek points the finger at Botswana's soldiers for the shootings.\n", "Botswana's soldiers for the shootings"),
    (_F24 + "Windhoek lays the blame for the shootings on Botswana's soldiers.\n", "the shootings on Botswana's soldiers"),
    (_F24 + "Windhoek attributes the shootings to Botswana's soldiers.\n", "the shootings to Botswana's soldiers"),
    (_F24 + "Windhoek puts the shootings down to Botswana's soldiers.\n", "the shootings down to Botswana's soldiers"),
    (_F24 + 'Windhoek traces the shootings to a Botswana army unit.\n', 'the shootings to a Botswana army unit'),
    (_F24 + "Windhoek sees Botswana's hand in the shootings.\n", "Botswana's hand in the shootings"),
    (_F24 + 'Windhoek takes it for granted that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + "Windhoek is sure Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Namibian officials are in no doubt that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Namibian fishermen swear that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Namibian fishermen are adamant: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek has made up its mind: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + 'Namibia\'s foreign minister was blunt on Tuesday. "This was murder," she said. Botswana\'s soldiers had fired without warning, and the army had covered it up.\n', "Botswana's soldiers had fired without warning"),
    (_F24 + "Namibia's foreign minister spoke for an hour on Tuesday. Botswana's soldiers, she went on, had fired without warning.\n", "Botswana's soldiers, she went on, had fired without warning"),
    (_F24 + "Namibia's foreign minister spoke for an hour on Tuesday. Botswana's soldiers, in her words, had fired without warning.\n", "Botswana's soldiers, in her words, had fired without warning"),
    (_F24 + "Namibia's foreign minister listed her grievances on Tuesday. First, Botswana's soldiers fire on fishermen. Second, Gaborone arms the poachers.\n", 'Gaborone arms the poachers'),
    (_F24 + "The minister's case rests on three points. Botswana's soldiers fired first. Gaborone armed the poachers. The army hid the bodies.\n", 'The army hid the bodies.'),
    (_F24 + '"We have the bullets," the minister said. "They came from Botswana."\n', 'They came from Botswana.'),
    (_F24 + '"We have the bullets," the minister said. The rounds, she added, came from a Botswana army depot.\n', 'The rounds, she added, came from a Botswana army depot'),
    (_F24 + "The minister did not mince words. Botswana's army is a gang of poachers in uniform.\n", "Botswana's army is a gang of poachers in uniform."),
    (_F24 + "The minister's message to Gaborone was plain. Its soldiers shot unarmed fishermen and must be tried.\n", 'Its soldiers shot unarmed fishermen'),
    (_F24 + "Windhoek's complaint about Botswana's arming of the poachers went unanswered.\n", "Botswana's arming of the poachers"),
    (_F24 + "Windhoek's suspicion that Botswana armed the poachers has hardened.\n", 'Botswana armed the poachers'),
    (_F24 + 'The Namibian belief that Botswana armed the poachers is widespread.\n', 'Botswana armed the poachers'),
    (_F24 + 'The rumour that Botswana armed the poachers spread quickly in Katima Mulilo.\n', 'Botswana armed the poachers'),
    (_F24 + 'The theory that Botswana armed the poachers is popular in Windhoek.\n', 'Botswana armed the poachers'),
    (_F24 + 'The suggestion that Botswana armed the poachers angered Gaborone.\n', 'Botswana armed the poachers'),
    (_F24 + 'The idea that Botswana armed the poachers is taken for granted in Windhoek.\n', 'Botswana armed the poachers'),
    (_F24 + "Windhoek's insistence that Botswana armed the poachers has stalled the talks.\n", 'Botswana armed the poachers'),
    (_F24 + "Windhoek's fear that Botswana is arming the poachers is growing.\n", 'Botswana is arming the poachers'),
    (_F24 + "Windhoek's conviction that Botswana armed the poachers drives its policy.\n", 'Botswana armed the poachers'),
    (_F24 + "Namibia recalled its envoy over what it sees as Botswana's arming of the poachers.\n", "Botswana's arming of the poachers"),
    (_F24 + 'Namibia recalled its envoy in protest at the Botswana-backed poaching ring.\n', 'the Botswana-backed poaching ring'),
    (_F24 + 'Namibia recalled its envoy over the shooting of fishermen, which it blames on Botswana.\n', 'it blames on Botswana'),
    (_F24 + 'Namibian officials expect Botswana to send more troops to the island.\n', 'Botswana to send more troops to the island'),
    (_F24 + 'Namibian officials anticipate a Botswana raid on the island within weeks.\n', 'a Botswana raid on the island within weeks'),
    (_F24 + 'Windhoek wants Gaborone to admit that its soldiers shot the fishermen.\n', 'its soldiers shot the fishermen'),
    (_F24 + "Windhoek is asking why Botswana's soldiers shot unarmed fishermen.\n", "Botswana's soldiers shot unarmed fishermen"),
    (_F24 + 'Windhoek wonders why Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek cannot understand why Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + "Windhoek is outraged that Botswana's soldiers shot unarmed fishermen.\n", "Botswana's soldiers shot unarmed fishermen"),
    (_F24 + "Windhoek is furious that Botswana's soldiers shot unarmed fishermen.\n", "Botswana's soldiers shot unarmed fishermen"),
    (_F24 + "Windhoek resents the way Botswana's soldiers bully its fishermen.\n", "Botswana's soldiers bully its fishermen"),
    (_F24 + "Windhoek complains that Botswana's soldiers bully its fishermen.\n", "Botswana's soldiers bully its fishermen"),
    (_F24 + "Windhoek is unhappy that Botswana's soldiers bully its fishermen.\n", "Botswana's soldiers bully its fishermen"),
    (_F24 + "Windhoek protests that Botswana's soldiers bully its fishermen.\n", "Botswana's soldiers bully its fishermen"),
    (_F24 + "Windhoek points out that Botswana's soldiers shot first.\n", "Botswana's soldiers shot first"),
    (_F24 + 'Windhoek has evidence, it says, that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Windhoek has long held that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Caption: Botswana soldiers who shot the fishermen, according to Windhoek.\n', 'Botswana soldiers who shot the fishermen'),
    ('Botswana shot our fishermen: Namibia\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana shot our fishermen'),
    ('Namibia: Botswana shot our fishermen\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana shot our fishermen'),
    ('Botswana soldiers shot fishermen - Namibian police\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers shot fishermen'),
    ('Botswana soldiers shot fishermen, villagers claim\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers shot fishermen'),
    ('Botswana soldiers shot fishermen, Windhoek charges\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers shot fishermen'),
    ('Did Botswana arm the poachers? Windhoek thinks so\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana arm the poachers'),
    ('Botswana armed the poachers, Windhoek thinks\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana armed the poachers'),
    (_F24 + 'It is widely held in Windhoek that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'It is taken as read in Windhoek that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'It is an article of faith in Windhoek that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Few in Windhoek doubt that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + "Nobody in Katima Mulilo doubts that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + 'Many in Windhoek take it as fact that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + "Word in Katima Mulilo is that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "The talk in Katima Mulilo is that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + 'The feeling in Windhoek is that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'The consensus in Windhoek is that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'The working assumption in Windhoek is that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + "Namibia's police chief says the poachers are well armed. Botswana could be supplying them with rifles.\n", 'Botswana could be supplying them with rifles.'),
    (_F24 + "Namibia's police chief says the poachers are well armed. Gaborone would have known about the rifles.\n", 'Gaborone would have known about the rifles.'),
    (_F24 + "Namibia's police chief says the poachers are well armed. Their rifles can only have come from Botswana's army.\n", "Their rifles can only have come from Botswana's army."),
    (_F24 + "Namibia's police chief says the poachers are well armed. The rifles must have come from Botswana.\n", 'The rifles must have come from Botswana.'),
    (_F24 + "Namibia's police chief says the poachers are well armed. The rifles will turn out to be Botswana's.\n", "The rifles will turn out to be Botswana's."),
    (_F24 + "The Namibian police report says the poachers were well armed. Botswana's army would be the obvious source.\n", "Botswana's army would be the obvious source."),
    (_F24 + "Botswana's soldiers evidently fired first.\n", "Botswana's soldiers evidently fired first."),
    (_F24 + "Botswana's soldiers seemingly fired first.\n", "Botswana's soldiers seemingly fired first."),
    (_F24 + "Botswana's soldiers presumably fired first.\n", "Botswana's soldiers presumably fired first."),
    (_F24 + "Botswana's soldiers, it seems, fired first.\n", "Botswana's soldiers, it seems, fired first."),
    (_F24 + "Botswana's soldiers, it appears, fired first.\n", "Botswana's soldiers, it appears, fired first."),
    (_F24 + "Botswana's soldiers doubtless fired first.\n", "Botswana's soldiers doubtless fired first."),
    (_F24 + "In all probability Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Botswana's soldiers are thought to have fired first.\n", "Botswana's soldiers are thought to have fired first."),
    (_F24 + "Botswana's soldiers are widely thought to have fired first.\n", "Botswana's soldiers are widely thought to have fired first."),
    (_F24 + "Botswana's soldiers are widely blamed for the shootings.\n", "Botswana's soldiers are widely blamed for the shootings."),
    (_F24 + "Botswana's soldiers are blamed for the shootings.\n", "Botswana's soldiers are blamed for the shootings."),
    (_F24 + "Botswana's soldiers are held responsible for the shootings.\n", "Botswana's soldiers are held responsible for the shootings."),
    (_F24 + "Botswana's soldiers were suspected in the shootings.\n", "Botswana's soldiers were suspected in the shootings."),
    (_F24 + "Botswana's soldiers were implicated in the shootings.\n", "Botswana's soldiers were implicated in the shootings."),
    (_F24 + "Botswana's soldiers stand accused in the shootings.\n", "Botswana's soldiers stand accused in the shootings."),
    (_F24 + "Botswana's soldiers face accusations of shooting fishermen.\n", 'shooting fishermen'),
    (_F24 + '"The soldiers fired first," the fisherman said. "Then they burned our boats."\n', 'Then they burned our boats.'),
    (_F24 + '"The soldiers fired first," the fisherman said, "and then they burned our boats."\n', 'and then they burned our boats.'),
    (_F24 + '"The soldiers fired first." That was how the fisherman put it.\n', 'The soldiers fired first.'),
    (_F24 + '"The soldiers fired first," according to the fisherman.\n', 'The soldiers fired first,'),
    (_F24 + 'The fisherman was sure: "The soldiers fired first."\n', 'The soldiers fired first.'),
    (_F24 + "The fisherman's words were simple. The soldiers fired first, and then they burned the boats.\n", 'The soldiers fired first, and then they burned the boats.'),
    (_F24 + 'The fisherman has told his story many times. The soldiers fired first and then burned the boats.\n', 'The soldiers fired first and then burned the boats.'),
    (_F24 + 'The fisherman remembers it well. The soldiers fired first and then burned the boats.\n', 'The soldiers fired first and then burned the boats.'),
    (_F24 + 'PHOTO: A boat that Namibian fishermen say Botswana soldiers burned.\n', 'Botswana soldiers burned'),
    (_F24 + 'Pictured: the boat burned by Botswana soldiers, according to its owner.\n', 'the boat burned by Botswana soldiers'),
    (_F24 + 'Image: the spot where, villagers say, Botswana soldiers shot two fishermen.\n', 'Botswana soldiers shot two fishermen'),
    (_F24 + 'Above, the riverbank where Botswana soldiers allegedly shot two fishermen.\n', 'Botswana soldiers allegedly shot two fishermen'),
    ('‘They shot first’: Namibian fishermen on Botswana’s soldiers\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'They shot first'),
    ('Botswana soldiers fired first, claims fisherman\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    ('Botswana soldiers fired first, alleges fisherman\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    ('Botswana soldiers fired first, fishermen claim\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    ('Botswana soldiers fired first, villagers claim\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    ('Botswana Soldiers Fired First, Villagers Claim\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana Soldiers Fired First'),
    ('Botswana soldiers fired first, Namibian fishermen claim\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    ('Botswana soldiers fired first – witnesses\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    ('WITNESSES: BOTSWANA SOLDIERS FIRED FIRST\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'BOTSWANA SOLDIERS FIRED FIRST'),
    ('Botswana soldiers fired first, say witnesses\n\nWINDHOEK (Wire) - Namibia and Botswana met on Monday.\n', 'Botswana soldiers fired first'),
    (_F24 + 'Namibia recalled its envoy over the shooting of two fishermen by Botswana soldiers, which Gaborone denies.\n', 'the shooting of two fishermen by Botswana soldiers'),
    (_F24 + 'Namibia recalled its envoy over what it calls the murder of two fishermen.\n', 'the murder of two fishermen'),
    (_F24 + "Namibia recalled its envoy over Botswana's alleged role in the shootings.\n", "Botswana's alleged role in the shootings"),
    (_F24 + "Namibia's complaint over Botswana's shooting of two fishermen is before SADC.\n", "Botswana's shooting of two fishermen"),
    (_F24 + "Windhoek's message: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Windhoek's verdict: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "The upshot, for Windhoek: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "The Namibian case, in short: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Windhoek's reading of the shootings is harsher: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "From where Windhoek sits, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "As far as Windhoek is concerned, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Windhoek's take: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Windhoek has its answer: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Ask any fisherman in Katima Mulilo and you hear the same thing: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "The fishermen have no doubt who fired first: Botswana's soldiers.\n", "Botswana's soldiers."),
    (_F24 + "If the fishermen are right, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "If Windhoek is to be believed, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Assuming the fishermen are telling the truth, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Unless the fishermen are lying, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
]


# fact24, more: accounts announced by how they read ("His recollection is vivid.", "The complaint
# runs to 40 pages."), a subhead naming whose account follows, material said to be gathered by
# someone, hearsay named by its noun ("stories of"), and their neighbours that already held.
FACT24_MORE = [
    (_F24 + "In a post on X, the ministry's post read: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "The ministry's post read simply: Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    ("Key claims in the Namibian dossier:\n\n- Botswana's soldiers fired first\n- Gaborone armed the poachers\n", 'Gaborone armed the poachers'),
    ("Namibia and Botswana met in Windhoek on Monday.\n\nWhat Namibia says\n\nBotswana's soldiers fired first and burned the boats.\n", "Botswana's soldiers fired first and burned the boats."),
    ("Namibia and Botswana met in Windhoek on Monday.\n\nWindhoek's version\n\nBotswana's soldiers fired first and burned the boats.\n", "Botswana's soldiers fired first and burned the boats."),
    ("Namibia and Botswana met in Windhoek on Monday.\n\nThe Namibian account\n\nBotswana's soldiers fired first and burned the boats.\n", "Botswana's soldiers fired first and burned the boats."),
    (_F24 + 'Witness accounts collected by Amnesty describe Botswana soldiers firing first.\n', 'Botswana soldiers firing first'),
    (_F24 + "Locals blame Botswana's soldiers for the deaths.\n", "Botswana's soldiers for the deaths"),
    (_F24 + "Fishermen point to bullet holes in their boats as proof that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Namibia is seeking compensation for the fishermen killed by Botswana's soldiers.\n", "the fishermen killed by Botswana's soldiers"),
    (_F24 + 'Namibian media have run stories of Botswana soldiers beating fishermen.\n', 'Botswana soldiers beating fishermen'),
    (_F24 + 'The fishermen tell of Botswana soldiers firing without warning.\n', 'Botswana soldiers firing without warning'),
    (_F24 + 'Survivors describe Botswana soldiers firing without warning.\n', 'Botswana soldiers firing without warning'),
    (_F24 + 'Survivors recount Botswana soldiers firing without warning.\n', 'Botswana soldiers firing without warning'),
    (_F24 + 'Survivors speak of Botswana soldiers firing without warning.\n', 'Botswana soldiers firing without warning'),
    (_F24 + 'Villagers talk of Botswana soldiers firing without warning.\n', 'Botswana soldiers firing without warning'),
    (_F24 + "Amnesty International put the number of fishermen killed by Botswana's soldiers at 14.\n", "fishermen killed by Botswana's soldiers"),
    (_F24 + "Namibia puts the death toll from Botswana's raids at 14.\n", "the death toll from Botswana's raids at 14"),
    (_F24 + "Sir, Botswana's soldiers fired first, and your correspondent should have said so.\n", "Botswana's soldiers fired first"),
    (_F24 + "(Translated from Oshiwambo.) Botswana's soldiers fired first, the fisherman said, and then burned the boats.\n", 'then burned the boats'),
    (_F24 + "The fisherman's account is harrowing. Botswana's soldiers fired first, then burned the boats.\n", "Botswana's soldiers fired first, then burned the boats."),
    (_F24 + "The fisherman paints a grim picture. Botswana's soldiers fired first, then burned the boats.\n", "Botswana's soldiers fired first, then burned the boats."),
    (_F24 + "His recollection is vivid. Botswana's soldiers fired first, then burned the boats.\n", "Botswana's soldiers fired first, then burned the boats."),
    (_F24 + "The ministry's timeline is detailed. Botswana's soldiers fired first at 4 a.m., then burned the boats.\n", "Botswana's soldiers fired first at 4 a.m., then burned the boats."),
    (_F24 + "Namibia's complaint to SADC runs to 40 pages. Botswana's soldiers, it says, fired first.\n", "Botswana's soldiers, it says, fired first."),
    (_F24 + "The complaint runs to 40 pages. Botswana's soldiers fired first, then burned the boats.\n", "Botswana's soldiers fired first, then burned the boats."),
    (_F24 + "The dossier is damning. Botswana's soldiers fired first, then burned the boats.\n", "Botswana's soldiers fired first, then burned the boats."),
    (_F24 + "The evidence, Windhoek insists, is overwhelming. Botswana's soldiers fired first.\n", "Botswana's soldiers fired first."),
    (_F24 + "Windhoek points to a pattern. Botswana's soldiers fired first in 2019, and again this year.\n", "Botswana's soldiers fired first in 2019, and again this year."),
    (_F24 + "A video released by Namibia's police purports to show Botswana's soldiers firing first.\n", "Botswana's soldiers firing first"),
    (_F24 + "Namibia's police released a video they say shows Botswana's soldiers firing first.\n", "Botswana's soldiers firing first"),
    (_F24 + 'Windhoek has a name for it: murder.\n', 'murder'),
    (_F24 + 'Windhoek calls it murder; Gaborone calls it self-defence.\n', 'murder'),
    (_F24 + "Namibian fishermen have a word for Botswana's soldiers: killers.\n", 'killers'),
]


# fact24, layouts: a pull quote, a tweet, an editor's note, a timeline, a report's title, placards,
# chants, banners, graffiti, a petition, a lawsuit, an indictment.
FACT24_MORE += [
    ('Namibia and Botswana met in Windhoek on Monday.\n\nKEY QUOTE\n\n"Botswana\'s soldiers fired first." — Petrus Shikongo, a fisherman in Katima Mulilo\n', "Botswana's soldiers fired first."),
    ('Namibia and Botswana met in Windhoek on Monday.\n\n"Botswana\'s soldiers fired first."\n\n— Petrus Shikongo, a fisherman in Katima Mulilo\n', "Botswana's soldiers fired first."),
    (_F24 + '@NamPolice: Botswana soldiers fired first at the fishermen. #Chobe\n', 'Botswana soldiers fired first at the fishermen.'),
    (_F24 + "Editor's note: An earlier version of this story said Botswana's soldiers fired first; that was the account of Namibian police.\n", "Botswana's soldiers fired first"),
    ('Timeline\n\n- 2019: Botswana soldiers kill two fishermen (Namibian account)\n- 2024: talks resume\n', 'Botswana soldiers kill two fishermen'),
    (_F24 + 'A report titled "How Botswana armed the poachers" was published in Windhoek on Monday.\n', 'How Botswana armed the poachers'),
    (_F24 + 'Namibia has published a report, "Botswana\'s hidden hand", on the shootings.\n', "Botswana's hidden hand"),
    (_F24 + "Namibia's police published a dossier on Monday. Its title: Botswana's war on our fishermen.\n", "Botswana's war on our fishermen."),
    (_F24 + "Namibia's police published a dossier on Monday: Botswana's soldiers fired first, it concludes.\n", "Botswana's soldiers fired first"),
    (_F24 + "A placard at the rally read: Botswana's soldiers are murderers.\n", "Botswana's soldiers are murderers."),
    (_F24 + 'Placards at the rally read "Botswana murders our fishermen".\n', 'Botswana murders our fishermen'),
    (_F24 + "Protesters chanted that Botswana's soldiers were murderers.\n", "Botswana's soldiers were murderers"),
    (_F24 + 'Protesters carried banners accusing Botswana of murder.\n', 'Botswana of murder'),
    (_F24 + "Graffiti in Katima Mulilo calls Botswana's soldiers killers.\n", "Botswana's soldiers killers"),
    (_F24 + "The petition, signed by 3,000 fishermen, blames Botswana's soldiers for the deaths.\n", "Botswana's soldiers for the deaths"),
    (_F24 + "In the lawsuit, Botswana's soldiers are named as the killers.\n", "Botswana's soldiers are named as the killers"),
    (_F24 + "Namibia's indictment names three Botswana soldiers as the killers.\n", 'three Botswana soldiers as the killers'),
]


# fact24: culprits named by a document ("Court papers name X as the killers"), an act called "supposed"
FACT24_MORE += [
    (_F24 + "Court papers name Botswana's soldiers as the killers.\n", "Botswana's soldiers as the killers"),
    (_F24 + 'The Namibian dossier identifies two Botswana officers as the culprits.\n', 'two Botswana officers as the culprits'),
    (_F24 + "Namibia recalled its envoy over Botswana's supposed arming of the poachers.\n", "Botswana's supposed arming of the poachers"),
    (_F24 + 'Namibia recalled its envoy over the supposed shooting of two fishermen by Botswana soldiers.\n', 'the supposed shooting of two fishermen by Botswana soldiers'),
]


@pytest.mark.parametrize(("text", "alleged"), FACT24 + FACT24_MORE)
def test_a_view_a_feeling_or_an_announced_account_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_passive_held_responsible_is_an_unnamed_allegation(drafter):
    """ "X is held responsible for ...": who holds it so is not said: the unknown speaker's
    allegation, kept rather than dropped (fact24)."""
    text = _F24 + "The Chobe Liberation Front is held responsible for the deaths of forty fishermen.\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    held = [(c.speaker, c.status) for c in ann.claims if "held responsible" in c.quote]
    assert held == [("unknown-speaker", "alleged")], [(c.speaker, c.status, c.quote) for c in ann.claims]


# fact24: a column's writer certain of another's act without "I" ("Clearly, ...", "There is no doubt
# that ..."), or naming the actors by a demonym: the writer's charge, alleged, never the article's fact.
WRITER_CERTAIN = [
    "Clearly, Lomé moved the border posts last spring.",
    "Undeniably, Togolese gendarmes fired on the ferry.",
    "Make no mistake: Lomé moved the border posts last spring.",
    "There is no doubt that Lomé moved the border posts last spring.",
    "It is clear that Lomé moved the border posts last spring.",
    "But obviously, Togolese gendarmes fired on the ferry.",
    "It is obvious that Togolese gendarmes fired on the ferry.",
    "Plainly, the gendarmes in Lomé closed the crossing to spite Accra.",
    "I am sure Togolese gendarmes fired on the ferry.",
]


@pytest.mark.parametrize("sentence", WRITER_CERTAIN)
def test_a_columns_certainty_about_anothers_act_is_its_writers_charge(drafter, sentence):
    text = COLUMN_HEAD + sentence + "\n"
    alleged = sentence.split(", ", 1)[-1].split(": ", 1)[-1].split(" that ", 1)[-1].removeprefix("I am sure ")
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert {(c.speaker, c.status) for c in ann.claims if c.span.start >= at} <= {("ama-mensah", "alleged")}


@pytest.mark.parametrize(
    "sentence",
    ["Clearly, the river is the lifeblood of both towns.", "Obviously, the ferry matters more than the flags."],
)
def test_a_columns_certainty_about_no_ones_act_keeps_its_voice(drafter, sentence):
    """The twins: the writer's certainty about a thing, not about another's act, is the column's view."""
    text = COLUMN_HEAD + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert [(c.speaker, c.status) for c in ann.claims if c.span.start >= at] == [("article", "asserted")]


# fact24: whose words a sentence was, said by its tail or the next sentence ("..., goes the Namibian
# version.", "..., charges Windhoek.", "..., which Gaborone disputes." with no accuser named, "Or that
# is the story in Windhoek."), and their neighbours that already held.
FACT24_TAILS = [
    (_F24 + "Botswana's soldiers fired first, per Windhoek.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, in Windhoek's telling.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, the fishermen's version goes.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, goes the Namibian version.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, runs the Namibian argument.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first. Or that is the story in Windhoek.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first. That at least is how Windhoek tells it.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first. Gaborone disputes this.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first. Gaborone denies it.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, something Gaborone rejects.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, which Gaborone disputes.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, charges Windhoek.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, Namibian state TV showed.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, in the words of Windhoek's police chief.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, to hear Windhoek tell it.\n", "Botswana's soldiers fired first"),
    (_F24 + "To hear Windhoek tell it, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "If you believe Windhoek, Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek would have us believe that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek wants the world to believe that Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + "Windhoek paints Botswana's soldiers as trigger-happy.\n", "Botswana's soldiers as trigger-happy"),
    (_F24 + "Windhoek portrays Botswana's soldiers as trigger-happy.\n", "Botswana's soldiers as trigger-happy"),
    (_F24 + "Windhoek casts Botswana's soldiers as the aggressors.\n", "Botswana's soldiers as the aggressors"),
    (_F24 + "Windhoek is quick to blame Botswana's soldiers for the deaths.\n", "Botswana's soldiers for the deaths"),
    (_F24 + "Windhoek sees the shootings as proof of Botswana's designs on the island.\n", "proof of Botswana's designs on the island"),
    (_F24 + 'Windhoek reads the shootings as a warning from Gaborone.\n', 'a warning from Gaborone'),
    (_F24 + 'In Windhoek, the shootings are seen as an act of war by Botswana.\n', 'an act of war by Botswana'),
    (_F24 + "In Windhoek, everyone knows Botswana's soldiers fired first.\n", "Botswana's soldiers fired first"),
    (_F24 + 'In Windhoek, it is an open secret that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'It is an open secret that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Namibians have long whispered that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Namibian fishermen have a theory: Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'The Namibian press has been full of claims that Botswana armed the poachers.\n', 'Botswana armed the poachers'),
    (_F24 + 'Namibian newspapers are full of stories about Botswana arming the poachers.\n', 'Botswana arming the poachers'),
]


# fact24, more tails: "..., witnesses agree.", "..., the survivors recall.", "..., by the fishermen's
# account.", "..., on the evidence of ...", "..., if Windhoek is right.", "(Namibian police)", and a
# parenthesis "A, Windhoek's argument goes, B."
FACT24_TAILS += [
    (_F24 + "Botswana's soldiers fired first, if Windhoek is right.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, if the fishermen are telling the truth.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, if Windhoek is to be believed.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, as Windhoek sees it.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, as Windhoek would have it.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, as Windhoek puts it.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, as far as Windhoek is concerned.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers, as Windhoek sees it, fired first.\n", "Botswana's soldiers, as Windhoek sees it, fired first."),
    (_F24 + "Botswana's soldiers, Windhoek's argument goes, fired first.\n", "Botswana's soldiers, Windhoek's argument goes, fired first."),
    (_F24 + "Botswana's soldiers, the thinking in Windhoek goes, fired first.\n", "Botswana's soldiers, the thinking in Windhoek goes, fired first."),
    (_F24 + "Botswana's soldiers - the fishermen are adamant - fired first.\n", "Botswana's soldiers - the fishermen are adamant - fired first."),
    (_F24 + "Botswana's soldiers (the fishermen are adamant) fired first.\n", "Botswana's soldiers (the fishermen are adamant) fired first."),
    (_F24 + "Botswana's soldiers fired first (Namibian police).\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first – Namibian police.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, according to the fishermen interviewed by this newspaper.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, by the fishermen's account.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, on the fishermen's account.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, on the evidence of the fishermen.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, witnesses agree.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, three witnesses agree.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, the survivors recall.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, the survivors remember.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, the survivors swear.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, the survivors testify.\n", "Botswana's soldiers fired first"),
    (_F24 + "Botswana's soldiers fired first, the survivors recounted.\n", "Botswana's soldiers fired first"),
]


@pytest.mark.parametrize(("text", "alleged"), FACT24_TAILS)
def test_a_tail_or_a_next_sentence_that_names_whose_version_it_is_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "sentence",
    [
        "Namibia reopened the ferry crossing at Katima Mulilo on Tuesday, which Gaborone welcomed.",
        "Namibia reopened the ferry crossing at Katima Mulilo on Tuesday, runs the notice at the jetty.",
        "Namibia reopened the ferry crossing at Katima Mulilo on Tuesday. That is the third time this year.",
        "Namibia reopened the ferry crossing at Katima Mulilo on Tuesday, and both sides agreed.",
        "Namibia reopened the ferry crossing at Katima Mulilo on Tuesday, on the orders of its president.",
        "Namibia reopened the ferry crossing at Katima Mulilo on Tuesday, if only for a day.",
        "Namibia named two ministers as its envoys to the talks on Tuesday.",
    ],
)
def test_a_tail_that_names_no_version_keeps_its_voice(drafter, sentence):
    """The twins: a tail or a next sentence that welcomes, runs, or counts is no one's version."""
    text = _F24 + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at]


# fact24b: charges the article still took for granted: an act named inside a protest's noun phrase
# ("marched against Guinea's occupation of ..."), a demand that the doers be punished ("punish the
# soldiers who shot ..."), wire copy's regret at a that-clause, a headline's quoted predicate with a
# place after it, and what material released by someone shows.
_F24B = "Guinea and Liberia met in Conakry on Monday.\n\n"
_F24B_WIRE = "Guinea and Liberia hold talks\n\nCONAKRY (Wire) - Guinea and Liberia held talks on Monday about the Mano river.\n\n"
_F24B_HEAD = "\n\nMONROVIA (Wire) - Guinea and Liberia held talks on Monday.\n"
FACT24B = [
    (_F24B + "Hundreds of fishermen protested in Ganta at the burning of their boats by Guinean soldiers.\n", "the burning of their boats by Guinean soldiers"),
    (_F24B + "Students marched in Monrovia against Guinea's occupation of Yenga.\n", "Guinea's occupation of Yenga"),
    (_F24B + "Traders rallied in Ganta against the seizure of their goods by Guinean customs men.\n", "the seizure of their goods by Guinean customs men"),
    (_F24B + "Villagers demonstrated outside the embassy over the killing of two farmers by Guinean troops.\n", "the killing of two farmers by Guinean troops"),
    (_F24B + "Crowds gathered in Monrovia to protest Guinea's annexation of the river island.\n", "Guinea's annexation of the river island"),
    (_F24B + "Liberian women held a vigil against Guinea's shelling of border villages.\n", "Guinea's shelling of border villages"),
    (_F24B + "Fishermen staged a sit-in over the sinking of three canoes by a Guinean patrol boat.\n", "the sinking of three canoes by a Guinean patrol boat"),
    (_F24B + "Hundreds protested in Ganta against the beating of traders by Guinean police.\n", "the beating of traders by Guinean police"),
    (_F24B + "Protesters in Ganta rallied over the detention of six fishermen by Guinean guards.\n", "the detention of six fishermen by Guinean guards"),
    (_F24B + "Mourners marched to the border to denounce the shooting of a boy by Guinean police.\n", "the shooting of a boy by Guinean police"),
    (_F24B + "Monrovia demands that Conakry punish the soldiers who shot the fishermen.\n", "the soldiers who shot the fishermen"),
    (_F24B + "Liberia demanded that Guinea punish the officers who burned the boats.\n", "the officers who burned the boats"),
    (_F24B + "Liberia wants Guinea to prosecute the soldiers who killed the farmers.\n", "the soldiers who killed the farmers"),
    (_F24B + "Monrovia called on Conakry to hand over the men who attacked the ferry.\n", "the men who attacked the ferry"),
    (_F24B + "Liberia insists that Guinea discipline the guards who beat the traders.\n", "the guards who beat the traders"),
    (_F24B + "Monrovia asked Conakry to arrest the soldiers who looted the market.\n", "the soldiers who looted the market"),
    (_F24B + "Liberia pressed Guinea to jail the guards who beat the traders.\n", "the guards who beat the traders"),
    (_F24B + "The ministry urged Conakry to bring to justice the soldiers who burned the canoes.\n", "the soldiers who burned the canoes"),
    (_F24B_WIRE + "Liberia regrets that Guinean soldiers fired on its fishermen.\n", "Guinean soldiers fired on its fishermen"),
    (_F24B_WIRE + "The ministry recalls that Guinean troops crossed the river in May.\n", "Guinean troops crossed the river in May"),
    (_F24B_WIRE + "Monrovia deplores that Guinean patrols seized three canoes.\n", "Guinean patrols seized three canoes"),
    (_F24B_WIRE + "Liberia notes that Guinean soldiers have occupied Yenga since 2001.\n", "Guinean soldiers have occupied Yenga since 2001"),
    (_F24B_WIRE + "The statement recalled that Guinea had shelled the border villages.\n", "Guinea had shelled the border villages"),
    (_F24B_WIRE + "Liberia deeply regrets that Guinean police beat the traders.\n", "Guinean police beat the traders"),
    (_F24B_WIRE + "Monrovia laments that Guinean soldiers burned the boats.\n", "Guinean soldiers burned the boats"),
    (_F24B_WIRE + "Liberia reminded that Guinean troops had crossed the river twice.\n", "Guinean troops had crossed the river twice"),
    (_F24B_WIRE + "Liberia regretted that Guinean troops had crossed into Lofa.\n", "Guinean troops had crossed into Lofa"),
    ("Guinean soldiers 'fired first' on the Mano" + _F24B_HEAD, "Guinean soldiers 'fired first' on the Mano"),
    ("Guinean troops 'burned boats' near Ganta" + _F24B_HEAD, "Guinean troops 'burned boats' near Ganta"),
    ('Guinean police "beat traders" at Yenga market' + _F24B_HEAD, 'Guinean police "beat traders" at Yenga market'),
    ("Guinea 'armed rebels' in Lofa, says report" + _F24B_HEAD, "Guinea 'armed rebels' in Lofa"),
    ("Guinean soldiers ‘shot fishermen’ on the Mano river" + _F24B_HEAD, "Guinean soldiers ‘shot fishermen’ on the Mano river"),
    ("Guinean guards 'seized canoes' off Yenga" + _F24B_HEAD, "Guinean guards 'seized canoes' off Yenga"),
    (_F24B + "Monrovia's evidence is a video. It shows Guinean soldiers setting fire to the canoes.\n", "Guinean soldiers setting fire to the canoes"),
    (_F24B + "The video, released by Monrovia, shows Guinean soldiers setting fire to the canoes.\n", "Guinean soldiers setting fire to the canoes"),
    (_F24B + "Liberia's proof is a set of photographs. They show Guinean troops on the island.\n", "Guinean troops on the island"),
    (_F24B + "The photographs, published by Liberia's army, show Guinean troops on the island.\n", "Guinean troops on the island"),
    (_F24B + "Monrovia released a video on Tuesday. It shows Guinean soldiers beating the traders.\n", "Guinean soldiers beating the traders"),
    (_F24B + "Footage released by Liberia's police shows Guinean soldiers firing on the canoes.\n", "Guinean soldiers firing on the canoes"),
    (_F24B + "A video posted by Monrovia's interior ministry appears to show Guinean troops crossing the river.\n", "Guinean troops crossing the river"),
    (_F24B + "Liberia's dossier contains satellite images. They show Guinean guns on the island.\n", "Guinean guns on the island"),
    (_F24B + "Images, published by Liberia's navy, show Guinean gunboats in its waters.\n", "Guinean gunboats in its waters"),
    (_F24B + "Photos shared by Monrovia's police show Guinean soldiers looting the market.\n", "Guinean soldiers looting the market"),
    (_F24B + "Liberia demanded an apology for the shooting of its fishermen by Guinean guards.\n", "the shooting of its fishermen by Guinean guards"),
    (_F24B + "Liberia summoned Guinea's envoy over the sinking of a ferry by a Guinean gunboat.\n", "the sinking of a ferry by a Guinean gunboat"),
    (_F24B + "Students boycotted classes against Guinea's occupation of Yenga.\n", "Guinea's occupation of Yenga"),
    (_F24B + "Liberia demanded that Guinea compensate the families of the fishermen its soldiers killed.\n", "the fishermen its soldiers killed"),
    (_F24B + "The clip, which Monrovia released on Tuesday, shows Guinean soldiers burning canoes.\n", "Guinean soldiers burning canoes"),
    (_F24B + "In the video, released by Liberia's army, Guinean soldiers can be seen burning canoes.\n", "Guinean soldiers can be seen burning canoes"),
    (_F24B_WIRE + "Liberia deplored the fact that Guinean soldiers fired on its fishermen.\n", "Guinean soldiers fired on its fishermen"),
    ("Guinean troops 'opened fire' across the Mano" + _F24B_HEAD, "Guinean troops 'opened fire' across the Mano"),
    (_F24B + "Liberia wants justice for the fishermen shot by Guinean soldiers.\n", "the fishermen shot by Guinean soldiers"),
    (_F24B + "Hundreds rallied in Ganta for the traders detained by Guinean police.\n", "the traders detained by Guinean police"),
]


@pytest.mark.parametrize(("text", "alleged"), FACT24B)
def test_a_charge_inside_a_protest_a_demand_a_regret_or_released_material_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("head", "sentence"),
    [
        (_F24B, "Hundreds of fishermen protested in Ganta on Tuesday over fuel prices."),
        (_F24B, "Students marched in Monrovia against the closure of the border."),
        (_F24B, "Crowds gathered in Monrovia to protest the rise in bread prices."),
        (_F24B, "Liberia demanded that Guinea reopen the border crossing."),
        (_F24B, "Liberia closed the border at Ganta on Tuesday."),
        (_F24B, "Liberia demanded an explanation for the closure of the border."),
        (_F24B, "Hundreds rallied in Ganta for the fishermen's union on Tuesday."),
        (_F24B, "Liberia summoned Guinea's envoy on Tuesday over the border closure."),
        (_F24B_WIRE, "Liberia regrets the closure of the border."),
        (_F24B_WIRE, "The ministry recalled its ambassador from Conakry on Tuesday."),
    ],
)
def test_a_protest_a_demand_or_a_regret_that_names_no_ones_act_keeps_its_voice(drafter, head, sentence):
    """The twins: a protest over prices, a demand to reopen, a regret at a closure are the article's report."""
    text = head + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert [(c.speaker, c.status) for c in ann.claims if c.span.start >= at] == [("article", "asserted")]


def test_a_regret_in_the_issuers_own_statement_keeps_its_voice(drafter):
    """In a statement headed so, "Liberia regrets that ..." is its issuer's voice, the article's own."""
    sentence = "Liberia regrets that Guinea closed the Ganta crossing without notice."
    text = "MINISTRY OF FOREIGN AFFAIRS OF LIBERIA\n\nSTATEMENT\n\nMonrovia, 3 March 2026\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert [(c.speaker, c.status) for c in ann.claims if c.span.start >= at] == [("article", "asserted")]


# fact25: forms of a charge or a grouping in the article's own sentence that someone else makes: a
# charge in a noun phrase ("amid the alleged shelling of X by Y's forces", "what Z described as"), a
# headline, bullet, caption, sub-head or standfirst, a grouping named right after someone's words or
# in the next sentence ("That axis, he said, ..."), passive verbs of report and hedges ("is said to",
# "reportedly", "appears to", "were accused of"), sentences that go on after "X said:" without quotes,
# tails and next sentences that name whose version it is. Sentences of our own (Bolivia, Paraguay).
_F25 = "Bolivia and Paraguay met in Asunción on Monday.\n\n"
_F25_WIRE = (
    "Bolivia and Paraguay hold talks\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday about the "
    "Pilcomayo.\n\n"
)
FACT25 = [
    (_F25 + 'Talks stalled following what La Paz described as the shelling of Puerto Suárez by Paraguayan forces.\n', 'the shelling of Puerto Suárez by Paraguayan forces'),
    (_F25 + 'Talks stalled amid the alleged shelling of Puerto Suárez by Paraguayan forces.\n', 'the alleged shelling of Puerto Suárez by Paraguayan forces'),
    (_F25 + 'The alleged shelling of Puerto Suárez by Paraguayan forces drew protests in La Paz.\n', 'The alleged shelling of Puerto Suárez by Paraguayan forces'),
    (_F25 + 'Bolivia recalled its envoy over the so-called Chaco incursion by Paraguayan troops.\n', 'the so-called Chaco incursion by Paraguayan troops'),
    (_F25 + "Bolivia recalled its envoy over Paraguay's reported arming of the rebels.\n", "Paraguay's reported arming of the rebels"),
    (_F25 + "Bolivia recalled its envoy over Paraguay's purported arming of the rebels.\n", "Paraguay's purported arming of the rebels"),
    (_F25 + 'Bolivia recalled its envoy over what officials in La Paz call an invasion of the Chaco by Paraguay.\n', 'an invasion of the Chaco by Paraguay'),
    (_F25 + "Bolivia recalled its envoy after what it called Paraguay's invasion of the Chaco.\n", "Paraguay's invasion of the Chaco"),
    (_F25 + 'Bolivia recalled its envoy over what it termed Paraguayan aggression in the Chaco.\n', 'Paraguayan aggression in the Chaco'),
    (_F25 + 'The talks followed the suspected sinking of a Bolivian barge by a Paraguayan gunboat.\n', 'the suspected sinking of a Bolivian barge by a Paraguayan gunboat'),
    (_F25 + "Paraguay's apparent role in arming the rebels angered La Paz.\n", "Paraguay's apparent role in arming the rebels"),
    (_F25 + 'Relations soured after the alleged poisoning of the Pilcomayo by a Paraguayan mine.\n', 'the alleged poisoning of the Pilcomayo by a Paraguayan mine'),
    (_F25 + "Bolivia cut ties, citing Paraguay's arming of the rebels.\n", "Paraguay's arming of the rebels"),
    (_F25 + "Bolivia cut ties over what La Paz sees as Paraguay's arming of the rebels.\n", "Paraguay's arming of the rebels"),
    ('Paraguay shelled border town, Bolivia says\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n', 'Paraguay shelled border town'),
    ('Paraguayan troops crossed the Pilcomayo: La Paz\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n', 'Paraguayan troops crossed the Pilcomayo'),
    ('Paraguay armed the rebels - Bolivian minister\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n', 'Paraguay armed the rebels'),
    ('Bolivia says Paraguay armed rebels\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n', 'Paraguay armed rebels'),
    ('Paraguay accused of arming Chaco rebels\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n', 'arming Chaco rebels'),
    (_F25_WIRE + 'Key points:\n\n- Paraguayan troops crossed the Pilcomayo, La Paz says\n- Asunción denies it\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25_WIRE + '* Bolivia accuses Paraguay of arming the rebels\n* Talks continue on Tuesday\n', 'Paraguay of arming the rebels'),
    (_F25_WIRE + 'Photo: Smoke rises over Puerto Suárez after what residents said was Paraguayan shelling.\n', 'Paraguayan shelling'),
    (_F25_WIRE + 'Caption: Villagers who say Paraguayan soldiers burned their homes wait at a camp near Villamontes.\n', 'Paraguayan soldiers burned their homes'),
    (_F25_WIRE + "PARAGUAY 'ARMED THE REBELS'\n\nBolivia's defence minister spoke on Tuesday.\n", "PARAGUAY 'ARMED THE REBELS'"),
    ('Bolivia and Paraguay at odds\n\nLa Paz accuses Asunción of arming the rebels in the Chaco\n\nLA PAZ (Wire) - The two held talks on Monday.\n', 'Asunción of arming the rebels in the Chaco'),
    (_F25 + "The 'Chaco front', as the Bolivian minister calls it, met in Asunción on Friday.\n", "The 'Chaco front'"),
    (_F25 + "Bolivia's minister spoke of an axis of Asunción and Brasília. That axis, he said, arms the rebels.\n", 'That axis, he said, arms the rebels'),
    (_F25 + 'The Asunción-Brasília axis, as La Paz calls it, held drills on Friday.\n', 'The Asunción-Brasília axis'),
    (_F25 + "Paraguay and Brazil, a 'hostile bloc' in the words of Bolivia's minister, held drills on Friday.\n", "a 'hostile bloc'"),
    (_F25 + "Paraguay and Brazil, dubbed the 'river cartel' by La Paz, held drills on Friday.\n", "Paraguay and Brazil, dubbed the 'river cartel'"),
    (_F25 + "Bolivia's president denounced a 'southern camp' of Paraguay and Brazil. The camp, he added, wants the Chaco.\n", 'The camp, he added, wants the Chaco'),
    (_F25 + 'It was alleged that Paraguayan troops crossed the Pilcomayo.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'It is alleged that Paraguayan troops crossed the Pilcomayo.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'It has been claimed that Paraguayan troops crossed the Pilcomayo.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'It is widely believed that Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Paraguay is said to have armed the rebels.\n', 'Paraguay is said to have armed the rebels'),
    (_F25 + 'Paraguay is believed to have armed the rebels.\n', 'Paraguay is believed to have armed the rebels'),
    (_F25 + 'Paraguay is thought to have armed the rebels.\n', 'Paraguay is thought to have armed the rebels'),
    (_F25 + 'Paraguay is understood to have armed the rebels.\n', 'Paraguay is understood to have armed the rebels'),
    (_F25 + 'Paraguay is reported to have armed the rebels.\n', 'Paraguay is reported to have armed the rebels'),
    (_F25 + 'Paraguay is rumoured to have armed the rebels.\n', 'Paraguay is rumoured to have armed the rebels'),
    (_F25 + 'Paraguay is suspected to have armed the rebels.\n', 'Paraguay is suspected to have armed the rebels'),
    (_F25 + 'Paraguayan troops reportedly crossed the Pilcomayo on Monday.\n', 'Paraguayan troops reportedly crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops allegedly crossed the Pilcomayo on Monday.\n', 'Paraguayan troops allegedly crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops purportedly crossed the Pilcomayo on Monday.\n', 'Paraguayan troops purportedly crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops apparently crossed the Pilcomayo on Monday.\n', 'Paraguayan troops apparently crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops supposedly crossed the Pilcomayo on Monday.\n', 'Paraguayan troops supposedly crossed the Pilcomayo'),
    (_F25 + 'Paraguayan soldiers were accused of looting shops in Villamontes.\n', 'looting shops in Villamontes'),
    (_F25 + 'Paraguayan soldiers have been accused of looting shops in Villamontes.\n', 'looting shops in Villamontes'),
    (_F25 + 'Paraguayan troops crossed the Pilcomayo, according to reports.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'According to reports, Paraguayan troops crossed the Pilcomayo.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops crossed the Pilcomayo, local media reported.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'Paraguay appears to have armed the rebels.\n', 'Paraguay appears to have armed the rebels'),
    (_F25 + 'Paraguay seems to have armed the rebels.\n', 'Paraguay seems to have armed the rebels'),
    (_F25 + 'Paraguay may have armed the rebels.\n', 'Paraguay may have armed the rebels'),
    (_F25 + 'Paraguay probably armed the rebels.\n', 'Paraguay probably armed the rebels'),
    (_F25 + 'Paraguay is widely suspected of arming the rebels.\n', 'arming the rebels'),
    (_F25 + 'Paraguayan troops are reported to have crossed the Pilcomayo.\n', 'Paraguayan troops are reported to have crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops were reported to have crossed the Pilcomayo.\n', 'Paraguayan troops were reported to have crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops are alleged to have crossed the Pilcomayo.\n', 'Paraguayan troops are alleged to have crossed the Pilcomayo'),
    (_F25 + 'Paraguayan troops were seen crossing the Pilcomayo, residents said.\n', 'Paraguayan troops were seen crossing the Pilcomayo'),
    (_F25 + 'There were reports that Paraguayan troops had crossed the Pilcomayo.\n', 'Paraguayan troops had crossed the Pilcomayo'),
    (_F25 + 'Reports say Paraguayan troops crossed the Pilcomayo.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'Reportedly, Paraguayan troops crossed the Pilcomayo on Monday.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'Allegedly, Paraguayan troops crossed the Pilcomayo on Monday.\n', 'Paraguayan troops crossed the Pilcomayo'),
    (_F25 + 'Paraguay, it is claimed, armed the rebels.\n', 'Paraguay, it is claimed, armed the rebels'),
    (_F25 + 'Paraguay, it is said, armed the rebels.\n', 'Paraguay, it is said, armed the rebels'),
    (_F25 + "Bolivia's defence minister said:\n\nParaguayan troops crossed the Pilcomayo on Monday. They burned two villages near Villamontes.\n", 'They burned two villages near Villamontes'),
    (_F25 + 'The minister told reporters:\n\nParaguay has armed the rebels for years. It pays their commanders in dollars.\n', 'It pays their commanders in dollars'),
    (_F25 + 'In a statement, the Bolivian army said:\n\nParaguayan gunboats fired on a barge. Two sailors were killed.\n', 'Paraguayan gunboats fired on a barge'),
    (_F25 + 'Bolivia\'s minister said:\n\n"Paraguayan troops crossed the Pilcomayo."\n\nThey burned two villages, he added.\n', 'They burned two villages'),
    (_F25 + 'Paraguayan troops crossed the Pilcomayo in what La Paz called an invasion.\n', 'an invasion'),
    (_F25 + 'Paraguayan troops crossed the Pilcomayo, in what La Paz called a provocation.\n', 'a provocation'),
    (_F25 + 'Paraguay armed the rebels, two sources told Reuters.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Paraguay armed the rebels, sources said.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Paraguay armed the rebels, a diplomat who asked not to be named said.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Paraguay armed the rebels, says a new report by Human Rights Watch.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Paraguay armed the rebels, a leaked cable shows.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Paraguay armed the rebels, in breach of the 1938 treaty, Bolivia charges.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Bolivia has evidence that Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25 + "Bolivia's case rests on the claim that Paraguay armed the rebels.\n", 'Paraguay armed the rebels'),
    (_F25 + 'Bolivia asked why Paraguay had armed the rebels.\n', 'Paraguay had armed the rebels'),
    (_F25 + 'Bolivia blamed the attack on Paraguay.\n', 'the attack on Paraguay'),
    (_F25 + "La Paz sees Paraguay's hand in the attack on the barge.\n", "Paraguay's hand in the attack on the barge"),
    (_F25 + 'Bolivian officials suspect Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Bolivia is convinced that Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25 + 'Bolivia warned that Paraguay was arming the rebels.\n', 'Paraguay was arming the rebels'),
    (_F25 + "Bolivia's claim that Paraguay armed the rebels angered Asunción.\n", 'Paraguay armed the rebels'),
    (_F25 + "Paraguay's arming of the rebels, which La Paz has documented, angered Brazil.\n", "Paraguay's arming of the rebels"),
    (_F25 + "Bolivia's defence minister said Paraguayan troops crossed the Pilcomayo on Monday. The soldiers burned two villages and killed a farmer, he said.\n", 'The soldiers burned two villages and killed a farmer'),
    (_F25 + "Bolivia's foreign minister warned of a new 'southern axis'. The axis, which includes Paraguay and Brazil, held drills on Friday.\n", 'The axis, which includes Paraguay and Brazil'),
    (_F25 + "Paraguay, Brazil and Uruguay - the 'river bloc', as La Paz calls it - held drills on Friday.\n", "the 'river bloc'"),
    (_F25 + "The so-called 'river alliance' of Paraguay and Brazil held drills on Friday.\n", "The so-called 'river alliance' of Paraguay and Brazil"),
    (_F25 + "Members of the so-called 'river alliance', Paraguay and Brazil, held drills on Friday.\n", "the so-called 'river alliance', Paraguay and Brazil"),
    (_F25 + "Bolivia's minister spoke of an 'axis of Asunción and Brasília'. Paraguay and Brazil held drills on Friday.\n", "an 'axis of Asunción and Brasília'"),
    ('La Paz says Asunción has armed the Chaco rebels for years\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n', 'Asunción has armed the Chaco rebels for years'),
    (_F25_WIRE + 'Asunción has armed the rebels for years, La Paz says; Asunción denies it.\n', 'Asunción has armed the rebels for years'),
    (_F25_WIRE + "Bolivia's minister, Ana Quispe, said:\n\nParaguay armed the rebels. It paid their commanders. It hid their weapons in Filadelfia.\n", 'It hid their weapons in Filadelfia'),
    (_F25_WIRE + "Ana Quispe, Bolivia's minister, wrote on Tuesday:\n\nParaguay armed the rebels and paid their commanders.\n", 'Paraguay armed the rebels and paid their commanders'),
    (_F25_WIRE + "Here is what Bolivia's minister said:\n\nParaguay armed the rebels and paid their commanders.\n", 'Paraguay armed the rebels and paid their commanders'),
    (_F25_WIRE + "Quispe's account:\n\nParaguay armed the rebels and paid their commanders.\n", 'Paraguay armed the rebels and paid their commanders'),
    (_F25_WIRE + 'Paraguayan troops crossed the Pilcomayo on Monday, Bolivia\'s minister said. "They came at night," she said. They burned two villages.\n', 'They burned two villages'),
    (_F25_WIRE + 'Paraguay was behind the attack, Quispe said, adding that its gunboats had sunk the barge.\n', 'its gunboats had sunk the barge'),
    (_F25_WIRE + 'Paraguay was behind the attack, Quispe said, and its gunboats sank the barge.\n', 'its gunboats sank the barge'),
    (_F25_WIRE + 'According to Quispe, Paraguay was behind the attack. Its gunboats sank the barge.\n', 'Its gunboats sank the barge'),
    (_F25_WIRE + 'Quispe blamed Paraguay. Its gunboats, she said, sank the barge.\n', 'Its gunboats, she said, sank the barge'),
    (_F25_WIRE + "Bolivia's version is this: Paraguayan gunboats sank the barge.\n", 'Paraguayan gunboats sank the barge'),
    (_F25_WIRE + "In Bolivia's telling, Paraguayan gunboats sank the barge.\n", 'Paraguayan gunboats sank the barge'),
    (_F25_WIRE + 'In La Paz, the view is that Paraguayan gunboats sank the barge.\n', 'Paraguayan gunboats sank the barge'),
    (_F25_WIRE + 'For La Paz, Paraguayan gunboats sank the barge.\n', 'Paraguayan gunboats sank the barge'),
    (_F25_WIRE + 'Bolivian investigators concluded that Paraguayan gunboats sank the barge.\n', 'Paraguayan gunboats sank the barge'),
    (_F25_WIRE + 'A Bolivian inquiry found Paraguayan gunboats sank the barge.\n', 'Paraguayan gunboats sank the barge'),
    (_F25_WIRE + 'Bolivian officials pointed to Paraguayan gunboats as the culprits.\n', 'Paraguayan gunboats as the culprits'),
    (_F25_WIRE + 'Bolivia has long suspected Paraguay of arming the rebels.\n', 'Paraguay of arming the rebels'),
    (_F25_WIRE + 'The barge was sunk by Paraguayan gunboats, survivors told local radio.\n', 'The barge was sunk by Paraguayan gunboats'),
    (_F25_WIRE + 'The barge was reportedly sunk by Paraguayan gunboats.\n', 'The barge was reportedly sunk by Paraguayan gunboats'),
    (_F25_WIRE + 'The barge was allegedly sunk by Paraguayan gunboats.\n', 'The barge was allegedly sunk by Paraguayan gunboats'),
    (_F25_WIRE + 'The barge is believed to have been sunk by Paraguayan gunboats.\n', 'The barge is believed to have been sunk by Paraguayan gunboats'),
    (_F25_WIRE + 'Paraguayan gunboats are suspected of sinking the barge.\n', 'Paraguayan gunboats are suspected of sinking the barge'),
    (_F25_WIRE + 'Paraguayan gunboats are understood to have sunk the barge.\n', 'Paraguayan gunboats are understood to have sunk the barge'),
    (_F25_WIRE + 'Paraguayan gunboats appear to have sunk the barge.\n', 'Paraguayan gunboats appear to have sunk the barge'),
    (_F25_WIRE + 'Paraguayan gunboats likely sank the barge.\n', 'Paraguayan gunboats likely sank the barge'),
    (_F25_WIRE + 'Paraguayan gunboats are thought to be behind the sinking.\n', 'Paraguayan gunboats are thought to be behind the sinking'),
    (_F25_WIRE + 'Paraguay is accused by La Paz of sinking the barge.\n', 'sinking the barge'),
    (_F25_WIRE + 'Paraguay, accused by La Paz of sinking the barge, denied any role.\n', 'sinking the barge'),
    (_F25_WIRE + 'Paraguay, which La Paz blames for the sinking, denied any role.\n', 'La Paz blames for the sinking'),
    (_F25_WIRE + "Paraguay, La Paz's chief suspect, denied any role.\n", "La Paz's chief suspect"),
    (_F25_WIRE + 'It was Paraguay that sank the barge, La Paz insists.\n', 'It was Paraguay that sank the barge'),
    (_F25_WIRE + 'Paraguay sank the barge - or so La Paz says.\n', 'Paraguay sank the barge'),
    (_F25_WIRE + 'Paraguay sank the barge, La Paz says, a charge Asunción denies.\n', 'Paraguay sank the barge'),
    (_F25_WIRE + 'Paraguay sank the barge. Bolivia says so, anyway.\n', 'Paraguay sank the barge'),
    (_F25_WIRE + 'Quispe said Paraguay armed the rebels. Asunción, she added, also paid them. It hid their guns in Filadelfia.\n', 'It hid their guns in Filadelfia'),
    (_F25_WIRE + '"Paraguay armed the rebels," Quispe said. "It paid them." It also hid their guns in Filadelfia, she said.\n', 'It also hid their guns in Filadelfia'),
    (_F25_WIRE + "Bolivia's case, as Quispe set it out, is simple: Paraguay armed the rebels.\n", 'Paraguay armed the rebels'),
    (_F25_WIRE + "Quispe's charge - that Paraguay armed the rebels - was denied in Asunción.\n", 'Paraguay armed the rebels'),
    (_F25_WIRE + 'The charge: Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25_WIRE + 'The accusation is that Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25_WIRE + 'What La Paz alleges is that Paraguay armed the rebels.\n', 'Paraguay armed the rebels'),
    (_F25_WIRE + "La Paz's complaint is that Paraguay armed the rebels.\n", 'Paraguay armed the rebels'),
    (_F25_WIRE + "Bolivia's grievance: Paraguayan gunboats sank a barge in May.\n", 'Paraguayan gunboats sank a barge in May'),
    (_F25_WIRE + 'The ministry listed its grievances. Paraguayan gunboats sank a barge in May. Paraguayan troops crossed the river in June.\n', 'Paraguayan gunboats sank a barge in May'),
    (_F25_WIRE + "Paraguayan troops crossed the river in June, the ministry's statement continued.\n", 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'Paraguayan troops crossed the river in June, the statement goes on.\n', 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'Paraguayan troops crossed the river in June, claims the statement.\n', 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'Paraguayan troops crossed the river in June, per the ministry.\n', 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'Paraguayan troops crossed the river in June, the ministry alleged.\n', 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'Paraguayan troops crossed the river in June, the ministry alleges, and burned two villages.\n', 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'Paraguayan troops, the ministry alleges, crossed the river in June.\n', 'Paraguayan troops, the ministry alleges, crossed the river in June.'),
    (_F25_WIRE + 'Paraguayan troops crossed the river in June (according to the ministry).\n', 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + "Paraguayan troops crossed the river in June [the ministry's account].\n", 'Paraguayan troops crossed the river in June'),
    (_F25_WIRE + 'The shelling of Villamontes by Paraguayan guns, which La Paz reported on Monday, killed three.\n', 'The shelling of Villamontes by Paraguayan guns'),
    (_F25_WIRE + "Paraguay's 'invasion' of the Chaco began in June, Bolivian officials say.\n", "Paraguay's 'invasion' of the Chaco began in June"),
    (_F25_WIRE + "Paraguay's invasion of the Chaco, as La Paz calls the crossing, began in June.\n", "Paraguay's invasion of the Chaco"),
    (_F25_WIRE + 'Paraguay\'s "invasion" of the Chaco began in June.\n', 'Paraguay\'s "invasion" of the Chaco'),
    (_F25_WIRE + 'Asunción\'s "war on Bolivian farmers" must end, the minister said.\n', 'Asunción\'s "war on Bolivian farmers"'),
    (_F25_WIRE + 'The minister said the Asunción-Brasília axis was arming the rebels. That axis held drills on Friday.\n', 'That axis held drills on Friday'),
]


@pytest.mark.parametrize(("text", "alleged"), FACT25)
def test_a_charge_in_a_noun_a_head_a_hedge_or_a_passive_report_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "text",
    [
        _F25 + 'Talks stalled amid the closure of the border at Infante Rivarola.\n',
        _F25 + 'Bolivia recalled its envoy after Paraguay closed the border.\n',
        _F25 + 'Paraguay closed the border on Monday.\n',
        'Paraguay closes border with Bolivia\n\nASUNCIÓN (Wire) - Paraguay closed the border on Monday.\n',
        _F25 + 'Paraguay and Brazil held drills on Friday.\n',
        _F25 + "Paraguay's exports to Bolivia fell by a fifth in March.\n",
        _F25 + 'Bolivia cut ties with Paraguay on Tuesday.\n',
        _F25 + 'Paraguay sent aid to the flooded villages near Villamontes.\n',
        _F25_WIRE + 'Paraguay sent a gunboat to the Pilcomayo on Monday.\n',
        _F25_WIRE + 'Bolivia asked Paraguay for help with the floods.\n',
        _F25_WIRE + "Paraguay's gunboats patrolled the river on Monday, as they do every week.\n",
        _F25_WIRE + 'The barge was sunk by a storm on Monday.\n',
        _F25_WIRE + "Paraguay's senate rejected the treaty on Tuesday.\n",
        _F25_WIRE + 'Paraguay dismissed its navy chief on Tuesday.\n',
    ],
)
def test_a_plain_act_beside_those_forms_keeps_its_voice(drafter, text):
    """The twins: a closure, drills, exports, a patrol, aid, a storm's sinking are the article's report."""
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.rindex("\n\n") + 2
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start >= at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


# fact25: an aside that says whose charge the sentence carries ("(La Paz blames a gunboat)",
# ", Lima blames Quito,", "- X has long blamed Y -"): the sentence is that charge, never the article's fact
FACT25_ASIDES = [
    (_F25_WIRE + "The sinking (La Paz blames a Paraguayan gunboat) killed three sailors.\n", "La Paz blames a Paraguayan gunboat"),
    (_F25_WIRE + "The barge sank on Monday (Bolivia blames a Paraguayan gunboat).\n", "Bolivia blames a Paraguayan gunboat"),
    (_F25_WIRE + "The sinking (Bolivia's navy blamed Paraguay) killed three sailors.\n", "Bolivia's navy blamed Paraguay"),
    (_F25_WIRE + "The sinking, Bolivia blames Paraguay, killed three sailors.\n", "Bolivia blames Paraguay"),
    (_F25_WIRE + "The fire (Bolivian officials suspect Paraguayan smugglers) destroyed the depot.\n", "Bolivian officials suspect Paraguayan smugglers"),
    (_F25_WIRE + "The raid (Bolivia accuses Paraguayan police) left two farmers dead.\n", "Bolivia accuses Paraguayan police"),
]


@pytest.mark.parametrize(("text", "alleged"), FACT25_ASIDES)
def test_an_aside_that_names_whose_charge_it_is_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "sentence",
    [
        "Paraguay closed the border on Monday (the third time this year).",
        "Paraguay closed the border on Monday, Bolivia's busiest crossing, after a flood.",
    ],
)
def test_an_aside_that_blames_no_one_keeps_its_voice(drafter, sentence):
    text = _F25_WIRE + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at]


# fact25: more of the same forms: lists after "what it called violations:", what an indictment or a
# complaint sets out, groupings named in the next sentence, relative clauses that carry someone's
# charge ("which Bolivia says was ...", "blamed for ..."), captions, sub-heads and title forms
_F25_HEAD = "\n\nLA PAZ (Wire) - Bolivia and Paraguay held talks on Monday.\n"
FACT25_MORE = [
    (_F25_WIRE + 'The ministry listed what it called violations:\n\n- On May 3, Paraguayan troops crossed the Pilcomayo.\n- On May 9, a Paraguayan gunboat fired on a barge.\n', 'a Paraguayan gunboat fired on a barge'),
    (_F25_WIRE + 'The ministry listed what it called violations:\n\n1. Paraguayan troops crossed the Pilcomayo on May 3.\n2. A Paraguayan gunboat fired on a barge on May 9.\n', 'A Paraguayan gunboat fired on a barge on May 9'),
    (_F25_WIRE + 'According to the indictment, Paraguayan officers sold the rifles to the rebels. They then hid the money in Ciudad del Este.\n', 'They then hid the money in Ciudad del Este'),
    (_F25_WIRE + 'The report details how Paraguayan officers sold rifles to the rebels. The officers then hid the money in Ciudad del Este.\n', 'The officers then hid the money in Ciudad del Este'),
    (_F25_WIRE + 'In its complaint, Bolivia sets out its case. Paraguayan officers sold rifles to the rebels in 2024. The money went to Ciudad del Este.\n', 'Paraguayan officers sold rifles to the rebels in 2024'),
    (_F25_WIRE + "Bolivia's complaint runs to 40 pages. Paraguayan officers, it says, sold rifles to the rebels.\n", 'Paraguayan officers, it says, sold rifles to the rebels'),
    (_F25_WIRE + 'Q: Did Paraguay arm the rebels?\nA: Paraguay armed the rebels. We have the receipts.\n', 'Paraguay armed the rebels.'),
    (_F25_WIRE + "Bolivia's minister warned of a 'southern axis'. Paraguay and Brazil are its core members.\n", 'Paraguay and Brazil are its core members'),
    (_F25_WIRE + "Bolivia's minister warned of a 'southern axis' bent on taking the Chaco. Its members are Paraguay and Brazil, he said.\n", 'Its members are Paraguay and Brazil'),
    (_F25_WIRE + "The minister's 'southern axis' - Paraguay, Brazil and Uruguay - held drills on Friday.\n", 'Paraguay, Brazil and Uruguay'),
    (_F25_WIRE + "Paraguay and Brazil, which La Paz calls the 'southern axis', held drills on Friday.\n", "which La Paz calls the 'southern axis'"),
    (_F25_WIRE + "Paraguay joined what Bolivia calls the 'southern axis' in 2023.\n", "Paraguay joined what Bolivia calls the 'southern axis'"),
    (_F25_WIRE + "Paraguay is part of a 'southern axis', Bolivia's minister said.\n", "Paraguay is part of a 'southern axis'"),
    (_F25_WIRE + "Paraguay is part of what the minister called a 'southern axis'.\n", "Paraguay is part of what the minister called a 'southern axis'"),
    (_F25_WIRE + 'Quispe went further on Tuesday. Paraguay, she told parliament, had trained the rebels in Filadelfia.\n', 'had trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Quispe went further on Tuesday, telling parliament that Paraguay had trained the rebels.\n', 'Paraguay had trained the rebels'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia.\n\nThat is the charge Bolivia laid before the OAS on Tuesday.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + "Paraguay trained the rebels in Filadelfia. That was the message Bolivia's envoy took to the OAS.\n", 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia. At least, that is the Bolivian version.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia. Asunción denies it.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Bolivian intelligence believes.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, if Bolivian intelligence is right.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Bolivian intelligence suspects.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Bolivia contends.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Bolivia has long argued.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + "Paraguay trained the rebels in Filadelfia, Bolivia's case goes.\n", 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Bolivian papers report.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, the newspaper El Deber reported.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, El Deber reported, citing intelligence sources.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, wrote El Deber.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Citing intelligence sources, El Deber said Paraguay trained the rebels in Filadelfia.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Quispe tweeted.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Quispe posted on X.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + 'Paraguay trained the rebels in Filadelfia, Quispe wrote on Facebook.\n', 'Paraguay trained the rebels in Filadelfia'),
    (_F25_WIRE + '"Paraguay trained the rebels," read a banner in La Paz.\n', 'Paraguay trained the rebels'),
    (_F25_WIRE + 'Paraguay trained the rebels, the banner in La Paz read.\n', 'Paraguay trained the rebels'),
    (_F25_WIRE + 'Paraguayan training of the rebels is now an article of faith in La Paz.\n', 'Paraguayan training of the rebels'),
    (_F25_WIRE + 'Few in La Paz doubt that Paraguay trained the rebels.\n', 'Paraguay trained the rebels'),
    (_F25_WIRE + 'Most Bolivians take it for granted that Paraguay trained the rebels.\n', 'Paraguay trained the rebels'),
    (_F25_WIRE + 'Polls show most Bolivians think Paraguay trained the rebels.\n', 'Paraguay trained the rebels'),
    (_F25_WIRE + 'Paraguay trained the rebels, a poll of Bolivians found 60 per cent believe.\n', 'Paraguay trained the rebels'),
    (_F25_WIRE + 'The drone, which Bolivia says was Paraguayan, crashed near Villamontes.\n', 'which Bolivia says was Paraguayan'),
    (_F25_WIRE + 'The drone, which La Paz says Paraguay launched, crashed near Villamontes.\n', 'which La Paz says Paraguay launched'),
    (_F25_WIRE + 'Paraguayan troops, who Bolivia says crossed the river, withdrew on Tuesday.\n', 'who Bolivia says crossed the river'),
    (_F25_WIRE + 'The gunboat, which allegedly sank the barge, returned to Asunción on Tuesday.\n', 'which allegedly sank the barge'),
    (_F25_WIRE + 'The gunboat that reportedly sank the barge returned to Asunción on Tuesday.\n', 'that reportedly sank the barge'),
    (_F25_WIRE + 'The gunboat that sank the barge, according to La Paz, returned to Asunción on Tuesday.\n', 'The gunboat that sank the barge'),
    (_F25_WIRE + 'The Paraguayan gunboat blamed for sinking the barge returned to Asunción on Tuesday.\n', 'The Paraguayan gunboat blamed for sinking the barge'),
    (_F25_WIRE + 'The Paraguayan gunboat accused of sinking the barge returned to Asunción on Tuesday.\n', 'The Paraguayan gunboat accused of sinking the barge'),
    (_F25_WIRE + 'The Paraguayan gunboat suspected of sinking the barge returned to Asunción on Tuesday.\n', 'The Paraguayan gunboat suspected of sinking the barge'),
    (_F25_WIRE + 'The Paraguayan gunboat said to have sunk the barge returned to Asunción on Tuesday.\n', 'The Paraguayan gunboat said to have sunk the barge'),
    (_F25_WIRE + 'The Paraguayan gunboat believed to have sunk the barge returned to Asunción on Tuesday.\n', 'The Paraguayan gunboat believed to have sunk the barge'),
    (_F25_WIRE + 'Claims that Paraguay armed the rebels have soured the talks.\n', 'Paraguay armed the rebels'),
    (_F25_WIRE + "Bolivia's allegation that Paraguay armed the rebels has soured the talks.\n", 'Paraguay armed the rebels'),
    (_F25_WIRE + 'Paraguay will invade the Chaco within a year, Bolivia warns.\n', 'Paraguay will invade the Chaco within a year'),
    (_F25_WIRE + 'Why did Paraguay arm the rebels?\n', 'Why did Paraguay arm the rebels?'),
    (_F25_WIRE + "Paraguay's arming of the rebels, a charge it denies, has soured the talks.\n", "Paraguay's arming of the rebels"),
    (_F25_WIRE + 'A barge sunk by what Bolivia says was a Paraguayan gunboat lies in the river.\n', 'a Paraguayan gunboat'),
    (_F25_WIRE + 'Bolivia buried the sailors killed, it says, by a Paraguayan gunboat.\n', 'killed, it says, by a Paraguayan gunboat'),
    (_F25_WIRE + 'Bolivia buried the sailors it says were killed by a Paraguayan gunboat.\n', 'were killed by a Paraguayan gunboat'),
    (_F25_WIRE + 'Bolivia buried the sailors allegedly killed by a Paraguayan gunboat.\n', 'the sailors allegedly killed by a Paraguayan gunboat'),
    (_F25_WIRE + 'Bolivia buried the sailors, victims of what it calls Paraguayan piracy.\n', 'Paraguayan piracy'),
    (_F25_WIRE + 'Bolivia buried the sailors, victims, it says, of Paraguayan piracy.\n', 'victims, it says, of Paraguayan piracy'),
    (_F25_WIRE + "Bolivia says it has buried the sailors Paraguay's gunboat killed.\n", "the sailors Paraguay's gunboat killed"),
    (_F25_WIRE + 'The sinking, blamed by La Paz on a Paraguayan gunboat, killed three sailors.\n', 'blamed by La Paz on a Paraguayan gunboat'),
    (_F25_WIRE + 'The sinking, which La Paz blames on a Paraguayan gunboat, killed three sailors.\n', 'which La Paz blames on a Paraguayan gunboat'),
    (_F25_WIRE + 'The sinking - La Paz blames a Paraguayan gunboat - killed three sailors.\n', 'La Paz blames a Paraguayan gunboat'),
    (_F25_WIRE + 'Paraguay, whose gunboat La Paz blames for the sinking, sent condolences.\n', 'whose gunboat La Paz blames for the sinking'),
    (_F25_WIRE + 'Paraguay, whose gunboat sank the barge according to La Paz, sent condolences.\n', 'whose gunboat sank the barge'),
    (_F25_WIRE + 'Paraguay, whose gunboat allegedly sank the barge, sent condolences.\n', 'whose gunboat allegedly sank the barge'),
    ("Paraguay's gunboats: the hidden hand behind the Pilcomayo sinkings" + _F25_HEAD, "Paraguay's gunboats: the hidden hand behind the Pilcomayo sinkings"),
    ('How Paraguay armed the Chaco rebels' + _F25_HEAD, 'How Paraguay armed the Chaco rebels'),
    ('Paraguay armed Chaco rebels, leaked files show' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    ('Paraguay armed Chaco rebels, claims La Paz' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    ('Paraguay armed Chaco rebels? La Paz thinks so' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    ("Paraguay 'armed Chaco rebels'" + _F25_HEAD, "Paraguay 'armed Chaco rebels'"),
    ('Did Paraguay arm the Chaco rebels?' + _F25_HEAD, 'Did Paraguay arm the Chaco rebels?'),
    ('EXCLUSIVE: Paraguay armed Chaco rebels' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    ('Bolivian minister: Paraguay armed Chaco rebels' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    ('Paraguay armed Chaco rebels: minister' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    ('Paraguay armed Chaco rebels, report says' + _F25_HEAD, 'Paraguay armed Chaco rebels'),
    (_F25_WIRE + 'IN PICTURES: The villages Paraguayan troops burned\n', 'The villages Paraguayan troops burned'),
    (_F25_WIRE + 'Pictured: a house in Villamontes that residents say Paraguayan shells destroyed.\n', 'Paraguayan shells destroyed'),
    (_F25_WIRE + '(Photo: Residents inspect a house hit by Paraguayan shells, according to local officials.)\n', 'a house hit by Paraguayan shells'),
    (_F25_WIRE + 'Above: the barge sunk by a Paraguayan gunboat, Bolivia says.\n', 'the barge sunk by a Paraguayan gunboat'),
    (_F25_WIRE + 'Smoke rises from the depot Bolivia says Paraguayan drones struck. (Reuters)\n', 'Paraguayan drones struck'),
    (_F25_WIRE + 'The accusations\n\nParaguayan troops crossed the Pilcomayo in May. Paraguayan gunboats sank a barge in June.\n', 'Paraguayan gunboats sank a barge in June'),
    (_F25_WIRE + "Bolivia's charges\n\nParaguayan troops crossed the Pilcomayo in May.\n", 'Paraguayan troops crossed the Pilcomayo in May'),
    (_F25_WIRE + 'What La Paz says\n\nParaguayan troops crossed the Pilcomayo in May.\n', 'Paraguayan troops crossed the Pilcomayo in May'),
    (_F25_WIRE + "Bolivia's defence minister said on Tuesday:\n\n- Paraguayan troops crossed the Pilcomayo in May\n- Paraguayan gunboats sank a barge in June\n", 'Paraguayan gunboats sank a barge in June'),
    (_F25_WIRE + 'The Bolivian statement said, among other things:\n\nParaguayan troops crossed the Pilcomayo in May.\n', 'Paraguayan troops crossed the Pilcomayo in May'),
    (_F25_WIRE + 'Quispe told the senate:\n\nParaguayan troops crossed the Pilcomayo in May. They burned two villages. They killed a farmer.\n', 'They killed a farmer'),
    (_F25_WIRE + 'Quispe said in a speech:\n\n"Paraguayan troops crossed the Pilcomayo in May.\n\nThey burned two villages."\n', 'They burned two villages'),
    (_F25_WIRE + 'The statement reads in part:\n\nParaguay has armed the rebels since 2023.\n', 'Paraguay has armed the rebels since 2023'),
    (_F25_WIRE + 'From the Bolivian note:\n\nParaguay has armed the rebels since 2023.\n', 'Paraguay has armed the rebels since 2023'),
]


@pytest.mark.parametrize(("text", "alleged"), FACT25_MORE)
def test_a_charge_in_a_list_a_relative_clause_a_caption_or_a_title_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


_F26_NEWS = "Malawi and Zambia met in Lusaka on Monday.\n\n"
_F26_WIRE = (
    "Malawi and Zambia trade charges over the Luangwa\n\nLILONGWE, May 4 (Wire) - Malawi and Zambia traded "
    "charges on Monday over the Luangwa crossing.\n\n"
)
_F26_COLUMN = "Why the crossing matters\n\nBy Chisomo Banda\n\nLilongwe and Lusaka have argued over the Luangwa for years.\n\n"
_F26_LEDE = "Malawi accuses Zambia over armed barges\n\nLILONGWE, May 4 (Wire) - "
"""fact26: heads of other names than the cases above: a story, a wire with a dateline, a column, and
a wire whose dateline opens the paragraph of someone's words."""

# fact26: someone's words, then a new paragraph that goes on with them (a full noun or a pronoun,
# no actor, no time of its own): theirs, never the article's fact, as in one paragraph
FACT26_ACROSS = [
    (_F26_NEWS + "Officials in Mzuzu say the barges were armed.\n\nThe rifles came from the south.\n", "The rifles came from the south."),
    (_F26_NEWS + "Fishermen in Chipata say the barges carry rifles.\n\nThe barges crossed the river at night.\n", "The barges crossed the river at night."),
    (_F26_NEWS + "The Malawian army says the gunmen were trained in the hills.\n\nThe gunmen were paid in gold.\n", "The gunmen were paid in gold."),
    (_F26_NEWS + "Residents said soldiers had looted the market.\n\nShops were burned and cattle were taken.\n", "Shops were burned and cattle were taken."),
    (_F26_NEWS + "Villagers told the mission that drones had struck the clinic.\n\nThe drones flew in from the east.\n", "The drones flew in from the east."),
    (_F26_NEWS + "Farmers say the dam starves the delta of water.\n\nThe delta loses a metre of shore every season.\n", "The delta loses a metre of shore every season."),
    (_F26_NEWS + "A police report says the smugglers bribed the guards.\n\nThe bribes were paid in cash.\n", "The bribes were paid in cash."),
    (_F26_NEWS + "Aid workers say the convoy was looted.\n\nThe trucks were emptied within minutes.\n", "The trucks were emptied within minutes."),
    (_F26_NEWS + "Officials in Mzuzu say the barges were armed.\n\nThey carried rifles from the south.\n", "They carried rifles from the south."),
    (_F26_NEWS + "Zambian monitors say the militia seized the wells.\n\nIts fighters poisoned two of them.\n", "Its fighters poisoned two of them."),
    (_F26_NEWS + "Residents said soldiers had looted the market.\n\nThey took the cattle as well.\n", "They took the cattle as well."),
    (_F26_WIRE + "Malawian officials said the barges were armed.\n\nThe rifles came from the south.\n", "The rifles came from the south."),
    (_F26_WIRE + "Zambian police said the smugglers had bribed the guards.\n\nThe bribes were paid in cash.\n", "The bribes were paid in cash."),
    (_F26_WIRE + "A Malawian spokesman said the gunmen were trained across the border.\n\nThe gunmen were given rifles and radios.\n", "The gunmen were given rifles and radios."),
    (_F26_WIRE + "Zambian officials say the barge was sunk on purpose.\n\nThe hull was holed below the waterline.\n", "The hull was holed below the waterline."),
    (_F26_WIRE + "Witnesses said the militia had seized the wells.\n\nThey poisoned two of them.\n", "They poisoned two of them."),
    (_F26_LEDE + "Malawian officials said on Monday that the barges were armed.\n\nThe rifles came from the south.\n", "The rifles came from the south."),
    (_F26_LEDE + "Malawian officials said on Monday that the barges were armed.\n\nThey carried rifles from the south.\n", "They carried rifles from the south."),
    (_F26_COLUMN + "A fisherman told me the barges are armed.\n\nThe rifles came from the south.\n", "The rifles came from the south."),
    (_F26_COLUMN + "Boatmen in Chipata say the guards are bribed.\n\nThe bribes were paid in cash.\n", "The bribes were paid in cash."),
    (_F26_COLUMN + "Boatmen in Chipata say the guards are bribed.\n\nThey were paid in cash.\n", "They were paid in cash."),
    # a quotation and its tail, words of no one the rules know, a hedge: the paragraph after them too
    (_F26_NEWS + '"The barges were armed," a police officer said.\n\nThe rifles came from the south.\n', "The rifles came from the south."),
    (_F26_WIRE + '"They pay the guards," one boatman said.\n\nThe money was handed over at the jetty.\n', "The money was handed over at the jetty."),
    (_F26_NEWS + "According to the police, the barges were armed.\n\nThe rifles came from the south.\n", "The rifles came from the south."),
    (_F26_NEWS + "The barges were reportedly armed.\n\nThe rifles came from the south.\n", "The rifles came from the south."),
]


@pytest.mark.parametrize(("text", "alleged"), FACT26_ACROSS)
def test_words_carried_on_across_a_paragraph_break_are_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("head", "words", "sentence"),
    [  # the twins: the same words, then a paragraph with a time, a name, a turn or a state of its own
        (_F26_NEWS, "Officials in Mzuzu say the barges were armed.", "The crossing was closed on Tuesday."),
        (_F26_NEWS, "Fishermen in Chipata say the barges carry rifles.", "The ferry to Chipata stopped running in March."),
        (_F26_NEWS, "The Malawian army says the gunmen were trained in the hills.", "The mood in the villages was calmer."),
        (_F26_NEWS, "Residents said soldiers had looted the market.", "No evidence was offered for the charge."),
        (_F26_NEWS, "Villagers told the mission that drones had struck the clinic.", "The clinic has been closed since the attack."),
        (_F26_NEWS, "Farmers say the dam starves the delta of water.", "The dispute over the dam is an old one."),
        (_F26_NEWS, "A police report says the smugglers bribed the guards.", "Two guards were arrested last week."),
        (_F26_NEWS, "Aid workers say the convoy was looted.", "The convoy left Mzuzu with forty trucks."),
        (_F26_NEWS, "Officials in Mzuzu say the barges were armed.", "Meanwhile the ferry kept running."),
        (_F26_NEWS, '"The barges were armed," a police officer said.', "By midday the crossing had reopened."),
        (_F26_NEWS, "According to the police, the barges were armed.", "Back at the crossing, the ferry kept running."),
        (_F26_NEWS, "The barges were reportedly armed.", "The crossing was closed on Tuesday."),
        (_F26_WIRE, "Malawian officials said the barges were armed.", "The crossing reopened on Wednesday."),
        (_F26_WIRE, "Zambian police said the smugglers had bribed the guards.", "Lusaka sent two envoys to the crossing on Friday."),
        (_F26_WIRE, "A Malawian spokesman said the gunmen were trained across the border.", "The border was quieter than usual."),
        (_F26_WIRE, "Zambian officials say the barge was sunk on purpose.", "Divers reached the wreck near Luangwa."),
        (_F26_LEDE, "Malawian officials said on Monday that the barges were armed.", "The crossing was closed on Tuesday."),
        (_F26_COLUMN, "A fisherman told me the barges are armed.", "The crossing was closed on Tuesday."),
        (_F26_COLUMN, "Boatmen in Chipata say the guards are bribed.", "The ferry to Chipata stopped running in March."),
    ],
)
def test_a_new_paragraph_with_a_scene_of_its_own_keeps_its_voice(drafter, head, words, sentence):
    text = head + words + "\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


_F27_NEWS = "Guyana and Venezuela met in Brasilia on Monday.\n\n"
_F27_WIRE = (
    "Guyana protests over Essequibo\n\nGEORGETOWN, May 4 (Wire) - Guyana and Venezuela traded charges on "
    "Monday over the Essequibo.\n\n"
)
"""fact27: heads of other names than the cases above: a story and a wire with a dateline."""

# fact27: someone's words, then in the same paragraph a sentence that names no actor and reads as
# a plain report (a number, a body of people) going on with them: theirs, never the article's fact
FACT27_WITHIN = [
    (_F27_NEWS + "Witnesses said soldiers looted the town. Troops took cattle and burned 40 homes.\n", "Troops took cattle and burned 40 homes."),
    (_F27_NEWS + "Georgetown says Caracas armed the gangs. The weapons came from army depots.\n", "The weapons came from army depots."),
    (_F27_NEWS + "Officials in Lethem say the gangs were armed. The rifles came from army depots.\n", "The rifles came from army depots."),
    (_F27_WIRE + "Guyana accuses Venezuela of arming the gangs. At least 300 rifles were delivered.\n", "At least 300 rifles were delivered."),
    (_F27_WIRE + "Guyana accuses Venezuela of arming the gangs. The gangs use army rifles and military radios.\n", "The gangs use army rifles and military radios."),
    (_F27_WIRE + "The ministry said Venezuelan jets entered Guyanese airspace. The jets flew low over the town for 20 minutes.\n", "The jets flew low over the town for 20 minutes."),
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_WITHIN)
def test_a_plain_report_going_on_with_someones_words_in_their_paragraph_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("words", "sentence"),
    [  # the twins: the same words, then a state, a time, another side, a quotation's aftermath
        ("The ministry said Venezuelan jets entered Guyanese airspace.", "The border is 700 km long."),
        ("The ministry said Venezuelan jets entered Guyanese airspace.", "Government troops have guarded the border since 2019."),
        ("Guyana accuses Venezuela of arming the gangs.", "The dispute dates back to 1899."),
        ("Guyana accuses Venezuela of arming the gangs.", "Opposition lawmakers backed the complaint on Tuesday."),
        ('"They armed the gangs," the minister said.', "Three soldiers were wounded in the clash."),
        ('"We armed nobody," the general said.', "The talks ended at 6 pm."),
        ("The minister said Venezuela armed the gangs.", "Government policy has previously ruled out any talks."),
    ],
)
def test_a_plain_report_of_its_own_after_someones_words_keeps_its_voice(drafter, words, sentence):
    text = _F27_NEWS + words + " " + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


# fact27: a grouping named in someone's words, then its members given by what they are to it ("at its
# centre", "its driving force", "the heart of it", "make up the group"): the grouping's, never fact
FACT27_GROUPING = [
    (_F27_NEWS + "Guyana's president warned of a new axis in the region. Venezuela, Cuba and Nicaragua make up the group.\n", "Venezuela, Cuba and Nicaragua make up the group."),
    (_F27_NEWS + "Guyana's president warned of a new axis in the region. Venezuela and Cuba stand at its centre.\n", "Venezuela and Cuba stand at its centre."),
    (_F27_WIRE + "Guyana's president warned of a new axis in the region. Venezuela and Cuba are at the heart of it.\n", "Venezuela and Cuba are at the heart of it."),
    (_F27_WIRE + "Guyana's president warned of a new axis in the region.\n\nVenezuela is its driving force.\n", "Venezuela is its driving force."),
    (_F27_NEWS + "Guyana's president spoke of an anti-Western bloc. Venezuela and Cuba dominate the bloc.\n", "Venezuela and Cuba dominate the bloc."),
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_GROUPING)
def test_members_given_by_their_place_in_a_grouping_named_before_are_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("words", "sentence"),
    [  # the twins: no grouping named before, or members' acts of their own
        ("The summit was held in Lethem on Friday.", "Venezuela and Brazil sat at its centre."),
        ("Guyana's president warned of a new axis in the region.", "Venezuela, Cuba and Nicaragua met in Havana on Friday."),
    ],
)
def test_a_place_at_something_that_is_no_grouping_keeps_its_voice(drafter, words, sentence):
    text = _F27_NEWS + words + " " + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


# fact27: a hedge on someone's part in the article's own sentence ("Caracas's supposed role") and
# blame put in a figure of speech ("the trail leads to", "fingerprints all over", "X's doing")
FACT27_FIGURES = [
    (_F27_NEWS + "Venezuela's supposed role in the raid has soured the talks.\n", "Venezuela's supposed role in the raid"),
    (_F27_NEWS + "Venezuela's purported role in the raid has soured the talks.\n", "Venezuela's purported role in the raid"),
    (_F27_WIRE + "Venezuela's apparent involvement in the raid has soured the talks.\n", "Venezuela's apparent involvement in the raid"),
    (_F27_WIRE + "Caracas' presumed backers met in Ciudad Bolivar on Friday.\n", "Caracas' presumed backers"),
    (_F27_NEWS + "The raid was Venezuela's doing.\n", "The raid was Venezuela's doing."),
    (_F27_WIRE + "The trail leads straight to Caracas.\n", "The trail leads straight to Caracas."),
    (_F27_WIRE + "Venezuela's fingerprints are all over the raid.\n", "Venezuela's fingerprints are all over the raid."),
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_FIGURES)
def test_a_hedged_part_or_blame_in_a_figure_of_speech_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "sentence",
    [  # the twins: a part, a trail, an apparent cause that blame no one
        "Venezuela's role in the talks was praised by Brazil.",
        "The trail to the mine was closed by floods on Monday.",
        "Brazil's apparent aim in the talks is a quick deal.",
    ],
)
def test_a_part_or_a_trail_that_blames_no_one_keeps_its_voice(drafter, sentence):
    text = _F27_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


# fact27: verbs of saying the speech list lacked, some only before "that" ("repeated that", "made it
# clear that"), and verbs that tell someone a that-clause ("notified the UN that ...")
FACT27_VERBS = [
    (_F27_NEWS + f"Guyana's army chief {verb} that Venezuelan troops crossed the Cuyuni river on Sunday.\n", "Venezuelan troops crossed the Cuyuni river on Sunday")
    for verb in ("repeated", "recalled", "underscored", "indicated", "made it clear", "grumbled", "joked", "affirmed", "fumed", "notified the UN", "alerted the border posts")
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_VERBS)
def test_words_after_a_verb_of_saying_the_list_lacked_are_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "sentence",
    [  # the twins: the same verbs as acts, without "that"
        "Guyana repeated the drill on the Cuyuni river on Monday.",
        "Guyana recalled its ambassador from Caracas on Monday.",
        "Brazil underlined its support for the talks on Monday.",
        "Guyana alerted its border posts on Monday.",
        "The self-proclaimed council in Lethem met Brazil on Friday.",
    ],
)
def test_those_verbs_as_acts_keep_their_voice(drafter, sentence):
    text = _F27_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # fact27: the charge a case is brought on, no verdict: never the article's fact
        (_F27_NEWS + "General Rafael Mora was indicted for ordering the raid on the camp.\n", "ordering the raid on the camp"),
        (_F27_WIRE + "Guyana sued Venezuela over the illegal mining of gold in the Cuyuni.\n", "the illegal mining of gold in the Cuyuni"),
        (_F27_WIRE + "Georgetown prosecuted three officers for smuggling gold to Ciudad Bolivar.\n", "smuggling gold to Ciudad Bolivar"),
    ],
)
def test_the_charge_a_case_is_brought_on_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_suit_that_names_no_act_keeps_its_voice(drafter):
    text = _F27_NEWS + "Guyana sued Exxon over the oil spill on Monday.\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Guyana sued")
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at]


# fact27: a label given without quotation marks by a verb the plain forms lacked ("Officials describe
# the award as a fraud", "considers the award a sham", "refers to it as ...", "rejects the treaty as ...")
FACT27_LABELS = [
    (_F27_NEWS + "Officials in Caracas describe the 1899 award as a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_NEWS + "Caracas considers the 1899 award a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_WIRE + "Caracas treats the 1899 award as a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_WIRE + "Caracas has long denounced the 1899 award as a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_NEWS + "Caracas rejects the 1899 award as a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_NEWS + "Caracas labels the 1899 award a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_WIRE + "Caracas refers to the 1899 award as a fraud imposed by London.\n", "a fraud imposed by London"),
    (_F27_WIRE + "Caracas talks about the 1899 award as a fraud imposed by London.\n", "a fraud imposed by London"),
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_LABELS)
def test_a_label_given_without_quotation_marks_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "sentence",
    [  # the twins: the same verbs with no label, or "as" of time and manner
        "Guyana treated the wounded miners at Lethem on Monday.",
        "Brazil considered the request from Guyana on Friday.",
        "Guyana refers the dispute to the court in The Hague.",
    ],
)
def test_those_verbs_without_a_label_keep_their_voice(drafter, sentence):
    text = _F27_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


_F27_ASKED = (
    '"They come at night, and they come armed"\n\nA miner from Eteringbang describes life on the Cuyuni. He asked '
    "that his name not be used.\n\nHow long have you worked on the river?\n\nEleven years. My father worked here "
    "before me.\n\nWho controls the river now?\n\nAt night, the gangs. The soldiers sell them the fuel for the "
    "boats.\n\nHave you seen soldiers with the gangs?\n\nTwice. The soldiers took a share of the gold and left.\n\n"
    "What does your family think?\n\nWe want to leave. Three men from my camp were shot in March.\n"
)
"""fact27: a Q&A whose introduction neither names its interviewee nor says it is an interview: questions
put to "you", answered in the first person."""


@pytest.mark.parametrize(
    "alleged",
    ["The soldiers sell them the fuel for the boats.", "The soldiers took a share of the gold and left.",
     "Three men from my camp were shot in March."],
)
def test_answers_to_questions_put_to_someone_are_never_the_articles_fact(drafter, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, _F27_ASKED, alleged)


def test_an_explainers_own_answers_keep_their_voice(drafter):
    """The twin: an explainer asks its questions of no one ("What happened?") and answers them itself."""
    text = (
        "The Cuyuni quarrel, explained\n\nGuyana and Venezuela both claim the Essequibo region.\n\nWhat happened?\n\n"
        "Guyana closed the Cuyuni crossing on Monday after a clash near Eteringbang.\n\nWhy does the river matter?\n\n"
        "The Cuyuni carries most of the region's gold trade to Georgetown.\n\nWhat comes next?\n\n"
        "Brazil has offered to host talks in Brasilia in July.\n"
    )
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Guyana closed")
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


FACT27_GROUPING_MORE = [  # fact27: more ways to give a grouping's members by pointing back to it
    (_F27_NEWS + "An anti-Guyana bloc is forming, officials in Georgetown say. Venezuela, Cuba and Nicaragua are in it.\n", "Venezuela, Cuba and Nicaragua are in it."),
    (_F27_NEWS + "An anti-Guyana bloc is forming, officials in Georgetown say. Venezuela, Cuba and Nicaragua have joined.\n", "Venezuela, Cuba and Nicaragua have joined."),
    (_F27_WIRE + "Guyana's president warned of a new axis.\n\nCuba and Nicaragua are part of it.\n", "Cuba and Nicaragua are part of it."),
    (_F27_WIRE + "Guyana's president warned of a new axis. Cuba and Nicaragua round it out.\n", "Cuba and Nicaragua round it out."),
    (_F27_NEWS + "Guyana's president warned of a new axis. Cuba is its junior partner.\n", "Cuba is its junior partner."),
    (_F27_NEWS + "Guyana's president warned of a new axis. Cuba and Nicaragua complete the trio.\n", "Cuba and Nicaragua complete the trio."),
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_GROUPING_MORE)
def test_members_pointed_back_to_a_grouping_are_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_states_ally_after_a_grouping_keeps_its_voice(drafter):
    """The twin: "its ally" is a state's, not the grouping's member."""
    text = _F27_NEWS + 'A Venezuelan daily accused Brazil of joining "a club of meddlers".\n\nWashington backed its ally.\n'
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Washington backed")
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


# fact27: a verdict on a state's act the article would not give in its own voice, inside its sentence
FACT27_VERDICTS = [
    (_F27_NEWS + "Tension has risen since Venezuela's illegal occupation of Anacoco island.\n", "Venezuela's illegal occupation of Anacoco island"),
    (_F27_NEWS + "Tension has risen since the unlawful Venezuelan occupation of Anacoco island.\n", "the unlawful Venezuelan occupation of Anacoco island"),
    (_F27_WIRE + "Tension has risen since Venezuela's unprovoked attack on the border post.\n", "Venezuela's unprovoked attack on the border post"),
    (_F27_WIRE + "Tension has risen since Venezuela's land grab on Anacoco island.\n", "Venezuela's land grab on Anacoco island"),
    (_F27_NEWS + "Tension has risen since Venezuela's deliberate provocation on the Cuyuni.\n", "Venezuela's deliberate provocation on the Cuyuni"),
    (_F27_NEWS + "Tension has risen since Venezuela's theft of Guyanese gold.\n", "Venezuela's theft of Guyanese gold"),
]


@pytest.mark.parametrize(("text", "alleged"), FACT27_VERDICTS)
def test_a_verdict_on_a_states_act_inside_the_articles_sentence_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    "sentence",
    [  # the twins: "illegal" of miners and fishing, a base that is no verdict
        "Guyanese police arrested twelve illegal miners near Lethem on Monday.",
        "Brazil has promised to stop illegal fishing off its coast.",
        "Venezuela opened a new base on the Cuyuni in May.",
    ],
)
def test_an_act_with_no_verdict_on_it_keeps_its_voice(drafter, sentence):
    text = _F27_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


_F27_CAPTION = "Guyana and Venezuela trade charges\n\nGEORGETOWN (Wire) - Guyana and Venezuela traded charges on Monday.\n\n"


def test_a_captions_act_in_material_someone_released_is_never_fact(drafter):
    """fact27: "..., in a photo released by the army": what the releaser's material shows is their account."""
    sentence = "Venezuelan troops crossing into Guyana on Sunday, in a photo released by the Guyanese army."
    test_an_allegation_is_never_drafted_as_fact(drafter, _F27_CAPTION + sentence + "\n", "Venezuelan troops crossing into Guyana on Sunday")


def test_a_caption_that_names_no_release_keeps_its_voice(drafter):
    text = _F27_CAPTION + "Guyana's president meets soldiers at Eteringbang on Sunday.\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Guyana's president")
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # fact27: a party named as the one behind a wrong's goods or money
        (_F27_NEWS + "A leaked UN report names Venezuelan officers as the sellers of the rifles.\n", "Venezuelan officers as the sellers of the rifles"),
        (_F27_WIRE + "The panel identified two Venezuelan generals as the gangs' main suppliers.\n", "two Venezuelan generals as the gangs' main suppliers"),
    ],
)
def test_a_party_named_as_the_supplier_of_a_wrong_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_name_given_to_an_office_keeps_its_voice(drafter):
    text = _F27_NEWS + "Guyana named Rosa Mendes as its new ambassador to Brazil on Monday.\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Guyana named")
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # lee27: a run-on quotation in a line that lost its paragraph breaks: the speaker's words
        ('Herders fled the border district on Monday. "Soldiers from across the river burned our villages. "They took our cattle and our grain," said Musa Keita, a herder from Dori.\n', "Soldiers from across the river burned our villages"),
        ('Herders fled on Monday. "The army burned our villages. It shot at us. "We ran," said Musa Keita.\n', "The army burned our villages"),
    ],
)
def test_an_accusation_in_a_flattened_run_on_quotation_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # lee27: the charge of a plain plural source (police, unions, authorities) stays theirs
        ("Raid on the village\n\nPolice say soldiers from the garrison burned the village.\n", "soldiers from the garrison burned the village"),
        ("Raid on the village\n\nWhile few details are known, local authorities say militiamen burned the village.\n", "militiamen burned the village"),
        ("Raid on the village\n\nUnions are striking and say the owners hired gunmen to break the picket.\n", "the owners hired gunmen to break the picket"),
    ],
)
def test_a_plain_plural_sources_charge_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # lee27: a capitalised "the Government", a source described by its role: their charge
        ("Border closed\n\nChile closed the pass on Monday. The Government says Bolivian smugglers bribed the guards.\n", "Bolivian smugglers bribed the guards"),
        ("Crash\n\nA bus left the road on Sunday. However, the coroner said the company had falsified its safety records.\n", "the company had falsified its safety records"),
    ],
)
def test_a_described_sources_or_capital_governments_charge_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # lee27: a charge "according to" an unnamed source, or to papers, is never the article's fact
        ("Dam row\n\nPeru and Bolivia met on Monday. Bolivian officials took bribes from the builder, according to an engineer who worked on the dam.\n", "Bolivian officials took bribes from the builder"),
        ("Dam row\n\nPeru and Bolivia met on Monday. Bolivian officials took bribes from the builder, according to court documents.\n", "Bolivian officials took bribes from the builder"),
    ],
)
def test_a_charge_according_to_an_unnamed_source_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # lee27: their twins: a charge in a plural source's clause of its own stays theirs
        ("Strike\n\nHeavily armed police are trying to stop large gatherings, but union leaders say the police beat three strikers to death.\n", "the police beat three strikers to death"),
        ("Strike\n\nLocal commanders have warned that the rebels poisoned the wells.\n", "the rebels poisoned the wells"),
    ],
)
def test_a_plain_plural_sources_charge_in_its_own_clause_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


# fact28: a source tag, the way wire digests, live blogs and posts attribute a sentence
_F28_NEWS = "Georgia and Armenia trade charges\n\nTBILISI (Wire) - Georgia and Armenia traded charges on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "alleged"),
    [
        ("Georgian troops shelled Tskhinvali overnight (TASS).", "Georgian troops shelled Tskhinvali overnight"),
        ("Georgian troops shelled Tskhinvali overnight [state media].", "Georgian troops shelled Tskhinvali overnight"),
        ("Georgian troops shelled Tskhinvali overnight, via TASS.", "Georgian troops shelled Tskhinvali overnight"),
        ("Georgian troops shelled Tskhinvali overnight: TASS.", "Georgian troops shelled Tskhinvali overnight"),
        ("Georgian troops shelled Tskhinvali overnight \u2014 state media.", "Georgian troops shelled Tskhinvali overnight"),
        ("Georgian troops shelled Tskhinvali overnight - Ossetian officials.", "Georgian troops shelled Tskhinvali overnight"),
        ("Georgian troops shelled Tskhinvali overnight \u2014 witnesses.", "Georgian troops shelled Tskhinvali overnight"),
        ("TASS: Georgian troops shelled Tskhinvali overnight.", "Georgian troops shelled Tskhinvali overnight"),
    ],
)
def test_a_sentence_under_a_source_tag_is_never_fact(drafter, sentence, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, _F28_NEWS + sentence + "\n", alleged)


@pytest.mark.parametrize(
    "sentence",
    [  # the twins: a bracket, a dash, a "via" or a colon that names no source
        "The talks took place in Yerevan - a city both sides trust.",
        "The blast killed two people - both officials.",
        "The convoy drove to Gyumri, via Vanadzor.",
        "The summit opened at 9am (local time).",
        "The minister gave an interview to TASS (TASS).",
        "Armenia and Georgia signed the accord on Monday (AFP photo).",
    ],
)
def test_a_bracket_or_a_dash_that_names_no_source_keeps_its_voice(drafter, sentence):
    text = _F28_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


def test_a_medium_in_a_source_tag_is_the_speaker(drafter):
    text = _F28_NEWS + "Georgian troops shelled Tskhinvali overnight (TASS).\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Georgian troops shelled")
    assert [(c.speaker, c.status) for c in ann.claims if c.span.start == at] == [("tass", "reported")]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # fact28: the later items of a list of someone's charges, past its first item
        (_F28_NEWS + "Tbilisi makes two points. First, Yerevan sells fuel to the separatists. Second, Armenian trucks carry their rifles.\n", "Yerevan sells fuel to the separatists."),
        (_F28_NEWS + "Tbilisi makes two points. First, Yerevan sells fuel to the separatists. Second, Armenian trucks carry their rifles.\n", "Armenian trucks carry their rifles."),
        (_F28_NEWS + "According to the complaint:\n(a) Armenian guards opened the gate;\n(b) Yerevan moved artillery to the line.\n", "Yerevan moved artillery to the line."),
        (_F28_NEWS + "The main accusations\nArmenian guards opened the gate at Sadakhlo.\nYerevan lets fuel cross its border.\n", "Yerevan lets fuel cross its border."),
        (_F28_NEWS + "What Tbilisi alleges\n\n- Yerevan sells fuel to the separatists.\n- Yerevan lets rifles through.\n", "Yerevan lets rifles through."),
        (_F28_NEWS + "The allegations, in brief:\n\nArmenian guards opened the gate.\n\nYerevan sells fuel to the separatists.\n", "Yerevan sells fuel to the separatists."),
    ],
)
def test_the_later_items_of_a_list_of_charges_are_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


@pytest.mark.parametrize(
    ("head", "sentence"),
    [  # the twins: a list of the article's own, a numbered paragraph of a statement
        ("The deal has two parts. First, Georgia will build the road. ", "Second, Armenia will pay for the bridge."),
        ("The plan, as agreed:\n(a) Georgia builds the road;\n", "(b) Armenia pays for the bridge."),
        ("What happens next\n\nGeorgia will build the road.\n\n", "Armenia will pay for the bridge."),
        (
            "(1) According to Tbilisi, Armenian trucks carry rifles. Yerevan denies it.\n\n",
            "(2) Georgia respects the right of every state to choose its partners. It will say so in Brussels.",
        ),
    ],
)
def test_a_list_of_the_articles_own_keeps_its_voice(drafter, head, sentence):
    text = _F28_NEWS + head + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if at <= c.span.start < at + len(sentence)], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


_F28_LIVE = "Live: Georgia and Armenia trade charges\n\n09:05 - Georgia and Armenia traded charges on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # fact28: a live blog's entry opens after its time, as a lede after its dateline
        (_F28_LIVE + "[10:32] Georgian officials accuse Armenia of shelling Sadakhlo.\n[10:47] Armenian artillery also hit a school in the town.\n", "Armenian artillery also hit a school in the town."),
        (_F28_LIVE + "14:05 \u2014 Georgian officials said Yerevan armed the separatists.\n\n14:32 \u2014 Yerevan also paid the gunmen.\n", "Yerevan also paid the gunmen."),
    ],
)
def test_a_live_blog_entry_that_goes_on_with_a_charge_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_live_blog_entry_of_the_articles_own_keeps_its_voice(drafter):
    sentence = "The Sadakhlo crossing reopened to lorries at noon."
    text = _F28_LIVE + "10:05 - Georgian officials said Yerevan armed the separatists.\n\n10:40 - Neither side has given figures.\n\n11:15 - " + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start < at + len(sentence) and c.span.end > at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # fact28: what someone or something cited did or found is the citer's evidence, their claim
        "Georgia's envoy cited a driver who carried Armenian rifles into Abkhazia.",
        "Georgia's envoy pointed to a pilot who had flown Armenian rifles into Abkhazia.",
        "Georgian prosecutors produced a witness who saw Armenian trucks at the gate.",
    ],
)
def test_what_the_one_cited_did_is_never_fact(drafter, sentence):
    at = sentence.index(" who ") + 5
    test_an_allegation_is_never_drafted_as_fact(drafter, _F28_NEWS + sentence + "\n", sentence[at:].rstrip("."))


def test_a_subject_that_meets_someone_who_did_something_keeps_its_voice(drafter):
    sentence = "Georgia's envoy met a driver who carried aid into Abkhazia."
    text = _F28_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    ("sentence", "alleged"),
    [  # fact28: a party's act someone charged it with, named again as a noun that takes it for granted
        ("Tbilisi accuses Yerevan of arming the separatists. Armenia's backing of the separatists has cost it aid.", "Armenia's backing of the separatists has cost it aid."),
        ("Tbilisi accuses Yerevan of arming the separatists.\n\nArmenian support for the rebels has grown since 2021.", "Armenian support for the rebels has grown since 2021."),
        ("Tbilisi says Armenia supplies Abkhazia with fuel. Armenia's fuel deliveries to Abkhazia have slowed since May.", "Armenia's fuel deliveries to Abkhazia have slowed since May."),
    ],
)
def test_a_charge_named_again_as_a_noun_is_never_fact(drafter, sentence, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, _F28_NEWS + sentence + "\n", alleged)


def test_a_partys_support_for_something_else_keeps_its_voice(drafter):
    sentence = "Armenia's support for the peace talks was welcomed in Brussels."
    text = _F28_NEWS + "Tbilisi accuses Yerevan of arming the separatists.\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # fact28: a paragraph whose definite subject points back to the doers of the charge before it
        (_F28_NEWS + "Tbilisi says Armenian drones hit a depot in Marneuli.\n\nThe drones were launched from Gyumri.\n", "The drones were launched from Gyumri."),
        (_F28_LIVE + "10:20 - Tbilisi says Armenian drones hit a depot in Marneuli.\n\n10:35 - The drones were launched from Gyumri.\n", "The drones were launched from Gyumri."),
    ],
)
def test_the_doers_of_a_charge_pointed_back_to_are_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_what_the_doers_acted_on_keeps_its_voice(drafter):
    sentence = "The depot reopened in Marneuli on Tuesday."
    text = _F28_NEWS + "Tbilisi says Armenian drones hit a depot in Marneuli.\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    "sentence",
    [  # fact28: a party named in passing as the backer of people someone charged it with backing
        "Armenia, the separatists' main backer, sent a delegation to the talks.",
        "The Armenian-backed separatists seized the pass in January.",
        "The separatists' Armenian patrons have stayed silent.",
        "Yerevan, which armed the separatists, now offers mediation.",
        "Yerevan, having armed the separatists, now offers mediation.",
    ],
)
def test_a_backer_named_in_passing_after_the_charge_is_never_fact(drafter, sentence):
    text = _F28_NEWS + "Tbilisi accuses Yerevan of arming the separatists in Abkhazia.\n\n" + sentence + "\n"
    test_an_allegation_is_never_drafted_as_fact(drafter, text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [  # the twins: a backer of something else, another party's backers
        "Armenia, a backer of the peace talks, sent a delegation.",
        "The US-backed Georgian army retook the pass.",
        "Armenia's backers in Moscow have stayed silent.",
    ],
)
def test_a_backer_of_something_else_keeps_its_voice(drafter, sentence):
    text = _F28_NEWS + "Tbilisi accuses Yerevan of arming the separatists in Abkhazia.\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


def test_a_thing_the_article_hedged_named_again_without_the_hedge_is_never_fact(drafter):
    """fact28: "an alleged plot" and then "The plot was discovered in March.": still alleged."""
    text = _F28_NEWS + "Police in Tbilisi said they had foiled an alleged plot by Armenian agents to blow up a bridge.\n\nThe plot was discovered in March, when a courier was stopped at the border.\n"
    test_an_allegation_is_never_drafted_as_fact(drafter, text, "The plot was discovered in March")


def test_a_thing_named_again_that_no_one_hedged_keeps_its_voice(drafter):
    sentence = "The bridge was reopened in March, when repairs ended."
    text = _F28_NEWS + "Police in Tbilisi said they had foiled an alleged plot by Armenian agents to blow up a bridge.\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


def test_the_later_items_of_a_list_after_a_colon_are_never_fact(drafter):
    """fact28: "X lists its grievances: A; B; C.": every item is X's."""
    text = _F28_NEWS + "Tbilisi lists its grievances: Armenian agents smuggled rifles into Marneuli; Yerevan paid protest leaders; Armenian police looked away.\n"
    test_an_allegation_is_never_drafted_as_fact(drafter, text, "Armenian police looked away.")


def test_a_count_in_brackets_names_whose_count_it_is(drafter):
    """fact28: "... since May (Tavush health office figures).": the counter's figures, never the article's."""
    text = _F28_NEWS + "Armenian drones have killed 40 civilians since May (Tavush health office figures).\n"
    test_an_allegation_is_never_drafted_as_fact(drafter, text, "Armenian drones have killed 40 civilians since May")


def test_a_bracket_with_no_ones_count_keeps_the_articles_voice(drafter):
    sentence = "Georgia's exports to Armenia rose 5 percent in May (up from 3 percent in April)."
    text = _F28_NEWS + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    ("text", "alleged"),
    [  # fact28: a text the article gives as a translation of someone's words
        (_F28_NEWS + "Armenian troops crossed into Georgia on Sunday.\n(Translated from a statement by the Georgian defence ministry.)\n", "Armenian troops crossed into Georgia on Sunday."),
        (_F28_NEWS + "The following is a translation of the Georgian defence ministry's statement.\n\nArmenian troops crossed into Georgia on Sunday. They fired on a border post.\n", "Armenian troops crossed into Georgia on Sunday."),
    ],
)
def test_a_translation_of_someones_words_is_never_fact(drafter, text, alleged):
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_translation_mentioned_in_passing_keeps_the_next_paragraphs_voice(drafter):
    sentence = "Georgian police reopened the road on Tuesday."
    text = _F28_NEWS + "A translation of the statement was posted on the ministry's website.\n\n" + sentence + "\n"
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index(sentence)
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at], [
        (c.speaker, c.status, c.quote) for c in ann.claims
    ]


@pytest.mark.parametrize(
    ("sentence", "alleged"),
    [
        ("Opposition leaders consider the vote a fraud.\n", "consider the vote a fraud"),
        ("Officials in Quito consider the new border map a provocation and an insult.\n",
         "consider the new border map a provocation"),
        ("Farmers in the valley term the dam project a land grab.\n", "term the dam project a land grab"),
    ],
)  # fmt: skip
def test_a_label_given_without_as_or_quotation_marks_is_never_fact(drafter, sentence, alleged):
    """ "X consider the vote a fraud": the label is X's, though the sentence holds neither "as" nor a
    denial (the quick test before PLAIN_ACT looked only for those, so this branch never ran)."""
    text = "Row over the vote\n\nQUITO - The row deepened on Monday.\n\n" + sentence
    test_an_allegation_is_never_drafted_as_fact(drafter, text, alleged)


def test_a_plain_view_without_a_charge_keeps_the_articles_voice(drafter):
    text = (
        "Row over the vote\n\nQUITO - The row between Ecuador and Peru deepened on Monday.\n\n"
        "Residents consider the new bridge a relief.\n"
    )
    ann = parse_annotation(drafter.draft(text, "t", text_file="t.txt"), text)
    at = text.index("Residents")
    assert ("article", "asserted") in [(c.speaker, c.status) for c in ann.claims if c.span.start == at]
