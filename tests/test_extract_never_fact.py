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
