"""Build demo/holdout2/docs.jsonl and demo/holdout2/gold.jsonl (second blind held-out set).

Written on 2026-12-01 by a helper session that never ran the extractor, never read src/flashpoint/ or its
data files and never looked at any extraction output. Every text below was written for this set, in our
own words, from facts in public reporting about real incidents (2019-2025); outlets are fictional with
`.example` URLs, figures are those public around each publication date, some details are simplified.
Not a factual reference. Run from anywhere: `python3 demo/holdout2/build.py`.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS: list[dict] = []
GOLD: list[dict] = []
META: list[dict] = []  # for the README table


# ---------------------------------------------------------------- helpers
def wd(iso: str, weekday: str) -> str:
    """Assert that an ISO date falls on the given weekday and return it."""
    got = date.fromisoformat(iso).strftime("%A")
    assert got == weekday, (iso, weekday, got)
    return iso


def A(*names, cc=None, backer=None):
    a = {"names": list(names)}
    if cc:
        a["country_code"] = cc
    if backer:
        a["backer"] = backer
    return a


def merge(*actors, cc=None, backer=None):
    names = []
    for a in actors:
        for n in a["names"]:
            if n not in names:
                names.append(n)
    return A(*names, cc=cc, backer=backer)


def L(names, cc, lat=None, lon=None):
    return {"names": list(names), "country_code": cc, "lat": lat, "lon": lon}


def D(start, end=None):
    return {"start": start, "end": end or start}


def F(low, high=None):
    return {"low": low, "high": low if high is None else high}


def ev(gid, etype, sub, a1, a2, dt, loc, fat, note, links=(), optional=False, same_as=None, kind="event",
       count=None):
    e = {"id": gid, "kind": kind, "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
         "date": dt, "location": loc, "fatalities": fat, "responds_to": list(links)}
    if kind == "tally":
        e["count"] = count
    if optional:
        e["optional"] = True
    if same_as:
        e["same_as"] = same_as
    e["note"] = note
    return e


def tally(gid, count, a1, a2, dt, loc, note, optional=False):
    return ev(gid, None, None, a1, a2, dt, loc, None, note, optional=optional, kind="tally", count=count)


def doc(did, published, source, slug, title, text, style, country, incidents, events):
    text = text.strip("\n")
    d = {"id": did, "text": text, "published": published, "source": source,
         "url": f"https://{slug}.example/{did}", "title": title}
    DOCS.append(d)
    GOLD.append({"doc": d, "events": events})
    META.append({"id": did, "style": style, "country": country, "incidents": incidents})


# ---------------------------------------------------------------- recurring actors
CIV = lambda country: A("civilians", "Civilians", f"Civilians ({country})", "villagers", "residents")  # noqa: E731
PROT = lambda country: A("protesters", "Protesters", f"Protesters ({country})", "demonstrators", "crowd",  # noqa: E731
                         "crowds")
RIOT = lambda country: A("rioters", "Rioters", f"Rioters ({country})", "protesters", f"Protesters ({country})",  # noqa: E731
                         "crowd", "crowds", "mob", "mobs", "demonstrators")

JNIM = A("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
         "Group for the Support of Islam and Muslims", "GSIM", "jihadists", "suspected jihadists", "militants",
         "Militants", "Islamist militants", "attackers", "gunmen", "Unidentified Armed Group")
BF_GEND = A("Gendarmerie of Burkina Faso", "Military Forces of Burkina Faso", "gendarmerie", "gendarmes",
            "Burkina Faso gendarmerie", "Burkinabe gendarmes", "security forces", "gendarmerie post",
            "Police Forces of Burkina Faso", cc="BFA")
FRANCE = A("Military Forces of France", "French forces", "French army", "French soldiers", "French troops",
           "France", "French military", "Barkhane", "Operation Barkhane", "French convoy", "convoy", cc="FRA")
CMR_ARMY = A("Military Forces of Cameroon", "Cameroonian army", "Cameroon army", "army", "soldiers",
             "Cameroonian soldiers", "military", "men in uniform", cc="CMR")
AMBA = A("Ambazonian separatists", "Ambazonia separatists", "separatists", "separatist fighters", "Amba Boys",
         "Ambazonia", "rebels", "Ambazonian Defence Forces")
SHABAAB = A("Al Shabaab", "al-Shabaab", "Al-Shabaab", "al Shabaab", "Harakat al-Shabaab al-Mujahideen",
            "militants", "Militants", "Islamist militants", "al-Qaeda-linked group")
ELN = A("ELN", "National Liberation Army", "National Liberation Army (ELN)", "Ejercito de Liberacion Nacional",
        "Ejército de Liberación Nacional", "guerrillas", "rebels", "ELN guerrillas", "ELN rebels")
FRENTE33 = A("33rd Front", "Frente 33", "FARC dissidents", "FARC dissident", "FARC-EP dissidents",
             "Estado Mayor de Bloques y Frente", "EMBF", "dissidents", "Unidentified Armed Group", "gunmen")
COL_GOV = A("Government of Colombia", "Colombian government", "Colombia", "Gustavo Petro", "Petro",
            "President Gustavo Petro", "Iván Duque", "Ivan Duque", "Duque", "President Ivan Duque", cc="COL")
ECU_GANGS = A("Los Lobos", "Los Choneros", "Los Chone Killers", "Los Tiguerones", "gangs", "gang", "rival gangs",
              "inmates", "prisoners", "gang members", "Unidentified Armed Group", "Gang (Ecuador)", "Rioters (Ecuador)")
ISKP = A("Islamic State Khorasan Province", "Islamic State Khorasan", "ISIS-K", "IS-K", "ISKP", "Islamic State",
         "IS", "ISIS", "suicide bomber", "bomber", "attacker", "militants", "Militants", "Unidentified Armed Group")
TALIBAN = A("Taliban", "Police Forces of Afghanistan", "Taliban fighters", "Taliban security forces",
            "Government of Afghanistan", "Islamic Emirate of Afghanistan", "Military Forces of Afghanistan", cc="AFG")
KUKI = A("Kuki-Zo militants", "Kuki militants", "Kuki-Zo", "Kuki-Zo armed group", "Kuki Militia", "militants",
         "Militants", "gunmen", "attackers", "men dressed in camouflage", "Unidentified Armed Group",
         "suspected militants", "village volunteers")
CRPF = A("Central Reserve Police Force", "CRPF", "Police Forces of India", "security forces", "police",
         "Manipur Police", "Military Forces of India", cc="IND")
MMR_ARMY = A("Military Forces of Myanmar", "Myanmar military", "military", "junta", "Myanmar junta",
             "military junta", "Tatmadaw", "Myanmar air force", "military aircraft", "jets", "army", cc="MMR")
KIA = A("Kachin Independence Army", "KIA", "Kachin Independence Organisation", "Kachin Independence Organization",
        "KIO", "KIO/KIA", "Kachin rebels", "rebels", "civilians", "Civilians", "Civilians (Myanmar)", "concertgoers",
        "crowd")
SYR_ARMY = A("Military Forces of Syria", "Syrian army", "Syrian military", "army", "government forces",
             "Syrian government forces", "government artillery", "Syrian government", "regime forces", cc="SYR")
HOUTHI = A("Houthis", "Houthi", "Houthi movement", "Ansar Allah", "Ansarallah", "Huthis", "Huthi",
           "Houthi rebels", "Iran-backed Houthis", "Yemeni rebels", backer="IRN")
UAE = A("Military Forces of the United Arab Emirates", "United Arab Emirates", "UAE", "Emirati forces",
        "UAE defence ministry", "UAE air defences", "Emirati military", "UAE armed forces", cc="ARE")
COALITION = A("Saudi-led coalition", "coalition", "Military Forces of Saudi Arabia", "Saudi Arabia",
              "Saudi-led military coalition", "Arab coalition", "coalition jets", cc="SAU")
WAGNER = A("Wagner Group", "Wagner", "PMC Wagner", "Wagner mercenaries", "Wagner fighters", "Yevgeny Prigozhin",
           "Prigozhin", "Wagner private military company", "mutineers")
RUSSIA = A("Military Forces of Russia", "Russian military", "Russian army", "Russian forces", "Russia",
           "defence ministry", "Russian defence ministry", "Southern Military District", "Russian air force",
           "Russian Aerospace Forces", "military helicopter", "Government of Russia", "Kremlin", cc="RUS")
LNA = A("Libyan National Army", "LNA", "Libyan Arab Armed Forces", "LAAF", "Khalifa Haftar", "Haftar",
        "Haftar's forces", "forces loyal to Khalifa Haftar", "Military Forces of Libya (Haftar)",
        "Unidentified Armed Group", "eastern forces", backer="ARE")
MLI_ARMY = A("Military Forces of Mali", "Malian army", "Malian soldiers", "Malian troops", "Malian Armed Forces",
             "FAMa", "army", "soldiers", "Wagner Group", "Wagner", "Russian soldiers", "foreign soldiers",
             "Russian mercenaries", "Malian army and Wagner", cc="MLI")
M23 = A("M23", "March 23 Movement", "M23 rebels", "Mouvement du 23 mars", "M23 Movement", "Rwanda-backed M23",
        "rebels", backer="RWA")
FARDC = A("Military Forces of the Democratic Republic of Congo", "FARDC", "Congolese army", "Congolese troops",
          "government troops", "army", "Military Forces of the Democratic Republic of the Congo", "Wazalendo",
          cc="COD")


# ================================================================ 1-2 Inata (pair), Kaya convoy
INATA_LOC = L(["Inata", "Inata gold mine", "Soum", "Soum province", "Sahel region"], "BFA", 14.55, -1.86)
doc("burkina-inata-wire-2021-11-15", "2021-11-15", "Northgate Wire", "northgatewire",
    "At least 20 gendarmes killed in attack on northern Burkina Faso post",
    """
OUAGADOUGOU, Nov 15 (Northgate Wire) - At least 20 members of Burkina Faso's gendarmerie were killed when suspected jihadists overran their post near the Inata gold mine in the northern province of Soum on Sunday, the government said on Monday.

Nineteen gendarmes and one civilian died in the assault, which began before dawn, a government statement read on national television said. Several gendarmes were wounded and others were still missing, and search operations were under way in the surrounding bush, it said.

Security sources said the attackers arrived in large numbers on motorbikes and pick-up trucks and fought the gendarmes for several hours before setting part of the camp on fire. No group had claimed responsibility by Monday evening, but the area is a stronghold of the al Qaeda-linked Group for the Support of Islam and Muslims, known by its Arabic initials JNIM.

An internal memo that circulated on social media suggested the detachment had run out of food and had asked for fresh supplies two weeks earlier. The ministry did not comment on it.

President Roch Marc Christian Kabore declared three days of national mourning. The raid is one of the deadliest on the security forces since Islamist violence spread into Burkina Faso from neighbouring Mali. Attacks by groups linked to al Qaeda and Islamic State have killed thousands of people in the country and forced more than 1.4 million from their homes.
""", "wire", "Burkina Faso", "JNIM-suspected attack on the Inata gendarmerie post, 2021-11-14 (20 dead)",
    [ev("g1", "Battles", "Armed clash", JNIM, BF_GEND, D(wd("2021-11-14", "Sunday")), INATA_LOC, F(20),
        "Sunday's assault on the Inata gendarmerie post: 19 gendarmes and a civilian")])

doc("burkina-inata-toll-2021-11-22", "2021-11-22", "The Evening Ledger", "eveningledger",
    "Inata toll climbs to 53 as anger turns on French convoy",
    """
The number of people killed in the attack on a gendarmerie post at Inata in northern Burkina Faso has risen to 53, the government said, more than double the toll it gave the day after the raid on the 14th. Forty-nine gendarmes and four civilians died, a government spokesman told reporters in Ouagadougou, and the search for survivors has ended.

The revised figure has fed a wave of public anger at the authorities' handling of a six-year insurgency, and much of that anger has been directed at France, which keeps some 5,000 soldiers in the Sahel.

In Kaya, about 100 km north-east of the capital, hundreds of residents blocked a French military supply convoy from Friday, accusing it of carrying weapons to the jihadists, an accusation Paris rejects as absurd. On Saturday gendarmes fired tear gas to clear the road and warning shots were heard. Four protesters were hurt, among them a teenager with a head wound, according to staff at the town's hospital. It was not clear who had fired. The convoy, which set out from Cote d'Ivoire and is bound for Gao in Mali, was allowed to leave Kaya late on Saturday and is expected to enter Niger.

Opposition parties and civil society groups have called a rally in Ouagadougou for next Saturday to demand President Roch Marc Christian Kabore's resignation. The authorities said no permission had been given and warned against any disturbance.

Kabore has promised that the failures at Inata will be investigated and that officers found to have been negligent will be punished. He has also suspended mobile internet for four days, citing national security.
""", "newspaper", "Burkina Faso", "Inata toll revised to 53 (second report); Kaya convoy blockade, 2021-11-19/20",
    [ev("g1", "Battles", "Armed clash", JNIM, BF_GEND, D("2021-11-14"), INATA_LOC, F(53),
        "the raid on the 14th, now 49 gendarmes and four civilians",
        same_as="burkina-inata-wire-2021-11-15/g1"),
     ev("g2", "Protests", ["Protest with intervention", "Excessive force against protesters"], PROT("Burkina Faso"),
        merge(BF_GEND, FRANCE, cc="BFA"), D(wd("2021-11-19", "Friday"), wd("2021-11-20", "Saturday")),
        L(["Kaya", "Centre-Nord"], "BFA", 13.09, -1.08), None,
        "residents block the French convoy in Kaya from Friday; tear gas and warning shots on Saturday, four hurt"),
     ev("o1", "Strategic developments", "Other", A("Government of Burkina Faso", "Roch Marc Christian Kabore",
        "Kabore", "authorities", cc="BFA"), None, {"start": "2021-11-15", "end": "2021-11-22"},
        L(["Burkina Faso"], "BFA"), None, "mobile internet suspended for four days (undated)", optional=True)])

doc("niger-tera-convoy-2021-11-28", "2021-11-28", "Corridor Press", "corridorpress",
    "Two killed as French convoy forces way through protest in Niger",
    """
NIAMEY, Nov 28 (Corridor Press) - Two people were killed and 18 wounded in western Niger on Saturday when a French army convoy that had been stopped by protesters in the town of Tera forced its way through, Niger's interior ministry said.

The convoy, which is carrying supplies to French troops in Gao, Mali, had already been held up by demonstrators at several points in Burkina Faso over the past week, notably in Kaya, where crowds kept it on the road for two days. It crossed into Niger on Friday.

In Tera, about 180 km north-west of Niamey, more than 1,000 people tried to stop the trucks on Saturday morning, the ministry said in a statement. In trying to break free, the convoy, which was escorted by Nigerien gendarmes, used force, it said, adding that an inquiry had been opened to establish what happened and who was responsible. Eleven of the wounded were in a serious condition.

The French army said its soldiers had fired warning shots over the heads of protesters who threw stones and tried to set fire to the trucks, and that it was not aware of anyone being hit by its fire. A French driver was injured by a stone, a spokesman said.

Residents said the dead were young men from the town. A local councillor said on Sunday that a third man had died of his wounds overnight, a figure the government did not confirm.

The clash shows how hostile public opinion in parts of the Sahel has become towards France, whose troops have fought jihadist groups in the region for almost a decade.
""", "wire", "Niger", "French convoy fires on protesters in Tera, 2021-11-27 (2-3 dead); Kaya recalled",
    [ev("g1", ["Protests", "Riots"], ["Excessive force against protesters", "Protest with intervention",
        "Violent demonstration"], PROT("Niger"), merge(FRANCE, A("Gendarmerie of Niger", "Nigerien gendarmes",
        "gendarmes", "Police Forces of Niger"), cc="FRA"), D(wd("2021-11-27", "Saturday")),
        L(["Tera", "Téra", "Tillaberi", "Tillabéri"], "NER", 14.01, 0.75), F(2, 3),
        "convoy forces its way through the Tera protest; 2 dead (a third per a councillor), 18 wounded"),
     ev("o1", "Protests", ["Protest with intervention", "Peaceful protest"], PROT("Burkina Faso"), FRANCE,
        D("2021-11-19", "2021-11-26"), L(["Kaya"], "BFA", 13.09, -1.08), None,
        "Kaya blockade recalled (past week, two days)", optional=True,
        same_as="burkina-inata-toll-2021-11-22/g2")])

# ================================================================ 4 Ngarbuh
doc("cameroon-ngarbuh-2020-02-17", "2020-02-17", "Tidewater Bulletin", "tidewaterbulletin",
    "UN says 22 villagers, 14 of them children, killed in Cameroon's North-West",
    """
YAOUNDE, Feb 17 (Tidewater Bulletin) - Armed men killed at least 22 villagers, 14 of them children, in Cameroon's English-speaking North-West region on Friday, the United Nations said, in one of the worst atrocities of the separatist conflict.

The killings took place in Ngarbuh, a hamlet of Ntumbaw near Ndu in Donga-Mantung division, the UN humanitarian office said. Some of the victims were burned inside their homes, and a pregnant woman was among the dead.

Opposition politicians and local rights groups said the attack was carried out by soldiers, accompanied by armed ethnic Fulani herders. Separatist groups, who are fighting for an independent state they call Ambazonia, also blamed the army.

The military rejected the accusations. An army spokesman said soldiers had come under fire from separatist fighters in the village and killed seven of them, and that fuel containers stored in a house had exploded during the exchange, starting a fire in which a woman and four children died. He called the higher tolls part of a communication campaign by the rebels and said no civilians had been deliberately targeted.

The conflict grew out of protests by English-speaking lawyers and teachers against what they saw as marginalisation by the French-speaking majority. More than 3,000 people have been killed and about 700,000 have fled their homes.

Rights groups have accused both the security forces and the separatists of killing civilians, burning villages and kidnapping people for ransom. The government has rejected calls for an international inquiry.
""", "wire (disputed perpetrator and toll)", "Cameroon", "Ngarbuh killings, 2020-02-14 (army: 5, UN: 22)",
    [ev("g1", "Violence against civilians", "Attack", merge(CMR_ARMY, A("Fulani herders", "armed Fulani herders",
        "Fulani militia", "Mbororo", "armed men", "gunmen", "Unidentified Armed Group"), cc="CMR"),
        CIV("Cameroon"), D(wd("2020-02-14", "Friday")),
        L(["Ngarbuh", "Ntumbaw", "Ndu", "Donga-Mantung", "North-West", "North-West region", "Northwest"], "CMR"),
        F(5, 22), "Friday's killings in Ngarbuh: UN 22 (14 children), army 5 (a woman and four children)"),
     ev("o1", "Battles", "Armed clash", CMR_ARMY, AMBA, D("2020-02-14"), L(["Ngarbuh", "Ntumbaw", "Ndu"], "CMR"),
        F(7), "the army's version: a firefight with separatists, seven killed", optional=True)])

# ================================================================ 5 Mogadishu Zobe (garbled)
doc("somalia-zobe-garbled-2022-10-30", "2022-10-30", "horn24-news", "horn24news",
    "Somalia: Twin Car Bomb Kill At Least 100 At Education Ministry In Mogadishu, President Say",
    """
Somalia: Twin Car Bomb Kill At Least 100 At Education Ministry In Mogadishu, President Say

Mogadishu - At least 100 persons was killed and near 300 others wounded after two car bombs explode at busy intersection near the Ministry of Education in Somali capital Mogadishu on Saturday, President Hassan Sheikh Mohamud has said while he visit the site.

The first blast hit the ministry wall at Zobe junction on afternoon, and second one was detonated few minutes after when ambulance and people have gathered for help the victims, witnesses told. The death toll expected to rise, the president say, as many of wounded are in critical condition and hospitals is overwhelmed.

Al-Shabaab militant group which is link to al-Qaeda claimed responsible for the attack in a statement, it say the ministry was target because it is an "enemy base" which take Somali childrens away from the Islamic faith. The group said they are not targeting civilians, claim which the government rejected.

"Our people who was massacred include mothers with their children in their arms, fathers with medical conditions, students sent to study, businessmen trying to feed their families," the president tell reporters. He vowed the government will not rest until al-Shabaab is finished and urged residents give informations to security forces.

Last week the group also attack a hotel in the southern port city of Kismayo with car bomb and gunmen, killing nine peoples and injuring 47, officials said, before security forces kill the attackers.

A ambulance driver said the second explosion destroy his vehicle, and the Somali journalists union said one journalist was among those died and two more was injured. Smoke was seen across the city , many shops around the junction was flatten.

Source link

Share this:
""", "garbled machine-rewritten web copy", "Somalia", "twin car bombs at the Ministry of Education, Zobe junction, 2022-10-29 (100 dead); Kismayo hotel attack last week (9 dead)",
    [ev("g1", "Explosions/Remote violence", ["Remote explosive/landmine/IED", "Suicide bomb"], SHABAAB,
        merge(CIV("Somalia"), A("Ministry of Education", "Government of Somalia")), D(wd("2022-10-29", "Saturday")),
        L(["Mogadishu", "Zobe", "Zoobe", "Zobe junction", "Ministry of Education", "Banadir"], "SOM", 2.04, 45.33),
        F(100), "two car bombs at Zobe junction, one incident: at least 100 killed, near 300 wounded"),
     ev("g2", ["Violence against civilians", "Explosions/Remote violence", "Battles"],
        ["Attack", "Suicide bomb", "Remote explosive/landmine/IED", "Armed clash"], SHABAAB,
        merge(CIV("Somalia"), A("hotel", "hotel guests", "security forces")), D("2022-10-17", "2022-10-23"),
        L(["Kismayo", "Kismaayo", "Kismayu", "Lower Juba", "Jubaland"], "SOM", -0.36, 42.55), F(9),
        "last week's car bomb and gun attack on a hotel in Kismayo: nine killed, 47 injured")])

# ================================================================ 6 Wharf Jeremie (news page text)
doc("haiti-wharf-jeremie-2024-12-09", "2024-12-09", "Bayline Post", "baylinepost",
    "Haiti gang leader ordered killing of elderly residents over son's illness, rights group says",
    """
Home > World > Americas

Haiti gang leader ordered killing of elderly residents over son's illness, rights group says

By Staff Reporter | Bayline Post
Published 9 December 2024, 14:20 | Updated 9 December 2024, 18:05

Share this article: Facebook | X | WhatsApp | Email

At least 184 people were killed over Friday and Saturday in the Wharf Jeremie neighbourhood of Cite Soleil, on the waterfront of Port-au-Prince, the United Nations said on Monday, in a massacre that a local rights group says was ordered by a gang leader who blamed his son's illness on witchcraft.

The Committee for Peace and Development, a Haitian organisation, had earlier put the toll at "at least 110". It said the leader of the Wharf Jeremie gang, Monel Felix, known as "Micanor" or "King Mikano", consulted a vodou priest after his child fell sick; the priest told him that older residents of the area were casting spells on the boy.

Gang members then went from house to house, killing people over 60 and vodou practitioners with machetes and knives, the group said. Some of the bodies were set on fire in the street. The child died on Saturday afternoon.

More than 120 of the victims were elderly, according to UN figures.

Because the gang controls who enters and leaves the area and has cut most phone lines, news of the killings took days to reach the rest of the capital. No arrests have been made.

The government called the massacre an act of unspeakable cruelty and said the police would track down those responsible.

Gangs, many of them now grouped in the Viv Ansanm coalition, control most of Port-au-Prince. According to the UN, more than 5,000 people have been killed in gang violence in Haiti so far this year.

Related:
- Haiti's transitional council names new prime minister
- Explainer: who are the Kenyan police in Haiti?
- Photos: daily life in a capital run by gangs

Leave a comment

Comments are moderated and may take up to 24 hours to appear.

(c) 2024 Bayline Post. All rights reserved. | Privacy | Terms | Contact us
""", "news page text with boilerplate", "Haiti", "Wharf Jeremie massacre, 2024-12-06/07 (110 to 184 dead)",
    [ev("g1", "Violence against civilians", "Attack",
        A("Wharf Jeremie gang", "Wharf Jérémie gang", "Monel Felix", "Monel Félix", "Micanor", "King Mikano",
          "Mikano", "gang", "gang members", "Viv Ansanm", "Gang (Haiti)", "Unidentified Armed Group", "gunmen"),
        merge(CIV("Haiti"), A("elderly residents", "vodou practitioners")),
        D(wd("2024-12-06", "Friday"), wd("2024-12-07", "Saturday")),
        L(["Wharf Jeremie", "Wharf Jérémie", "Cite Soleil", "Cité Soleil", "Port-au-Prince", "Ouest"], "HTI",
          18.565, -72.345), F(110, 184), "killings over Friday and Saturday: NGO at least 110, UN at least 184"),
     tally("o1", None, A("gangs", "gang", "Gang (Haiti)"), CIV("Haiti"), D("2024-01-01", "2024-12-09"),
           L(["Haiti"], "HTI"), "more than 5,000 killed in gang violence this year (casualties, not incidents)",
           optional=True)])

# ================================================================ 7 Catatumbo (long-form with background)
BOGOTA_ACADEMY = L(["General Santander police cadet school", "General Santander National Police Academy",
                    "Escuela de Cadetes de Policia General Santander", "Bogota", "Bogotá"], "COL", 4.59, -74.13)
COL_COUNTRY = L(["Colombia", "Bogota", "Bogotá"], "COL")
doc("colombia-catatumbo-analysis-2025-01-20", "2025-01-20", "The Frontier Quarterly", "frontierquarterly",
    "In Catatumbo, the ELN's war on its rivals buries Petro's 'total peace'",
    """
BOGOTA - For four days the roads leading out of Catatumbo have been lined with families carrying what they could. Since Thursday, fighters of the National Liberation Army, the ELN, have gone from village to village across this mountainous region of Norte de Santander, on the border with Venezuela, hunting down members of a rival armed group, the 33rd Front of the FARC dissidents, and people they accuse of working with it.

By Sunday, the regional government said at least 80 people had been killed around Tibu, Teorama and El Tarra, among them several former FARC guerrillas who had handed in their weapons under the peace accord and at least one community leader. More than 11,000 people have fled, many of them to Cucuta, where sports halls and a stadium have been turned into shelters. Others crossed into Venezuela.

The ELN says it is not fighting civilians. In a statement, its commanders said the offensive was a response to the killing on Wednesday of a couple and their baby, who were shot in their car near Tibu, a crime the guerrillas blamed on the 33rd Front. The dissidents denied any part in it.

In response to the offensive, President Gustavo Petro on Friday suspended the peace talks with the ELN, saying the group had chosen the path of war and had committed war crimes. On Monday he announced a state of internal commotion, a form of emergency rule, for the region, and ordered troop reinforcements.

It is not the first time that talks with the ELN have collapsed after a single act of violence. On January 17, 2019, a member of the group drove a car packed with explosives into the General Santander police cadet school in the south of Bogota, killing 21 cadets as well as himself and wounding dozens. The next day, then-president Ivan Duque called off the negotiations in response to the bombing and asked Cuba, which was hosting them, to hand over the guerrilla negotiators. Havana refused, citing the protocols agreed with the guarantor countries.

Petro revived the process after he took office, promising a "total peace" with every armed group. A bilateral ceasefire agreed in Havana in June 2023 held, with violations, until it lapsed last August, and the talks have since limped from one crisis to another.

Catatumbo, one of the country's largest coca-growing regions, shows why. After the FARC disarmed, the ELN and the dissidents divided the area and its trafficking routes between them, and for several years the arrangement held. Analysts say that truce broke down over control of the border crossings, and that the ELN, which is also present on the Venezuelan side, decided to settle the matter by force.

The ombudsman's office said it had warned of a possible offensive as early as November. Local officials say the army was slow to react, a charge the defence ministry denies. For the families sleeping in Cucuta's stadium, the argument is academic: most say they do not expect to go home soon.
""", "long-form analysis (recalls dated background incidents)", "Colombia",
    "ELN offensive on the 33rd Front in Catatumbo, 2025-01-16/19 (80 dead); Tibu family killing 2025-01-15; "
    "talks suspended 2025-01-17; Bogota cadet school bombing 2019-01-17; Duque ends talks 2019-01-18",
    [ev("g1", ["Battles", "Violence against civilians"], ["Armed clash", "Attack"], ELN,
        merge(FRENTE33, CIV("Colombia"), A("former FARC guerrillas", "ex-combatants", "community leader")),
        D(wd("2025-01-16", "Thursday"), "2025-01-20"),
        L(["Catatumbo", "Norte de Santander", "Tibu", "Tibú", "Teorama", "El Tarra"], "COL"), F(80),
        "ELN offensive since Thursday, at least 80 killed by Sunday; explicitly a response to the Tibu killing",
        links=["g2"]),
     ev("g2", "Violence against civilians", "Attack", FRENTE33, CIV("Colombia"), D(wd("2025-01-15", "Wednesday")),
        L(["Tibu", "Tibú", "Norte de Santander", "Catatumbo"], "COL", 8.64, -72.73), F(3),
        "a couple and their baby shot in their car near Tibu on Wednesday (blamed on the 33rd Front, denied)"),
     ev("g3", "Strategic developments", ["Other", "Change to group/activity"], COL_GOV, ELN,
        D(wd("2025-01-17", "Friday")), COL_COUNTRY, None,
        "Petro suspends the ELN talks on Friday, in response to the offensive", links=["g1"]),
     ev("g4", "Explosions/Remote violence", ["Suicide bomb", "Remote explosive/landmine/IED"], ELN,
        A("Police Forces of Colombia", "Colombian police", "National Police", "police", "police cadets", "cadets",
          cc="COL"), D(wd("2019-01-17", "Thursday")), BOGOTA_ACADEMY, F(21, 22),
        "car bomb at the General Santander cadet school: 21 cadets and the driver"),
     ev("g5", "Strategic developments", ["Other", "Change to group/activity"], COL_GOV, ELN,
        D(wd("2019-01-18", "Friday")), COL_COUNTRY, None,
        "Duque calls off the talks the next day, in response to the bombing", links=["g4"]),
     ev("o1", "Strategic developments", "Other", COL_GOV, None, D(wd("2025-01-20", "Monday")),
        L(["Catatumbo", "Norte de Santander"], "COL"), None, "state of internal commotion announced on Monday",
        optional=True),
     ev("o2", "Strategic developments", "Agreement", COL_GOV, ELN, D("2023-06-01", "2023-06-30"),
        L(["Havana", "Cuba"], "CUB"), None, "bilateral ceasefire agreed in Havana in June 2023", optional=True),
     ev("o3", "Strategic developments", ["Change to group/activity", "Other"], ELN, COL_GOV,
        D("2024-08-01", "2024-08-31"), COL_COUNTRY, None, "the ceasefire lapsed last August", optional=True)])

# ================================================================ 8 Litoral penitentiary
LITORAL = L(["Litoral Penitentiary", "Penitenciaria del Litoral", "Penitenciaría del Litoral", "Guayaquil", "Guayas"],
            "ECU", -2.08, -79.95)
doc("ecuador-litoral-prison-2021-09-29", "2021-09-29", "Harbour Line News", "harbourlinenews",
    "At least 116 inmates killed in Ecuador's worst prison massacre",
    """
GUAYAQUIL, Ecuador, Sept 29 (Harbour Line News) - At least 116 inmates were killed in fighting between rival gangs at a prison in the Ecuadorean port city of Guayaquil, authorities said on Wednesday, the worst prison massacre in the country's history.

The violence at the Litoral Penitentiary broke out on Tuesday morning and went on for hours as prisoners fired guns and threw grenades at each other across the cell blocks, police said. At least five of the dead were beheaded. About 80 people were wounded.

Some 400 police officers were sent in to retake control of the cell blocks, which was achieved in the early hours of Wednesday, officials said. Relatives gathered outside the prison gates through the night waiting for news, and forensic teams began the work of identifying bodies.

Officials blamed a feud between gangs linked to Mexican drug cartels: Los Lobos and the Chone Killers on one side and Los Choneros on the other, who are fighting for control of the prison and of drug routes through the port. Inmates said one group had attacked a wing held by its rivals.

President Guillermo Lasso declared a state of emergency in the prison system, allowing soldiers to guard the outer perimeters of jails, and said the state would regain control of the prisons.

It was the third mass killing in Ecuador's prisons this year. In February, 79 inmates died in simultaneous riots at four prisons, and in July 22 were killed in riots in Guayaquil and Latacunga. Rights groups say overcrowding and understaffing have handed the jails to the gangs, who run them as bases for their trafficking operations.
""", "wire", "Ecuador", "Litoral Penitentiary massacre, 2021-09-28 (116 dead); tally: third prison massacre this year",
    [ev("g1", ["Battles", "Riots"], ["Armed clash", "Mob violence", "Violent demonstration"], ECU_GANGS, ECU_GANGS,
        D(wd("2021-09-28", "Tuesday"), wd("2021-09-29", "Wednesday")), LITORAL, F(116),
        "gang fighting in the Litoral Penitentiary from Tuesday morning: at least 116 killed, about 80 wounded"),
     tally("g2", 3, ECU_GANGS, None, D("2021-01-01", "2021-09-29"), L(["Ecuador"], "ECU"),
           "the third mass killing in Ecuador's prisons this year"),
     ev("o1", ["Riots", "Battles"], ["Violent demonstration", "Mob violence", "Armed clash"], ECU_GANGS, ECU_GANGS,
        D("2021-02-01", "2021-02-28"), L(["Ecuador"], "ECU"), F(79),
        "February: simultaneous riots at four prisons, 79 dead (places not named)", optional=True),
     ev("o2", ["Riots", "Battles"], ["Violent demonstration", "Mob violence", "Armed clash"], ECU_GANGS, ECU_GANGS,
        D("2021-07-01", "2021-07-31"), L(["Guayaquil"], "ECU", -2.17, -79.92), None,
        "July riots in Guayaquil (22 dead across two places)", optional=True),
     ev("o3", ["Riots", "Battles"], ["Violent demonstration", "Mob violence", "Armed clash"], ECU_GANGS, ECU_GANGS,
        D("2021-07-01", "2021-07-31"), L(["Latacunga", "Cotopaxi"], "ECU", -0.93, -78.62), None,
        "July riots in Latacunga (22 dead across two places)", optional=True),
     ev("o4", "Strategic developments", "Other", A("Government of Ecuador", "Guillermo Lasso", "Lasso", cc="ECU"),
        None, D("2021-09-28", "2021-09-29"), L(["Ecuador"], "ECU"), None,
        "state of emergency in the prison system", optional=True)])

# ================================================================ 9 Mastung and Hangu (brief)
BOMBER = A("suicide bomber", "bomber", "attacker", "Unidentified Armed Group", "militants", "Militants",
           "unidentified attackers")
doc("pakistan-mastung-hangu-brief-2023-09-29", "2023-09-29", "Northgate Wire", "northgatewire",
    "Suicide bombing at Prophet's birthday procession in Pakistan kills 52",
    """
QUETTA, Pakistan, Sept 29 (Northgate Wire) - A suicide bomber blew himself up among worshippers gathering for a procession to mark the Prophet Mohammad's birthday in Mastung, in south-western Balochistan province, on Friday, killing at least 52 people and wounding more than 50, officials said. A senior police officer was among the dead.

Hours later, an explosion tore through a mosque inside a police compound in Hangu, in north-western Khyber Pakhtunkhwa province, during Friday prayers, killing at least five people and bringing down the roof.

No group claimed either attack. The Pakistani Taliban denied any involvement.
""", "wire brief", "Pakistan", "Mastung procession suicide bombing (52 dead) and Hangu mosque blast (5 dead), 2023-09-29",
    [ev("g1", "Explosions/Remote violence", "Suicide bomb", BOMBER,
        A("civilians", "Civilians", "Civilians (Pakistan)", "worshippers", "procession", "police officer"),
        D(wd("2023-09-29", "Friday")), L(["Mastung", "Balochistan"], "PAK", 29.80, 66.85), F(52),
        "bomber at the Mawlid procession in Mastung: at least 52 killed, more than 50 wounded"),
     ev("g2", "Explosions/Remote violence", ["Remote explosive/landmine/IED", "Suicide bomb"], BOMBER,
        A("civilians", "Civilians", "Civilians (Pakistan)", "worshippers", "Police Forces of Pakistan", "police"),
        D("2023-09-29"), L(["Hangu", "Khyber Pakhtunkhwa"], "PAK", 33.53, 71.06), F(5),
        "explosion at the mosque in a Hangu police compound: at least five killed")])

# ================================================================ 10-11 Kaaj centre (pair), Hazara women's protests
KAAJ = L(["Kaaj education centre", "Kaaj", "Kaaj tuition centre", "Dasht-e-Barchi", "Dasht-e Barchi", "Kabul"],
         "AFG", 34.50, 69.09)
KAAJ_BOMBER = A("suicide bomber", "bomber", "attacker", "Unidentified Armed Group", "militants", "Militants",
                "Islamic State Khorasan Province", "Islamic State Khorasan", "ISIS-K", "ISKP", "IS-K",
                "Islamic State", "IS")
HAZARA = A("civilians", "Civilians", "Civilians (Afghanistan)", "students", "Hazara", "Hazaras", "Hazara students",
           "Shi'ite Hazaras")
doc("afghanistan-kaaj-wire-2022-09-30", "2022-09-30", "Corridor Press", "corridorpress",
    "Suicide bomber kills 19 at Kabul education centre during practice exam",
    """
KABUL, Sept 30 (Corridor Press) - A suicide bomber attacked an education centre in a Shi'ite Hazara neighbourhood of western Kabul on Friday, killing at least 19 people and wounding 27 as hundreds of students sat a practice university entrance exam, Taliban officials said.

The blast at the Kaaj tuition centre in the Dasht-e-Barchi district ripped through a hall packed with young men and women. The attacker shot his way past the guards before detonating his explosives in the part of the room where the girls were seated, a police spokesman said.

Residents said the toll was higher than the official figure and that most of the dead were young women. Relatives searched hospitals in the city for missing students into the evening.

No group immediately claimed responsibility. The local branch of the Islamic State group, known as Islamic State Khorasan Province or ISIS-K, has claimed many earlier attacks on Hazaras, whom it regards as heretics. The Taliban, who say they have restored security to the country, condemned the attack and said the perpetrators would be punished.

It was at least the fifth deadly attack on a school or learning centre in Dasht-e-Barchi since 2018.
""", "wire", "Afghanistan", "Kaaj education centre suicide bombing, 2022-09-30 (19 dead, first report); tally",
    [ev("g1", "Explosions/Remote violence", "Suicide bomb", KAAJ_BOMBER, HAZARA, D(wd("2022-09-30", "Friday")),
        KAAJ, F(19), "Kaaj centre bombing, at least 19 killed, 27 wounded (Taliban figures)"),
     tally("g2", 5, KAAJ_BOMBER, HAZARA, D("2018-01-01", "2022-09-30"),
           L(["Dasht-e-Barchi", "Dasht-e Barchi", "Kabul"], "AFG"),
           "at least the fifth deadly attack on a school or learning centre in Dasht-e-Barchi since 2018")])

doc("afghanistan-kaaj-un-2022-10-03", "2022-10-03", "The Evening Ledger", "eveningledger",
    "UN says 53 killed in Kabul classroom bombing, most of them girls",
    """
The United Nations has more than doubled the death toll from Friday's suicide bombing at an education centre in western Kabul, saying on Monday that 53 people were killed, 46 of them girls and young women, and 110 injured. The Taliban-run interior ministry has put the figure at 25 dead and 33 wounded.

The UN mission in Afghanistan said it expected the number to rise further as it continued to verify cases. Most of the victims were Hazara teenagers preparing for university entrance exams at the Kaaj centre in Dasht-e-Barchi.

The bombing has prompted rare street protests by women. On Saturday about 50 Hazara women marched near the site chanting "Stop Hazara genocide" and "Education is our right". Taliban fighters fired into the air to break up the march and beat several of the women with rifle butts, witnesses said.

On Sunday smaller groups of women held protests in the western city of Herat and in Bamiyan, in the Hazara heartland of central Afghanistan. Both passed off without incident, organisers said.

No group has claimed the attack. The Taliban have promised to find those responsible and say they have strengthened security around schools and mosques in Shi'ite areas. Hazara community leaders say the promises have been made before.
""", "newspaper (second report, higher toll)", "Afghanistan",
    "Kaaj bombing revised to 25 (Taliban) / 53 (UN); women's protests in Kabul 2022-10-01, Herat and Bamiyan 2022-10-02",
    [ev("g1", "Explosions/Remote violence", "Suicide bomb", KAAJ_BOMBER, HAZARA, D("2022-09-30"), KAAJ, F(25, 53),
        "Friday's bombing: Taliban 25, UN 53", same_as="afghanistan-kaaj-wire-2022-09-30/g1"),
     ev("g2", "Protests", ["Protest with intervention", "Excessive force against protesters"],
        merge(PROT("Afghanistan"), A("women", "Hazara women", "women protesters")), TALIBAN,
        D(wd("2022-10-01", "Saturday")), KAAJ, None,
        "Saturday march near the site broken up by Taliban firing in the air and beating women"),
     ev("g3", "Protests", "Peaceful protest", merge(PROT("Afghanistan"), A("women", "women protesters")), None,
        D(wd("2022-10-02", "Sunday")), L(["Herat"], "AFG", 34.35, 62.20), None, "Sunday protest in Herat"),
     ev("g4", "Protests", "Peaceful protest", merge(PROT("Afghanistan"), A("women", "women protesters")), None,
        D("2022-10-02"), L(["Bamiyan", "Bamyan"], "AFG", 34.82, 67.83), None, "Sunday protest in Bamiyan")])

# ================================================================ 12 Jiribam / Imphal
JIRIBAM_BORO = L(["Borobekra", "Jiribam", "Jiribam district", "Manipur"], "IND")
doc("india-jiribam-imphal-2024-11-17", "2024-11-17", "Tidewater Bulletin", "tidewaterbulletin",
    "Curfew in Imphal after mobs attack ministers' homes over Jiribam killings",
    """
IMPHAL, India, Nov 17 (Tidewater Bulletin) - Authorities imposed an indefinite curfew in Imphal and cut mobile internet in seven districts of India's north-eastern state of Manipur after crowds angered by the killing of six members of the Meitei community attacked the homes of ministers and legislators on Saturday night.

The houses of at least three ministers and six state legislators were stormed, and several were set on fire, police said. Security forces fired tear gas to disperse the crowds, and more than 20 people were arrested.

The bodies of three women and three children from one family, who had gone missing in Jiribam district on Monday, were found in a river near the border with Assam on Friday and Saturday. Police say they were abducted by Kuki-Zo militants near Borobekra during a gunfight with security forces the same day.

In that fight, on the 11th, men dressed in camouflage attacked the Borobekra police station and a nearby camp of the Central Reserve Police Force (CRPF) and set fire to houses. The CRPF said 10 of the attackers were killed when its men returned fire. Kuki-Zo organisations said the dead were village volunteers, not militants, and called a shutdown across the hill districts.

Police suspect the Borobekra assault was carried out in retaliation for the killing of a woman from the Hmar tribe in the village of Zairawn on the night of Thursday, November 7. Her family says she was raped and burned alive by armed Meitei men, who also torched several houses.

Jiribam, a mixed district on the Assam border, was largely spared in the first year of the conflict between the Meitei majority and the Kuki-Zo, which has killed more than 200 people. Since the summer it has become one of the most dangerous places in the state.
""", "wire", "India", "Imphal mob attacks 2024-11-16; Borobekra clash and abduction of six 2024-11-11; "
    "Zairawn killing 2024-11-07 (retaliation link)",
    [ev("g1", "Riots", ["Violent demonstration", "Mob violence"], merge(RIOT("India"), A("Meitei protesters")),
        A("ministers", "legislators", "MLAs", "Government of Manipur", "Manipur government", "politicians",
          "Police Forces of India", "security forces"), D(wd("2024-11-16", "Saturday"), "2024-11-17"),
        L(["Imphal", "Manipur"], "IND", 24.81, 93.94), None,
        "Saturday night attacks on the homes of three ministers and six legislators"),
     ev("g2", "Violence against civilians", ["Abduction/forced disappearance", "Attack"], KUKI,
        merge(CIV("India"), A("Meitei family", "women and children")), D(wd("2024-11-11", "Monday")), JIRIBAM_BORO,
        None, "three women and three children abducted on Monday, bodies found Friday and Saturday"),
     ev("g3", "Battles", "Armed clash", KUKI, CRPF, D("2024-11-11"), JIRIBAM_BORO, F(10),
        "attack on Borobekra police station and CRPF camp on the 11th, 10 attackers killed; "
        "police suspect retaliation for Zairawn", links=["g4"]),
     ev("g4", "Violence against civilians", ["Attack", "Sexual violence"],
        A("armed Meitei men", "Meitei militants", "Meitei militia", "gunmen", "armed men", "Unidentified Armed Group"),
        merge(CIV("India"), A("Hmar woman", "woman")), D(wd("2024-11-07", "Thursday"), "2024-11-08"),
        L(["Zairawn", "Jiribam", "Jiribam district", "Manipur"], "IND"), F(1),
        "Hmar woman killed in Zairawn on Thursday night, houses torched"),
     ev("o1", "Strategic developments", "Arrests", CRPF, RIOT("India"), D("2024-11-16", "2024-11-17"),
        L(["Imphal"], "IND", 24.81, 93.94), None, "more than 20 arrested (component of the riots)", optional=True),
     ev("o2", "Strategic developments", "Other", A("Government of Manipur", "authorities", cc="IND"), None,
        D("2024-11-16", "2024-11-17"), L(["Imphal", "Manipur"], "IND", 24.81, 93.94), None,
        "curfew and internet shutdown", optional=True)])

# ================================================================ 13 A Nang Pa
doc("myanmar-a-nang-pa-2022-10-24", "2022-10-24", "Tidewater Bulletin", "tidewaterbulletin",
    "Myanmar air strike on Kachin anniversary concert kills dozens",
    """
YANGON, Oct 24 (Tidewater Bulletin) - Military aircraft bombed a concert held to mark the anniversary of a major ethnic rebel group in Myanmar's northern Kachin State on Sunday night, killing at least 60 people and possibly as many as 80, witnesses and the rebels said.

Three jets dropped four bombs on a crowd of several hundred people gathered near A Nang Pa village in Hpakant township to celebrate the 62nd anniversary of the founding of the Kachin Independence Organisation (KIO), whose armed wing, the Kachin Independence Army, has fought the military for decades. A well-known Kachin singer, musicians, KIA officers and jade-mine workers were among the dead, and about 100 people were wounded.

Soldiers at checkpoints stopped some of the wounded from being taken to hospitals in Hpakant town, a rescue worker said.

The junta's information team denied that civilians had been targeted, calling the reports of mass casualties rumours, and said the military had carried out a necessary operation against the headquarters of the KIA's 9th Brigade, which it described as a terrorist group. It did not give a toll.

The United Nations said it was deeply alarmed and called for those responsible to be held accountable. Since its coup, the military has relied more and more on air power against the armed resistance, and rights groups say it has repeatedly bombed villages, schools and clinics.
""", "wire (denial)", "Myanmar", "A Nang Pa air strike on KIO anniversary concert, 2022-10-23 (60 to 80 dead)",
    [ev("g1", "Explosions/Remote violence", "Air/drone strike", MMR_ARMY, KIA,
        D(wd("2022-10-23", "Sunday"), "2022-10-24"),
        L(["A Nang Pa", "Aung Bar Lay", "Hpakant", "Hpakant township", "Kachin", "Kachin State"], "MMR"), F(60, 80),
        "Sunday night bombing of the KIO anniversary concert: at least 60, possibly 80")])

# ================================================================ 14 Homs academy and Idlib
doc("syria-homs-academy-2023-10-06", "2023-10-06", "Harbour Line News", "harbourlinenews",
    "Syrian forces pound Idlib after drone attack on Homs military academy kills 89",
    """
BEIRUT, Oct 6 (Harbour Line News) - Syrian government forces shelled the rebel-held north-west of the country on Friday, a day after a drone attack on a graduation ceremony at a military academy in the city of Homs killed at least 89 people, one of the deadliest attacks on the army in more than a decade of war.

Health Minister Hassan al-Ghabash said 31 women and five children were among the dead at the Homs Military College and that 277 people had been wounded when drones laden with explosives struck the parade ground on Thursday as families were leaving the ceremony. The Syrian Observatory for Human Rights, a Britain-based war monitor, put the toll at more than 120. The defence minister had left the ceremony minutes before the attack.

The army blamed "terrorist organisations backed by known international forces" and said it would respond with full force. No group claimed responsibility, and rebel factions in the north-west did not comment.

In retaliation, government artillery and rocket launchers pounded Idlib province from Thursday evening, hitting residential areas of Idlib city and the nearby town of Sarmin, according to the White Helmets rescue service, which said several civilians had been killed and dozens wounded. Schools across the province were closed on Friday.

The government declared three days of national mourning.
""", "wire", "Syria", "Homs Military College drone attack 2023-10-05 (89 to 120 dead); retaliatory shelling of Idlib and Sarmin",
    [ev("g1", "Explosions/Remote violence", "Air/drone strike",
        A("Unidentified Armed Group", "terrorist organisations", "terrorists", "rebels", "rebel factions", "militants",
          "Militants", "drones", "unidentified attackers"),
        merge(SYR_ARMY, A("military cadets", "graduates", "families", "civilians", "Civilians (Syria)"), cc="SYR"),
        D(wd("2023-10-05", "Thursday")),
        L(["Homs Military College", "Homs Military Academy", "military academy", "Homs"], "SYR", 34.72, 36.70),
        F(89, 120), "drone attack on the graduation ceremony: ministry 89, monitor more than 120"),
     ev("g2", "Explosions/Remote violence", "Shelling/artillery/missile attack", SYR_ARMY,
        merge(CIV("Syria"), A("rebels", "rebel-held areas")), D("2023-10-05", "2023-10-06"),
        L(["Idlib", "Idlib city", "Idleb"], "SYR", 35.93, 36.63), None,
        "retaliatory shelling of Idlib city from Thursday evening (several killed across places)", links=["g1"]),
     ev("g3", "Explosions/Remote violence", "Shelling/artillery/missile attack", SYR_ARMY,
        merge(CIV("Syria"), A("rebels", "rebel-held areas")), D("2023-10-05", "2023-10-06"),
        L(["Sarmin", "Idlib province", "Idlib"], "SYR", 35.90, 36.72), None,
        "retaliatory shelling of Sarmin", links=["g1"])])

# ================================================================ 15 UAE / Yemen live blog
ABU_DHABI = L(["Abu Dhabi", "Al Dhafra Air Base", "Al Dhafra"], "ARE", 24.45, 54.38)
doc("uae-yemen-liveblog-2022-01-24", "2022-01-24", "Gulf Desk Live", "gulfdesklive",
    "LIVE: UAE intercepts Houthi missiles over Abu Dhabi a week after deadly drone strike",
    """
Live updates. All times GMT. Newest first.

Monday 24 January

11:05 GMT - The UAE defence ministry says one of its F-16s destroyed the launcher used in this morning's attack, in Yemen's al-Jawf province, shortly after the missiles were fired. The strike was carried out in response to the attack on Abu Dhabi, the ministry says, and it has released a short video of what it says is the launcher being hit.

09:40 GMT - US troops at Al Dhafra Air Base outside Abu Dhabi took shelter in bunkers during the attack and US Patriot batteries fired interceptors, a US military spokesman confirms. About 2,000 American personnel are stationed at the base.

08:20 GMT - The Houthis' military spokesman, Yahya Saree, says the group fired ballistic missiles at Al Dhafra and "sensitive targets" in Abu Dhabi and launched drones at Dubai. There has been no sign of any attack on Dubai, where flights are operating normally.

06:45 GMT - The UAE defence ministry says its air defences intercepted and destroyed two ballistic missiles fired at Abu Dhabi by the Iran-backed Houthi movement. Debris fell in unpopulated areas around the city and there were no casualties, it says.

Catch up: what happened last week

The Houthis, who call themselves Ansar Allah, carried out their first deadly attack on the UAE exactly a week ago, on Monday 17 January. Drones and missiles set three fuel tankers ablaze near a storage depot of the state oil company ADNOC in the Musaffah industrial area, killing two Indians and a Pakistani and wounding six, and started a fire at a construction site at Abu Dhabi International Airport.

In response, the Saudi-led coalition, of which the UAE is a member, launched air strikes on Sanaa that night, killing at least 14 people and possibly 20, among them a retired military officer and members of his family, according to residents and Houthi media.

On Friday an air strike hit a detention centre in Saada, the Houthis' northern stronghold, killing at least 70 detainees, according to Medecins Sans Frontieres. The coalition denied that it had targeted the prison. Also on Friday, a strike on a telecommunications building in Hodeidah killed three children who were playing nearby, Save the Children said, and knocked Yemen off the internet.
""", "live blog (GMT timestamps, reverse order, catch-up section)", "United Arab Emirates / Yemen",
    "Houthi missiles on Abu Dhabi intercepted 2022-01-24 and UAE strike on the launcher in al-Jawf; Musaffah and "
    "airport attacks 2022-01-17; coalition strikes on Sanaa 2022-01-17/18; Saada prison and Hodeidah 2022-01-21",
    [ev("g1", "Explosions/Remote violence", "Shelling/artillery/missile attack", HOUTHI,
        merge(UAE, A("Al Dhafra Air Base", "Military Forces of the United States", "US forces"), cc="ARE"),
        D(wd("2022-01-24", "Monday")), ABU_DHABI, F(0), "two ballistic missiles fired at Abu Dhabi, no casualties"),
     ev("g2", "Strategic developments", "Disrupted weapons use", UAE, HOUTHI, D("2022-01-24"), ABU_DHABI, F(0),
        "UAE air defences intercept the two missiles"),
     ev("o1", "Strategic developments", "Disrupted weapons use",
        A("Military Forces of the United States", "US forces", "US troops", "US Patriot batteries", "United States",
          cc="USA"), HOUTHI, D("2022-01-24"),
        L(["Al Dhafra Air Base", "Al Dhafra", "Abu Dhabi"], "ARE", 24.25, 54.55), None,
        "US Patriots at Al Dhafra fired interceptors", optional=True),
     ev("o2", "Explosions/Remote violence", "Air/drone strike", HOUTHI, UAE, D("2022-01-24"),
        L(["Dubai"], "ARE", 25.20, 55.27), None, "claimed drones at Dubai, no sign of an attack", optional=True),
     ev("g3", "Explosions/Remote violence", "Air/drone strike", merge(UAE, COALITION, cc="ARE"), HOUTHI,
        D("2022-01-24"), L(["al-Jawf", "Al Jawf", "al-Jawf province"], "YEM"), None,
        "F-16 destroys the launcher in al-Jawf, in response to the attack on Abu Dhabi", links=["g1"]),
     ev("g4", "Explosions/Remote violence", ["Air/drone strike", "Shelling/artillery/missile attack"], HOUTHI,
        merge(CIV("United Arab Emirates"), A("ADNOC", "fuel tankers", "workers")), D(wd("2022-01-17", "Monday")),
        L(["Musaffah", "Mussafah", "Musaffah industrial area", "Abu Dhabi"], "ARE", 24.36, 54.50), F(3),
        "drones and missiles on fuel tankers in Musaffah: two Indians and a Pakistani killed"),
     ev("g5", "Explosions/Remote violence", ["Air/drone strike", "Shelling/artillery/missile attack"], HOUTHI,
        A("Abu Dhabi International Airport", "civilians", "Civilians", "Civilians (United Arab Emirates)", "UAE"),
        D("2022-01-17"), L(["Abu Dhabi International Airport", "Abu Dhabi airport", "Abu Dhabi"], "ARE", 24.43, 54.65),
        None, "fire at a construction site at Abu Dhabi International Airport"),
     ev("g6", "Explosions/Remote violence", "Air/drone strike", COALITION,
        merge(HOUTHI, CIV("Yemen"), backer="IRN"), D("2022-01-17", "2022-01-18"), L(["Sanaa", "Sana'a", "Sana"], "YEM", 15.35, 44.21),
        F(14, 20), "coalition strikes on Sanaa that night, in response to the Abu Dhabi attack: at least 14, possibly 20",
        links=["g4", "g5"]),
     ev("g7", "Explosions/Remote violence", "Air/drone strike", merge(COALITION, A("Unidentified Armed Group")),
        A("detainees", "prisoners", "civilians", "Civilians", "Civilians (Yemen)", "Houthis"),
        D(wd("2022-01-21", "Friday")), L(["Saada", "Sa'ada", "Saada prison", "Saada detention centre"], "YEM",
                                          16.94, 43.76), F(70),
        "Friday strike on the Saada detention centre, at least 70 (coalition denies targeting it)"),
     ev("g8", "Explosions/Remote violence", "Air/drone strike", merge(COALITION, A("Unidentified Armed Group")),
        A("civilians", "Civilians", "Civilians (Yemen)", "children", "telecommunications building"),
        D("2022-01-21"), L(["Hodeidah", "Hudaydah", "Al Hudaydah"], "YEM", 14.80, 42.95), F(3),
        "Friday strike on a telecoms building in Hodeidah, three children killed")])

# ================================================================ 16 Wagner mutiny live blog
ROSTOV = L(["Rostov-on-Don", "Rostov", "Southern Military District headquarters", "Rostov Oblast"], "RUS", 47.23, 39.72)
doc("russia-wagner-mutiny-liveblog-2023-06-24", "2023-06-24", "Continental Desk", "continentaldesk",
    "LIVE: Wagner mercenaries turn back from Moscow after Belarus-brokered deal",
    """
Russia mutiny: live coverage. All times GMT (Moscow is GMT+3).

Saturday 24 June

20:40 GMT - The Kremlin says Yevgeny Prigozhin will leave for Belarus and that the criminal case against him for armed mutiny will be dropped under the deal brokered by Belarusian President Alexander Lukashenko. Wagner fighters who took part in the march will not be prosecuted, spokesman Dmitry Peskov says.

19:30 GMT - Prigozhin says in an audio message that his columns, which he says came within 200 km of Moscow, are turning round to avoid spilling Russian blood and will return to their field camps.

17:05 GMT - Lukashenko's office says he has spoken to Prigozhin and that the Wagner chief accepted a proposal to halt the movement of his men, with security guarantees for the fighters.

14:20 GMT - Footage verified by our team shows a large fire at a fuel depot in Voronezh. Witnesses say a military helicopter fired on a Wagner column on the M4 highway near the city and that the depot was hit. The regional governor says a counter-terrorist operation is under way.

12:10 GMT - Russian military bloggers report that Wagner fighters have shot down several aircraft in the Voronezh region, including helicopters and an Il-22 airborne command post. Neither side has given casualty figures.

09:00 GMT - President Vladimir Putin, in a televised address, calls the mutiny a stab in the back and treason, and promises decisive action against those who organised it.

06:30 GMT - Prigozhin appears in a video from inside the headquarters of Russia's Southern Military District in Rostov-on-Don and says his men have taken control of the compound and the city's military sites, including the airfield, without firing a single shot. He demands that Defence Minister Sergei Shoigu and chief of the general staff Valery Gerasimov come to see him.

Background

On Friday evening Prigozhin accused the defence ministry of striking Wagner's rear camps with missiles and killing a large number of his fighters, and said his "march for justice" was a response. The ministry called the claim a provocation and said no such strike had taken place. The FSB security service opened a criminal case for armed mutiny overnight.
""", "live blog (GMT timestamps, reverse order)", "Russia",
    "Wagner takes the Rostov-on-Don headquarters 2023-06-24; aircraft downed and helicopter strike near Voronezh; "
    "Lukashenko-brokered deal; alleged strike on Wagner camps 2023-06-23 (denied)",
    [ev("g1", ["Strategic developments", "Battles"], ["Non-violent transfer of territory",
        "Non-state actor overtakes territory", "Headquarters or base established"], WAGNER, RUSSIA,
        D(wd("2023-06-24", "Saturday")), ROSTOV, F(0),
        "Wagner takes the Southern Military District HQ and military sites of Rostov-on-Don without a shot; "
        "Prigozhin calls the march a response to the alleged strike", links=["o1"]),
     ev("g2", "Battles", "Armed clash", WAGNER, RUSSIA, D("2023-06-24"),
        L(["Voronezh region", "Voronezh Oblast", "Voronezh"], "RUS"), None,
        "Wagner shoots down helicopters and an Il-22 in the Voronezh region"),
     ev("g3", "Explosions/Remote violence", "Air/drone strike", RUSSIA, WAGNER, D("2023-06-24"),
        L(["Voronezh", "M4 highway", "Voronezh Oblast"], "RUS", 51.67, 39.18), None,
        "military helicopter fires on a Wagner column near Voronezh; fuel depot on fire"),
     ev("g4", "Strategic developments", "Agreement", WAGNER,
        merge(RUSSIA, A("Alexander Lukashenko", "Lukashenko", "Government of Belarus", "Belarus",
                        "Vladimir Putin", "Putin"), cc="RUS"), D("2023-06-24"), None, None,
        "Lukashenko-brokered deal: Wagner halts, Prigozhin to Belarus, charges dropped"),
     ev("o1", "Explosions/Remote violence", "Shelling/artillery/missile attack", RUSSIA, WAGNER,
        D(wd("2023-06-23", "Friday")), None, None,
        "alleged missile strike on Wagner rear camps (claimed by Prigozhin, denied by the ministry)", optional=True)])

# ================================================================ 17 Tajoura (garbled)
doc("libya-tajoura-garbled-2019-07-03", "2019-07-03", "libya-now-24", "libyanow24",
    "Libya: Air Strike On Migrants Detention Centre In Tajoura Kill Atleast 40, UN Condemn",
    """
Libya: Air Strike On Migrants Detention Centre In Tajoura Kill Atleast 40, UN Condemn

Tripoli - At least 40 migrants was killed and 80 others injured when an airstrike hit a detention center holding mostly African migrants in Tajoura suburb east of Tripoli late on Tuesday, officials of UN-recognised Government of National Accord (GNA) said Wednesday, while some medics say the death toll is 44 and can rise more.

The GNA blamed forces loyal to eastern commander Khalifa Haftar whose self-styled Libyan National Army (LNA) backed by the United Arab Emirates is waging offensive to capture the capital since April. The LNA deny it was responsible, it say it had strike a militia camp near the centre and it accused the Tripoli forces for using migrants as human shield.

A hangar where about 120 migrants was held was hit directly, a UN official said. Many of migrant in the centre came from Sudan, Eritrea and Somalia and has been intercepted at sea while try to reach Europe, then returned to Libya by the coast guard.

The UN mission in Libya UNSMIL said the attack may amount to war crime, it called for independent investigation. The African Union also condemn and asked that migrants be released from the detention centers in conflict areas.

According World Health Organisation, the fighting for Tripoli has killed nearly 1,000 people since it started, thousands more was displaced.

Source link

Leave a Comment
""", "garbled machine-rewritten web copy", "Libya", "Tajoura migrant detention centre air strike, 2019-07-02 (40 to 44 dead)",
    [ev("g1", "Explosions/Remote violence", "Air/drone strike", LNA,
        A("migrants", "Migrants", "Migrants (Libya)", "civilians", "Civilians", "Civilians (Libya)", "detention centre"),
        D(wd("2019-07-02", "Tuesday"), "2019-07-03"),
        L(["Tajoura", "Tajura", "Tajoura detention centre", "Tajoura detention center", "Tripoli"], "LBY", 32.88, 13.35),
        F(40, 44), "late Tuesday strike on the Tajoura detention centre: at least 40, medics 44; LNA denies"),
     tally("o1", None, LNA, None, D("2019-04-01", "2019-07-03"), L(["Tripoli"], "LBY", 32.89, 13.19),
           "nearly 1,000 killed in the fighting for Tripoli (casualties, not incidents)", optional=True)])

# ================================================================ 18 Moura (long-form with background)
doc("mali-moura-analysis-2022-04-05", "2022-04-05", "The Frontier Quarterly", "frontierquarterly",
    "What happened in Moura? A massacre Mali's army calls a victory",
    """
BAMAKO - On the morning of Sunday, March 27, market day in Moura, a town of some 10,000 people in central Mali's Mopti region, helicopters landed on the outskirts and soldiers fanned out through the streets. When they left five days later, hundreds of men were dead.

The army's version is short. In a statement on Friday, the general staff said troops had "neutralised" 203 fighters of armed terrorist groups and arrested 51 others during a large-scale airborne operation in Moura, and had seized weapons and motorbikes.

Residents and survivors tell a different story. Human Rights Watch, in a report published on Tuesday, said Malian soldiers and foreign fighters it believes are Russian rounded up men across the town and executed them in small groups over several days, then buried or burned many of the bodies. It put the number of people killed at about 300, most of them civilians, and said it had also received reports of women being raped.

Witnesses said that a few armed Islamists who were at the market opened fire when the helicopters arrived and were killed in the first exchange, and that the killings of unarmed men came afterwards. Moura has for years been under the influence of the Katiba Macina, a group linked to al Qaeda.

Mali's government denies that mercenaries of Russia's Wagner Group operate in the country and describes the Russians as instructors sent under a state-to-state agreement. Western governments say Wagner personnel began arriving in Mali late last year.

The killings come after two years of upheaval in Bamako. On August 18, 2020, mutinous soldiers detained President Ibrahim Boubacar Keita at the Kati military camp outside the capital; he announced his resignation on state television that night. Nine months later, in May 2021, the same officers arrested the transitional president and prime minister, and Colonel Assimi Goita took power.

Relations with France, the former colonial power, fell apart along the way, and in February President Emmanuel Macron said French troops would leave Mali.

Massacres in central Mali are not new. In March 2019, gunmen from a Dogon hunters' militia killed about 160 Fulani villagers in Ogossagou, in the same region, in one of the worst attacks in the country's recent history. But never before has the army itself been accused of killing on such a scale.

The UN mission in Mali, MINUSMA, said it had asked for access to Moura and had not received it. The European Union and the United States called for an independent investigation. The government said military prosecutors would look into the allegations.
""", "long-form analysis (recalls dated background incidents)", "Mali",
    "Moura killings by the army and foreign fighters, 2022-03-27/31 (203 to 300 dead); coup at Kati 2020-08-18; "
    "second coup May 2021; Ogossagou massacre March 2019",
    [ev("g1", ["Violence against civilians", "Battles"], ["Attack", "Armed clash"], MLI_ARMY,
        merge(CIV("Mali"), A("men", "armed terrorist groups", "terrorists", "Katiba Macina", "JNIM", "Islamists")),
        D(wd("2022-03-27", "Sunday"), "2022-04-01"), L(["Moura", "Mopti", "Mopti region", "Djenne", "Djenné"], "MLI"),
        F(203, 300), "Moura operation from Sunday March 27 for five days: army 203 'terrorists', HRW about 300"),
     ev("o1", "Violence against civilians", "Sexual violence", MLI_ARMY, CIV("Mali"), D("2022-03-27", "2022-03-31"),
        L(["Moura"], "MLI"), None, "reports of rape during the operation (component)", optional=True),
     ev("o2", "Battles", "Armed clash", A("Katiba Macina", "armed Islamists", "Islamists", "militants", "JNIM"),
        MLI_ARMY, D("2022-03-27"), L(["Moura"], "MLI"), None, "first exchange of fire at the market (component)",
        optional=True),
     ev("o3", "Strategic developments", "Arrests", MLI_ARMY, A("suspects", "terrorists"), D("2022-03-27", "2022-03-31"),
        L(["Moura"], "MLI"), None, "51 arrested (component)", optional=True),
     ev("g2", "Strategic developments", ["Arrests", "Other"],
        A("Military Forces of Mali", "Mutiny of Military Forces of Mali", "mutinous soldiers", "mutineers",
          "soldiers", "Malian army", cc="MLI"),
        A("Ibrahim Boubacar Keita", "Ibrahim Boubacar Keïta", "President Keita", "Keita", "Government of Mali",
          "president"), D(wd("2020-08-18", "Tuesday")), L(["Kati", "Kati military camp", "Koulikoro"], "MLI", 12.74, -8.07),
        None, "mutinous soldiers detain President Keita at Kati"),
     ev("g3", "Strategic developments", ["Arrests", "Other"],
        A("Military Forces of Mali", "Malian army", "officers", "Assimi Goita", "Assimi Goïta", "soldiers", cc="MLI"),
        A("transitional president", "prime minister", "Government of Mali", "Bah Ndaw", "Moctar Ouane"),
        D("2021-05-01", "2021-05-31"), L(["Mali", "Bamako", "Kati"], "MLI"), None,
        "May 2021: officers arrest the transitional president and prime minister"),
     ev("g4", "Violence against civilians", "Attack",
        A("Dogon militia", "Dan Na Ambassagou", "Dogon hunters' militia", "militia", "militiamen", "Dozo", "gunmen",
          "Unidentified Armed Group"), A("Fulani villagers", "Fulani", "civilians", "Civilians", "Civilians (Mali)"),
        D("2019-03-01", "2019-03-31"), L(["Ogossagou", "Bankass", "Mopti"], "MLI"), F(160),
        "March 2019: Dogon militia kills about 160 Fulani villagers in Ogossagou"),
     ev("o4", "Strategic developments", ["Change to group/activity", "Other"],
        A("Military Forces of France", "France", "French troops", "Emmanuel Macron", cc="FRA"), None,
        D("2022-02-01", "2022-02-28"), L(["Mali"], "MLI"), None, "February: Macron says French troops will leave",
        optional=True),
     ev("o5", "Strategic developments", ["Headquarters or base established", "Other"],
        A("Wagner Group", "Wagner", "Russian mercenaries"), None, D("2021-10-01", "2021-12-31"), L(["Mali"], "MLI"),
        None, "Wagner personnel arriving late last year", optional=True)])

# ================================================================ 19 Bunagana
BUNAGANA = L(["Bunagana", "Rutshuru", "North Kivu", "Nord-Kivu"], "COD", -1.28, 29.60)
doc("drc-bunagana-m23-2022-06-14", "2022-06-14", "Corridor Press", "corridorpress",
    "M23 rebels seize Congo border town of Bunagana; soldiers flee to Uganda",
    """
KAMPALA/KINSHASA, June 14 (Corridor Press) - M23 rebels seized the Congolese town of Bunagana on the border with Uganda on Monday after a day of heavy fighting with the army, the group's biggest gain since it took up arms again in eastern Congo.

Fighting around the town in Rutshuru territory of North Kivu province began early on Sunday, residents said, with mortar and machine-gun fire that sent thousands of people running across the border. By Monday morning the rebels, also known as the March 23 Movement, were in control of the town and its border post.

More than 130 Congolese soldiers and police officers crossed into Uganda and handed their weapons to the Ugandan army, a Ugandan military spokesman said. Congo's army described its withdrawal as tactical and said it would retake the town. It did not give casualty figures.

Kinshasa says the M23 is backed by Rwanda and accused Rwandan troops of taking part in the assault, calling it an invasion. Rwanda denied any involvement and said the fighting was an internal Congolese problem. An M23 spokesman said the group had been forced to defend itself against attacks by the army and its allies.

Aid agencies said tens of thousands of people had been displaced in North Kivu since the rebels resumed attacks, and warned that the camps near Goma had no room for more.
""", "wire", "DR Congo", "M23-army fighting at Bunagana 2022-06-12; M23 takes Bunagana 2022-06-13",
    [ev("g1", "Battles", "Armed clash", M23, FARDC, D(wd("2022-06-12", "Sunday")), BUNAGANA, None,
        "heavy fighting around Bunagana from early Sunday"),
     ev("g2", "Battles", "Non-state actor overtakes territory", M23, FARDC, D(wd("2022-06-13", "Monday")), BUNAGANA,
        None, "M23 in control of Bunagana and its border post by Monday morning; army gives no toll"),
     ev("o1", "Strategic developments", ["Other", "Non-violent transfer of territory"],
        A("Military Forces of the Democratic Republic of Congo", "Congolese soldiers", "soldiers and police officers",
          "FARDC", cc="COD"), A("Military Forces of Uganda", "Ugandan army", "UPDF", "Uganda", cc="UGA"),
        D("2022-06-12", "2022-06-14"), L(["Bunagana", "Uganda"], "UGA", -1.28, 29.60), None,
        "more than 130 soldiers and police cross into Uganda and hand over weapons", optional=True)])

# ================================================================ 20 Mocimboa da Praia (brief)
doc("mozambique-mocimboa-brief-2021-08-09", "2021-08-09", "Northgate Wire", "northgatewire",
    "Rwandan and Mozambican troops retake insurgent-held Mocimboa da Praia",
    """
MAPUTO, Aug 9 (Northgate Wire) - Rwandan and Mozambican troops have retaken the port town of Mocimboa da Praia, the main stronghold of Islamic State-linked insurgents in Cabo Delgado province, Rwanda's military said on Monday.

The town fell on Sunday after about a month of fighting along the coast, a Rwandan army spokesman said, adding that the insurgents, known locally as al-Shabaab, had fled into the surrounding bush. Rwanda sent about 1,000 soldiers and police in July at Mozambique's request. No casualty figures were given.
""", "wire brief", "Mozambique", "recapture of Mocimboa da Praia, 2021-08-08",
    [ev("g1", "Battles", "Government regains territory",
        A("Military Forces of Rwanda", "Rwanda Defence Force", "RDF", "Rwandan troops", "Rwandan army", "Rwanda",
          "Military Forces of Mozambique", "Mozambican troops", "FADM", "Rwandan and Mozambican troops", cc="RWA"),
        A("Ahlu Sunnah Wal Jamaah", "ASWJ", "al-Shabaab", "Al Shabaab", "Islamic State Mozambique",
          "Islamic State Mozambique Province", "Islamic State Central Africa Province", "ISCAP", "insurgents",
          "militants", "Militants", "Islamic State"),
        D(wd("2021-08-08", "Sunday")),
        L(["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa", "Cabo Delgado"], "MOZ", -11.35, 40.35), None,
        "town retaken on Sunday; no casualty figures"),
     ev("o1", "Strategic developments", ["Other", "Headquarters or base established"],
        A("Military Forces of Rwanda", "Rwanda", "Rwandan troops", cc="RWA"), None, D("2021-07-01", "2021-07-31"),
        L(["Cabo Delgado", "Mozambique"], "MOZ"), None, "Rwandan deployment in July", optional=True)])

# ================================================================ 21 Santiago
SANTIAGO = L(["Santiago", "Santiago de Chile", "Region Metropolitana"], "CHL", -33.45, -70.67)
doc("chile-santiago-unrest-2019-10-20", "2019-10-20", "Harbour Line News", "harbourlinenews",
    "Three dead as looting and arson spread in Chile; soldiers patrol Santiago",
    """
SANTIAGO, Oct 20 (Harbour Line News) - Chile's President Sebastian Pinera extended a state of emergency to more cities on Sunday after a second night of rioting and looting in Santiago left three people dead, and soldiers patrolled the capital's streets for the first time since the return of democracy.

Two women died when a supermarket that had been looted was set on fire in San Bernardo, on the southern edge of the capital, early on Sunday, and a man pulled from the building died later in hospital, officials said.

The unrest began on Friday, when protests by students against a rise in metro fares turned violent: crowds set fire to several metro stations and a bus, and the city's underground railway, which carries nearly 3 million passengers a day, was shut down entirely.

On Saturday, even after Pinera announced that the fare rise would be suspended, thousands of people banged pots and pans in peaceful "cacerolazos" in neighbourhoods across Santiago, while in other parts of the city groups built barricades, set buses on fire and looted shops.

In the port city of Valparaiso, protesters set fire to the entrance of the El Mercurio de Valparaiso newspaper building on Saturday, local media reported.

The army general in charge of security in the capital ordered a curfew from 10 p.m. on Saturday. Interior Minister Andres Chadwick said 308 people had been arrested and 156 police officers injured since Friday.
""", "wire", "Chile", "Santiago riots 2019-10-18 and 2019-10-19; cacerolazos 2019-10-19; San Bernardo supermarket "
    "fire (3 dead); Valparaiso newspaper fire",
    [ev("g1", "Riots", "Violent demonstration", merge(RIOT("Chile"), A("students")), None,
        D(wd("2019-10-18", "Friday")), SANTIAGO, None, "Friday: metro stations and a bus set on fire"),
     ev("g2", ["Riots", "Strategic developments"], ["Violent demonstration", "Looting/property destruction"],
        RIOT("Chile"), None, D(wd("2019-10-19", "Saturday")), SANTIAGO, None,
        "Saturday: barricades, buses burned, shops looted"),
     ev("g3", "Protests", "Peaceful protest", PROT("Chile"), None, D("2019-10-19"), SANTIAGO, None,
        "Saturday cacerolazos across Santiago"),
     ev("g4", ["Riots", "Strategic developments"], ["Violent demonstration", "Mob violence",
        "Looting/property destruction"], merge(RIOT("Chile"), A("looters")), None,
        D("2019-10-19", wd("2019-10-20", "Sunday")), L(["San Bernardo", "Santiago"], "CHL", -33.59, -70.70), F(3),
        "looted supermarket set on fire in San Bernardo early Sunday: two women and a man"),
     ev("g5", "Riots", "Violent demonstration", RIOT("Chile"), A("El Mercurio de Valparaiso", "newspaper"),
        D("2019-10-19"), L(["Valparaiso", "Valparaíso"], "CHL", -33.05, -71.62), None,
        "Saturday: El Mercurio de Valparaiso building set on fire"),
     ev("o1", "Strategic developments", "Other", A("Military Forces of Chile", "army", "Government of Chile",
        "Sebastian Pinera", "Pinera", cc="CHL"), None, D("2019-10-19", "2019-10-20"), SANTIAGO, None,
        "state of emergency and curfew", optional=True),
     ev("o2", "Strategic developments", "Arrests", A("Police Forces of Chile", "police", "Carabineros", cc="CHL"),
        RIOT("Chile"), D("2019-10-18", "2019-10-20"), L(["Chile", "Santiago"], "CHL"), None,
        "308 arrests since Friday", optional=True)])

# ================================================================ 22 Colombo
doc("sri-lanka-colombo-storming-2022-07-10", "2022-07-10", "The Evening Ledger", "eveningledger",
    "Sri Lanka's president to quit after protesters storm residence and burn PM's home",
    """
COLOMBO - Sri Lanka's President Gotabaya Rajapaksa will step down on Wednesday, the speaker of parliament said, hours after tens of thousands of protesters stormed his official residence in Colombo on Saturday and set fire to the prime minister's private home.

Crowds waving national flags broke through police lines and barricades and poured into the colonial-era President's House in the city's Fort district in the early afternoon. Television pictures showed protesters swimming in the pool, lounging on beds and cooking in the kitchen. Rajapaksa had been moved out of the building by the military on Friday, officials said.

Police fired tear gas and water cannon as the crowds advanced, and at least 55 people, among them police officers, soldiers and journalists, were taken to hospital with injuries. No deaths were reported.

In the evening, protesters broke into the private residence of Prime Minister Ranil Wickremesinghe in Colombo's Cinnamon Gardens area and set it on fire. Wickremesinghe, who was not at home, had offered earlier in the day to resign to make way for an all-party government. Hours before, police officers had been filmed beating several television journalists near the residence.

The protests, known as the "aragalaya", or struggle, began months ago over shortages of fuel, food and medicine and the worst economic crisis since independence, and have been largely peaceful. Many protesters blame the Rajapaksa family for the country's collapse.

Speaker Mahinda Yapa Abeywardena said Rajapaksa had told him he would resign on July 13 to ensure a peaceful handover of power. Protesters said they would occupy the residence until he did.
""", "newspaper", "Sri Lanka", "storming of President's House, Colombo, 2022-07-09; PM's residence set on fire the same evening",
    [ev("g1", ["Riots", "Protests"], ["Violent demonstration", "Protest with intervention",
        "Excessive force against protesters"], RIOT("Sri Lanka"),
        A("Police Forces of Sri Lanka", "police", "Sri Lankan police", "security forces", "Gotabaya Rajapaksa",
          "President's House", cc="LKA"), D(wd("2022-07-09", "Saturday")),
        L(["President's House", "Fort", "Colombo"], "LKA", 6.935, 79.843), F(0),
        "storming of President's House; tear gas and water cannon, 55 injured, no deaths"),
     ev("g2", ["Riots", "Strategic developments"], ["Violent demonstration", "Looting/property destruction"],
        RIOT("Sri Lanka"), A("Ranil Wickremesinghe", "Wickremesinghe", "prime minister", "Government of Sri Lanka"),
        D("2022-07-09"), L(["Cinnamon Gardens", "Colombo"], "LKA", 6.91, 79.86), None,
        "the prime minister's private residence set on fire in the evening"),
     ev("o1", ["Violence against civilians", "Protests"], ["Attack", "Excessive force against protesters"],
        A("Police Forces of Sri Lanka", "police", "police officers", cc="LKA"),
        A("journalists", "television journalists", "Journalists (Sri Lanka)", "civilians"), D("2022-07-09"),
        L(["Cinnamon Gardens", "Colombo"], "LKA", 6.91, 79.86), None, "police beat television journalists",
        optional=True)])

# ================================================================ 23 negative: cricket
doc("sport-ashes-lords-2023-07-02", "2023-07-02", "The Evening Ledger", "eveningledger",
    "Stokes' one-man assault falls short as Australia win bad-tempered Lord's Test",
    """
LONDON - Ben Stokes launched one of the great counter-attacks in Ashes history at Lord's on Sunday, but Australia survived the onslaught to win the second Test by 43 runs and take a 2-0 lead in the series, on a final day that will be remembered as much for a stumping as for the cricket.

England, chasing 371, had been reduced to 193 for six when their captain went on the offensive. Stokes smashed nine sixes in an innings of 155, taking three in a row off Cameron Green, and for an hour the Australian attack looked shell-shocked. Pat Cummins' bowlers answered with a barrage of short balls, peppering the batsmen with bouncers from a packed leg-side field, and when Stokes finally skied Josh Hazlewood to the wicketkeeper the rest of the innings was quickly killed off.

The flashpoint had come before lunch. Jonny Bairstow ducked a bouncer from Green and wandered out of his crease, assuming the ball was dead, and Alex Carey threw down the stumps from behind. The umpires gave him out. The crowd, furious, booed the Australians for the rest of the day, and some members heckled them in the Long Room on the way to lunch.

"I'd not want to win a game like that," said Stokes, who accused the visitors of breaking the spirit of the game. Cummins defended his wicketkeeper, saying Carey had done it all series.

Mitchell Starc, who took three wickets, led a hostile pace attack, and Steve Smith's first-innings century had given Australia the upper hand. England now face a must-win match at Headingley, where their batsmen will be under siege again.
""", "sports report (negative: no event)", "United Kingdom (no event)", "none (sports metaphors: attack, barrage, "
    "assault, onslaught, shot, killed off, under siege)", [])

# ================================================================ 24 negative: South Sudan arms embargo
doc("south-sudan-arms-embargo-2024-05-31", "2024-05-31", "Corridor Press", "corridorpress",
    "UN renews South Sudan arms embargo as Juba warns of 'consequences' for peace",
    """
UNITED NATIONS, May 31 (Corridor Press) - The UN Security Council renewed its arms embargo on South Sudan for another year on Thursday, brushing aside objections from the government in Juba, which says the restrictions prevent it from equipping a unified army ahead of the country's first elections.

The resolution, drafted by the United States, was adopted with nine votes in favour and six abstentions. It also extends a travel ban and asset freeze on individuals accused of undermining peace, and sets out conditions that Juba must meet before the embargo can be eased, including progress on reforming the security sector.

South Sudan's ambassador told the council that the decision was "an attack on the peace process" that would weaken the state at a delicate moment and warned of "consequences" for the peace agreement. Government officials have warned that armed groups outside the peace deal could take advantage, and an army spokesman denied reports that troops were being massed in any region, saying they were "fabricated to justify sanctions".

Opposition leaders said the embargo should stay until the parties honour commitments they signed years ago. Elections are scheduled for December, but diplomats privately say a delay is likely, and the UN envoy warned last month that violence could flare if the vote takes place without agreed rules.

Several members that abstained argued that sanctions were a blunt instrument and that the council should reward what they called progress. Western diplomats said lifting the embargo would risk a flood of weapons into a country where millions depend on food aid and where local disputes over cattle and land often turn deadly.

The council will review the measures again next year.
""", "politics (negative: no event; threats, denials, plans)", "South Sudan (no event)",
    "none (UN vote; warnings, denials, planned elections, 'an attack on the peace process')", [])


# ================================================================ checks and output
TAXONOMY = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ALL_SUBS = set().union(*TAXONOMY.values())
REQUIRED_KEYS = ["id", "kind", "event_type", "sub_event_type", "actor1", "actor2", "date", "location", "fatalities",
                 "responds_to"]


def as_list(x):
    return x if isinstance(x, list) else [x]


def check() -> None:
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate doc ids"
    keys = {(g["doc"]["id"], e["id"]) for g in GOLD for e in g["events"]}
    for g in GOLD:
        d = g["doc"]
        assert set(d) == {"id", "text", "published", "source", "url", "title"}
        pub = date.fromisoformat(d["published"])
        local = [e["id"] for e in g["events"]]
        assert len(local) == len(set(local)), d["id"]
        for e in g["events"]:
            where = f'{d["id"]}/{e["id"]}'
            for k in REQUIRED_KEYS:
                assert k in e, (where, k)
            assert e["kind"] in ("event", "tally"), where
            if e["kind"] == "event":
                for t in as_list(e["event_type"]):
                    assert t in TAXONOMY, (where, t)
                for s in as_list(e["sub_event_type"]):
                    assert s in ALL_SUBS, (where, s)
                    assert any(s in TAXONOMY[t] for t in as_list(e["event_type"])), (where, s)
                # the first type and the first sub-type must go together
                assert as_list(e["sub_event_type"])[0] in TAXONOMY[as_list(e["event_type"])[0]], where
            else:
                assert "count" in e and e["event_type"] is None, where
            for a in ("actor1", "actor2"):
                if e[a] is not None:
                    assert e[a]["names"] and all(isinstance(n, str) and n for n in e[a]["names"]), (where, a)
            s, t = date.fromisoformat(e["date"]["start"]), date.fromisoformat(e["date"]["end"])
            assert s <= t <= pub, (where, s, t, pub)
            if e["location"] is not None:
                loc = e["location"]
                assert loc["names"] and len(loc["country_code"]) == 3, where
                assert (loc["lat"] is None) == (loc["lon"] is None), where
            if e["fatalities"] is not None:
                lo, hi = e["fatalities"]["low"], e["fatalities"]["high"]
                assert lo is not None and hi is not None and 0 <= lo <= hi, where
            for r in e["responds_to"]:
                ref = tuple(r.split("/", 1)) if "/" in r else (d["id"], r)
                assert ref in keys and ref != (d["id"], e["id"]), (where, r)
            if "same_as" in e:
                ref = tuple(e["same_as"].split("/", 1))
                assert ref in keys and ref[0] != d["id"], (where, e["same_as"])
                assert next(x for x in DOCS if x["id"] == ref[0])["published"] <= d["published"], where


def words(text: str) -> int:
    return len(text.split())


def stats() -> str:
    from collections import Counter
    req = [(g["doc"]["id"], e) for g in GOLD for e in g["events"] if not e.get("optional")]
    opt = [(g["doc"]["id"], e) for g in GOLD for e in g["events"] if e.get("optional")]
    req_ev = [e for _, e in req if e["kind"] == "event"]
    req_ta = [e for _, e in req if e["kind"] == "tally"]
    links = sum(len(e["responds_to"]) for _, e in req)
    links_req = sum(1 for g in GOLD for e in g["events"] if not e.get("optional") for r in e["responds_to"]
                    if not next(x for x in g["events"] if x["id"] == r).get("optional"))
    same = sum(1 for g in GOLD for e in g["events"] if "same_as" in e)
    total_words = sum(words(d["text"]) for d in DOCS)
    countries = Counter(e["location"]["country_code"] for e in req_ev if e["location"])
    types = Counter(as_list(e["event_type"])[0] for e in req_ev)
    subs = Counter((as_list(e["event_type"])[0], as_list(e["sub_event_type"])[0]) for e in req_ev)
    out = [f"reports {len(DOCS)}, words {total_words}, gold items {len(req) + len(opt)}, required {len(req)}, "
           f"optional {len(opt)}, required events {len(req_ev)}, required tallies {len(req_ta)}, same_as {same}, "
           f"responds_to links on required events {links} (both ends required: {links_req})",
           "countries: " + ", ".join(f"{k} {v}" for k, v in countries.most_common()),
           "types: " + ", ".join(f"{k} {v}" for k, v in types.most_common()),
           "subs: " + "; ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(subs.items()))]
    out.append("")
    out.append("| id | style | country | words | gold (req/opt) | incidents |")
    out.append("| --- | --- | --- | --- | --- | --- |")
    for d, g, m in zip(DOCS, GOLD, META):
        r = sum(1 for e in g["events"] if not e.get("optional"))
        o = len(g["events"]) - r
        out.append(f'| `{d["id"]}` | {m["style"]} | {m["country"]} | {words(d["text"])} | {r}/{o} | {m["incidents"]} |')
    return "\n".join(out)


if __name__ == "__main__":
    check()
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(stats())
