"""Write demo/fresh15/docs.jsonl and demo/fresh15/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh15/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public
incidents (2023-2025) in the Middle East and North Africa (Syria, Iraq, Lebanon, Israel and Iran, Libya,
Algeria), the Sahel and West Africa (Mali, Niger, Nigeria, Burkina Faso), Haiti and Colombia, in our own words,
written as of their `published` date, from facts in public reporting, simplified where unsure. Outlets are
fictional with `.example` URLs; quotations are paraphrases. Not a factual reference. Gold follows
shared/contract/README.md and the "Gold conventions" of demo/README.md; every weekday relied on is asserted
with `datetime`, and the kit's checks validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd, last_week  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (ABDUCT, AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE,  # noqa: E402
                      INTERVENTION, LOOT, MISSILE, OTHER, OVERTAKE, PEACEFUL, PROTESTS, REGAINS, REMOTE, RIOTS,
                      STRAT, SUICIDE, VAC, VIOLENT, MOB)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"ISR": "Israel", "IRN": "Iran", "IRQ": "Iraq", "LBN": "Lebanon", "LBY": "Libya", "DZA": "Algeria",
           "MLI": "Mali", "NER": "Niger", "NGA": "Nigeria", "BFA": "Burkina Faso", "HTI": "Haiti",
           "COL": "Colombia", "SYR": "Syria"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


def protesters(code: str, *extra):
    return actor(f"Protesters ({COUNTRY[code]})", "protesters", "Protesters", "demonstrators", "crowd",
                 "crowds", f"Rioters ({COUNTRY[code]})", "rioters", "Rioters", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants", "armed men")

# ---- actors ------------------------------------------------------------------------------------------------
IRN = actor("Military Forces of Iran", "Iran", "Iranian military", "Islamic Revolutionary Guard Corps", "IRGC",
            "Revolutionary Guards", "Iranian forces", "Tehran", code="IRN")
ISR = actor("Military Forces of Israel", "Israel", "Israeli military", "Israel Defense Forces", "IDF",
            "Israeli air force", "Israeli forces", "Israeli jets", "Military Forces of Israel (2022-)", code="ISR")
USA = actor("Military Forces of the United States", "United States", "US military", "US forces", "Pentagon",
            "US Central Command", "CENTCOM", "American forces", "Military Forces of the United States (2021-)",
            code="USA")
NUJABA = actor("Harakat al-Nujaba", "Nujaba", "al-Nujaba", "Harakat Hezbollah al-Nujaba", "Nujaba movement",
               "Popular Mobilisation Forces", "PMF", backer="IRN")
KH = actor("Kataib Hezbollah", "Kataeb Hezbollah", "KH", "Iran-backed militias", "militias",
           "Islamic Resistance in Iraq", backer="IRN")
IRI = actor("Islamic Resistance in Iraq", "Iran-backed militias", "militias", "Kataib Hezbollah", "militants",
            "Iran-aligned groups", backer="IRN")
FATAH = actor("Fatah", "Fatah movement", "Palestinian National Security Forces", "Fatah fighters")
ISLAMISTS_LB = actor("Jund al-Sham", "Islamist militants", "Islamist groups", "Islamist fighters",
                     "Al-Shabab al-Muslim", "militants", "gunmen", "unidentified armed group")
PROT_LBY = protesters("LBY", "residents", "mourners")
DZA = actor("Military Forces of Algeria", "Algeria", "Algerian army", "Algerian air defence", "air defence units",
            "Algerian military", "Ministry of National Defence", "People's National Army", code="DZA")
DRONE_UNK = actor("unidentified drone", "Military Forces of Mali", "Mali", "Malian army", "unidentified armed group",
                  "drone")
JNIM = actor("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal Muslimin",
             "Group for the Support of Islam and Muslims", "GSIM", "al-Qaeda affiliate", "jihadists", "militants",
             "terrorists", "unidentified armed group")
MLI = actor("Military Forces of Mali", "Malian army", "Malian soldiers", "army", "soldiers", "FAMa",
            "Malian Armed Forces", "Mali", code="MLI")
BOAT_CIV = civ("MLI", "passengers", "boat passengers", "civilians on the boat")
NER_PROT = protesters("NER", "coup supporters", "supporters of the junta", "pro-junta supporters",
                      "junta supporters", "pro-coup demonstrators")
FRANCE_EMB = actor("French embassy", "Government of France", "France", "embassy", code="FRA")
NER_SF = actor("Police Forces of Niger", "Niger security forces", "security forces", "police", "Nigerien police",
               "Military Forces of Niger", code="NER")
NER_GUARD = actor("Military Forces of Niger", "presidential guard", "Presidential Guard", "junta",
                  "National Council for the Safeguard of the Homeland", "CNSP", "mutinous soldiers",
                  "soldiers", "Tchiani", "Abdourahamane Tchiani", code="NER")
BAZOUM = actor("Government of Niger", "Mohamed Bazoum", "Bazoum", "president", "President of Niger", code="NER")
PNDS = actor("PNDS", "Nigerien Party for Democracy and Socialism", "ruling party", "PNDS-Tarayya",
             "Bazoum's party", "Government of Niger")
GUNMEN_NGA = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "armed men", "bandits",
                   "attackers", "herders", "Fulani herders", "Fulani militia", "Fulani Ethnic Militia (Nigeria)",
                   "assailants")
BFA_ARMY = actor("Military Forces of Burkina Faso", "Burkinabe army", "army", "soldiers",
                 "men in army uniforms", "Burkina Faso armed forces", code="BFA")
VDP = actor("Volunteers for the Defence of the Homeland", "VDP", "Volunteers for the Defense of the Homeland",
            "army auxiliaries", "civilian auxiliaries", "Military Forces of Burkina Faso", "soldiers", code="BFA")
JIHADISTS_BFA = actor("unidentified armed group", "jihadists", "militants", "terrorists", "JNIM",
                      "Islamic State Sahel", "armed terrorist groups", "gunmen")
VIV = actor("Viv Ansanm", "gangs", "gang coalition", "gang members", "gunmen", "armed gangs",
            "unidentified armed group", "Gangs (Haiti)")
HTI_POL = actor("Police Forces of Haiti", "Haitian National Police", "HNP", "police", "PNH", "Haitian police",
                code="HTI")
JOURNALISTS = actor("Civilians (Haiti)", "journalists", "reporters", "civilians", "police officer",
                    "Police Forces of Haiti")
EMC = actor("Estado Mayor Central", "EMC", "FARC dissidents", "FARC-EMC", "Jaime Martinez front",
            "Jaime Martínez front", "dissidents", "Ivan Mordisco", "armed group", "unidentified armed group")
COL_POL = actor("Police Forces of Colombia", "police", "National Police", "Colombian police", "police station",
                code="COL")
SDF = actor("Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led Syrian Democratic Forces",
            "QSD")
TRIBES = actor("Arab tribal fighters", "tribal fighters", "Arab tribes", "Akidat tribe", "Aqidat tribe",
               "tribal militia", "Deir ez-Zor Military Council", "Arab Ethnic Militia (Syria)", "gunmen")
DMC = actor("Deir ez-Zor Military Council", "Deir al-Zor Military Council", "DMC", "Ahmed al-Khabil",
            "Abu Khawla", "Arab tribal fighters")
NGA_PROT = protesters("NGA", "#EndBadGovernance protesters", "youths", "looters")
NGA_POL = actor("Police Forces of Nigeria", "Nigerian police", "police", "Nigeria Police Force",
                "security forces", code="NGA")

# ---- places -----------------------------------------------------------------------------------------------
BEERSHEBA = place(["Beersheba", "Beer Sheva", "Be'er Sheva", "Soroka Medical Center", "Soroka hospital", "Soroka",
                   "southern Israel", "Southern District"], "ISR", 31.2583, 34.8000)
RAMAT_GAN = place(["Ramat Gan", "central Israel", "Tel Aviv District"], "ISR", 32.0684, 34.8248)
HOLON = place(["Holon", "central Israel", "Tel Aviv District"], "ISR", 32.0114, 34.7748)
ISRAEL = place(["Israel", "central Israel", "southern Israel"], "ISR")
ARAK = place(["Arak", "Khondab", "Arak heavy water reactor", "Markazi", "Markazi province"], "IRN", 34.3740, 49.2410)
BAGHDAD = place(["Baghdad", "eastern Baghdad", "Palestine Street", "Baghdad governorate"], "IRQ", 33.3152, 44.3661)
ERBIL_AB = place(["Erbil", "Erbil air base", "Erbil airport", "Arbil", "Kurdistan Region"], "IRQ", 36.2376, 43.9632)
HILLA = place(["Hilla", "Al-Hillah", "Babil", "Babylon province"], "IRQ", 32.4637, 44.4199)
HILWEH = place(["Ain al-Hilweh", "Ain el-Hilweh", "Ain al-Helweh", "Ein el-Hilweh", "Sidon", "Saida",
                "South Lebanon"], "LBN", 33.5450, 35.3850)
DERNA = place(["Derna", "Darnah", "Sahaba mosque", "eastern Libya"], "LBY", 32.7670, 22.6367)
TINZA = place(["Tin Zaouatine", "Tinzaouaten", "Tin Zaouatene", "Tinzaouatine", "Bordj Badji Mokhtar"], "DZA")
BAMBA = place(["Bamba", "Niger River", "Bourem", "Gao region", "Gao"], "MLI", 17.0330, -1.4000)
BOUREM = place(["Bourem", "Bourem military camp", "Gao region", "Gao"], "MLI", 16.9540, -0.3470)
NIAMEY = place(["Niamey", "French embassy", "Niamey Capital District"], "NER", 13.5116, 2.1254)
BOKKOS = place(["Bokkos", "Plateau", "Plateau state"], "NGA", 9.2960, 8.9930)
BARKIN_LADI = place(["Barkin Ladi", "Barkin-Ladi", "Plateau", "Plateau state"], "NGA", 9.5330, 8.9000)
PLATEAU = place(["Plateau", "Plateau state", "Bokkos", "Barkin Ladi"], "NGA")
KARMA = place(["Karma", "Yatenga", "Yatenga province", "Ouahigouya", "Nord region", "northern Burkina Faso"], "BFA")
AOREMA = place(["Aorema", "Ouahigouya", "Yatenga", "Nord region"], "BFA")
PAP = place(["Port-au-Prince", "General Hospital", "State University Hospital of Haiti", "Ouest"], "HTI",
            18.5392, -72.3364)
MIREBALAIS = place(["Mirebalais", "Centre", "Centre department", "Mirebalais prison"], "HTI", 18.8350, -72.1050)
PAP_AIRPORT = place(["Port-au-Prince", "Toussaint Louverture International Airport", "Port-au-Prince airport",
                     "Ouest"], "HTI", 18.5800, -72.2925)
PETIONVILLE = place(["Petion-Ville", "Pétion-Ville", "Port-au-Prince", "Ouest"], "HTI", 18.5125, -72.2853)
CALI = place(["Cali", "Santiago de Cali", "Valle del Cauca"], "COL", 3.4516, -76.5320)
CORINTO = place(["Corinto", "Cauca"], "COL", 3.1739, -76.2597)
JAMUNDI = place(["Jamundi", "Jamundí", "Valle del Cauca"], "COL", 3.2610, -76.5390)
HASAKAH = place(["Hasakah", "al-Hasakah", "Al-Hasakah", "Hassakeh", "Hasakah province"], "SYR", 36.5024, 40.7477)
BUSAYRAH = place(["Busayrah", "Busayra", "al-Busayrah", "Deir ez-Zor", "Deir al-Zor"], "SYR", 35.1550, 40.4300)
DHIBAN = place(["Dhiban", "Thiban", "Deir ez-Zor", "Deir al-Zor"], "SYR", 34.9800, 40.5600)
DEZ = place(["Deir ez-Zor", "Deir al-Zor", "Deir ez-Zor province", "eastern Syria"], "SYR")
KANO = place(["Kano", "Kano state"], "NGA", 12.0022, 8.5920)
ABUJA = place(["Abuja", "Federal Capital Territory", "MKO Abiola stadium", "Moshood Abiola National Stadium"],
              "NGA", 9.0765, 7.3986)
LAGOS = place(["Lagos", "Ojota", "Lagos state"], "NGA", 6.5880, 3.3790)
NIGERIA = place(["Nigeria"], "NGA")

# ==== 1. Israel-Iran live blog (Soroka) ==========================================================================
P1 = wd("2025-06-19", "Thursday")
doc("israel-iran-soroka-liveblog-2025-06-19", P1, "Levant Live Desk",
    "Live: Iranian missile hits Beersheba hospital; Israel strikes Arak reactor",
    "live blog (GMT, newest first)",
    """Live updates - Thursday 19 June. All times GMT. Newest first.

14:10 GMT - Israel's defence minister Israel Katz, speaking outside the damaged hospital in Beersheba, says Iran's supreme leader Ali Khamenei "cannot be allowed to continue to exist" and that he has ordered the army to step up strikes on strategic targets in Tehran. Iran's foreign ministry calls the remarks a threat of murder. No new strikes have been announced since.

12:30 GMT - Iranian state media say the missile that hit Beersheba was aimed at an Israeli military command and intelligence site next to the hospital, and that Soroka suffered only from the blast wave. Israeli officials reject this and say a hospital was hit.

09:45 GMT - Israel's military says its jets struck the Arak heavy water reactor, near Khondab in central Iran, overnight, to stop it being used to make plutonium. Iranian state television says the site had been evacuated beforehand, that no one was hurt and that there was no radiation danger.

07:20 GMT - Magen David Adom says more than 200 people have been treated across Israel after the morning barrage, most of them lightly hurt. At Soroka Medical Center in Beersheba, the main hospital of the south, dozens were wounded and a surgical wing was badly damaged; patients had been moved to protected floors days ago. Missiles or fragments also hit a high-rise in Ramat Gan and residential buildings in Holon. No deaths have been reported so far.

05:05 GMT - Sirens across central and southern Israel. The military says Iran fired about 30 ballistic missiles and that most were intercepted by air defences.

Catch-up: Israel began striking Iran's nuclear sites, missile bases and military commanders on June 13. Iranian missiles have killed 24 people in Israel since then, according to Israeli officials; Iran says hundreds of people have been killed in the Israeli strikes.
""",
    [
        ev("e1", REMOTE, MISSILE, IRN, civ("ISR", "hospital", "Soroka Medical Center", "patients"), P1, None,
           BEERSHEBA, (0, 0), note="'No deaths have been reported so far'; dozens wounded"),
        ev("e2", REMOTE, MISSILE, IRN, civ("ISR"), P1, None, RAMAT_GAN, (0, 0), note="high-rise hit; no deaths"),
        ev("e3", REMOTE, MISSILE, IRN, civ("ISR"), P1, None, HOLON, (0, 0), note="residential buildings hit"),
        ev("e4", STRAT, DISRUPTED, ISR, IRN, P1, None, ISRAEL, None,
           note="'most were intercepted by air defences'; no single place: coded Israel, no point"),
        ev("e5", REMOTE, AIR, ISR, actor("Government of Iran", "Arak heavy water reactor", "Iran",
                                        "Atomic Energy Organization of Iran", "Military Forces of Iran", code="IRN"),
           "2025-06-18", P1, ARAK, (0, 0), note="'overnight' before a Thursday report: 18-19 June; 'no one was hurt'"),
        ev("e6", REMOTE, [MISSILE, AIR], IRN, civ("ISR"), "2025-06-13", P1, ISRAEL, (24, 24), optional=True,
           note="aggregate since June 13: 24 killed in Israel (a series, not one event)"),
    ])

# ==== 2. Baghdad drone strike (wire) ==========================================================================
P2 = wd("2024-01-04", "Thursday")
doc("iraq-baghdad-nujaba-strike-2024-01-04", P2, "Tigris Wire",
    "US strike in Baghdad kills commander of Iran-backed militia",
    "wire",
    """BAGHDAD, Jan 4 (Tigris Wire) - A US drone strike on Thursday hit a headquarters of an Iran-backed militia in eastern Baghdad, killing a senior commander and another member of the group, Iraqi security officials and the militia said.

The strike destroyed a vehicle inside the compound of Harakat al-Nujaba on Palestine Street around midday. The group said its commander Mushtaq Taleb al-Saidi, known as Abu Taqwa, was among the dead. Five people were wounded, a police officer said.

A Pentagon spokesman said US forces had acted in self-defence and in response to attacks on American personnel, and that Abu Taqwa had been actively involved in planning and carrying out such attacks. Iran-aligned groups have attacked US forces in Iraq and Syria more than 100 times since October 17, most of them with drones and rockets, according to US officials.

The office of Prime Minister Mohammed Shia al-Sudani condemned the strike as a flagrant violation of Iraqi sovereignty, comparable to a terrorist act, and said the government was moving to end the presence of the US-led coalition. Nujaba vowed revenge.

It was the deepest US strike into the capital since the conflict in Gaza began. On December 25, a one-way drone attack on the Erbil air base wounded three American service members, one of them critically. Hours later, US aircraft struck three sites used by Kataib Hezbollah and affiliated groups in response, among them one near Hilla in Babil province, where one fighter was killed and more than a dozen people were wounded, according to Iraqi officials.
""",
    [
        ev("e1", REMOTE, AIR, USA, NUJABA, P2, None, BAGHDAD, (2, 2),
           note="Abu Taqwa and another member; 'in response to attacks on American personnel' (a series, no single event: no link)"),
        tally("t1", IRI, USA, "2023-10-17", P2, None, 100,
              note="'more than 100 times since October 17' in Iraq and Syria: count 100, no single place"),
        ev("e2", REMOTE, AIR, either(KH, IRI, UNID), USA, wd("2023-12-25", "Monday"), None, ERBIL_AB, None,
           note="Dec 25 one-way drone attack, three wounded, no deaths stated: null"),
        ev("e3", REMOTE, AIR, USA, KH, "2023-12-25", "2023-12-26", HILLA, (1, 1), responds_to=["e2"],
           note="'hours later' after a Dec 25 attack (Iraq local time may be the 26th): range; 'in response'"),
        ev("e4", REMOTE, AIR, USA, KH, "2023-12-25", "2023-12-26", place(["Iraq"], "IRQ"), None, optional=True,
           responds_to=["e2"], note="the two other sites, unnamed: placeless"),
    ])

# ==== 3. Ain al-Hilweh (wire) =================================================================================
P3 = wd("2023-07-31", "Monday")
doc("lebanon-ain-al-hilweh-clashes-2023-07-31", P3, "Cedar Coast Wire",
    "Eleven killed as Fatah and Islamists fight in Lebanon's largest Palestinian camp",
    "wire",
    """SIDON, Lebanon, July 31 (Cedar Coast Wire) - Fighting between Fatah and Islamist militants in Ain al-Hilweh, Lebanon's largest Palestinian refugee camp, killed at least six people on Sunday and Monday, a day after a Fatah military commander was shot dead in an ambush, Palestinian officials and Lebanese security sources said.

Gunmen ambushed Mohammed al-Armoushi, known as Abu Ashraf, a commander of Fatah's security forces in the camp, as he walked through a car park on Sunday afternoon, killing him and four of his companions. Security officials said the killing appeared to be in retaliation for a shooting on Saturday night, when a gunman fired on an Islamist militant in the camp, missing him but killing one of his associates.

Within hours, Fatah fighters and members of Islamist groups, among them Jund al-Sham, were exchanging machine-gun and rocket-propelled grenade fire across the narrow lanes of the camp, which lies on the edge of the southern city of Sidon. Stray bullets and shells hit neighbourhoods of Sidon outside the camp, and a Lebanese soldier was wounded at an army post near the entrance, the army said. By Monday afternoon the toll stood at 11, among them the five killed in the ambush, and dozens had been wounded.

Hundreds of families fled to mosques and a municipal building in Sidon. The UN agency for Palestinian refugees, UNRWA, said two of its schools had been damaged.

A ceasefire agreed on Monday evening by Palestinian factions, with Lebanese mediation, appeared to be holding by nightfall, though sporadic shooting could still be heard. Lebanese army troops do not enter the camp under a decades-old arrangement; security inside is left to the factions.
""",
    [
        ev("e1", BATTLES, CLASH, FATAH, ISLAMISTS_LB, wd("2023-07-30", "Sunday"), P3, HILWEH, (6, 6),
           responds_to=[], note="clashes Sunday-Monday: 11 minus the 5 of the ambush"),
        ev("e2", [BATTLES, VAC], [CLASH, ATTACK], either(ISLAMISTS_LB, UNID), FATAH, "2023-07-30", None, HILWEH,
           (5, 5), responds_to=["e3"],
           note="ambush of Abu Ashraf al-Armoushi and four companions; 'in retaliation for' Saturday's shooting"),
        ev("e3", [BATTLES, VAC], [CLASH, ATTACK], either(UNID, FATAH), ISLAMISTS_LB, wd("2023-07-29", "Saturday"),
           None, HILWEH, (1, 1), note="'Saturday night' shooting: one associate killed"),
        ev("e4", STRAT, AGREEMENT, FATAH, ISLAMISTS_LB, P3, None, HILWEH, None,
           note="ceasefire agreed on Monday evening"),
        ev("e5", BATTLES, CLASH, either(FATAH, ISLAMISTS_LB, UNID),
           actor("Military Forces of Lebanon", "Lebanese army", "Lebanese soldier", code="LBN"), "2023-07-30", P3,
           place(["Sidon", "Saida", "Ain al-Hilweh", "South Lebanon"], "LBN", 33.5571, 35.3729), optional=True,
           note="stray fire hitting Sidon and a soldier wounded: a component"),
        ev("e6", [BATTLES, VAC], [CLASH, ATTACK], either(FATAH, ISLAMISTS_LB), civ("LBN"), "2023-07-29", P3, HILWEH,
           (11, 11), optional=True, note="aggregate toll 11 since Saturday night"),
    ])

# ==== 4. Derna protest (newspaper) ============================================================================
P4 = wd("2023-09-19", "Tuesday")
doc("libya-derna-flood-protest-2023-09-19", P4, "The Benghazi Observer",
    "Derna's grief turns to anger: protesters burn mayor's house a week after the flood",
    "newspaper",
    """DERNA, Libya - A week after the floods that swept whole neighbourhoods of Derna into the sea, the city's grief turned to anger on Monday, when thousands of survivors gathered outside the Sahaba mosque in the centre of town to demand that officials be held to account for the collapse of two dams.

Protesters chanted against Aguila Saleh, the speaker of the eastern-based parliament, and called for an international investigation and for the reconstruction money to be managed under UN supervision. "The blood of the martyrs will not be wasted," some of the crowd shouted from the roof of the mosque, whose gold-coloured dome was one of the few landmarks left standing near the wadi.

The rally was peaceful, but later that evening a group of protesters set fire to the house of the city's mayor, Abdulmonem al-Ghaithi, who had been suspended from his post by the eastern government last week. No one was inside, residents said, and no injuries were reported.

On Tuesday, telephone and internet connections in Derna were cut, and several journalists said they had been asked by the eastern authorities to leave the city. Officials blamed a damaged fibre-optic cable. The eastern administration, which answers to the commander Khalifa Haftar, said it had dissolved the municipal council and referred its members for investigation.

The flood struck on the night of September 10 when Storm Daniel burst the two dams above the city. The death toll remains uncertain: the Red Crescent and officials have given figures ranging from about 4,000 to more than 11,000, and thousands are still missing.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [PEACEFUL, VIOLENT], PROT_LBY,
           actor("Government of Libya", "eastern authorities", "eastern government", "Aguila Saleh", "officials",
                 "mayor", "Abdulmonem al-Ghaithi", code="LBY"), wd("2023-09-18", "Monday"), None, DERNA, (0, 0),
           note="rally at the Sahaba mosque and the evening arson of the mayor's house: one event per place and day; "
                "'no injuries were reported' (about the arson)"),
        ev("e2", RIOTS, VIOLENT, PROT_LBY, actor("Abdulmonem al-Ghaithi", "mayor", "Government of Libya", code="LBY"),
           "2023-09-18", None, DERNA, (0, 0), optional=True, note="the arson of the mayor's house: a component of e1"),
        ev("e3", STRAT, OTHER, actor("Government of Libya", "eastern authorities", "eastern administration",
                                     "Government of National Stability", code="LBY"), None, P4, None, DERNA,
           optional=True, note="communications cut, journalists asked to leave, council dissolved"),
    ])

# ==== 5. Algerian drone statement ==============================================================================
P5 = wd("2025-04-01", "Tuesday")
doc("algeria-defence-ministry-drone-2025-04-01", P5, "Maghreb Dispatch",
    "Algeria says it shot down armed drone near Mali border",
    "official statement (paraphrase)",
    """ALGIERS - Statement of the Ministry of National Defence, as summarised by Maghreb Dispatch, 1 April 2025.

During the night of 31 March to 1 April 2025, a unit of the air defence of the territory belonging to the 4th military sector detected an armed reconnaissance drone that had violated Algerian airspace by about two kilometres near the border town of Tin Zaouatine, in the province of Bordj Badji Mokhtar.

The drone, the ministry said, was flying on an offensive trajectory. It was intercepted and shot down by the air defence units in accordance with the rules of engagement. The statement did not say who operated the drone, where it had been launched from or what happened to its wreckage, and it reported no casualties.

The ministry said the vigilance of the People's National Army was constant along all the country's borders and that any violation of national airspace would be met firmly. It added that the armed forces would continue to protect the territorial integrity of Algeria by every means.

Tin Zaouatine faces the Malian town of Tinzaouaten across the border, an area where Tuareg-led rebels, jihadist groups and the Malian army, backed by Russian forces, have fought repeatedly since 2023. Relations between Algiers and the military government in Bamako have been tense for more than a year; Bamako accuses Algeria of sheltering the rebels, which Algiers denies.
""",
    [
        ev("e1", STRAT, DISRUPTED, DZA, DRONE_UNK, wd("2025-03-31", "Monday"), P5, TINZA, None,
           note="night of 31 March to 1 April; operator not named (Mali later said it was its drone: not in this text); "
                "no casualty statement, so null"),
    ])

# ==== 6. Tombouctou boat and Bourem (wire) ====================================================================
P6 = wd("2023-09-08", "Friday")
doc("mali-timbuktu-boat-bourem-2023-09-08", P6, "Sahel Morning Wire",
    "Jihadist attacks on Niger river boat and army camp kill 64 in Mali",
    "wire",
    """BAMAKO, Sept 8 (Sahel Morning Wire) - Forty-nine civilians and 15 soldiers were killed on Thursday in two attacks by jihadists in northern Mali, one on a passenger boat on the Niger river and one on an army camp, the transitional government said.

The boat, the Tombouctou, run by the state river company, was travelling upriver from Gao to Timbuktu when it came under fire near the village of Bamba, in the Bourem district, the government said in a statement read on state television. At least three rockets hit its engines, according to the river company, and passengers jumped into the water as it stopped. The boat was carrying several hundred people, among them soldiers on leave.

Hours later, militants attacked the army camp in Bourem, some 80 kilometres further east, the statement said. The army said about 50 attackers were "neutralised" in its response. The statement gave a combined toll for the two attacks and did not say how many people died in each.

The government blamed "armed terrorist groups" and declared three days of national mourning. The al-Qaeda affiliate JNIM, which has besieged Timbuktu since August, claimed the attack on the Bourem camp in a statement and said it had killed dozens of soldiers.

The violence has surged in the north as UN peacekeepers withdraw from Mali, leaving bases that the army, Tuareg-led rebels and jihadist groups all want to control.
""",
    [
        ev("e1", [VAC, REMOTE], [ATTACK, MISSILE], JNIM, BOAT_CIV, wd("2023-09-07", "Thursday"), None, BAMBA, None,
           note="rockets fired at the Tombouctou boat near Bamba; combined toll of two attacks: null here"),
        ev("e2", BATTLES, CLASH, JNIM, MLI, "2023-09-07", None, BOUREM, None,
           note="attack on the Bourem camp, claimed by JNIM; combined toll: null here"),
        ev("e3", [VAC, BATTLES], [ATTACK, CLASH], JNIM, either(BOAT_CIV, MLI), "2023-09-07", None,
           place(["Gao region", "Bourem", "Bamba", "northern Mali"], "MLI"), (64, 114), optional=True,
           note="aggregate: 49 civilians + 15 soldiers = 64; with 'about 50 attackers' 114"),
        ev("e4", STRAT, OTHER, JNIM, civ("MLI"), "2023-08-01", P6,
           place(["Timbuktu", "Tombouctou"], "MLI", 16.7666, -3.0026), optional=True,
           note="blockade of Timbuktu 'since August': a series, undated start"),
    ])

# ==== 7. The same boat (garbled) ===============================================================================
P7 = wd("2023-09-11", "Monday")
doc("mali-tombouctou-boat-garbled-2023-09-11", P7, "AfriNews Digest Hub",
    "Mali boat attack: survivors tell of horror as nation mourn 64 deaths",
    "garbled machine-rewritten web copy",
    """Mali boat attack: survivors tell of horror as nation mourn 64 deaths

Bamako - Mali is on the second day of the national mourning of three days decreed by the transition authorities after the deadly terror attack against the boat "Tombouctou" which was carrying the passengers on river Niger near Bamba and the attack on military camp of Bourem that happened on last Thursday, the official toll is 49 civils and 15 military killed in the both attacks.

Survivors which was brought to the hospital of Gao has narrated that the boat was hit by the rockets from the bank of the river, after it is the shooting of the gunmen, many passengers have jumped in the water and some of them cannot swim, they said. A trader said she lost her two children in the river and she only survive by holding a piece of wood. Some local elected officials is saying the real number of dead can be much more higher because numerous passengers are still missing.

The attack of the camp of Bourem was claim by JNIM (Group to Support Islam and Muslims) which is link to Al-Qaeda, the group said it kill dozens of soldiers, the army in his side said it neutralised around fifty terrorists.

The river company COMANAV has suspended the all its boats on the route between Gao and Timbuktu until new order, the town of Timbuktu is under blockade of jihadists since the month of August, foods prices are rising.

Source link

Leave a Comment
""",
    [
        ev("e1", [VAC, REMOTE], [ATTACK, MISSILE], either(JNIM, UNID), BOAT_CIV, "2023-09-07", None, BAMBA, None,
           same_as="mali-timbuktu-boat-bourem-2023-09-08/e1", note="same boat attack; combined toll only"),
        ev("e2", BATTLES, CLASH, JNIM, MLI, "2023-09-07", None, BOUREM, None,
           same_as="mali-timbuktu-boat-bourem-2023-09-08/e2", note="same camp attack; combined toll only"),
        ev("e3", [VAC, BATTLES], [ATTACK, CLASH], JNIM, either(BOAT_CIV, MLI), "2023-09-07", None,
           place(["Gao region", "Bourem", "Bamba", "northern Mali"], "MLI"), (64, 114), optional=True,
           same_as="mali-timbuktu-boat-bourem-2023-09-08/e3", note="aggregate 64 (+ about 50 attackers)"),
    ])

# ==== 8. Niger coup and the French embassy (wire) ===============================================================
P8 = wd("2023-07-31", "Monday")
doc("niger-niamey-french-embassy-2023-07-31", P8, "Sahel Morning Wire",
    "Coup supporters attack French embassy in Niamey as West African leaders threaten force",
    "wire",
    """NIAMEY, July 31 (Sahel Morning Wire) - Thousands of supporters of Niger's new military rulers rallied in Niamey on Sunday, and some of them attacked the French embassy, tearing down its plaque, setting fire to a door of the compound and waving Russian flags before security forces fired tear gas to disperse them.

Witnesses said several people were hurt in the crush; France's foreign ministry said no embassy staff had been harmed. President Emmanuel Macron warned that any attack on French nationals or interests would get an immediate response. The junta accused France on Monday of planning a military intervention to restore the ousted president, which Paris denied.

Members of the presidential guard detained President Mohamed Bazoum in his residence on Wednesday, and on Friday their commander, General Abdourahamane Tchiani, declared himself head of a National Council for the Safeguard of the Homeland. Bazoum has refused to resign. On Thursday, supporters of the coup ransacked the Niamey headquarters of Bazoum's party, the PNDS, and set cars parked outside on fire.

At an emergency summit in Abuja on Sunday, the West African bloc ECOWAS gave the junta one week to reinstate Bazoum, saying it could use force if he was not, and imposed sanctions, suspending financial transactions and closing borders with the landlocked country. Mali and Burkina Faso, both run by soldiers, said any intervention in Niger would be a declaration of war on them.

Niger has been a key Western partner against jihadist groups in the Sahel, hosting about 1,500 French and 1,100 US troops.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, INTERVENTION], NER_PROT, either(FRANCE_EMB, NER_SF),
           wd("2023-07-30", "Sunday"), None, NIAMEY, None,
           note="pro-junta rally and the attack on the French embassy, tear gas; several hurt, no deaths stated"),
        ev("e2", STRAT, [OTHER, ARRESTS], NER_GUARD, BAZOUM, wd("2023-07-26", "Wednesday"), None, NIAMEY, None,
           note="coup: the presidential guard detains Bazoum on Wednesday (Tchiani declared head on Friday: same coup)"),
        ev("e3", RIOTS, [VIOLENT, MOB], NER_PROT, PNDS, wd("2023-07-27", "Thursday"), None, NIAMEY, None,
           note="PNDS headquarters ransacked, cars set on fire"),
    ])

# ==== 9. Plateau Christmas Eve attacks (newspaper) ==============================================================
P9 = wd("2023-12-27", "Wednesday")
doc("nigeria-plateau-christmas-attacks-2023-12-27", P9, "The Jos Tribune",
    "Plateau mourns as toll from Christmas Eve attacks nears 200",
    "newspaper",
    """JOS - Mass graves were dug in villages of Plateau State on Tuesday as the toll from a wave of attacks on Christmas Eve rose again, with local officials now saying that close to 200 people were killed in more than 20 communities of Bokkos and Barkin Ladi local government areas.

The attacks began on Saturday night and went on into Monday. Armed men arrived in groups on motorcycles, shooting residents and setting fire to houses, churches and granaries, survivors said. Many victims were asleep; others were preparing for Christmas services.

In Bokkos, the chairman of the local government council, Monday Kassah, said on Monday that at least 113 bodies had been recovered. By Tuesday evening the council put the figure in Bokkos at 148. In neighbouring Barkin Ladi, a local leader said at least 30 people were killed. The army, whose first statement on Sunday spoke of 16 dead, said troops had been deployed and that it was pursuing the attackers.

Residents blamed herders from the Fulani community, a charge that groups representing the herders have rejected in past attacks, saying their own members are often killed in reprisals. Authorities have not said who carried out the killings. Amnesty International accused the authorities of failing to act on warnings.

Governor Caleb Mutfwang called the killings barbaric and unprovoked. President Bola Tinubu ordered security agencies to hunt down the perpetrators. More than 300 people were wounded, and thousands fled to the towns of Bokkos and Mangu.

Central Nigeria has suffered years of violence rooted in disputes over land and grazing, worsened by banditry and by the spread of weapons. In May, more than 100 people were killed in a series of attacks in Mangu, a neighbouring area, over several days.
""",
    [
        ev("e1", VAC, ATTACK, GUNMEN_NGA, civ("NGA", "villagers"), wd("2023-12-23", "Saturday"),
           wd("2023-12-25", "Monday"), BOKKOS, (113, 148), note="Bokkos: 113 (Monday) then 148 (Tuesday)"),
        ev("e2", VAC, ATTACK, GUNMEN_NGA, civ("NGA", "villagers"), "2023-12-23", "2023-12-25", BARKIN_LADI,
           (30, 30), note="Barkin Ladi: 'at least 30'"),
        ev("e3", VAC, ATTACK, GUNMEN_NGA, civ("NGA"), "2023-12-23", "2023-12-25", PLATEAU, (148, 200),
           optional=True, note="aggregate 'close to 200' over both LGAs (army first said 16)"),
        ev("e4", VAC, ATTACK, GUNMEN_NGA, civ("NGA"), "2023-05-01", "2023-05-31",
           place(["Mangu", "Plateau", "Plateau state"], "NGA", 9.5270, 9.0950), (100, 100),
           note="'In May, more than 100 people were killed ... in Mangu ... over several days'"),
    ])

# ==== 10. Karma massacre (garbled) ==============================================================================
P10 = wd("2023-04-24", "Monday")
doc("burkina-karma-massacre-garbled-2023-04-24", P10, "Faso Info Flash",
    "Karma village: dozens civilians massacred by men in military uniform, says prosecutor",
    "garbled machine-rewritten web copy",
    """Karma village: dozens civilians massacred by men in military uniform, says prosecutor

Ouagadougou - Around sixty of civilians was killed on Thursday in the village of Karma, in the province of Yatenga in northern Burkina Faso, by persons who were wearing the uniforms of our national armed forces, the prosecutor of the high court of Ouahigouya has declared in a communique on Sunday, he has open an investigation and call witnesses to come forward.

According to the residents and a local association the number of victim is much heavier, they count 136 dead including women, children and old people, they said the men arrived in the morning in pick-ups and motorcycles and go from house to house, gathering the people and shooting them. Some survivors escaped to Ouahigouya where they are received by relatives.

The government has condemned the attack "with firmness" and said it is following the investigation closely, without confirming that soldiers was involved, the army did not react. Some local officials suspect the killings was carried out in retaliation for the ambush in Aorema on April 15, near Ouahigouya, where jihadist fighters killed 34 volunteers of the VDP and 6 soldiers, the residents of Karma were accused to collaborate with the terrorists.

Burkina Faso, under the military regime of captain Ibrahim Traore since September, is facing a jihadist insurgency which has killed thousands and displaced about two million peoples.

Source link

Share this:
""",
    [
        ev("e1", VAC, ATTACK, either(BFA_ARMY, UNID), civ("BFA", "villagers", "women and children"),
           wd("2023-04-20", "Thursday"), None, KARMA, (60, 136), responds_to=["e2"],
           note="prosecutor ~60 vs local association 136; men in army uniforms (disputed); "
                "'suspect ... carried out in retaliation for' Aorema: coded as explicit (a suspicion, see README)"),
        ev("e2", BATTLES, CLASH, JIHADISTS_BFA, VDP, wd("2023-04-15", "Saturday"), None, AOREMA, (40, 40),
           note="Aorema ambush: 34 VDP + 6 soldiers"),
    ])

# ==== 11. General Hospital, Port-au-Prince (wire brief) =========================================================
P11 = wd("2024-12-24", "Tuesday")
doc("haiti-general-hospital-attack-2024-12-24", P11, "Caribbean Pulse Wire",
    "Gunmen kill journalists at Haiti hospital reopening",
    "wire brief",
    """PORT-AU-PRINCE, Dec 24 (Caribbean Pulse Wire) - Gunmen opened fire on Tuesday on journalists who had gathered to cover the reopening of Haiti's largest public hospital in downtown Port-au-Prince, killing two journalists and a police officer, the government and media groups said. Several other people were wounded.

The Viv Ansanm gang coalition claimed the attack in a video, saying it had not authorised the reopening of the General Hospital, which has been closed since gangs overran the area this year. The health minister, who was due to attend, was not there. Interim Prime Minister Alix Didier Fils-Aime condemned the killings.
""",
    [
        ev("e1", VAC, ATTACK, VIV, JOURNALISTS, P11, None, PAP, (3, 3),
           note="two journalists and a police officer (the officer was among the crowd at the reopening: coded as one attack)"),
    ])

# ==== 12. Mirebalais (long-form analysis) =======================================================================
P12 = wd("2025-04-03", "Thursday")
doc("haiti-mirebalais-analysis-2025-04-03", P12, "The Hispaniola Review",
    "Analysis: the fall of Mirebalais shows Haiti's gangs are no longer just a capital problem",
    "long-form analysis",
    """For most of the past three years, Haiti's gang war was a story about Port-au-Prince. The fall of Mirebalais this week changed that.

Before dawn on Monday, hundreds of gunmen from the Viv Ansanm coalition entered the town, a crossroads on the main road from the capital to the Central Plateau and the Dominican border. They attacked the police station and the civil prison, freeing more than 500 inmates, and by the afternoon the police had pulled back, residents said. Bodies lay in several streets; there was no official toll on Thursday, and aid groups said thousands of people had fled towards Hinche and Lascahobas. The government said reinforcements had been sent, but by Wednesday the gangs still held most of the town.

The attack fits a pattern. Since late last year, Viv Ansanm has pushed outward from its strongholds, testing how far the Kenyan-led security mission and a police force of barely 10,000 can stretch. Its leaders have been open about their aims. On December 24, gunmen fired on journalists who had come to cover the reopening of the General Hospital in downtown Port-au-Prince, killing two reporters and a police officer; the coalition said it had not allowed the hospital to reopen. On November 11, gang fire hit a Spirit Airlines plane as it landed at Toussaint Louverture airport, wounding a flight attendant; no one was killed, but international airlines suspended flights to the capital for months.

The anger in the capital is growing too. On Wednesday, hundreds of people marched through Petion-Ville towards the prime minister's office, demanding protection from the gangs. Police fired tear gas and shots into the air to stop them; several protesters said they were hurt.

Neither the transitional council nor Prime Minister Alix Didier Fils-Aime has offered a convincing plan. The security mission, promised 2,500 officers, has fewer than 1,000 and little equipment. Police officials privately concede that they lack the numbers to retake Mirebalais without help. A senior diplomat in the capital said the risk now was that the gangs would cut the country in half.

Many in Mirebalais had come there to escape the violence in Port-au-Prince. "We ran from Croix-des-Bouquets to get here," said a woman reached by telephone in Hinche. "Now we are running again."
""",
    [
        ev("e1", BATTLES, [OVERTAKE, CLASH], VIV, HTI_POL, wd("2025-03-31", "Monday"), None, MIREBALAIS, None,
           note="gangs overrun Mirebalais, police pull back; 'no official toll': null"),
        ev("e2", STRAT, OTHER, VIV, actor("Mirebalais prison", "prison", "civil prison", "Police Forces of Haiti",
                                         "Government of Haiti", code="HTI"), "2025-03-31", None, MIREBALAIS,
           optional=True, note="prison break freeing more than 500 inmates: a component of e1"),
        ev("e3", VAC, ATTACK, VIV, JOURNALISTS, "2024-12-24", None, PAP, (3, 3),
           same_as="haiti-general-hospital-attack-2024-12-24/e1", note="recalled: two reporters and a police officer"),
        ev("e4", VAC, ATTACK, either(VIV, UNID),
           actor("Civilians (Haiti)", "Spirit Airlines", "airline crew", "flight attendant", "civilians",
                 "Civilians (United States)"), wd("2024-11-11", "Monday"), None, PAP_AIRPORT, (0, 0),
           note="gang fire hits a plane landing; 'no one was killed'"),
        ev("e5", PROTESTS, [INTERVENTION, EXCESSIVE], protesters("HTI"), HTI_POL, wd("2025-04-02", "Wednesday"),
           None, PETIONVILLE, None, note="march on the prime minister's office; tear gas and shots in the air; hurt, no deaths stated"),
        ev("e6", STRAT, OTHER, VIV, HTI_POL, "2025-04-01", "2025-04-02", MIREBALAIS, optional=True,
           note="gangs 'still held most of the town' on Wednesday: continuation of e1"),
    ])

# ==== 13. Cali and Cauca bombings (wire) ========================================================================
P13 = wd("2025-06-11", "Wednesday")
doc("colombia-cali-cauca-bombings-2025-06-11", P13, "Andes Wire",
    "Wave of bomb and gun attacks in southwest Colombia kills seven",
    "wire",
    """BOGOTA, June 11 (Andes Wire) - At least seven people, two of them police officers, were killed and more than 28 wounded in a wave of bomb and gun attacks on Tuesday in the city of Cali and in towns of the neighbouring Cauca department, Colombian authorities said.

Officials counted about two dozen attacks in a few hours, most of them on police stations. In Cali, Colombia's third-largest city, explosives hidden in a motorcycle and in a car went off near police posts in the morning, damaging buildings and shops. In Corinto, in Cauca, gunmen fired on the police station and threw explosives at it, and in Jamundi, just south of Cali, a drone dropped explosives near a police building. Authorities did not say in which places the dead were killed.

Defence Minister Pedro Sanchez blamed the Estado Mayor Central, the largest group of former FARC rebels who rejected the 2016 peace deal, and particularly its Jaime Martinez front, which the government says is led by the dissident commander Ivan Mordisco. He said the attacks were "terrorist" and that the group was trying to sow fear before next year's elections. Police said two suspects had been detained in Cali, one of them a minor.

The group did not comment. Cali's mayor called for more troops, and the government offered a reward for information leading to those responsible. President Gustavo Petro said the attacks would not push his government into new talks with the dissident faction, with which talks broke down last year.
""",
    [
        ev("e1", [REMOTE], ["Remote explosive/landmine/IED"], either(EMC, UNID), COL_POL, wd("2025-06-10", "Tuesday"),
           None, CALI, None, note="motorcycle and car bombs near police posts; per-place toll not given: null"),
        ev("e2", [BATTLES, REMOTE], [CLASH, "Remote explosive/landmine/IED", "Grenade"], either(EMC, UNID), COL_POL,
           "2025-06-10", None, CORINTO, None, note="gunfire and explosives on the police station"),
        ev("e3", REMOTE, AIR, either(EMC, UNID), COL_POL, "2025-06-10", None, JAMUNDI, None,
           note="drone dropped explosives near a police building"),
        ev("e4", [REMOTE, BATTLES], ["Remote explosive/landmine/IED", CLASH], either(EMC, UNID), COL_POL,
           "2025-06-10", None, place(["Cali", "Cauca", "Valle del Cauca", "southwest Colombia"], "COL"), (7, 7),
           optional=True, note="aggregate: at least seven over all places"),
        ev("e5", STRAT, ARRESTS, COL_POL, EMC, "2025-06-10", P13, CALI, optional=True,
           note="two suspects detained in Cali, undated"),
    ])

# ==== 14. Deir ez-Zor (wire) ===================================================================================
P14 = wd("2023-09-01", "Friday")
doc("syria-deir-ez-zor-tribal-clashes-2023-09-01", P14, "Euphrates News Agency",
    "Arab tribes and Kurdish-led SDF fight for fifth day in eastern Syria",
    "wire",
    """BEIRUT, Sept 1 (Euphrates News Agency) - Fighting between the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal fighters in Syria's eastern Deir ez-Zor province went into a fifth day on Friday, with at least 54 people killed since Monday, according to a war monitor.

The clashes broke out after the SDF on Sunday detained Ahmed al-Khabil, known as Abu Khawla, the head of the Deir ez-Zor Military Council, an Arab force allied to the SDF, after summoning him to a meeting in Hasakah. The SDF accused him of crimes, drug trafficking and contacts with the Syrian government.

On Monday, fighters loyal to Abu Khawla and men from the Akidat tribe attacked SDF checkpoints and positions in villages along the Euphrates. Heavy clashes have been reported in and around the town of Busayrah. On Wednesday, tribal fighters took control of the town of Dhiban, the home of the Akidat's paramount sheikh, Ibrahim al-Hifl, who has called on the tribes to fight, the Syrian Observatory for Human Rights said. The SDF said it had regained several villages and imposed a curfew.

The Britain-based Observatory put the toll at 54, among them 29 SDF fighters, 18 tribal and council fighters and 7 civilians. The SDF gave a lower figure for its own dead. It accused the Syrian government and Iran of stoking the revolt, which Damascus denied.

The US-led coalition, which works with the SDF against the Islamic State group, called for de-escalation and said US officials had met tribal leaders and the SDF. The fighting is the most serious challenge to the SDF's rule over Arab-majority areas east of the Euphrates since it drove IS out of its last pocket there in 2019.
""",
    [
        ev("e1", STRAT, ARRESTS, SDF, DMC, wd("2023-08-27", "Sunday"), None, HASAKAH, None,
           note="Abu Khawla detained in Hasakah on Sunday"),
        ev("e2", BATTLES, CLASH, TRIBES, SDF, wd("2023-08-28", "Monday"), P14, BUSAYRAH, None,
           note="clashes in and around Busayrah since Monday; toll covers the whole province: null"),
        ev("e3", BATTLES, OVERTAKE, TRIBES, SDF, wd("2023-08-30", "Wednesday"), None, DHIBAN, None,
           note="tribal fighters take Dhiban on Wednesday"),
        ev("e4", BATTLES, CLASH, TRIBES, SDF, "2023-08-28", P14, DEZ, (54, 54), optional=True,
           note="aggregate since Monday: 54 (SOHR)"),
        ev("e5", BATTLES, REGAINS, SDF, TRIBES, "2023-08-28", P14, DEZ, optional=True,
           note="SDF says it regained several villages (unnamed, undated)"),
    ])

# ==== 15. #EndBadGovernance protests (wire) ======================================================================
P15 = wd("2024-08-02", "Friday")
doc("nigeria-endbadgovernance-protests-2024-08-02", P15, "Lagoon City Wire",
    "Curfew in Kano as Nigeria's cost-of-living protests turn deadly",
    "wire",
    """LAGOS, Aug 2 (Lagoon City Wire) - Authorities imposed a 24-hour curfew in the northern city of Kano after protests against the soaring cost of living turned violent on Thursday, the first day of nationwide demonstrations that rights groups said left at least 13 people dead.

In Kano, crowds set fire to tyres, looted shops and ransacked a newly built government digital centre, and police fired tear gas and live rounds, witnesses said. Amnesty International said security forces had shot dead protesters in several northern states, including Kano, and put the national toll at 13. The police chief, Kayode Egbetokun, said on Friday that seven people had died across the country, some of them in an explosion and in a road accident, and denied that officers had fired on peaceful protesters.

In Abuja, police fired tear gas to disperse several hundred protesters who tried to march from the national stadium towards the city centre. In Lagos, the commercial capital, about a thousand people gathered peacefully at Ojota under police watch; no injuries were reported there. Police said more than 300 people had been arrested nationwide.

The protests, organised online under the slogan #EndBadGovernance and planned to last ten days, were inspired partly by the youth-led demonstrations that forced Kenya's government to drop tax rises in June. Food inflation in Nigeria is running above 40 percent since President Bola Tinubu ended a costly fuel subsidy and let the naira fall last year.

Tinubu has not spoken publicly about the protests. His office had urged organisers to call them off, warning that criminals could hijack them.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], NGA_PROT, NGA_POL, wd("2024-08-01", "Thursday"), None,
           KANO, None, note="looting, arson and police live fire in Kano; deaths said for several states, none given for Kano"),
        ev("e2", PROTESTS, INTERVENTION, NGA_PROT, NGA_POL, "2024-08-01", None, ABUJA, None,
           note="tear gas on the march from the stadium"),
        ev("e3", PROTESTS, PEACEFUL, NGA_PROT, None, "2024-08-01", None, LAGOS, (0, 0),
           note="peaceful gathering at Ojota; 'no injuries were reported there'"),
        ev("e4", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], NGA_PROT, NGA_POL, "2024-08-01", None, NIGERIA, (7, 13),
           optional=True, note="national aggregate: police 7, Amnesty 13"),
        ev("e5", STRAT, ARRESTS, NGA_POL, NGA_PROT, "2024-08-01", P15, NIGERIA, optional=True,
           note="'more than 300 ... arrested nationwide'"),
    ])

# ==== 16. Negative: fuel 'price war' (business) ===================================================================
P16 = wd("2024-10-16", "Wednesday")
doc("business-nigeria-fuel-price-war-2024-10-16", P16, "West Africa Business Ledger",
    "Refinery fires first shot in Nigeria's petrol price war",
    "business news (negative: metaphors)",
    """LAGOS - The battle for Nigeria's petrol market is turning into open warfare.

Dangote Petroleum Refinery, the giant plant on the Lekki peninsula that began producing petrol in September, fired what traders called the first shot of a price war this week, offering its fuel to independent marketers directly instead of only through the state oil company. The move was a direct attack on the state firm's grip on supply, and the counterattack was quick: the state company cut its own depot prices, and importers warned that they would flood the market with cheaper cargoes.

Marketers say they are caught in the crossfire. "We are being shot at from both sides," said the head of one association, who complained that the rival price lists changed almost daily and that his members had been hit with losses on stock bought at the old rates. Analysts expect casualties among smaller importers, who have been under siege since the naira collapsed.

The conflict has a political front too. Lawmakers have accused regulators of sabotage, and regulators have defended their licensing of imports as a weapon against monopoly. The refinery's owner, Aliko Dangote, has said he is the target of a campaign by a "mafia" of importers and has vowed to fight on.

For motorists, who have watched pump prices more than triple since the subsidy was scrapped last year, the ceasefire cannot come soon enough. Some analysts said lower prices could be the first dividend of the truce, if the rivals ever agree one; others warned that a war of attrition would hurt investment and leave the sector wounded for years.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
