"""Write demo/fresh14/docs.jsonl and demo/fresh14/gold.jsonl: sixteen reports written blind.

Run from anywhere: `python3 demo/fresh14/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Real, public
incidents of 2024-2025 in Africa, Europe, the Caucasus and the Levant, in our own words, written as of their
`published` date, simplified where unsure. Fictional outlets with `.example` URLs; quotations paraphrased.
Not a factual reference. Gold follows shared/contract/README.md and demo/README.md's "Gold conventions";
every weekday relied on is asserted with wd(), and gold_kit's checks run before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402
from gold_kit import (AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, IED,  # noqa: E402
                      INTERVENTION, MISSILE, OTHER, OVERTAKE, PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, VAC,
                      VIOLENT)
from gold_kit import LOOT  # noqa: E402
from gold_kit import noted_ev as ev  # noqa: E402

SET = gold_kit.BlindSet()
doc = SET.doc

# ---- actors ---------------------------------------------------------------------------------------
RUS = actor("Military Forces of Russia", "Military Forces of Russia (2000-)", "Russia", "Russian forces",
            "Russian military", "Russian army", "Moscow", "Moscow's forces", "Russian defence ministry", code="RUS")
RUS_AD = actor("Military Forces of Russia", "Military Forces of Russia (2000-)", "Russian air defences",
               "air defence", "Russia", "Russian defence ministry", "Moscow", code="RUS")
UKR = actor("Military Forces of Ukraine", "Military Forces of Ukraine (2019-)", "Ukraine", "Ukrainian forces",
            "Ukrainian military", "Ukrainian army", "Kyiv", "Ukrainian armed forces", code="UKR")
UKR_AD = actor("Military Forces of Ukraine", "Military Forces of Ukraine (2019-)", "Ukrainian air force",
               "Ukrainian air defences", "air defence", "Ukraine", "Kyiv", code="UKR")
ISR = actor("Military Forces of Israel", "Military Forces of Israel (2022-)", "Israel", "Israeli military",
            "Israeli army", "IDF", "Israel Defense Forces", "Israeli forces", "Israeli warplanes",
            "Israeli jets", "Israeli air force", code="ISR")
HAMAS = actor("Hamas", "Hamas movement", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "Palestinian militants",
              "militants", "gunmen")
SYR = actor("Military Forces of Syria", "Military Forces of Syria (2024-)", "Syrian government forces",
            "government forces", "Syrian army", "Syrian security forces", "Syrian interior ministry forces",
            "Damascus", "Syrian government", code="SYR")
DRUZE = actor("Druze militias", "Druze fighters", "Druze militia", "Sweida Druze militias", "local Druze gunmen",
              "Druze armed groups", "Men of Dignity", "Druze")
BEDOUIN = actor("Bedouin tribal fighters", "Bedouin tribes", "Bedouin militia", "Bedouin gunmen",
                "tribal fighters", "Bedouin", "Arab tribes")
JNIM = actor("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
             "Group for the Support of Islam and Muslims", "GSIM", "al-Qaeda affiliate", "jihadists", "militants",
             "terrorists", "armed terrorist groups")
MALI = actor("Military Forces of Mali", "Military Forces of Mali (2021-)", "Malian army", "FAMa", "Malian Armed Forces",
             "Malian forces", "army", "soldiers", code="MLI")
BFA = actor("Military Forces of Burkina Faso", "Military Forces of Burkina Faso (2022-)", "Burkinabe army",
            "Burkina Faso army", "soldiers", "army", "military", code="BFA")
VDP = actor("VDP", "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland",
            "volunteer fighters", "militia")
SHABAAB = actor("al-Shabaab", "Al Shabaab", "al Shabaab", "Harakat al-Shabaab al-Mujahideen", "militants",
                "Islamist militants", "jihadists")
SOM = actor("Government of Somalia", "President of Somalia", "Hassan Sheikh Mohamud", "presidential convoy",
            "Military Forces of Somalia", "Somali government", code="SOM")
ADF = actor("ADF", "Allied Democratic Forces", "Islamic State Central Africa Province", "ISCAP",
            "Islamic State", "IS", "rebels", "militants", "Islamic State (Central Africa)")
RSF = actor("RSF", "Rapid Support Forces", "Rapid Support Forces (RSF)", "paramilitary", "paramilitaries",
            "RSF fighters", "Hemedti's forces", code="SDN")
SAF = actor("Military Forces of Sudan", "Military Forces of Sudan (2019-)", "Sudanese army", "SAF",
            "Sudanese Armed Forces", "army", "6th Infantry Division", code="SDN")
GEO_POL = actor("Police Forces of Georgia", "Police Forces of Georgia (2024-)", "Georgian police", "police",
                "riot police", "special forces", "Ministry of Internal Affairs of Georgia", "Interior Ministry",
                code="GEO")
FRA_POL = actor("Police Forces of France", "French police", "police", "gendarmes", "riot police",
                "gendarmerie", "Police Forces of France (2017-)", code="FRA")
UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants")


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "residents", "people", *extra)


def prot(country, *extra):
    return actor(f"Protesters ({country})", "protesters", "Protesters", "demonstrators", *extra)


def rioters(country, *extra):
    return actor(f"Rioters ({country})", "rioters", "Rioters", "protesters", "demonstrators",
                 f"Protesters ({country})", *extra)


# ---- 1. ATACMS on Bryansk region ------------------------------------------------------------------
P1 = "2024-11-19"
KARACHEV = place(["Karachev", "Karachev district", "Bryansk region", "Bryansk oblast", "Bryansk"], "RUS", 53.1247, 34.9842)
BRYANSK_REG = place(["Bryansk region", "Bryansk oblast", "Bryansk"], "RUS")
doc("russia-bryansk-atacms-2024-11-19", P1, "Volga Wire",
    "Russia says Ukraine fired US-made ATACMS at Bryansk region for the first time",
    "wire",
    """MOSCOW, Nov 19 (Volga Wire) - Ukraine fired six US-supplied ATACMS ballistic missiles at a military facility in Russia's Bryansk region early on Tuesday, the Russian defence ministry said, in what would be the first use of the long-range weapon against Russian territory since Washington eased its restrictions.

The ministry said air defences shot down five of the missiles and damaged the sixth, whose fragments fell on the grounds of a military facility and started a fire that was quickly put out. There were no casualties and no serious damage, it said. Russian and Ukrainian media, citing sources, said the target was an arsenal near the town of Karachev, about 110 km from the Ukrainian border.

A source in Ukraine's military told reporters the strike had hit an ammunition depot and set off secondary detonations, but Kyiv did not comment officially. The Pentagon declined to confirm which weapons were used.

The attack came on the 1,000th day of the war and on the same day that President Vladimir Putin approved a revised nuclear doctrine that lowers the threshold for Russia's use of nuclear weapons, including in response to a conventional attack backed by a nuclear power. Foreign Minister Sergei Lavrov, speaking at the G20 in Rio de Janeiro, called the ATACMS launch a signal that the West wanted escalation and said Moscow would respond accordingly.

The governor of the Bryansk region said separately that nine Ukrainian drones had been destroyed over the region overnight.
""",
    [
        ev("e1", REMOTE, MISSILE, UKR, RUS, wd("2024-11-19", "Tuesday"), None, KARACHEV, (0, 0),
           note="six ATACMS at a military facility (arsenal near Karachev); 'no casualties'"),
        ev("e2", STRAT, DISRUPTED, RUS_AD, UKR, "2024-11-19", None, BRYANSK_REG,
           note="five of six ATACMS shot down over Bryansk region"),
        ev("e3", STRAT, DISRUPTED, RUS_AD, UKR, "2024-11-18", "2024-11-19", BRYANSK_REG, optional=True,
           note="nine drones destroyed overnight; overnight into the report's day. Optional: a coder may fold it into e2"),
    ])

# ---- 2. Storm Shadow on Kursk region (garbled) ---------------------------------------------------
P2 = "2024-11-21"
KURSK_REG = place(["Kursk region", "Kursk oblast", "Kursk", "Maryino", "Marino", "Rylsk district"], "RUS")
doc("russia-kursk-storm-shadow-garbled-2024-11-21", P2, "NewsFlash24 Hub",
    "British missiles Storm Shadow hit Kursk region first time, Russian bloggers says",
    "garbled",
    """British made cruise missiles Storm Shadow have been fired by the Ukrainian forces onto the Kursk region of Russia on Wednesday for first time, according to pictures and videos which was circulated by Russian military bloggers and also a source in the Ukrainian army who talk to the media.

Fragments of the missile were photographed in a field near the village of Maryino, where is located the old estate which reportedly house a command post of the Russian forces and also the North Korean officers, the bloggers claimed it. The number of dead or wounded is not known and the Russian defence ministry did not made comment on the Wednesday attack till the Thursday morning.

This is came just one day after the Kyiv army carried out a offensive with American ATACMS missiles on the Bryansk region on Tuesday, which the Moscow said five from six was downed and a fire erupted at a military facility with no victim. London and Washington both was refusing to confirm the operations of the weapons.

Kremlin spokesman Dmitry Peskov said the West was fanning the conflict and that Russia will "take note", the analysts says a Russian answer can be come soon. Meanwhile the US embassy in Kyiv was closed Wednesday because of warning about possible massive air attack, and Italy, Spain and Greece embassies also shuttered too.

Share this:
Source link
""",
    [
        ev("e1", REMOTE, MISSILE, UKR, RUS, wd("2024-11-20", "Wednesday"), None, KURSK_REG,
           note="Storm Shadow strike near Maryino, Kursk region; no toll. Place: village not placed with confidence, names only"),
        ev("e2", REMOTE, MISSILE, UKR, RUS, wd("2024-11-19", "Tuesday"), None, BRYANSK_REG, (0, 0),
           same_as="russia-bryansk-atacms-2024-11-19/e1", note="the ATACMS strike recalled ('no victim')"),
        ev("e3", STRAT, DISRUPTED, RUS_AD, UKR, "2024-11-19", None, BRYANSK_REG, optional=True,
           same_as="russia-bryansk-atacms-2024-11-19/e2", note="'five from six was downed', folded into the recall"),
    ])

# ---- 3. Oreshnik on Dnipro ------------------------------------------------------------------------
P3 = "2024-11-22"
DNIPRO = place(["Dnipro", "Pivdenmash", "Yuzhmash", "Dnipropetrovsk region", "Dnipropetrovsk oblast"], "UKR", 48.4647, 35.0462)
doc("ukraine-dnipro-oreshnik-2024-11-22", P3, "Danube Courier",
    "Putin says new missile fired at Dnipro was response to US and British weapons",
    "wire",
    """KYIV/MOSCOW, Nov 22 (Danube Courier) - Russia struck the Ukrainian city of Dnipro on Thursday with a new intermediate-range ballistic missile, President Vladimir Putin said in a televised address, describing the launch as a response to Ukraine's use of American and British long-range weapons against targets inside Russia this week.

Putin said the missile, which he called Oreshnik, had hit a defence-industrial site in Dnipro and warned that Moscow considered itself entitled to strike the military facilities of countries whose weapons were used against Russia. He cited the ATACMS strike on the Bryansk region on Tuesday and the Storm Shadow attack on the Kursk region on Wednesday, saying the Kursk strike had killed and wounded several servicemen at a command post.

Ukraine's air force said the missile was launched from the Astrakhan region at dawn and initially described it as an intercontinental ballistic missile. Videos from Dnipro showed bright projectiles falling in rapid succession. Regional governor Serhiy Lysak said an industrial enterprise was hit and fires broke out; two people were injured, and a rehabilitation centre for people with disabilities was damaged. Ukrainian media said the target was the Pivdenmash aerospace plant, better known by its Soviet name Yuzhmash.

The air force said Russia had also fired a Kinzhal and seven Kh-101 cruise missiles in the same attack, and that six of the cruise missiles were shot down.

President Volodymyr Zelenskiy called the strike a clear escalation and urged allies to respond. The Pentagon said Washington had been informed shortly before the launch through nuclear risk-reduction channels.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, either(UKR, civ("Ukraine", "Pivdenmash", "Yuzhmash", "industrial enterprise")),
           wd("2024-11-21", "Thursday"), None, DNIPRO,
           responds_to=["russia-bryansk-atacms-2024-11-19/e1", "russia-kursk-storm-shadow-garbled-2024-11-21/e1"],
           note="Oreshnik on Dnipro, two injured, no deaths stated (null); Putin: a response to the ATACMS and Storm Shadow strikes"),
        ev("e2", REMOTE, MISSILE, UKR, RUS, "2024-11-19", None, BRYANSK_REG,
           same_as="russia-bryansk-atacms-2024-11-19/e1",
           note="recalled ATACMS strike 'on Tuesday' (dated background; no toll in this text)"),
        ev("e3", REMOTE, MISSILE, UKR, RUS, "2024-11-20", None, KURSK_REG,
           same_as="russia-kursk-storm-shadow-garbled-2024-11-21/e1",
           note="recalled Storm Shadow strike (Putin: several killed and wounded; no figure)"),
        ev("e4", STRAT, DISRUPTED, UKR_AD, RUS, "2024-11-21", None, None, optional=True,
           note="six Kh-101 shot down, no place"),
    ])

# ---- 4. Kryvyi Rih -------------------------------------------------------------------------------
P4 = "2025-04-05"
KRYVYI = place(["Kryvyi Rih", "Kryvyy Rih", "Krivoy Rog", "Dnipropetrovsk region", "Dnipropetrovsk oblast"], "UKR", 47.9105, 33.3918)
doc("ukraine-kryvyi-rih-wire-2025-04-05", P4, "Dnieper Daily",
    "Nine children among 18 killed by Russian missile in Zelenskiy's home town",
    "wire",
    """KRYVYI RIH, Ukraine, April 5 (Dnieper Daily) - Nine children were among 18 people killed when a Russian ballistic missile slammed into a residential neighbourhood of Kryvyi Rih on Friday evening, striking near a playground and a row of apartment blocks, Ukrainian officials said on Saturday.

The missile, which officials said carried a cluster warhead, exploded shortly before 7 p.m. as families were outdoors in the spring evening. More than 60 people were wounded, among them a three-month-old baby, and at least 40 were still in hospital on Saturday, regional governor Serhiy Lysak said. The toll had stood at 14 late on Friday before more victims died overnight.

The region declared three days of mourning. Kryvyi Rih is the home town of President Volodymyr Zelenskiy, who said on social media that the strike showed Russia did not want a ceasefire and posted photographs of bodies lying on a street beside a playground.

Russia's defence ministry said it had carried out a precision strike with a high-explosive warhead on a restaurant where, it said, unit commanders were meeting Western instructors, and denied targeting civilians. Ukraine's general staff dismissed that as a lie meant to cover up the killing of children. Kryvyi Rih's military administration head, Oleksandr Vilkul, said there were no military targets in the area.

Hours after the strike, a drone attack on the city set fire to several houses and injured at least one person, he said.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, civ("Ukraine", "children", "families"), wd("2025-04-04", "Friday"), None,
           KRYVYI, (14, 18), note="ballistic missile near a playground; 14 late Friday, 18 by Saturday; 60+ wounded"),
        ev("e2", REMOTE, AIR, RUS, civ("Ukraine"), "2025-04-04", P4, KRYVYI,
           note="drone attack 'hours after' (Friday night or Saturday), houses on fire, one injured"),
    ])

# ---- 5. Russian MoD statement on Kryvyi Rih -------------------------------------------------------
doc("russia-mod-kryvyi-rih-statement-2025-04-05", P4, "Northern Lights Monitor",
    "Russian defence ministry: strike on Kryvyi Rih restaurant hit commanders' meeting",
    "military press release (paraphrase)",
    """The Ministry of Defence of the Russian Federation reports:

On 4 April, a strike was carried out with a high-explosive missile on a restaurant in the city of Krivoy Rog, where a meeting of the commanders of formations and units with Western instructors was taking place. As a result of the strike, up to 85 servicemen and foreign officers were eliminated, and up to 20 vehicles were destroyed.

The ministry stresses that the Russian Armed Forces do not strike civilian objects, and statements by the Kyiv regime about civilian casualties are provocations.

Over the past day, units of the Sever group of forces inflicted defeat on formations of the Ukrainian army near Yunakovka and Khotin in the Sumy region.

Air defence means shot down during the night 26 Ukrainian fixed-wing drones over the territory of the Belgorod region and 11 over the Kursk region. Over the Black Sea, two uncrewed boats were destroyed.

The special military operation continues.

[Distributed by Northern Lights Monitor, which publishes official statements in full translation without comment.]
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, either(UKR, civ("Ukraine")), "2025-04-04", None, KRYVYI, None,
           same_as="ukraine-kryvyi-rih-wire-2025-04-05/e1",
           note="same strike in Moscow's words ('up to 85 servicemen'). Fatalities not scored: the only figure is a military claim contradicted by every other account"),
        ev("e2", BATTLES, CLASH, RUS, UKR, "2025-04-04", P4,
           place(["Yunakovka", "Yunakivka", "Sumy region", "Sumy oblast"], "UKR"), optional=True,
           note="'over the past day' near Yunakovka and Khotin; vague claim"),
        ev("e3", BATTLES, CLASH, RUS, UKR, "2025-04-04", P4,
           place(["Khotin", "Khotyn", "Sumy region", "Sumy oblast"], "UKR"), optional=True,
           note="as e2"),
        ev("e4", STRAT, DISRUPTED, RUS_AD, UKR, "2025-04-04", P4, place(["Belgorod region", "Belgorod oblast", "Belgorod"], "RUS"),
           note="26 drones shot down 'during the night'"),
        ev("e5", STRAT, DISRUPTED, RUS_AD, UKR, "2025-04-04", P4, place(["Kursk region", "Kursk oblast", "Kursk"], "RUS"),
           note="11 drones over Kursk region"),
        ev("e6", STRAT, DISRUPTED, RUS, UKR, "2025-04-04", P4, place(["Black Sea"], "UKR"), optional=True,
           note="two sea drones destroyed over the Black Sea; no country"),
    ])

# ---- 6. Mali: JNIM attacks in Kayes and elsewhere --------------------------------------------------
P6 = "2025-07-01"
doc("mali-kayes-attacks-2025-07-01", P6, "Sahel Morning Post",
    "Mali says 80 militants killed as jihadists hit towns across the west",
    "wire",
    """BAMAKO, July 1 (Sahel Morning Post) - Islamist militants launched coordinated attacks on at least seven towns and military positions in western and central Mali at dawn on Tuesday, the army said, adding that its troops had repelled the assaults and killed 80 of the attackers.

The army's general staff said the assailants struck Kayes, the regional capital near the Senegalese border, as well as Nioro du Sahel, Diboli, Sandare, Gogui, Niono and Molodo. It did not give any figure for losses among soldiers or civilians.

Residents of Kayes told the Sahel Morning Post they woke to heavy gunfire around 5 a.m. near the military camp and the residence of the regional governor, and that shooting lasted several hours. In Diboli, a town on the main road to Dakar, witnesses said several lorries were set ablaze near the customs post.

The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed responsibility for the attacks on Kayes, Diboli, Nioro du Sahel and other localities in a statement relayed by its propaganda outlet.

The west of Mali, home to gold mines and the country's main trade corridor to Senegal, had until recently been spared much of the violence that has hit the north and centre. The attacks come a month after JNIM fighters overran an army camp in Boulkessi, near the Burkina Faso border.
""",
    [
        ev("e1", BATTLES, CLASH, JNIM, MALI, wd("2025-07-01", "Tuesday"), None,
           place(["Kayes", "Kayes region"], "MLI", 14.4469, -11.4445), note="dawn attack on Kayes camp; per-town tolls not given"),
        ev("e2", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, place(["Nioro du Sahel", "Nioro", "Kayes region"], "MLI", 15.2300, -9.5900)),
        ev("e3", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, place(["Diboli", "Kayes region"], "MLI", 14.4700, -12.2000),
           note="lorries set ablaze near the customs post folded in; Diboli approximate"),
        ev("e4", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, place(["Sandare", "Sandaré", "Kayes region"], "MLI", 14.7000, -10.3000),
           note="approximate coordinates"),
        ev("e5", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, place(["Gogui", "Kayes region"], "MLI")),
        ev("e6", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, place(["Niono", "Segou region", "Ségou region"], "MLI", 14.2526, -5.9930)),
        ev("e7", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, place(["Molodo", "Segou region", "Ségou region"], "MLI", 14.2300, -6.0300),
           note="approximate coordinates"),
        ev("e8", BATTLES, CLASH, JNIM, MALI, "2025-07-01", None, None, (80, 80), optional=True,
           note="the army's total: 80 attackers killed across all towns; optional aggregate"),
        ev("e9", [BATTLES], [OVERTAKE, CLASH], JNIM, MALI, "2025-06-01", "2025-06-07",
           place(["Boulkessi", "Boulkessy", "Mopti region"], "MLI", 14.5870, -1.5800), optional=True,
           note="'a month' before: Boulkessi camp overrun (early June 2025); date vague, optional"),
    ])

# ---- 7. Djibo (garbled) ----------------------------------------------------------------------------
P7 = "2025-05-13"
DJIBO = place(["Djibo", "Soum province", "Sahel region"], "BFA", 14.1022, -1.6306)
doc("burkina-djibo-garbled-2025-05-13", P7, "AfriNewsNow Portal",
    "Burkina: jihadist carried out big offensive on Djibo town, many soldiers dead",
    "garbled",
    """Burkina Faso - Hundreds of the jihadist fighters have carried out an offensive on the town of Djibo in the northern of Burkina Faso on Sunday, killing at least 100 people, most of them are soldiers, according to the local sources and a aid worker who speak with condition of anonymity because they is not allowed to speak.

The assailants which belong to the al-Qaeda linked group JNIM was attacking several position at the same time in early morning, including the military camp and the base of special anti-terrorist unit, and also police station, the sources said it. Fighting last several hours before the jihadists withdraw.

The JNIM group was claiming they killed nearly 200 soldiers and taken weapons, claims which could not be independent verified. Videos which circulate on social media show bodies of men in uniform and burning vehicles.

The military government of Captain Ibrahim Traore, who come to power in a coup in 2022, has not made comment on the Sunday attack. Djibo has been under blockade of the jihadists since years and is supply mostly by air.

Also on Sunday another attack was reported on a army position in Sole, also in the north, but no details was available.

Leave a Comment
Source link
""",
    [
        ev("e1", BATTLES, CLASH, JNIM, either(BFA, actor("special anti-terrorist unit", "police", "Police Forces of Burkina Faso")),
           wd("2025-05-11", "Sunday"), None, DJIBO, (100, 200),
           note="several positions in Djibo; 100 (local sources) to nearly 200 (JNIM claim). High from the group's claim, a doubt"),
        ev("e2", BATTLES, CLASH, UNID, BFA, "2025-05-11", None, place(["Sole", "Solle", "Loroum province", "Nord region"], "BFA"),
           optional=True, note="attack on an army position in Sole, no details; place uncertain"),
    ])

# ---- 8. Somalia: bomb on president's convoy (brief) ----------------------------------------------
P8 = "2025-03-18"
doc("somalia-convoy-bomb-brief-2025-03-18", P8, "Horn Wire",
    "Bomb targets Somali president's convoy in Mogadishu",
    "wire brief",
    """MOGADISHU, March 18 (Horn Wire) - A roadside bomb exploded near the convoy of Somali President Hassan Sheikh Mohamud in Mogadishu on Tuesday, shortly after it left the Villa Somalia presidential compound on its way to the airport, officials said. The president was unhurt and later travelled on as planned, his office said.

Witnesses near the Dabka junction described a loud blast and gunfire from security forces. There was no official toll; a police officer said some people had been wounded, while a resident said he had seen bodies.

Al Shabaab said it was behind the attack.
""",
    [
        ev("e1", REMOTE, IED, SHABAAB, SOM, wd("2025-03-18", "Tuesday"), None,
           place(["Mogadishu", "Dabka junction", "Villa Somalia", "Banadir"], "SOM", 2.0469, 45.3182),
           note="no figure (wounded; 'bodies' unnumbered): fatalities null"),
    ])

# ---- 9. Sweida and Damascus -----------------------------------------------------------------------
P9 = "2025-07-16"
SWEIDA = place(["Sweida", "Suwayda", "As-Suwayda", "Sweida province", "Suwayda governorate"], "SYR", 32.7089, 36.5695)
DAMASCUS = place(["Damascus", "Umayyad Square", "General Staff headquarters", "defence ministry"], "SYR", 33.5138, 36.2765)
doc("syria-sweida-damascus-strikes-2025-07-16", P9, "Levant Ledger",
    "Israel bombs army headquarters in Damascus over Sweida fighting; truce announced",
    "wire",
    """DAMASCUS, July 16 (Levant Ledger) - Israeli warplanes struck the Syrian army's general staff headquarters in central Damascus on Wednesday and hit an area near the presidential palace, in what Israel said was a response to attacks by government forces on the Druze minority in the southern province of Sweida.

Smoke rose over Umayyad Square after at least two waves of strikes. Syria's health ministry said three people were killed and 34 wounded in the capital. Israeli Defence Minister Israel Katz said the "painful blows" would continue until government troops withdrew from Sweida, and the military said it had also struck tanks and armed vehicles heading towards the province.

The violence began on Sunday with kidnappings and clashes between Bedouin tribal fighters and Druze gunmen in and around Sweida city. Government forces sent in to restore order entered the city on Tuesday and fought Druze militiamen, and residents and monitors reported killings of civilians, including men shot in their homes. The Britain-based Syrian Observatory for Human Rights said more than 300 people had died since Sunday, among them Druze fighters and civilians, government soldiers and Bedouin.

Israeli jets first hit government tanks in the Sweida countryside on Monday, saying Israel would not allow harm to the Druze, whose community in Israel had pressed for action.

Late on Wednesday, the interior ministry announced a new ceasefire agreed with Druze religious leaders under which government forces would withdraw and local factions would take over security in the city. An earlier truce on Tuesday had collapsed within hours.

President Ahmed al-Sharaa's government called the strikes on Damascus a flagrant aggression.
""",
    [
        ev("e1", BATTLES, CLASH, BEDOUIN, DRUZE, wd("2025-07-13", "Sunday"), None, SWEIDA,
           note="Sunday's clashes and kidnappings between Bedouin and Druze (direction disputed)"),
        ev("e2", BATTLES, CLASH, SYR, DRUZE, wd("2025-07-15", "Tuesday"), None, SWEIDA,
           note="government forces entered Sweida city and fought Druze militias; reported killings of civilians folded in"),
        ev("e3", VAC, ATTACK, either(SYR, UNID), civ("Syria", "Druze civilians", "Druze"), "2025-07-15", P9, SWEIDA,
           optional=True, note="reported killings of civilians in their homes; a coder may fold them into e2"),
        ev("e4", REMOTE, AIR, ISR, SYR, wd("2025-07-14", "Monday"), None,
           place(["Sweida countryside", "Sweida", "Suwayda", "Sweida province"], "SYR"),
           note="first Israeli strikes on tanks in the Sweida countryside, Monday"),
        ev("e5", REMOTE, AIR, ISR, SYR, "2025-07-16", None, DAMASCUS, (3, 3), responds_to=["e2"],
           note="general staff HQ and near the palace; 'a response to attacks by government forces on the Druze'"),
        ev("e6", REMOTE, AIR, ISR, SYR, "2025-07-16", None, place(["Sweida province", "Suwayda governorate", "Sweida"], "SYR"),
           optional=True, responds_to=["e2"], note="tanks heading to the province struck; place vague"),
        ev("e7", STRAT, AGREEMENT, SYR, DRUZE, "2025-07-16", None, SWEIDA,
           note="ceasefire announced late Wednesday with Druze religious leaders"),
        ev("e8", STRAT, AGREEMENT, SYR, DRUZE, "2025-07-15", None, SWEIDA, optional=True,
           note="the earlier truce of Tuesday that collapsed"),
        ev("e9", BATTLES, CLASH, either(SYR, DRUZE, BEDOUIN), either(DRUZE, SYR, BEDOUIN), "2025-07-13", P9, SWEIDA,
           (300, 300), optional=True, note="SOHR's 'more than 300 since Sunday': aggregate"),
    ])

# ---- 10. Komanda church (DRC) ---------------------------------------------------------------------
P10 = "2025-07-28"
KOMANDA = place(["Komanda", "Irumu territory", "Ituri", "Ituri province"], "COD", 1.3667, 29.7667)
doc("drc-komanda-church-2025-07-28", P10, "Great Lakes Observer",
    "Dozens killed as rebels attack Catholic church in eastern Congo",
    "wire",
    """BUNIA, Democratic Republic of Congo, July 28 (Great Lakes Observer) - Islamic State-linked rebels stormed a Catholic church in the town of Komanda in Congo's Ituri province in the early hours of Sunday, killing worshippers who had gathered for a night vigil, local officials and the United Nations said.

A civil society leader in Komanda said 38 bodies had been recovered by Sunday evening, while the U.N. peacekeeping mission, MONUSCO, said on Monday that at least 43 people had been killed, among them 19 women and nine children. Several houses and shops near the parish were set on fire, and some of the attackers' victims were hacked to death with machetes, witnesses said.

The army spokesman in Ituri blamed the Allied Democratic Forces (ADF), a group of Ugandan origin that pledged allegiance to Islamic State and has killed thousands of civilians in eastern Congo over the past decade. He said the attackers came from a forest stronghold about 12 km away and fled before troops arrived, and described the killing as revenge for military operations that had hit the group in recent weeks.

Pope Leo expressed his sorrow over the attack and prayed for the victims, the Vatican said. MONUSCO called for the perpetrators to be brought to justice.
""",
    [
        ev("e1", VAC, ATTACK, ADF, civ("Democratic Republic of Congo", "worshippers", "Catholics", "Christians"),
           wd("2025-07-27", "Sunday"), None, KOMANDA, (38, 43),
           note="night vigil attack, 'in the early hours of Sunday'; 38 then 43. The army's 'revenge for military operations' names no dated event: no link"),
        ev("e2", STRAT, LOOT, ADF, civ("Democratic Republic of Congo"), "2025-07-26", "2025-07-27",
           KOMANDA, optional=True, note="houses and shops set on fire, folded into e1 by ACLED"),
    ])

# ---- 11. Ramot junction ---------------------------------------------------------------------------
P11 = "2025-09-08"
RAMOT = place(["Ramot Junction", "Ramot", "Jerusalem", "Ramot junction"], "ISR", 31.8117, 35.2003)
doc("israel-ramot-junction-2025-09-08", P11, "Jerusalem Morning Wire",
    "Six killed as gunmen open fire at Jerusalem bus stop",
    "wire",
    """JERUSALEM, Sept 8 (Jerusalem Morning Wire) - Six people were killed and about a dozen wounded on Monday morning when two Palestinian gunmen boarded a bus and opened fire at a crowded stop at the Ramot junction on the northern edge of Jerusalem, police and medics said.

The attackers were shot dead at the scene by an off-duty soldier and an armed civilian, police said. Among the dead were a rabbi, a yeshiva student and a man in his fifties; Magen David Adom said several of the wounded were in serious condition. Police said the gunmen used a makeshift submachine gun and had a supply of ammunition in a bag.

The army said the two men came from the villages of Qatanna and al-Qubeiba, northwest of Jerusalem in the occupied West Bank, and that troops had encircled both villages and begun searches. Defence Minister Israel Katz said the army had been ordered to act forcefully in the area.

Hamas praised the shooting as a natural response to what it called Israel's crimes in Gaza but did not say it was behind it. The attack was one of the deadliest in the city in recent years.
""",
    [
        ev("e1", VAC, ATTACK, either(UNID, actor("Palestinian gunmen", "two Palestinian gunmen", "Palestinian militants"), HAMAS),
           civ("Israel", "bus passengers", "commuters"), wd("2025-09-08", "Monday"), None, RAMOT, (8, 8),
           note="6 killed + the two gunmen shot dead at the scene (lead's convention); Hamas praised but did not claim. Hamas's 'natural response to Israel's crimes in Gaza' names no event: no link. Coded ISR (Jerusalem), a doubt for East/West"),
        ev("e2", STRAT, OTHER, ISR, civ("Palestine", "villagers"), "2025-09-08", None,
           place(["Qatanna", "Ramallah governorate", "West Bank"], "PSE", 31.8320, 35.1180), optional=True,
           note="troops encircled the village; ACLED might code a raid or nothing"),
        ev("e3", STRAT, OTHER, ISR, civ("Palestine", "villagers"), "2025-09-08", None,
           place(["al-Qubeiba", "Qubeiba", "Ramallah governorate", "West Bank"], "PSE", 31.8450, 35.1340), optional=True,
           note="as e2"),
    ])

# ---- 12. France, Bloquons tout ----------------------------------------------------------------------
P12 = "2025-09-10"
doc("france-bloquons-tout-2025-09-10", P12, "The Channel Review",
    "Hundreds arrested as 'Block Everything' protests hit France",
    "newspaper",
    """PARIS - Police arrested more than 470 people across France on Wednesday as protesters answering an online call to "block everything" tried to shut down motorways, schools and railway stations, and clashes broke out in several cities, Interior Minister Bruno Retailleau said.

About 80,000 police and gendarmes were deployed for the day of action, which began on social media over the summer in anger at planned budget cuts and was given new energy by the fall of Prime Minister Francois Bayrou's government in a confidence vote two days earlier. The interior ministry counted about 175,000 demonstrators nationwide; the CGT union put the figure at 250,000.

In Paris, riot police fired tear gas to clear groups of protesters who tried to block the ring road and the area around the Gare du Nord in the morning, and later broke up a crowd near Les Halles where bins were set on fire. Nearly 200 of the arrests were made in the capital, police said.

In Rennes, a city bus was set alight during clashes with police, and the minister said electric cables near a railway line in the southwest had been sabotaged, disrupting trains. In Nantes, officers used tear gas on demonstrators blocking a ring road junction early in the morning.

Retailleau accused a "small minority" of trying to create a climate of insurrection. Organisers said the movement had shown its strength and called for more action, and unions have called a separate strike for September 18.
""",
    [
        ev("e1", PROTESTS, [INTERVENTION, EXCESSIVE], prot("France", "Block Everything protesters", "Bloquons tout"), FRA_POL,
           wd("2025-09-10", "Wednesday"), None, place(["Paris", "Gare du Nord", "Les Halles", "Ile-de-France"], "FRA", 48.8566, 2.3522),
           note="tear gas, crowds broken up, ~200 arrests in Paris; bins set on fire. Type could be Riots for the Les Halles part",
           ),
        ev("e2", RIOTS, VIOLENT, rioters("France", "Block Everything protesters"), FRA_POL, "2025-09-10", None,
           place(["Rennes", "Brittany", "Bretagne"], "FRA", 48.1173, -1.6778), note="bus set alight during clashes"),
        ev("e3", PROTESTS, INTERVENTION, prot("France"), FRA_POL, "2025-09-10", None,
           place(["Nantes", "Pays de la Loire"], "FRA", 47.2184, -1.5536), note="tear gas at a ring road blockade"),
        ev("e4", STRAT, LOOT, UNID, None, "2025-09-10", None,
           place(["southwest France", "France"], "FRA"), optional=True,
           note="cables sabotaged near a railway line, place vague"),
        ev("e5", STRAT, ARRESTS, FRA_POL, prot("France"), "2025-09-10", None, place(["France"], "FRA"), optional=True,
           note="470+ arrests nationwide: aggregate"),
    ])
# the Paris event accepts the Riots reading too (bins set on fire)
SET.accept(0, [PROTESTS, RIOTS], [INTERVENTION, EXCESSIVE, VIOLENT])

# ---- 13. Georgia: interior ministry statement ---------------------------------------------------------
P13 = "2025-10-05"
TBILISI_PALACE = place(["Tbilisi", "Presidential Palace", "Orbeliani Palace", "Atoneli Street", "Rustaveli Avenue"], "GEO", 41.6938, 44.8015)
doc("georgia-interior-ministry-2025-10-05", P13, "Caucasus Bulletin",
    "Georgian interior ministry statement on events at the Presidential Palace",
    "police press release (paraphrase)",
    """Statement of the Ministry of Internal Affairs of Georgia (unofficial summary)

On 4 October, during a rally held in Tbilisi on the day of local self-government elections, a group of participants, on the call of the rally's organisers, moved from Rustaveli Avenue towards the Presidential Palace on Atoneli Street, broke through the metal barriers and attempted to enter the palace grounds by force. Participants set fire to barricades and threw stones, bottles and pyrotechnics at police officers.

Law enforcement officers, acting within the law, pushed the participants back from the palace using special means, including a water cannon and pepper spray, and restored public order within the territory. As a result of the violent actions, 21 employees of the Ministry were injured, three of whom were taken to hospital. Six participants of the rally also sought medical help.

The Ministry has opened an investigation under the article of the Criminal Code on calls for the violent overthrow of constitutional order and organising group violence. On 4 and 5 October, five organisers of the rally were detained, including the opera singer Paata Burchuladze. Investigative actions are continuing to identify all persons who took part in the attempted storming, and the ministry will respond to every violation with the full force of the law.

The ministry notes that the earlier part of the rally on Freedom Square and Rustaveli Avenue passed without incident.
""",
    [
        ev("e1", RIOTS, VIOLENT, rioters("Georgia", "rally participants", "opposition supporters"), GEO_POL,
           wd("2025-10-04", "Saturday"), None, TBILISI_PALACE,
           note="attempted storming of the Presidential Palace; 21 police and 6 protesters hurt, no deaths stated (null). Also accepts Protest with intervention"),
        ev("e2", STRAT, ARRESTS, GEO_POL, actor("rally organisers", "opposition leaders", "Paata Burchuladze", "Protesters (Georgia)", "protesters"),
           "2025-10-04", P13, place(["Tbilisi"], "GEO", 41.7151, 44.8271), note="five organisers detained on 4 and 5 October"),
        ev("e3", PROTESTS, PEACEFUL, prot("Georgia", "rally participants"), None, "2025-10-04", None,
           place(["Tbilisi", "Freedom Square", "Rustaveli Avenue"], "GEO", 41.6934, 44.8015), optional=True,
           note="the peaceful earlier part of the same rally; a coder may fold it into e1"),
    ])
SET.accept(0, [RIOTS, PROTESTS], [VIOLENT, INTERVENTION])

# ---- 14. Gaza, live blog -----------------------------------------------------------------------------
P14 = "2025-10-19"
RAFAH = place(["Rafah", "Rafah governorate", "Gaza Strip", "Gaza"], "PSE", 31.2968, 34.2455)
doc("gaza-rafah-strikes-liveblog-2025-10-19", P14, "Mediterranean Live",
    "Live: Israel strikes Gaza after soldiers killed in Rafah, truce under strain",
    "live blog",
    """LIVE - Gaza ceasefire under strain

1905 GMT - Hospitals in Gaza now say at least 33 people have been killed in today's Israeli strikes across the territory, including children. The earlier figure was 26.

1840 GMT - The Israeli military has named the two soldiers killed in Rafah this morning: a major and a staff sergeant from an engineering unit. It says their vehicle was hit by an anti-tank missile and then came under sniper fire.

1715 GMT - An Israeli security official says the army has begun renewed enforcement of the ceasefire after a wave of strikes carried out in response to what he called Hamas's blatant violation in Rafah. Aid deliveries through the crossings were halted earlier in the day.

1530 GMT - Witnesses in az-Zawayda in central Gaza say a strike hit a gathering near a cafe; medics at al-Aqsa hospital in Deir al-Balah report several dead. Further strikes hit Jabalia in the north and the outskirts of Khan Younis.

1300 GMT - Hamas's armed wing says it has had no contact with its units in Rafah since March and that it is committed to the truce. It says it knows nothing of any incident there.

1145 GMT - The Israeli military says it has struck targets across the Gaza Strip in response to an attack on its troops in Rafah, which it blames on Hamas. Gaza's civil defence says at least 18 people have been killed so far.

0930 GMT - Israel says gunmen fired an anti-tank missile and shot at troops operating near Rafah, in the area behind the ceasefire line. Casualties are reported.

Catch up: the ceasefire brokered by Washington took effect on October 10. Israeli troops still hold about half of the Gaza Strip, behind a so-called yellow line.
""",
    [
        ev("e1", BATTLES, CLASH, either(HAMAS, UNID), ISR, wd("2025-10-19", "Sunday"), None, RAFAH, (2, 2),
           note="anti-tank missile and sniper fire on troops near Rafah; two soldiers killed. Hamas denies; names hold both"),
        ev("e2", REMOTE, AIR, ISR, either(HAMAS, civ("Palestine")), "2025-10-19", None,
           place(["az-Zawayda", "Zawayda", "Deir al-Balah governorate", "Gaza Strip"], "PSE", 31.4429, 34.3687),
           responds_to=["e1"], note="strike near a cafe; 'several dead' (null)"),
        ev("e3", REMOTE, AIR, ISR, either(HAMAS, civ("Palestine")), "2025-10-19", None,
           place(["Jabalia", "Jabaliya", "North Gaza governorate", "Gaza Strip"], "PSE", 31.5280, 34.4830),
           responds_to=["e1"]),
        ev("e4", REMOTE, AIR, ISR, either(HAMAS, civ("Palestine")), "2025-10-19", None,
           place(["Khan Younis", "Khan Yunis", "Khan Younis governorate", "Gaza Strip"], "PSE", 31.3462, 34.3063),
           responds_to=["e1"], note="'outskirts of Khan Younis'"),
        ev("e5", REMOTE, AIR, ISR, either(HAMAS, civ("Palestine")), "2025-10-19", None,
           place(["Gaza Strip", "Gaza"], "PSE"), (18, 33), optional=True, responds_to=["e1"],
           note="strikes 'across the territory': 18, 26, then 33 dead; aggregate"),
        ev("e6", STRAT, AGREEMENT, ISR, HAMAS, "2025-10-10", None, place(["Gaza Strip", "Gaza"], "PSE"), optional=True,
           note="ceasefire took effect October 10 (background)"),
    ])

# ---- 15. El Fasher analysis ---------------------------------------------------------------------------
P15 = "2025-10-30"
FASHER = place(["El Fasher", "Al Fashir", "El-Fasher", "North Darfur", "Al Fasher"], "SDN", 13.6279, 25.3494)
SAUDI = place(["Saudi Maternity Hospital", "Saudi hospital", "El Fasher", "Al Fashir", "North Darfur"], "SDN", 13.6279, 25.3494)
doc("sudan-el-fasher-analysis-2025-10-30", P15, "The Savannah Review",
    "After 18 months of siege, El Fasher falls - and the killing begins",
    "long-form analysis",
    """ANALYSIS - When the Rapid Support Forces announced on Sunday that they had taken the headquarters of the army's 6th Infantry Division in El Fasher, they ended an 18-month siege of the last city in Darfur still held by Sudan's army. What followed, according to the United Nations, aid groups and videos posted by the fighters themselves, has been one of the worst episodes of a war that began in April 2023.

Army chief Abdel Fattah al-Burhan confirmed on Monday that his troops had withdrawn to "a safer place", saying the city's people had been subjected to systematic destruction. Thousands of civilians fled on foot towards Tawila, 60 km to the west; many told aid workers that men were separated from their families at RSF checkpoints and shot.

The World Health Organization said on Wednesday that more than 460 patients and companions had been killed at the Saudi Maternity Hospital, the last partly functioning hospital in the city, after RSF fighters entered it on Tuesday. The RSF called the reports fabricated. Yale University's Humanitarian Research Lab said satellite images showed clusters of objects consistent with bodies near the hospital and along the earthen berm the RSF built around the city.

The siege had grown tighter all year. On September 19, an RSF drone struck a mosque in the Daraja Oula neighbourhood during dawn prayers, killing at least 75 people, local officials said. On October 11, drones and shells hit the Dar al-Arqam shelter for displaced families in the west of the city, killing at least 57, among them women and children, according to a local resistance committee. Shelling of the remaining displacement sites continued through the summer, and by October the city's residents were eating animal feed.

El Fasher's fall was not the only RSF gain of the past week. At the weekend the paramilitaries also captured Bara, a town in North Kordofan on the road towards El Obeid, after heavy fighting with the army; local groups accused them of killing civilians there too.

Faced with international outrage, RSF leader Mohamed Hamdan Dagalo said on Wednesday that violations would be investigated, and on Thursday the RSF said it had arrested a fighter known as Abu Lulu, who appears in videos shooting unarmed men.

The fall of El Fasher leaves the RSF in control of all five Darfur state capitals and deepens a de facto partition of Sudan, with the army holding Khartoum, the centre and the east. Diplomats from the so-called Quad - the United States, Saudi Arabia, the United Arab Emirates and Egypt - have called for a humanitarian truce, without result.
""",
    [
        ev("e1", BATTLES, OVERTAKE, RSF, SAF, wd("2025-10-26", "Sunday"), None, FASHER,
           note="RSF takes the 6th Division HQ; the army withdrew (Burhan, Monday)"),
        ev("e2", VAC, ATTACK, RSF, civ("Sudan", "patients", "companions", "displaced people"), wd("2025-10-28", "Tuesday"), None,
           SAUDI, (460, 460), note="Saudi Maternity Hospital killings, 'more than 460' (WHO)"),
        ev("e3", VAC, ATTACK, RSF, civ("Sudan", "men", "fleeing civilians"), "2025-10-26", P15,
           place(["El Fasher", "Al Fashir", "North Darfur", "Tawila road"], "SDN"), optional=True,
           note="killings at checkpoints of people fleeing; undated series, no figure"),
        ev("e4", REMOTE, AIR, RSF, civ("Sudan", "worshippers"), "2025-09-19", None,
           place(["El Fasher", "Daraja Oula", "Al Fashir", "North Darfur"], "SDN", 13.6279, 25.3494), (75, 75),
           note="drone on a mosque at dawn prayers"),
        ev("e8", [REMOTE], [AIR, MISSILE], RSF, civ("Sudan", "displaced families", "displaced people"), "2025-10-11", None,
           place(["Dar al-Arqam", "El Fasher", "Al Fashir", "North Darfur"], "SDN", 13.6279, 25.3494), (57, 57),
           note="'drones and shells' on the Dar al-Arqam shelter: either sub-type"),
        ev("e5", BATTLES, [OVERTAKE, CLASH], RSF, SAF, "2025-10-25", "2025-10-26",
           place(["Bara", "North Kordofan"], "SDN", 13.7000, 30.3667),
           note="'at the weekend' (Saturday-Sunday before a Thursday report)"),
        ev("e6", STRAT, ARRESTS, RSF, actor("Abu Lulu", "RSF fighter", "Rapid Support Forces", "RSF"),
           wd("2025-10-30", "Thursday"), None, None, note="RSF says it arrested Abu Lulu; place not given"),
        ev("e7", BATTLES, CLASH, RSF, SAF, "2023-04-15", "2023-04-30", place(["Sudan", "Khartoum"], "SDN"), optional=True,
           note="'a war that began in April 2023'"),
    ])

# ---- 16. Negative: football derby ---------------------------------------------------------------------
P16 = "2025-03-02"
doc("sport-belgrade-derby-2025-03-02", P16, "Balkan Sports Desk",
    "Red Star blast Partizan in eternal derby to tighten grip on title",
    "sports report (negative)",
    """BELGRADE - Red Star Belgrade tore Partizan apart in the first half of Saturday's "eternal derby" and held on to win comfortably, stretching their lead at the top of the Serbian SuperLiga and all but killing off the title race.

The hosts launched wave after wave of attacks from the opening whistle. Their captain fired a low strike into the far corner after 11 minutes and the winger added a second with a curling shot from the edge of the box, leaving Partizan's back line shell-shocked and their coach fuming on the touchline.

Partizan rallied after the break, bombarding the Red Star penalty area with crosses, and their striker blasted a volley against the crossbar. But the visitors' counter-attack never found the killer pass, and Red Star's goalkeeper smothered everything that came his way.

"We went to war in the first half and won every battle," the Red Star coach said afterwards. His Partizan counterpart said his side had been "shot to pieces" early on and had only themselves to blame.

The match was played in front of a packed Rajko Mitic stadium under heavy police presence. Police said the game passed without incident, with fans of the two clubs kept apart before and after the final whistle. The teams meet again in the cup semi-final next month.
""",
    [])

if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)
