"""Write demo/fresh11/docs.jsonl and demo/fresh11/gold.jsonl: sixteen blind development reports.

Run from anywhere: `python3 demo/fresh11/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a helper
session that never read the extractor's code, data, tests or output (see README.md). Real, public incidents
(2022-2025) in Turkey/Iraq/Syria, Lebanon/Israel, Ukraine, Libya, Morocco, Serbia and Iraqi Kurdistan, in our own
words as of each `published` date; outlets are fictional with `.example` URLs; quotations are paraphrases.
Not a factual reference. Gold follows shared/contract/README.md and demo/README.md "Gold conventions"; every
weekday relied on is asserted with wd(), and gold_kit's checks run before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402
from gold_kit import (AGREEMENT, AIR, ARRESTS, BATTLES, CLASH, DISRUPTED, EXCESSIVE, INTERVENTION, LOOT,  # noqa: E402
                      MISSILE, MOB, PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, VIOLENT)
from gold_kit import noted_ev as ev  # noqa: E402

SET = gold_kit.BlindSet()
doc = SET.doc

# ---- actors -------------------------------------------------------------------------------------
TUR = actor("Military Forces of Turkey", "Military Forces of Turkey (2016-)", "Turkey", "Turkish military",
            "Turkish armed forces", "Turkish forces", "Turkish army", "Turkish soldiers", "Turkish troops",
            "Turkish jets", "Turkish warplanes", "Turkish air force", "Turkish drones", "Ankara",
            "Turkish defence ministry", "Turkish Ministry of National Defence", code="TUR")
PKK = actor("PKK: Kurdistan Workers Party", "PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party",
            "PKK militants", "militants", "terrorists", "Kurdish militants", "HPG")
SDF = actor("SDF: Syrian Democratic Forces", "SDF", "Syrian Democratic Forces", "YPG",
            "People's Protection Units", "Kurdish-led forces", "Kurdish militia", "PKK/YPG", "militants",
            "terrorists", "Kurdish-led administration", "Autonomous Administration of North and East Syria")
IDF = actor("Military Forces of Israel", "Military Forces of Israel (2022-)", "Israel", "Israeli military",
            "Israeli army", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli aircraft",
            "Israeli warplanes", "Israeli jets", "Israeli artillery", "Israeli air force", code="ISR")
IDF_AD = actor("Military Forces of Israel", "Military Forces of Israel (2022-)", "Israel", "Israeli military",
               "Israeli army", "IDF", "Israeli air defences", "air defences", "Iron Dome", code="ISR")
UNID_LB = actor("Unidentified Armed Group (Lebanon)", "unidentified armed group", "unknown assailants",
                "militants", "gunmen", "Hezbollah", "Hamas", "Palestinian factions")
HEZ = actor("Hezbollah", "Hizbollah", "Hizballah", "Iran-backed Hezbollah", "militants")
CIV_LB = actor("Civilians (Lebanon)", "civilians", "residents", "Lebanese civilians", "a child", "family",
               "Hezbollah", "people")
RUS = actor("Military Forces of Russia", "Military Forces of Russia (2000-)", "Russia", "Russian military",
            "Russian forces", "Russian army", "Moscow", "Kremlin", "Russian defence ministry", code="RUS")
UKR = actor("Military Forces of Ukraine", "Military Forces of Ukraine (2019-)", "Ukraine", "Ukrainian military",
            "Ukrainian forces", "Ukrainian army", "cadets", "Ukrainian soldiers", "servicemen",
            "Military Institute of Communications", "Ukrainian servicemen", code="UKR")
CIV_UA = actor("Civilians (Ukraine)", "civilians", "residents", "a family", "children", "a mother and three daughters")
GNU = actor("Military Forces of Libya (2021-) Government of National Unity", "Government of National Unity",
            "GNU", "444 Brigade", "444th Combat Brigade", "Brigade 444", "111 Brigade", "government forces",
            "government-affiliated forces", "Tripoli government forces", "Dbeibah", "forces loyal to Dbeibah",
            "armed groups", "militias", code="LBY")
SSA = actor("Stability Support Apparatus", "SSA", "Stability Support Authority", "Ghnewa", "Abdelghani al-Kikli",
            "Kikli", "al-Kikli", "Gheniwa", "militia", "armed group", "militias")
RADA = actor("Radaa Special Deterrence Force", "Radaa", "Rada", "Special Deterrence Force", "Radaa force",
             "Deterrence Apparatus", "militia", "armed group", "militias")
RIOTERS_MA = actor("Rioters (Morocco)", "rioters", "protesters", "Protesters (Morocco)", "assailants",
                   "young people", "youths", "GenZ 212", "Gen Z 212", "demonstrators", "attackers")
GEND_MA = actor("Police Forces of Morocco", "Royal Gendarmerie", "gendarmes", "gendarmerie", "Moroccan gendarmerie",
                "police", "security forces", "Gendarmerie Royale", "Police Forces of Morocco (1999-)", code="MAR")
PROT_MA = actor("Protesters (Morocco)", "protesters", "demonstrators", "GenZ 212", "Gen Z 212", "young people",
                "youths")
PROT_RS = actor("Protesters (Serbia)", "protesters", "anti-government protesters", "demonstrators", "students",
                "Rioters (Serbia)", "rioters", "crowd")
SNS = actor("SNS: Serbian Progressive Party", "SNS", "Serbian Progressive Party", "supporters of the ruling party",
            "ruling party supporters", "SNS supporters", "Progressive Party supporters", "government supporters",
            "party loyalists", "Rioters (Serbia)")
POLICE_RS = actor("Police Forces of Serbia", "police", "riot police", "Serbian police", "gendarmerie",
                  "Police Forces of Serbia (2017-)", code="SRB")
UNID_IQ = actor("Unidentified Armed Group (Iraq)", "unidentified armed group", "unknown attackers", "drones",
                "Popular Mobilisation Forces", "PMF", "outlaw groups", "militias", "Iran-aligned militias")
OIL = actor("Civilians (Iraq)", "oil field", "HKN Energy", "oil company", "oil workers",
            "Kurdistan Regional Government", "KRG")


# ---- 1. Claw-Lock, first clash (wire) -------------------------------------------------------------
P1 = wd("2023-12-23", "Saturday")
CLAWLOCK = place(["Claw-Lock", "Claw-Lock operation area", "Pence-Kilit", "northern Iraq", "Iraqi Kurdistan",
                  "Duhok", "Dohuk", "Kurdistan region"], "IRQ")
METINA = place(["Metina", "Metina region", "Hakurk", "Qandil", "Gara", "northern Iraq", "Duhok"], "IRQ")
doc("turkey-claw-lock-clash-2023-12-23", P1, "Anatolian Ledger",
    "Six Turkish soldiers killed as militants try to infiltrate base in northern Iraq",
    "wire",
    """ANKARA, Dec 23 (Anatolian Ledger) - Six Turkish soldiers were killed and two others wounded late on Friday when their base in northern Iraq came under attack, the defence ministry said on Saturday, in one of the deadliest days for Turkish forces in the region this year.

The assault was carried out by a group of militants who tried to infiltrate the base in the Claw-Lock operation area near the Turkish border, the ministry said in a statement. It blamed the Kurdistan Workers' Party (PKK), which has fought the Turkish state since 1984 and is designated a terrorist group by Ankara, the European Union and the United States.

A firefight broke out when the infiltrators were spotted, a security source said. The ministry said "a number of terrorists" had been neutralised, the term Turkish authorities use for killed, captured or surrendered, but it gave no figure. There was no immediate comment from the PKK.

Hours later, Turkish warplanes struck PKK positions in the Metina and Hakurk regions in response to the attack, the ministry added, saying shelters and caves used by the group had been destroyed. It did not say whether anyone had been killed.

Turkey launched the Claw-Lock operation in April 2022 and has built dozens of outposts in the mountains of Iraq's Kurdistan region, to the anger of some Iraqi officials who say the bases breach the country's sovereignty.

President Tayyip Erdogan sent condolences to the soldiers' families and said the fight against terrorism would continue "until not a single terrorist is left". Opposition leaders also condemned the attack.
""",
    [
        ev("e1", BATTLES, CLASH, PKK, TUR, wd("2023-12-22", "Friday"), None, CLAWLOCK, (6, 6),
           note="Friday night attack on the base, 6 soldiers killed, militants 'neutralised' without a figure"),
        ev("e2", REMOTE, AIR, TUR, PKK, "2023-12-22", P1, METINA, responds_to=["e1"],
           note="air strikes 'hours later' in Metina and Hakurk 'in response to the attack'; night: two-day range"),
    ])

# ---- 2. Turkish defence ministry (press release paraphrase) ---------------------------------------
P2 = wd("2023-12-24", "Sunday")
NESYRIA = place(["northern Syria", "north-eastern Syria", "Syria"], "SYR")
doc("turkey-mod-air-operation-2023-12-24", P2, "Ministry Digest",
    "Defence ministry: 29 targets hit in northern Iraq and Syria after soldiers martyred",
    "military press release (paraphrase)",
    """STATEMENT BY THE MINISTRY OF NATIONAL DEFENCE (paraphrase), 24 December 2023

1. On 23 December, during an infiltration attempt by terrorists in the Claw-Lock operation area in northern Iraq, six of our heroic comrades-in-arms were martyred in the clash that followed. This came one day after six of our personnel lost their lives in the same region on the evening of 22 December, when a terrorist group attempted to approach one of our bases.

2. In retaliation for these attacks, an air operation was conducted on the evening of 23 December against targets of the PKK/KCK and the PYD/YPG in northern Iraq and northern Syria. In total, 29 targets were destroyed in the Metina, Hakurk, Qandil and Gara regions of northern Iraq and in northern Syria, among them caves, bunkers, shelters and oil facilities used by the terrorist organisation.

3. Maximum care was taken to avoid harm to civilians, to historical and cultural sites and to the environment.

4. In the two days of operations, 26 terrorists were neutralised.

5. Our fight against terrorism will continue with determination until the last terrorist is eliminated. We extend our condolences to the families and to our noble nation.

Note: Kurdish-led authorities in north-east Syria said on Sunday that the strikes had hit power and oil installations around Qamishli and that several people were wounded. Their account could not be verified.
""",
    [
        ev("e1", BATTLES, CLASH, PKK, TUR, wd("2023-12-23", "Saturday"), None, CLAWLOCK, (6, 6),
           note="second clash on 23 December, 6 soldiers killed"),
        ev("e2", REMOTE, AIR, TUR, PKK, "2023-12-23", None, METINA,
           responds_to=["e1", "turkey-claw-lock-clash-2023-12-23/e1"],
           note="'in retaliation for these attacks': both clashes; 26 neutralised is over two days of operations"),
        ev("e3", REMOTE, AIR, TUR, SDF, "2023-12-23", None,
           place(["Qamishli", "al-Qamishli", "Kamishli", "northern Syria", "north-eastern Syria", "Hasakah"], "SYR"),
           responds_to=["e1", "turkey-claw-lock-clash-2023-12-23/e1"],
           note="strikes in northern Syria; the note places the damage around Qamishli"),
        ev("e4", BATTLES, CLASH, PKK, TUR, "2023-12-22", None, CLAWLOCK, (6, 6),
           same_as="turkey-claw-lock-clash-2023-12-23/e1", note="the 22 December attack recalled"),
    ])

# ---- 3. Base attack, January (wire) --------------------------------------------------------------
P3 = wd("2024-01-13", "Saturday")
doc("turkey-iraq-base-attack-2024-01-13", P3, "Bosphorus Evening Post",
    "Nine soldiers killed in northern Iraq; Turkey strikes back in Iraq and Syria",
    "wire",
    """ISTANBUL, Jan 13 (Bosphorus Evening Post) - Nine Turkish soldiers were killed and four wounded in an assault on a military base in northern Iraq, Turkey's defence ministry said on Saturday, less than a month after a dozen soldiers died in the same mountainous border region.

The attack on Friday evening targeted a base in the Claw-Lock operation zone, the ministry said. It blamed militants of the outlawed Kurdistan Workers' Party, and said 15 of the attackers had been "neutralised" in the fighting that followed. The PKK's armed wing did not immediately comment.

In retaliation, Turkish jets struck 29 targets in northern Iraq and Syria overnight, including caves, bunkers, shelters and oil facilities, the ministry said. It named the Metina, Hakurk, Qandil and Gara regions in Iraq. Syrian Kurdish officials said the jets and drones hit power stations and oil sites in the countryside of Qamishli, in north-east Syria, and that casualties were being assessed.

Interior Minister Ali Yerlikaya said police had detained 113 suspects with alleged PKK links in raids across 32 provinces on Saturday morning.

Friday's losses revived memories of late December, when PKK fighters twice tried to infiltrate Turkish bases in the same area: six soldiers were killed on the evening of December 22 and six more the following day. In response, Turkish jets hit targets in the Metina, Hakurk, Qandil and Gara regions on the night of December 23, and the ministry said 26 militants had been neutralised over two days.

President Tayyip Erdogan chaired a security meeting in Istanbul, and Turkish officials again vowed to "drain the swamp" of militant bases along the border. Iraq's foreign ministry, which has repeatedly protested against Turkish operations on its soil, did not immediately respond.
""",
    [
        ev("e1", BATTLES, CLASH, PKK, TUR, wd("2024-01-12", "Friday"), None, CLAWLOCK, (9, 24),
           note="Friday evening assault: 9 soldiers; + 15 attackers 'neutralised' (killed, captured or surrendered) in high"),
        ev("e2", REMOTE, AIR, TUR, PKK, "2024-01-12", P3, METINA, responds_to=["e1"],
           note="overnight strikes in northern Iraq 'in retaliation'"),
        ev("e3", REMOTE, AIR, TUR, SDF, "2024-01-12", P3,
           place(["Qamishli", "al-Qamishli", "Kamishli", "north-east Syria", "northern Syria", "Hasakah"], "SYR"),
           responds_to=["e1"], note="overnight strikes in north-east Syria around Qamishli"),
        ev("e4", STRAT, ARRESTS, actor("Police Forces of Turkey", "police", "Turkish police", "Yerlikaya",
                                       "interior ministry", code="TUR"),
           actor("PKK suspects", "suspects", "PKK", "Kurdistan Workers' Party"), P3, None,
           place(["Turkey", "32 provinces"], "TUR"), optional=True,
           note="113 detained in 32 provinces: nationwide, no single place"),
        ev("e5", BATTLES, CLASH, PKK, TUR, "2023-12-22", None, CLAWLOCK, (6, 6),
           same_as="turkey-claw-lock-clash-2023-12-23/e1", note="22 December clash recalled"),
        ev("e6", BATTLES, CLASH, PKK, TUR, "2023-12-23", None, CLAWLOCK, (6, 6),
           same_as="turkey-mod-air-operation-2023-12-24/e1", note="23 December clash recalled ('the following day')"),
        ev("e7", REMOTE, AIR, TUR, PKK, "2023-12-23", "2023-12-24", METINA, responds_to=["e5", "e6"],
           same_as="turkey-mod-air-operation-2023-12-24/e2",
           note="'In response' strikes on the night of December 23 recalled; 26 neutralised is over two days"),
    ])

# ---- 4. Garbled copy of the Syria strikes ------------------------------------------------------------
P4 = wd("2024-01-14", "Sunday")
doc("syria-qamishli-strikes-garbled-2024-01-14", P4, "NewsHub Today",
    "Turkish Drone And Jets Pound Power Station In Qamishli After Soldiers Killed",
    "garbled machine-rewritten web copy",
    """Turkish Drone And Jets Pound Power Station In Qamishli After Soldiers Killed

Qamishli - Electricity was cut to large part of north east Syria after Turkish warplane and drones has carried out a bombardment on the power station and oil infrastructures around the Qamishli city late Friday and into Saturday, the Kurdish lead administration said in a statement on Sunday.

The strike come as vengeance for the nine soldier of Turkey that was killed when PKK militants carried out an offensive on a base of them in the north of Iraq on Friday, Ankara was said. The Turkish ministry of defence call the raids retaliation and say 29 target of the terrorists was destroyed, in Syria and in Iraq both.

A guard at the station was among those hurted, the administration says, the number of victims not given yet. The SDF which is lead by Kurdish fighters said that Turkey is punishing the civilians for a war they have nothing to do and it deny having any role in the attack on the base.

Residents told that the bakeries and water pumps stopped because no electric. "We are in the dark since two nights," one man in Qamishli said.

Also on Saturday, Turkish drone was reported to hit a car near Amuda but no detail was available.

Source link

Share this:
""",
    [
        ev("e1", REMOTE, AIR, TUR, SDF, "2024-01-12", "2024-01-13",
           place(["Qamishli", "al-Qamishli", "Kamishli", "north east Syria", "Hasakah"], "SYR", 37.0522, 41.2317),
           responds_to=["turkey-iraq-base-attack-2024-01-13/e1"],
           same_as="turkey-iraq-base-attack-2024-01-13/e3",
           note="strikes on the Qamishli power station 'as vengeance for' the base attack; wounded, no figure"),
        ev("e2", BATTLES, CLASH, PKK, TUR, "2024-01-12", None, CLAWLOCK, (9, 9),
           same_as="turkey-iraq-base-attack-2024-01-13/e1", note="the base attack recalled, 9 soldiers"),
        ev("e3", REMOTE, AIR, TUR, actor("unidentified", "a car", "SDF", "civilians"), "2024-01-13", None,
           place(["Amuda", "Amude", "Hasakah"], "SYR", 37.1042, 40.9300), optional=True,
           note="'was reported to hit a car near Amuda', no detail"),
    ])

# ---- 5. Metula rockets, Israeli strikes (wire) ----------------------------------------------------------
P5 = wd("2025-03-22", "Saturday")
METULA = place(["Metula", "northern Israel", "Upper Galilee"], "ISR", 33.2771, 35.5786)
TOULINE = place(["Touline", "Toulin", "Tulin", "Marjayoun", "south Lebanon", "southern Lebanon"], "LBN",
                33.2286, 35.4586)
doc("lebanon-metula-rockets-2025-03-22", P5, "Cedar Coast Wire",
    "Israel pounds south Lebanon after first rocket fire since truce; seven dead",
    "wire",
    """BEIRUT, March 22 (Cedar Coast Wire) - A child was among seven people killed in the south Lebanese village of Touline on Saturday when their home was flattened by an Israeli air strike, Lebanon's health ministry said, hours after rockets were fired from Lebanon at northern Israel for the first time since a ceasefire took hold in November.

The Israeli military said three rockets crossing from Lebanese territory toward the border town of Metula had been intercepted in the morning, and that a further projectile fell inside Lebanon. No one was hurt on the Israeli side. In response, the army said, it struck dozens of Hezbollah rocket launchers and a command centre in southern Lebanon with artillery and aircraft.

Hezbollah denied any role. The group said in a statement that it had nothing to do with the launch and remained committed to the ceasefire, and blamed Israel for seeking "pretexts" to continue its attacks. No one has claimed the rocket fire.

An earlier toll from the ministry, given at midday, put the dead at two across the south. By evening it said seven had been killed in Touline alone, including a child and two women, and about 40 wounded in strikes on several villages. A man was also reported killed when a drone hit a car near Tyre, a Lebanese security source said, though the ministry did not immediately confirm it.

Prime Minister Benjamin Netanyahu and Defence Minister Israel Katz ordered the army to act "forcefully", and Katz said Beirut would bear responsibility for any fire from its territory. Lebanese Prime Minister Nawaf Salam warned against being dragged into a new war and asked the army to find those responsible.
""",
    [
        ev("e1", [REMOTE, STRAT], [MISSILE, DISRUPTED], either(UNID_LB, IDF_AD), either(IDF_AD, UNID_LB), P5, None, METULA, (0, 0),
           note="three rockets toward Metula intercepted; no one hurt; no claim, Hezbollah denies; coded as the launch (unidentified -> Israel) or as Disrupted weapons use (Israel -> launchers): either order accepted"),
        ev("e2", REMOTE, AIR, IDF, CIV_LB, P5, None, TOULINE, (7, 7), responds_to=["e1"],
           note="air strike on a home in Touline, 7 killed incl. a child; 'in response' covers the army's strikes"),
        ev("e3", REMOTE, [MISSILE, AIR], IDF, HEZ, P5, None,
           place(["southern Lebanon", "south Lebanon"], "LBN"), responds_to=["e1"], optional=True,
           note="'dozens of Hezbollah rocket launchers' hit with artillery and aircraft, several villages unnamed"),
        ev("e4", REMOTE, AIR, IDF, CIV_LB, P5, None,
           place(["Tyre", "Sour", "near Tyre", "south Lebanon"], "LBN", 33.2705, 35.2038), (1, 1),
           responds_to=["e1"], optional=True, note="drone on a car near Tyre, one security source, unconfirmed"),
    ])

# ---- 6. Beirut suburb strike (live blog) ------------------------------------------------------------
P6 = wd("2025-03-28", "Friday")
doc("lebanon-beirut-suburb-liveblog-2025-03-28", P6, "Levant Live Desk",
    "Live: Israel strikes Beirut's southern suburbs for first time since ceasefire",
    "live blog (GMT, newest first)",
    """Live: Israel strikes Beirut's southern suburbs for first time since ceasefire

17:05 GMT - The Lebanese army says it has located the spot north of the Litani river from which Friday morning's rockets were launched and has opened an investigation. It does not say who fired them.

15:40 GMT - Lebanon's health ministry says no deaths have been recorded in the Beirut strike so far. Earlier, strikes on the southern town of Kfar Tebnit killed three people, it says, one of them a woman.

13:20 GMT - A building in the Hadath area of the Dahiyeh, the Hezbollah stronghold south of Beirut, has been levelled by an Israeli strike, about an hour after the army posted a map ordering residents to leave. The military says it hit a drone storage site belonging to the group, and says the strike came in response to the rockets fired at Kiryat Shmona this morning. Panicked families fled on foot; schools were evacuated.

11:00 GMT - Defence Minister Israel Katz: if there is no quiet in Kiryat Shmona and the Galilee, there will be no quiet in Beirut.

09:10 GMT - Hezbollah again says it had no link to the rockets and is committed to the truce.

07:45 GMT - Two rockets were launched from Lebanon toward Kiryat Shmona, the Israeli military says: one was intercepted and the other fell inside Lebanese territory. No injuries were reported.

Catch-up: This is the second rocket incident in a week. Last Saturday, rockets were fired at Metula; Israel answered with waves of strikes across the south that killed eight people, among them a child, according to Lebanon's updated figures, including seven in the village of Touline.
""",
    [
        ev("e1", [REMOTE, STRAT], [MISSILE, DISRUPTED], either(UNID_LB, IDF_AD), either(IDF_AD, UNID_LB), P6, None,
           place(["Kiryat Shmona", "Qiryat Shemona", "northern Israel", "Galilee"], "ISR", 33.2073, 35.5702),
           (0, 0), note="two rockets toward Kiryat Shmona, one intercepted, no injuries"),
        ev("e2", REMOTE, AIR, IDF, HEZ, P6, None,
           place(["Hadath", "Dahiyeh", "Dahieh", "southern suburbs of Beirut", "Beirut"], "LBN", 33.8333, 35.5333),
           (0, 0), responds_to=["e1"], note="strike on a building in Hadath 'in response to the rockets'; no deaths so far"),
        ev("e3", REMOTE, AIR, IDF, CIV_LB, P6, None,
           place(["Kfar Tebnit", "Kfar Tibnit", "Nabatieh", "south Lebanon"], "LBN", 33.3569, 35.5047), (3, 3),
           note="strikes on Kfar Tebnit killed three (no link stated)"),
        ev("e5", [REMOTE, STRAT], [MISSILE, DISRUPTED], either(UNID_LB, IDF_AD), either(IDF_AD, UNID_LB), "2025-03-22", None, METULA,
           same_as="lebanon-metula-rockets-2025-03-22/e1", note="last Saturday's rockets recalled"),
        ev("e6", REMOTE, AIR, IDF, CIV_LB, "2025-03-22", None, TOULINE, (7, 7), responds_to=["e5"],
           same_as="lebanon-metula-rockets-2025-03-22/e2", note="Touline recalled (seven there; eight across the south)"),
    ])

# ---- 7. Poltava (wire) ------------------------------------------------------------------------------
P7 = wd("2024-09-03", "Tuesday")
POLTAVA = place(["Poltava", "Military Institute of Communications", "Poltava Military Institute of Communications",
                 "Poltava region", "Poltava oblast"], "UKR", 49.5883, 34.5514)
doc("ukraine-poltava-institute-2024-09-03", P7, "Dnipro Line News",
    "Russian missiles kill 41 at military institute in Poltava",
    "wire",
    """KYIV, Sept 3 (Dnipro Line News) - At least 41 people were killed and more than 180 wounded on Tuesday when two ballistic missiles struck a military training institute and a nearby hospital in the central Ukrainian city of Poltava, President Volodymyr Zelenskiy said, in one of the deadliest single strikes of the war.

The missiles hit the Military Institute of Communications, which trains signals and electronic warfare specialists, only minutes after the air raid alert sounded, leaving people little time to reach shelters, the defence ministry said. One of the institute's buildings was partially destroyed and rescuers pulled 11 people out alive from the rubble.

Zelenskiy, who blamed "Russian scum" for the attack, said he had ordered a full investigation and again urged Western allies to supply more air defence systems and to allow long-range strikes deep inside Russia. Regional governor Filip Pronin declared three days of mourning.

Russia's defence ministry did not immediately comment. Pro-Kremlin military bloggers said the strike, carried out with Iskander missiles, had caught cadets and instructors lined up in formation, and some Ukrainian commentators asked why personnel had been assembled in the open in a city within range of Russian missiles.

A blood donation drive drew long queues in the city on Tuesday afternoon.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, UKR, P7, None, POLTAVA, (41, 41),
           note="two ballistic missiles on the institute and a hospital, 41 killed, 180 wounded"),
    ])

# ---- 8. Lviv and Poltava (garbled) --------------------------------------------------------------------
P8 = wd("2024-09-05", "Thursday")
doc("ukraine-lviv-strike-garbled-2024-09-05", P8, "WorldPulse Daily",
    "Mother And Three Daughters Among 7 Killed In Lviv, Poltava Toll Climb To 55",
    "garbled machine-rewritten web copy",
    """Mother And Three Daughters Among 7 Killed In Lviv, Poltava Toll Climb To 55

Lviv, Ukraine - Seven peoples including three children has lost their lives after Russia launch a massive missile and drone barrage at the western city of Lviv in the early hours of Wednesday, the mayor Andriy Sadovyi has said, historic buildings in the centre was also damage.

A mother and her three daughter was among the dead, the father survived and is in hospital with injures, Ukrainian officials informed. More than 60 were hurted. Ukraine airforce says it downed 29 of 42 missiles and drones fired on the country that night.

Meanwhile the number of dead from the Tuesday missile hit on a military institute in the city of Poltava climbed up to 55 on Thursday, the regional governor has said, up from 51 on Wednesday and 41 at first. Russia's military said it's Iskander missiles destroyed a training centre where it claimed foreign instructors were teaching, a claim Kyiv did not comment.

The strikes come as foreign minister Dmytro Kuleba tendered his resignation in a large shake up of the government.

Source link

Leave a Comment
""",
    [
        ev("e1", REMOTE, [MISSILE, AIR], RUS, CIV_UA, wd("2024-09-04", "Wednesday"), None,
           place(["Lviv", "Lvov", "Lwow", "Lviv region"], "UKR", 49.8397, 24.0297), (7, 7),
           note="early-Wednesday barrage on Lviv, 7 dead incl. three children"),
        ev("e2", REMOTE, MISSILE, RUS, UKR, "2024-09-03", None, POLTAVA, (41, 55),
           same_as="ukraine-poltava-institute-2024-09-03/e1", note="Poltava toll 41 -> 51 -> 55"),
    ])

# ---- 9. Tripoli brief ---------------------------------------------------------------------------------
P9 = wd("2025-05-13", "Tuesday")
ABUSALIM = place(["Abu Salim", "Abusalim", "Takbali", "Takbali camp", "Tripoli", "southern Tripoli"], "LBY",
                 32.8500, 13.1833)
doc("libya-tripoli-kikli-brief-2025-05-13", P9, "Meridian Wire",
    "Powerful Tripoli militia chief killed, heavy gunfire in capital",
    "wire brief",
    """TRIPOLI, May 13 (Meridian) - Abdelghani al-Kikli, the commander of one of Tripoli's most powerful armed groups, was killed on Monday evening at a military camp in the south of the Libyan capital, two security sources said, setting off hours of heavy gunfire in the Abu Salim district.

Kikli, known as Ghnewa, headed the Stability Support Apparatus. The sources said he died at the Takbali camp, held by the 444 Brigade, which is aligned with Prime Minister Abdulhamid Dbeibah. Residents were told to stay indoors. The health ministry gave no toll.
""",
    [
        ev("e1", BATTLES, CLASH, GNU, SSA, wd("2025-05-12", "Monday"), None, ABUSALIM,
           note="Kikli killed at Takbali camp Monday evening, then fighting in Abu Salim; no toll given"),
    ])

# ---- 10. Tripoli wire ----------------------------------------------------------------------------------
P10 = wd("2025-05-14", "Wednesday")
doc("libya-tripoli-clashes-2025-05-14", P10, "Sahara and Sea Observer",
    "Truce announced after second night of fighting in Libyan capital",
    "wire",
    """TRIPOLI, May 14 (Sahara and Sea Observer) - Libya's defence ministry announced a ceasefire in Tripoli on Wednesday after a second night of street fighting between government-aligned brigades and the Radaa force, which controls the capital's Mitiga airport and much of its east.

Clashes erupted late on Tuesday in the Souq al-Juma district and around Mitiga, hours after Prime Minister Abdulhamid Dbeibah ordered the dissolution of armed groups operating outside the state, a move widely read as directed at Radaa. Residents reported tracer fire across the city centre and shells landing near the port. Flights were diverted to Misrata.

The emergency medicine centre said six bodies had been recovered in Abu Salim since Monday, when Abdelghani al-Kikli, the leader of the Stability Support Apparatus, was shot dead inside a camp of the 444 Brigade. After Kikli's death, forces loyal to Dbeibah moved into the group's headquarters in Abu Salim in a few hours, and the government hailed what it called the end of a militia era.

The UN mission in Libya said it was alarmed by the use of heavy weapons in densely populated neighbourhoods and urged all sides to protect civilians. Dbeibah said on television that the operation had been a success and that "the state" now controlled the area.
""",
    [
        ev("e1", BATTLES, CLASH, GNU, RADA, P9, P10,
           place(["Souq al-Juma", "Souk al-Jumaa", "Mitiga", "Tripoli"], "LBY", 32.8940, 13.2760),
           note="fighting from late Tuesday into Wednesday in Souq al-Juma and around Mitiga; no separate toll"),
        ev("e2", BATTLES, CLASH, GNU, SSA, "2025-05-12", None, ABUSALIM, (6, 6),
           same_as="libya-tripoli-kikli-brief-2025-05-13/e1",
           note="Kikli killed and the SSA's positions taken; 6 bodies in Abu Salim since Monday"),
        ev("e3", STRAT, AGREEMENT, GNU, RADA, P10, None, place(["Tripoli"], "LBY", 32.8872, 13.1913),
           note="defence ministry announces a ceasefire Wednesday"),
    ])
SET.accept(1, [BATTLES], [CLASH, "Government regains territory"])

# ---- 11. Morocco GenZ 212 (wire) ---------------------------------------------------------------------
P11 = wd("2025-10-02", "Thursday")
LQLIAA = place(["Lqliaa", "Lqliaâ", "Leqliaa", "Agadir", "Inezgane-Ait Melloul", "Souss-Massa"], "MAR",
               30.3400, -9.4700)
doc("morocco-lqliaa-gendarmes-2025-10-02", P11, "Atlas Morning Wire",
    "Two killed as Moroccan gendarmes open fire on crowd storming post",
    "wire",
    """RABAT, Oct 2 (Atlas Morning Wire) - Two people were shot dead on Wednesday night when gendarmes opened fire on a crowd that tried to storm their post in the town of Lqliaa, near Agadir, Morocco's interior ministry said on Thursday, the first deaths in nearly a week of youth-led protests.

The ministry said "assailants" armed with knives and stones had tried to break into the gendarmerie station to seize ammunition and weapons, and had set fire to part of the building and to vehicles. The gendarmes fired in self-defence, it said. A third man was critically wounded.

The protests, organised on the Discord platform by a group calling itself GenZ 212, began on Saturday over the state of hospitals and schools, and have grown increasingly angry. On Tuesday night, young men in Inezgane and Ait Amira, south of Agadir, torched cars and bank branches and looted shops, and in the eastern city of Oujda a protester was run over by a police vehicle and badly hurt.

In Rabat and Casablanca, thousands marched peacefully on Wednesday evening. The group has distanced itself from the violence and called on supporters to keep their protests peaceful.

Interior ministry spokesman Rachid El Khalfi said 263 members of the security forces and 23 civilians had been injured since the weekend and 409 people arrested.
""",
    [
        ev("e1", RIOTS, VIOLENT, RIOTERS_MA, GEND_MA, wd("2025-10-01", "Wednesday"), None, LQLIAA, (2, 2),
           note="crowd storms the gendarmerie post; gendarmes shoot two dead"),
        ev("e2", RIOTS, [VIOLENT, MOB], RIOTERS_MA, None, wd("2025-09-30", "Tuesday"), "2025-10-01",
           place(["Inezgane", "Agadir", "Souss-Massa"], "MAR", 30.3550, -9.5370),
           note="Tuesday-night rioting in Inezgane (cars and banks torched, looting)"),
        ev("e3", RIOTS, [VIOLENT, MOB], RIOTERS_MA, None, "2025-09-30", "2025-10-01",
           place(["Ait Amira", "Aït Amira", "Chtouka Ait Baha", "Souss-Massa"], "MAR", 30.1667, -9.4833),
           note="Tuesday-night rioting in Ait Amira"),
        ev("e4", PROTESTS, [INTERVENTION, EXCESSIVE], PROT_MA, GEND_MA, "2025-09-30", "2025-10-01",
           place(["Oujda", "Oriental"], "MAR", 34.6814, -1.9086),
           note="a protester run over by a police vehicle in Oujda (a coder might say Riots)"),
        ev("e5", PROTESTS, PEACEFUL, PROT_MA, None, "2025-10-01", None,
           place(["Rabat", "Rabat-Sale-Kenitra"], "MAR", 34.0209, -6.8416), note="peaceful march Wednesday"),
        ev("e6", PROTESTS, PEACEFUL, PROT_MA, None, "2025-10-01", None,
           place(["Casablanca", "Casablanca-Settat"], "MAR", 33.5731, -7.5898), note="peaceful march Wednesday"),
    ])
SET.accept(3, [PROTESTS, RIOTS], [INTERVENTION, EXCESSIVE, VIOLENT])

# ---- 12. Morocco (garbled) -----------------------------------------------------------------------------
P12 = wd("2025-10-03", "Friday")
doc("morocco-genz-garbled-2025-10-03", P12, "Maghreb Buzz Now",
    "Three Deaths In Morocco As GenZ Protest Turn Violence, Police Station Attacked",
    "garbled machine-rewritten web copy",
    """Three Deaths In Morocco As GenZ Protest Turn Violence, Police Station Attacked

The toll of the night of Wednesday attack on the Royal Gendarmerie post in the locality of Lqliaa in the Agadir area rose to three, after a young man which was injured by bullet passed away in the hospital, local authorities was said Friday.

According to the official version, a groups of individuals carried out an assault on the brigade with the aim to grab the weapons of the agents, they setting fire and the gendarmes had use their service weapons in the legitimate defense. Family of one victim say he was only passing by and demanding an investigation.

The GenZ 212 movement which say it is peaceful, held a minute of silence and announce new gatherings for Friday in more than 10 city. It ask the government of Aziz Akhannouch to resign.

In other hand prosecutors of Agadir has charged dozens of minors and adults for participating in the acts of vandalism, arson and robbery in Inezgane and Ait Amira.

Share this:
""",
    [
        ev("e1", RIOTS, VIOLENT, RIOTERS_MA, GEND_MA, "2025-10-01", None, LQLIAA, (2, 3),
           same_as="morocco-lqliaa-gendarmes-2025-10-02/e1",
           note="the Lqliaa assault; toll rose to three (2 in the earlier report)"),
    ])

# ---- 13. Serbia (wire) ---------------------------------------------------------------------------------
P13 = wd("2025-08-15", "Friday")
VRBAS = place(["Vrbas", "Vojvodina", "South Backa"], "SRB", 45.5714, 19.6431)
PALANKA = place(["Backa Palanka", "Bačka Palanka", "Vojvodina", "South Backa"], "SRB", 45.2500, 19.3917)
doc("serbia-vrbas-novi-sad-2025-08-15", P13, "Danube Courier",
    "Serbian protesters ransack ruling party office after night of clashes",
    "wire",
    """BELGRADE, Aug 15 (Danube Courier) - Dozens of people were injured in a third night of violence across Serbia, where anti-government demonstrators stormed and ransacked an office of the ruling Serbian Progressive Party (SNS) in Novi Sad on Thursday evening, witnesses and police said.

The protesters broke windows, threw furniture into the street and set papers on fire inside the office in the northern city, in what they said was a response to the attacks on peaceful demonstrators in Vrbas and Backa Palanka earlier in the week. Riot police later fired tear gas and stun grenades to push the crowd back, and several officers were hurt.

Those earlier clashes had begun on Tuesday night in Vrbas, where protesters marching past a local SNS office were pelted with flares, bottles and rocks by men the students described as ruling-party loyalists, many of them masked. The next evening in Backa Palanka, a crowd of government supporters charged at demonstrators gathered near the party's office, and police separated the two sides with batons. The interior ministry said 16 officers had been injured over the two nights, and officials put the number of injured civilians in the dozens.

In Belgrade, police detained 47 people on Thursday after protesters blocked streets and threw objects at officers outside the SNS headquarters, the interior minister said.

President Aleksandar Vucic accused the protesters of trying to topple the government by force and said the state would respond "with all means". The students, whose movement grew out of anger over the deadly collapse of a railway station canopy last November, say government supporters are being organised to attack them.
""",
    [
        ev("e1", RIOTS, MOB, either(SNS, PROT_RS), PROT_RS, wd("2025-08-12", "Tuesday"), "2025-08-13", VRBAS,
           note="Tuesday night: protesters pelted by SNS loyalists in Vrbas; injuries only"),
        ev("e2", RIOTS, MOB, either(SNS, PROT_RS), PROT_RS, wd("2025-08-13", "Wednesday"), None, PALANKA,
           note="Wednesday evening: supporters charge demonstrators in Backa Palanka, police intervene"),
        ev("e3", RIOTS, VIOLENT, PROT_RS, either(SNS, POLICE_RS), wd("2025-08-14", "Thursday"), None,
           place(["Novi Sad", "Vojvodina", "South Backa"], "SRB", 45.2671, 19.8335), responds_to=["e1", "e2"],
           note="office stormed and ransacked 'in response to the attacks' in Vrbas and Backa Palanka"),
        ev("e4", PROTESTS, INTERVENTION, PROT_RS, POLICE_RS, "2025-08-14", None,
           place(["Belgrade", "Beograd"], "SRB", 44.7866, 20.4489),
           note="Belgrade: streets blocked, objects thrown, 47 detained"),
    ])
SET.accept(3, [PROTESTS, RIOTS], [INTERVENTION, VIOLENT])

# ---- 14. Iraqi Kurdistan oilfield drones (wire) ------------------------------------------------------
P14 = wd("2025-07-16", "Wednesday")
doc("iraq-kurdistan-oilfield-drones-2025-07-16", P14, "Tigris Morning Report",
    "Drones hit two more Kurdistan oil fields, output halted",
    "wire",
    """ERBIL, July 16 (Tigris Morning Report) - An explosive-laden drone struck the Peshkhabour oil field in Iraq's Kurdistan region on Wednesday morning, a day after a similar attack set fire to a facility at the Sarsang field, the region's interior ministry said, the latest in a string of attacks that have shut in a large share of the region's crude output.

No casualties were reported in either attack. The operator of the Sarsang field in Duhok province, HKN Energy, said a drone hit a processing facility on Tuesday and that production had been suspended while damage was assessed. At Peshkhabour, near the Syrian and Turkish borders, the ministry said the drone caused a fire that was brought under control.

Nobody has claimed the attacks. The Kurdistan Regional Government said they were "terrorist" acts carried out by outlaw groups inside the Popular Mobilisation Forces, an umbrella of mostly Iran-aligned militias, and called on Baghdad to act. A PMF official denied the accusation and said the group had no interest in harming Iraq's economy.

Federal Prime Minister Mohammed Shia al-Sudani ordered an investigation. Officials in Baghdad and Erbil have been negotiating for months over the resumption of Kurdish oil exports through Turkey.
""",
    [
        ev("e1", REMOTE, AIR, UNID_IQ, OIL, P14, None,
           place(["Peshkhabour", "Peshkhabur", "Fishkhabour", "Faysh Khabur", "Duhok", "Kurdistan region"], "IRQ",
                 37.0850, 42.3800), (0, 0), note="drone on the Peshkhabour field Wednesday; no casualties"),
        ev("e2", REMOTE, AIR, UNID_IQ, OIL, wd("2025-07-15", "Tuesday"), None,
           place(["Sarsang", "Sarsang oil field", "Duhok", "Dohuk", "Kurdistan region"], "IRQ", 36.9200, 43.3500),
           (0, 0), note="drone on the Sarsang field Tuesday; no casualties"),
    ])

# ---- 15. Negative: threats over a Syria operation -----------------------------------------------------
P15 = wd("2022-05-24", "Tuesday")
doc("turkey-syria-operation-threats-2022-05-24", P15, "Bosphorus Evening Post",
    "Erdogan says new Syria incursion coming 'soon', allies urge restraint",
    "politics (negative: threats and plans)",
    """ANKARA, May 24 (Bosphorus Evening Post) - President Tayyip Erdogan said on Monday that Turkey would soon launch a new military operation along its southern border to create a 30-km deep "safe zone" in northern Syria, reviving a plan that has repeatedly alarmed Washington and Moscow.

Speaking after a cabinet meeting, Erdogan said the operation would target areas that are "centres of attacks" against Turkey and its forces, and that a final decision would be taken at a meeting of the National Security Council on Thursday. He did not say when troops would move, but added, as he has in the past, that Turkey "may come suddenly one night".

Kurdish-led authorities in north-east Syria said they were taking the threat seriously and would defend their territory, and accused Ankara of trying to exploit the world's focus on Ukraine. A senior official of the Syrian Democratic Forces said any assault would be a "blow" to the fight against Islamic State.

The US State Department said it was deeply concerned and that any escalation would undermine regional stability. Russian officials said they hoped Ankara would refrain from steps that could lead to a dangerous deterioration.

Analysts said the threat could also be a bargaining chip in Turkey's objections to Sweden and Finland joining NATO, which Ankara says harbour Kurdish militants. "The target may be in Syria, but the message is in Brussels," one former diplomat said. Turkish markets were steady; the lira has been under attack from inflation for months.
""",
    [])

# ---- 16. Negative: football ---------------------------------------------------------------------------
P16 = wd("2024-03-27", "Wednesday")
doc("sport-georgia-greece-playoff-2024-03-27", P16, "Caucasus Sports Desk",
    "Georgia shoot down Greece on penalties to reach first major finals",
    "sports report (negative)",
    """TBILISI, March 27 (Caucasus Sports Desk) - Georgia will play at a major tournament for the first time after beating Greece 4-2 on penalties in Tuesday's Euro 2024 play-off final, sparking all-night celebrations across the country.

The match at the Boris Paichadze stadium finished 0-0 after extra time. Greece, the 2004 European champions, dominated possession and launched wave after wave of attacks down the left, but Giorgi Mamardashvili made two fine saves to keep them out. Khvicha Kvaratskhelia fired one shot just wide and saw another blocked.

In the shootout, Nikolas Ioannidis and Anastasios Bakasetas both missed for the visitors before Nika Kvekveskiri blasted the decisive penalty into the top corner. Fans stormed the pitch, and fireworks exploded over the capital as cars jammed Rustaveli Avenue, horns blaring, until dawn.

"We were under siege for long spells, but this team never surrenders," coach Willy Sagnol said. Kvaratskhelia called it a bomb of joy for a small nation that had waited decades.

Georgia, ranked 75th in the world, will face Turkey, the Czech Republic and Portugal in Group F in Germany this summer.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
