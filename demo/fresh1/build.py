"""Write demo/fresh1/docs.jsonl and demo/fresh1/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh1/build.py` (stdlib only, idempotent). Written on 2026-12-01 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (2011-2025 background, 2015-2025 main incidents) in the Middle East, North
Africa, Europe, the Caucasus and Central Asia, in our own words, written as of their `published` date, from
facts in public reporting, simplified where unsure. Outlets are fictional with `.example` URLs; quotations
are paraphrases. Not a factual reference. Gold follows shared/contract/README.md and the "Gold conventions"
of demo/README.md; every weekday relied on is asserted with `datetime`, and `check()` validates taxonomy,
dates, links and same_as before anything is written.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import WEEKDAYS, actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, IED, MISSILE, OTHER, PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC  # noqa: E402  (taxonomy names)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def last(weekday: str, published: str) -> str:
    """The most recent `weekday` on or before `published` (the convention of demo/README.md)."""
    p = d(published)
    back = (p.weekday() - WEEKDAYS.index(weekday)) % 7
    return (p - dt.timedelta(days=back)).isoformat()


SET = gold_kit.BlindSet()  # DOCS: (document, gold events, style) per report
DOCS, doc = SET.docs, SET.doc


# ---- actors -------------------------------------------------------------------------------------
TUR = actor("Military Forces of Turkey", "Turkey", "Turkish military", "Turkish armed forces", "Turkish forces",
            "Turkish jets", "Turkish warplanes", "Turkish air force", "Turkish army", "Ankara",
            "Turkish defence ministry", "Military Forces of Turkey (2016-)", code="TUR")
TUR_POLICE = actor("Police Forces of Turkey", "Turkish police", "police", "Istanbul police", "Turkey",
                   "Turkish authorities", "Police Forces of Turkey (2016-)", code="TUR")
PKK = actor("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK militants")
YPG = actor("YPG", "People's Protection Units", "SDF", "Syrian Democratic Forces", "Kurdish militants",
            "Kurdish fighters", "PKK/YPG", "Kurdish-led forces")
UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants")
IS = actor("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State (ISIS)", "jihadists", "militants")
EGY = actor("Military Forces of Egypt", "Egypt", "Egyptian military", "Egyptian army", "Egyptian air force",
            "Egyptian armed forces", "Egyptian warplanes", "Egyptian jets", "Cairo",
            "Military Forces of Egypt (2014-)", code="EGY")
LNA = actor("LNA", "Libyan National Army", "Haftar's forces", "forces loyal to Khalifa Haftar",
            "Military Forces of Libya (Haftar)", "Libyan National Army (LNA)", code="LBY")
DMSC = actor("Derna Mujahideen Shura Council", "DMSC", "Mujahideen Shura Council of Derna", "militants",
             "Islamist militants", "jihadists")


def civ(code: str, *extra):
    country = {"TUR": "Turkey", "SYR": "Syria", "EGY": "Egypt", "LBY": "Libya", "UKR": "Ukraine",
               "RUS": "Russia", "BEL": "Belgium", "GBR": "United Kingdom", "KGZ": "Kyrgyzstan",
               "TJK": "Tajikistan", "KAZ": "Kazakhstan", "TUN": "Tunisia", "KWT": "Kuwait", "FRA": "France",
               "PSE": "Palestine", "ISR": "Israel", "IRQ": "Iraq"}[code]
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "passers-by", "residents",
                 *extra)


COPTS = civ("EGY", "Coptic Christians", "Copts", "Christians", "worshippers", "pilgrims")

# ---- 1. Istanbul, Istiklal Avenue --------------------------------------------------------------
P1 = "2022-11-14"
ISTIKLAL = place(["Istiklal Avenue", "Istiklal Caddesi", "Istiklal", "Beyoglu", "Taksim", "Istanbul"],
                 "TUR", 41.0335, 28.9779)
doc("turkey-istiklal-bombing-2022-11-14", P1, "Bosphorus Ledger",
    "Six killed in blast on Istanbul's busiest shopping street; Syrian woman detained",
    "wire",
    """ISTANBUL, Nov 14 (Bosphorus Ledger) - Turkish police have detained a Syrian woman suspected of planting the bomb that tore through Istanbul's crowded Istiklal Avenue on Sunday afternoon, killing six people and wounding 81, Interior Minister Suleyman Soylu said on Monday.

The explosion went off at about 4:20 p.m. (1320 GMT) near the middle of the pedestrian street, which runs from Taksim Square through the Beyoglu district and was packed with weekend shoppers and tourists. Video shared on social media showed people running as smoke and debris filled the air; several bodies lay on the cobblestones before ambulances arrived.

Among the dead were a father and his nine-year-old daughter and a 15-year-old girl, relatives told local media. Health officials said on Monday that five of the wounded were in intensive care, two of them in a critical condition.

Soylu said the suspect, whom police named as Ahlam Albashir, was picked up in an overnight raid on an apartment in the Kucukcekmece district on the city's western edge. He said she had confessed to acting on the orders of the Kurdistan Workers' Party (PKK) and had been trained by Syrian Kurdish militants, entering Turkey illegally through the northwestern Syrian town of Afrin. Police detained 46 people in all, he said.

"We assess that the order for the attack was given from Kobani," Soylu told reporters, referring to the Kurdish-held Syrian town on the border. The PKK and the Kurdish-led Syrian Democratic Forces (SDF) both denied any role. The SDF's commander said his forces had "no connection" to the blast.

Soylu also said Ankara would not accept a condolence message from the US embassy, comparing it to "a killer being among the first to show up at a crime scene", a reference to Washington's support for the SDF. President Tayyip Erdogan, speaking before leaving for the G20 summit in Indonesia, had called the bombing a "vile attack" and promised that those responsible would be punished.

The attack revived memories of a wave of bombings that hit Turkey in 2015 and 2016. In March 2016, a suicide bomber linked by officials to Islamic State killed four people on the same avenue, and on June 28 that year gunmen and suicide bombers attacked Istanbul's Ataturk Airport, killing 45 people.

No group had claimed Sunday's blast by Monday evening. Police cordoned off the area overnight, but by Monday morning shops had reopened and people were leaving red carnations at the spot where the bomb went off.
""",
    [
        ev("e1", REMOTE, [IED, SUICIDE], either(PKK, UNID, actor("Ahlam Albashir")), civ("TUR", "shoppers", "tourists"),
           wd("2022-11-13", "Sunday"), None, ISTIKLAL, (6, 6), note="Sunday's bomb on Istiklal Avenue, 6 dead, 81 wounded (PKK blamed, denied)"),
        ev("e2", STRAT, ARRESTS, TUR_POLICE, actor("Ahlam Albashir", "suspect", "Syrian woman", "civilians"),
           "2022-11-13", P1, place(["Kucukcekmece", "Küçükçekmece", "Istanbul"], "TUR", 41.0000, 28.7800),
           note="overnight raid detaining the suspect (46 detained in all)"),
        ev("e3", REMOTE, SUICIDE, IS, civ("TUR", "tourists"), "2016-03-01", "2016-03-31", ISTIKLAL, (5, 5),
           note="March 2016 suicide bombing on the same avenue: a suicide bomber killed four, + the bomber = 5"),
        ev("e4", [REMOTE, VAC], [SUICIDE, ATTACK], either(IS, UNID, actor("suicide bombers")),
           civ("TUR", "travellers", "passengers"), "2016-06-28", None,
           place(["Ataturk Airport", "Atatürk Airport", "Istanbul Ataturk Airport", "Istanbul"], "TUR", 40.9769, 28.8146),
           (45, 45), note="airport attack of 28 June 2016; perpetrator not named in the text. Type accepts both readings"),
    ])

# ---- 2. Operation Claw-Sword ------------------------------------------------------------------
P2 = "2022-11-21"
doc("turkey-claw-sword-strikes-2022-11-21", P2, "Levant Dispatch",
    "Turkey bombs Kurdish militants in Syria and Iraq, rockets kill two in border town",
    "wire",
    """ANKARA/QAMISHLI, Nov 21 (Levant Dispatch) - Turkish warplanes pounded Kurdish militant positions across northern Syria and northern Iraq overnight into Sunday in what Ankara called retaliation for last week's deadly bombing in Istanbul, and on Monday rockets fired from Syria killed two people in a Turkish border town.

The defence ministry said the air operation, named Claw-Sword, destroyed 89 targets, including shelters, tunnels and ammunition depots belonging to the PKK and the Syrian Kurdish YPG militia, and "neutralised" dozens of militants. It posted a video of a jet taking off at night with the caption "the hour of reckoning".

"The treacherous attack in Istiklal Avenue has been answered," the ministry said, referring to the November 13 explosion that killed six people and wounded 81. Turkey blames the PKK and the YPG for that attack; both have denied it.

In Syria, the strikes hit villages around Kobani, the Derik (al-Malikiyah) area near the Iraqi border and the Tal Rifaat district north of Aleppo, according to the Kurdish-led Syrian Democratic Forces (SDF). The SDF said 11 civilians and a journalist were among the dead. A Britain-based war monitor put the toll at 31, including SDF fighters and at least a dozen Syrian government soldiers stationed in the area. In Iraq, the ministry said the jets struck PKK hideouts in the Qandil mountains and the Asos region.

SDF commander Mazloum Abdi warned that a "big war" would affect everyone and said his forces would not remain silent, but an SDF spokesman denied on Monday that the group had fired at Turkish territory.

Around midday on Monday, several rockets slammed into Karkamis, a town in Gaziantep province facing the Syrian town of Jarablus, hitting a school, a house and a truck. The Gaziantep governor's office said two people, a teacher and a five-year-old child, were killed and at least ten wounded; a health official said in the evening that a third person had died in hospital. Schools were closed and residents were told to stay indoors.

The defence ministry said its artillery returned fire on the positions from which the rockets were launched, without saying where they were.

Erdogan, returning from a summit in Qatar, said the air operation was "not limited to" air strikes and that the army and intelligence would decide when ground forces should join. Russia urged Ankara to show restraint; Washington said it had "serious concerns" about the strikes' effect on the fight against Islamic State.
""",
    [
        ev("e1", REMOTE, AIR, TUR, YPG, "2022-11-19", "2022-11-20",
           place(["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"], "SYR", 36.8913, 38.3536),
           responds_to=["turkey-istiklal-bombing-2022-11-14/e1"], note="strikes around Kobani overnight into Sunday"),
        ev("e2", REMOTE, AIR, TUR, YPG, "2022-11-19", "2022-11-20",
           place(["Derik", "al-Malikiyah", "Al-Malikiyah", "Malikiyah", "Hasakah"], "SYR", 37.0433, 42.0708),
           responds_to=["turkey-istiklal-bombing-2022-11-14/e1"], note="strikes in the Derik area"),
        ev("e3", REMOTE, AIR, TUR, YPG, "2022-11-19", "2022-11-20",
           place(["Tal Rifaat", "Tell Rifaat", "Tal Rifat", "Aleppo"], "SYR", 36.4731, 37.0975),
           responds_to=["turkey-istiklal-bombing-2022-11-14/e1"], note="strikes in the Tal Rifaat district"),
        ev("e4", REMOTE, AIR, TUR, PKK, "2022-11-19", "2022-11-20",
           place(["Qandil mountains", "Qandil", "Kandil", "Iraqi Kurdistan", "northern Iraq"], "IRQ"),
           responds_to=["turkey-istiklal-bombing-2022-11-14/e1"], note="PKK hideouts in Qandil"),
        ev("e5", REMOTE, AIR, TUR, PKK, "2022-11-19", "2022-11-20",
           place(["Asos", "Asos region", "Sulaymaniyah", "northern Iraq"], "IRQ"),
           responds_to=["turkey-istiklal-bombing-2022-11-14/e1"], note="PKK hideouts in the Asos region"),
        ev("e6", REMOTE, MISSILE, either(YPG, PKK, UNID), civ("TUR", "a teacher", "a child"),
           wd(P2, "Monday"), None,
           place(["Karkamis", "Karkamış", "Gaziantep"], "TUR", 36.8344, 37.9986), (2, 3),
           note="rockets on Karkamis Monday, 2 then 3 dead; Turkey blames, SDF denies"),
        ev("e7", REMOTE, MISSILE, TUR, YPG, P2, None, place(["northern Syria", "Syria"], "SYR"),
           responds_to=["e6"], optional=True, note="artillery returns fire, no place given"),
        ev("e8", REMOTE, [IED, SUICIDE], either(PKK, YPG, UNID), civ("TUR"), "2022-11-13", None, ISTIKLAL, (6, 6),
           same_as="turkey-istiklal-bombing-2022-11-14/e1", note="the Istiklal bombing recalled"),
        ev("e9", REMOTE, AIR, TUR, YPG, "2022-11-19", "2022-11-20", place(["northern Syria", "Syria"], "SYR"),
           (12, 31), optional=True, responds_to=["turkey-istiklal-bombing-2022-11-14/e1"],
           note="aggregate over the Syrian strikes: SDF 11 civilians + a journalist, monitor 31"),
        tally("t1", TUR, either(PKK, YPG), "2022-11-19", "2022-11-20", place(["northern Syria", "northern Iraq"], "SYR"),
              89, optional=True, note="89 targets destroyed: a count of targets, not of incidents"),
    ])

# ---- 3. Minya bus attack --------------------------------------------------------------------------
P3 = "2017-05-26"
MINYA = place(["Minya", "Minya province", "al-Minya", "El Minya", "Maghagha", "Monastery of St Samuel",
               "St Samuel the Confessor monastery", "Upper Egypt"], "EGY")
doc("egypt-minya-bus-attack-2017-05-26", P3, "Nile Valley Post",
    "Gunmen kill at least 26 Copts travelling to desert monastery",
    "wire",
    """CAIRO, May 26 (Nile Valley Post) - Masked gunmen opened fire on a bus and a pick-up truck carrying Coptic Christians to a remote monastery in Egypt's Minya province on Friday, killing at least 26 people, many of them children, and wounding 25, officials said.

The attackers, travelling in three four-wheel-drive vehicles, stopped the convoy on a desert road leading to the monastery of St Samuel the Confessor, about 220 km (140 miles) south of Cairo, and sprayed it with automatic fire, witnesses and a local governor said. Some passengers were ordered off the bus and shot, according to a priest who spoke to survivors.

The health ministry gave an initial toll of 26 dead; by the evening the provincial governor put it at 28. Images from the scene showed the bus with its windows shattered and bodies covered with sheets lying in the sand. The wounded were taken to hospitals in Maghagha and Beni Suef.

There was no immediate claim of responsibility. Islamic State's Egyptian affiliate has claimed a string of attacks on the Christian minority, which makes up about a tenth of the country's 92 million people, and has vowed more.

On April 9, Palm Sunday, suicide bombers struck St George's church in the Nile Delta city of Tanta and St Mark's cathedral in Alexandria, killing 28 and 17 people respectively. Both bombings were claimed by Islamic State, and President Abdel Fattah al-Sisi declared a three-month state of emergency the same day. In December, a bomber killed 29 worshippers at a chapel next to St Mark's cathedral in Cairo.

Sisi convened his security council on Friday afternoon. State television said he would address the nation later in the evening, and a presidential spokesman said Egypt would "not hesitate" to strike at those who planned such crimes "inside or outside the country".

The Coptic Orthodox Church, whose leader Pope Tawadros II hosted Pope Francis in Cairo less than a month ago, said it was grieving "the martyrs" and urged calm. Al-Azhar, the seat of Sunni learning, condemned the attack as aimed at dividing Egyptians.

"They let the men step down one by one and then they shot them," a relative of one of the victims told a local television channel from outside a hospital in Minya. "Even the children were not spared."
""",
    [
        ev("e1", VAC, ATTACK, either(UNID, IS), COPTS, wd(P3, "Friday"), None, MINYA, (26, 28),
           note="Friday's attack on the convoy, 26 (ministry) to 28 (governor) dead, 25 wounded"),
        ev("e2", REMOTE, SUICIDE, IS, COPTS, wd("2017-04-09", "Sunday"), None,
           place(["Tanta", "St George's church", "Gharbia"], "EGY", 30.7865, 31.0004), (28, 28),
           note="Palm Sunday bombing in Tanta"),
        ev("e3", REMOTE, SUICIDE, IS, COPTS, "2017-04-09", None,
           place(["Alexandria", "St Mark's cathedral"], "EGY", 31.2001, 29.9187), (17, 17),
           note="Palm Sunday bombing in Alexandria"),
        ev("e4", REMOTE, [SUICIDE, IED], either(IS, UNID), COPTS, "2016-12-01", "2016-12-31",
           place(["Cairo", "St Mark's cathedral", "Abbasiya"], "EGY", 30.0444, 31.2357), (29, 29),
           note="'In December' chapel bombing in Cairo (the bomber is not attributed in the text)"),
    ])

# ---- 4. Egyptian strikes on Derna ---------------------------------------------------------------
P4 = "2017-05-27"
DERNA = place(["Derna", "Darnah", "Derna, Libya", "eastern Libya"], "LBY", 32.7667, 22.6367)
doc("libya-derna-egypt-strikes-2017-05-27", P4, "Sahel and Sea Observer",
    "Egypt bombs militant camps in Libya after massacre of Christians",
    "newspaper",
    """Egyptian fighter jets struck targets in the eastern Libyan city of Derna late on Friday, hours after gunmen killed 29 Coptic Christians on their way to a monastery south of Cairo, and the military said on Saturday that the raids would continue.

In a televised speech on Friday night, President Abdel Fattah al-Sisi said the air force had hit "terrorist training camps" where the attackers had been prepared, and that Egypt "will not hesitate" to strike such camps wherever they are, in Egypt or abroad. The army released footage of jets being loaded with bombs and taking off at dusk.

The strikes were carried out in response to the attack in Minya province, the military said, describing six raids on sites in and around Derna, a coastal city 280 km (175 miles) from the Egyptian border that has been held for years by an alliance of Islamist fighters.

The group that controls the city, the Derna Mujahideen Shura Council, said the jets hit a former military compound and residential areas on the outskirts, and denied having any link with Islamic State, which it fought and expelled from the city in 2015. A local medical source said there were injuries but gave no figures.

On Saturday, the Libyan National Army of commander Khalifa Haftar, which is allied with Cairo, said its own aircraft had joined new Egyptian raids on Derna in the morning. An LNA spokesman said the joint strikes also targeted militant positions near Hun, in the central Jufra region, which it says is used to move fighters and weapons.

Islamic State claimed the Minya massacre on Saturday through its Amaq news agency, saying its "soldiers" had carried it out. The Health Ministry raised the toll to 29 dead overnight; most of the victims were from the village of Dayr al-Jarnous, and several were children.

Egypt's foreign minister told an Arab League meeting that his country would take whatever measures were needed to protect its citizens. Analysts said the strikes were as much about reassuring a frightened Christian community as about the militants in Derna. "Bombing Derna is an answer people can see," said a Cairo-based security researcher. "It does not tell us who organised Friday's attack or how they moved 200 km through the desert unnoticed."

Egypt last struck Libya openly in February 2015, after Islamic State militants released a video showing the beheading of 21 mostly Egyptian Christian workers on a beach in Sirte. Those raids also hit Derna.

Funerals for the victims were held on Saturday in Minya amid tight security. Relatives chanted against the interior ministry and accused the state of failing to protect them.
""",
    [
        ev("e1", REMOTE, AIR, EGY, DMSC, wd("2017-05-26", "Friday"), None, DERNA,
           responds_to=["egypt-minya-bus-attack-2017-05-26/e1"],
           note="Friday night raids on Derna in response to the Minya attack (injuries, no figure)"),
        ev("e2", REMOTE, AIR, either(EGY, LNA), DMSC, P4, None, DERNA,
           note="Saturday morning joint raids on Derna (the text links only Friday's raids explicitly)"),
        ev("e3", REMOTE, AIR, either(EGY, LNA), actor("militants", "Islamist militants"), P4, None,
           place(["Hun", "Houn", "Jufra", "al-Jufra", "Jufra region"], "LBY", 29.1268, 15.9477),
           note="Saturday joint strikes near Hun, Jufra (LNA's claim)"),
        ev("e4", VAC, ATTACK, IS, COPTS, "2017-05-26", None, MINYA, (29, 29),
           same_as="egypt-minya-bus-attack-2017-05-26/e1", note="Minya attack recalled, 29 dead, IS claims"),
        ev("e5", VAC, ATTACK, IS, civ("EGY", "Egyptian Christian workers", "Coptic workers", "Christians"),
           "2015-01-01", "2015-02-28", place(["Sirte", "Sirt"], "LBY", 31.2089, 16.5887), (21, 21),
           optional=True, note="beheading of 21 workers shown in a February 2015 video; date of the killing not given"),
        ev("e6", REMOTE, AIR, EGY, IS, "2015-02-01", "2015-02-28", DERNA,
           note="February 2015 Egyptian raids that 'also hit Derna' ('after' the video: no explicit link)"),
        ev("e7", PROTESTS, "Peaceful protest", actor("Protesters (Egypt)", "relatives", "mourners", "Copts"),
           None, P4, None, MINYA, optional=True,
           note="relatives chanting at the funerals; a careful coder might not code it"),
    ])

# ---- 5. Rawda mosque (brief) ---------------------------------------------------------------------
P5 = "2017-11-25"
RAWDA = place(["al-Rawda", "Rawda", "Al-Rawda mosque", "Bir al-Abed", "Bir al-Abd", "North Sinai", "Sinai"], "EGY")
doc("egypt-rawda-mosque-brief-2017-11-25", P5, "Meridian Wire",
    "Egypt raises Sinai mosque toll to 305",
    "wire brief",
    """CAIRO, Nov 25 (Meridian) - Egypt's public prosecutor said on Saturday that 305 people, including 27 children, were killed when militants bombed and then shot at worshippers in a mosque in North Sinai during Friday prayers, the deadliest attack in the country's modern history. Another 128 were wounded.

Between 25 and 30 gunmen, some carrying an Islamic State flag, attacked al-Rawda mosque near Bir al-Abed, west of El Arish. The military said aircraft had tracked down and destroyed several vehicles used by the attackers in response, killing those inside. No group has claimed responsibility.
""",
    [
        ev("e1", [VAC, REMOTE], [ATTACK, IED], either(IS, UNID), civ("EGY", "worshippers", "Sufi worshippers"),
           wd("2017-11-24", "Friday"), None, RAWDA, (305, 305),
           note="Friday's mosque attack, bomb then gunfire; 305 dead (one figure)"),
        ev("e2", REMOTE, AIR, EGY, either(IS, UNID), "2017-11-24", P5,
           place(["North Sinai", "Sinai", "Bir al-Abed"], "EGY"), responds_to=["e1"],
           note="air force destroys the attackers' vehicles in response; those inside killed, no figure"),
    ])

# ---- 6. Makiivka -----------------------------------------------------------------------------------
RUS = actor("Military Forces of Russia", "Russia", "Russian military", "Russian forces", "Russian army",
            "Russian troops", "Russian defence ministry", "Russian Defence Ministry", "Moscow", "Kremlin",
            "Military Forces of Russia (2000-)", code="RUS")
UKR = actor("Military Forces of Ukraine", "Ukraine", "Ukrainian military", "Ukrainian forces", "Ukrainian army",
            "Ukrainian troops", "Ukrainian armed forces", "Kyiv", "Ukraine's armed forces",
            "Military Forces of Ukraine (2019-)", code="UKR")
UKR_AIR = actor("Military Forces of Ukraine", "Ukraine", "Ukrainian air defences", "Ukraine's air force",
                "Ukrainian air force", "air defence", "Ukrainian military", "Military Forces of Ukraine (2019-)",
                code="UKR")
P6 = "2023-01-04"
MAKIIVKA = place(["Makiivka", "Makeyevka", "Makiyivka", "Donetsk", "Donetsk region"], "UKR", 48.0478, 37.9258)
KYIV = place(["Kyiv", "Kiev"], "UKR", 50.4501, 30.5234)
doc("ukraine-makiivka-toll-2023-01-04", P6, "Danube Courier",
    "Russia raises Makiivka toll to 89, blames soldiers' mobile phones",
    "wire",
    """KYIV/MOSCOW, Jan 4 (Danube Courier) - Russia's defence ministry said on Wednesday that 89 of its servicemen were killed when Ukrainian rockets hit a building housing newly mobilised troops in the occupied city of Makiivka, raising a toll it had put at 63 two days earlier, and blamed the soldiers' own use of mobile phones for giving away their position.

The strike, in the first minutes of New Year's Day, destroyed most of a former vocational college in Makiivka, a city next to Donetsk in eastern Ukraine. It is the deadliest single attack on Russian troops that Moscow has acknowledged since the start of its invasion in February.

The ministry said four rockets from US-supplied HIMARS launchers hit the building; two more were shot down. "It is already obvious that the main reason ... was the switching on and massive use, contrary to a ban, of mobile phones by personnel," Lieutenant General Sergei Sevryukov said in a video statement, adding that the regiment's deputy commander was among the dead.

Ukraine's military has given a much higher figure. Its general staff said on Sunday that about 400 mobilised Russians had been killed and some 300 wounded, a claim that could not be independently verified.

The admission set off a rare wave of public anger in Russia. Pro-war military bloggers said the men had been housed next to an ammunition store and accused commanders of incompetence; some demanded that officers be put on trial. Vigils were held in Samara, the region many of the dead came from.

Russia has answered with more strikes on Ukrainian cities. On Saturday, New Year's Eve, a wave of missiles hit Kyiv and other cities, killing one man in the capital and wounding more than 20 people, among them a Japanese journalist, officials said. Overnight, as Ukrainians saw in the new year, Ukraine's air force said it shot down all 45 Iranian-made Shahed drones launched at the country, most of them aimed at Kyiv. Debris damaged an energy facility and injured a man in the capital, the city's mayor said.

President Volodymyr Zelenskiy said in his nightly address that Moscow was planning a prolonged drone campaign to "exhaust" Ukraine and its air defences. "We must ensure, and we will ensure, that this goal of the terrorists fails," he said.

The Kremlin has not commented on calls inside Russia to punish those responsible for Makiivka. State television, which rarely reports Russian losses, covered the ministry's statement briefly and moved on.
""",
    [
        ev("e1", REMOTE, MISSILE, UKR, RUS, "2022-12-31", "2023-01-01", MAKIIVKA, (63, 400),
           note="HIMARS strike on New Year's Day: Russia 63 then 89, Ukraine about 400; low the first official figure"),
        ev("e2", REMOTE, MISSILE, RUS, civ("UKR"), wd("2022-12-31", "Saturday"), None, KYIV, (1, 1),
           note="New Year's Eve missiles on Kyiv, one killed, 20+ wounded"),
        ev("e3", REMOTE, MISSILE, RUS, civ("UKR"), "2022-12-31", None, place(["Ukraine"], "UKR"), optional=True,
           note="'and other cities': placeless"),
        ev("e4", STRAT, "Disrupted weapons use", UKR_AIR, RUS, "2022-12-31", "2023-01-01",
           place(["Kyiv", "Kiev", "Ukraine"], "UKR", 50.4501, 30.5234), (0, 0),
           note="45 Shahed drones shot down on New Year's night, mostly over Kyiv (debris injured one man)"),
        ev("e6", STRAT, "Disrupted weapons use", RUS, UKR, "2022-12-31", "2023-01-01", MAKIIVKA, optional=True,
           note="two HIMARS rockets shot down (Russian claim), a component of e1"),
        ev("e5", PROTESTS, "Peaceful protest", actor("Protesters (Russia)", "mourners", "relatives", "civilians"),
           None, "2023-01-02", P6, place(["Samara"], "RUS", 53.1959, 50.1002), optional=True,
           note="vigils in Samara, undated"),
    ])

# ---- 7. Kramatorsk "retaliation" ----------------------------------------------------------------------
P7 = "2023-01-09"
KRAMATORSK = place(["Kramatorsk", "Donetsk region"], "UKR", 48.7233, 37.5564)
doc("ukraine-kramatorsk-retaliation-claim-2023-01-09", P7, "Steppe Telegraph",
    "Russia claims 600 killed in 'revenge' strike; no sign of dead in Kramatorsk",
    "wire",
    """KRAMATORSK, Ukraine, Jan 9 (Steppe Telegraph) - Russia said on Sunday it had killed more than 600 Ukrainian soldiers in a missile strike on two dormitories in the eastern city of Kramatorsk, calling it retaliation for the Ukrainian attack on its troops in Makiivka on New Year's Day. In Kramatorsk, there was no sign of anything like that.

The defence ministry in Moscow said the strike on Sunday hit "temporary deployment points" where more than 1,300 Ukrainian servicemen were staying, and that it was carried out in response to the "criminal" strike on Makiivka, where Russia says 89 of its soldiers died.

Reporters who visited the two buildings on Monday found windows blown out and craters in a courtyard, but no bodies, blood or evidence that soldiers had been living there. Neither building had been hit directly. Kramatorsk mayor Oleksandr Honcharenko said the Russian missiles hit a school and an industrial site as well as the dormitories, and that no one had been killed or injured.

A spokesman for Ukraine's eastern military command, Serhiy Cherevatyi, called the Russian claim "another piece of propaganda". Ukraine's military earlier said about 400 Russians were killed in Makiivka; Moscow has admitted 89.

The strike came hours after the end of a 36-hour truce that President Vladimir Putin had declared unilaterally for Orthodox Christmas, from midday on Friday to the end of Saturday. Kyiv rejected it as a ploy to let Russian forces regroup, and both sides accused each other of continuing to shell front-line positions throughout the holiday.

Kramatorsk, the largest city still under Ukrainian control in the Donetsk region, is about 25 km (15 miles) from the front line and serves as a hub for Ukraine's forces in the east. Residents have grown used to nightly strikes, but the Russian statement drew scorn in the city. "Six hundred? Look around, you would see ambulances everywhere," said a man sweeping glass outside one of the dormitories.

Military analysts said the claim was likely aimed at a domestic audience angered by the Makiivka losses. Russia's ministry did not provide evidence for its figure.

Further east, fighting continued around Bakhmut and Soledar, where Ukraine's military said its forces were holding off wave after wave of attacks by Russian troops and fighters of the Wagner private army.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, either(UKR, civ("UKR")), wd("2023-01-08", "Sunday"), None, KRAMATORSK, (0, 0),
           responds_to=["ukraine-makiivka-toll-2023-01-04/e1"],
           note="Sunday's strike, claimed as retaliation for Makiivka; Russia says 600, the mayor says no one killed"),
        ev("e2", REMOTE, MISSILE, UKR, RUS, "2022-12-31", "2023-01-01", MAKIIVKA, (89, 400),
           same_as="ukraine-makiivka-toll-2023-01-04/e1", note="Makiivka recalled: Moscow 89, Ukraine about 400"),
        ev("e3", STRAT, [OTHER, AGREEMENT], RUS, None, wd("2023-01-05", "Thursday"), "2023-01-07",
           place(["Ukraine"], "UKR"), optional=True,
           note="unilateral Christmas truce declared and observed 6-7 January; ACLED might code the declaration"),
        ev("e4", BATTLES, CLASH, either(RUS, actor("Wagner Group", "Wagner", "Wagner private army")), UKR,
           "2023-01-08", P7, place(["Bakhmut", "Artemivsk", "Donetsk region"], "UKR", 48.5956, 38.0003), optional=True,
           note="continued fighting around Bakhmut, undated ('continued')"),
        ev("e5", BATTLES, CLASH, either(RUS, actor("Wagner Group", "Wagner")), UKR, "2023-01-08", P7,
           place(["Soledar", "Donetsk region"], "UKR", 48.6833, 38.0667), optional=True,
           note="continued fighting around Soledar, undated"),
    ])

# ---- 8. Dagestan ------------------------------------------------------------------------------------------
P8 = "2024-06-24"
RUS_POLICE = actor("Police Forces of Russia", "police", "Russian police", "police officers", "traffic police",
                   "security forces", "Russian security forces", "Police Forces of Russia (2000-)", code="RUS")
GUNMEN_DAG = actor("unidentified armed group", "gunmen", "militants", "attackers", "Islamic State", "IS",
                   "Islamic State - Caucasus Province", "Wilayat Kavkaz", "sleeper cells", "Islamist militants")
doc("russia-dagestan-attacks-2024-06-24", P8, "Caspian Herald",
    "Gunmen kill priest and police in attacks on churches and synagogues in Dagestan",
    "wire",
    """MAKHACHKALA, Russia, June 24 (Caspian Herald) - Gunmen attacked two Orthodox churches, two synagogues and a police post in Russia's mostly Muslim region of Dagestan on Sunday evening, killing at least 15 police officers and four civilians, among them an elderly Orthodox priest, officials said on Monday.

The attacks began almost simultaneously in the ancient city of Derbent on the Caspian coast and in the regional capital Makhachkala, some 120 km to the north, as Orthodox Christians were marking the feast of Pentecost. In Derbent, the attackers set fire to the Kele-Numaz synagogue and stormed the Church of the Intercession, where they killed Father Nikolai Kotelnikov, 66, and a church guard. In Makhachkala, they opened fire on a traffic police post and on a cathedral, triggering gun battles that lasted late into the night.

The Investigative Committee said six attackers had been "liquidated", five in Makhachkala and one in Derbent. Among them, according to Russian media, were two sons and a nephew of Magomed Omarov, the head of Dagestan's Sergokala district, who was detained on Monday and expelled from the ruling United Russia party.

Dagestan's leader Sergei Melikov declared three days of mourning and said the attacks were the work of "sleeper cells" controlled from abroad. He said, without giving evidence, that Ukraine and NATO countries were behind efforts to destabilise the region, an accusation Kyiv has not addressed. Islamic State's Caucasus branch praised the "brothers of the Caucasus" on its channels but did not explicitly claim the attacks.

Russian officials said the synagogue in Derbent, one of the oldest in the region, was almost completely destroyed by the fire; no worshippers were inside at the time. The Federation of Jewish Communities of Russia said the Makhachkala synagogue was also burned.

The attacks were the deadliest in Dagestan in years, and recalled tensions that have flared repeatedly in the region. On October 29 last year, hundreds of men stormed the airport in Makhachkala looking for Jewish passengers on a flight arriving from Tel Aviv, overrunning the runway and attacking a plane; about 20 people were injured, none fatally. Eight days ago, inmates linked to Islamic State took two guards hostage in a pre-trial detention centre in Rostov-on-Don; special forces stormed the building and killed all six hostage-takers.

President Vladimir Putin has not commented publicly. Kremlin spokesman Dmitry Peskov said on Monday there was no "return" of the terrorism of the 1990s and 2000s and that the security services were working.

The Russian Orthodox Church said services in the region would continue under heavy guard. "We will not close our churches," a priest at the Makhachkala cathedral told reporters on Monday.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], GUNMEN_DAG,
           either(civ("RUS", "a priest", "Father Nikolai Kotelnikov", "worshippers", "Christians", "Jews"), RUS_POLICE),
           wd("2024-06-23", "Sunday"), None,
           place(["Derbent", "Kele-Numaz synagogue", "Church of the Intercession", "Dagestan"], "RUS", 42.0577, 48.2889),
           note="Derbent: synagogue burned, church stormed, priest and guard killed; per-city toll not given"),
        ev("e2", [BATTLES, VAC], [CLASH, ATTACK], GUNMEN_DAG, either(RUS_POLICE, civ("RUS")), "2024-06-23", "2024-06-24",
           place(["Makhachkala", "Dagestan"], "RUS", 42.9849, 47.5047),
           note="Makhachkala: police post and cathedral, gun battles late into the night"),
        ev("e3", BATTLES, CLASH, GUNMEN_DAG, RUS_POLICE, "2024-06-23", "2024-06-24",
           place(["Dagestan", "Republic of Dagestan"], "RUS"), (19, 25), optional=True,
           note="aggregate over both cities: 15 police + 4 civilians; + 6 attackers = 25"),
        ev("e4", STRAT, ARRESTS, actor("Police Forces of Russia", "Russian authorities", "investigators",
                                       "Investigative Committee", "Russia", code="RUS"),
           actor("Magomed Omarov", "head of Sergokala district", "district head"), P8, None,
           place(["Dagestan", "Sergokala", "Makhachkala"], "RUS"),
           note="the district head detained on Monday"),
        ev("e5", RIOTS, "Mob violence", actor("Rioters (Russia)", "rioters", "mob", "men", "crowd"),
           civ("RUS", "Jewish passengers", "passengers"), wd("2023-10-29", "Sunday"), None,
           place(["Makhachkala airport", "Uytash airport", "Makhachkala"], "RUS", 42.8168, 47.6523), (0, 0),
           note="airport storming of 29 October 2023, about 20 injured, none fatally"),
        ev("e6", [BATTLES, VAC], [CLASH, "Abduction/forced disappearance"],
           actor("Police Forces of Russia", "special forces", "Russian special forces", "Russia", code="RUS"),
           actor("inmates", "Islamic State", "IS", "hostage-takers", "prisoners"),
           wd("2024-06-16", "Sunday"), None,
           place(["Rostov-on-Don", "Rostov", "Rostov pre-trial detention centre"], "RUS", 47.2357, 39.7015), (6, 6),
           note="'eight days ago': hostage-taking ended by storming, six killed; either the storming or the hostage-taking"),
    ])

# ---- 9. Kyrgyzstan-Tajikistan border -------------------------------------------------------------------
P9 = "2022-09-17"
KGZ = actor("Military Forces of Kyrgyzstan", "Kyrgyzstan", "Kyrgyz forces", "Kyrgyz border guards", "Kyrgyz troops",
            "Kyrgyz military", "Kyrgyz army", "Bishkek", "Military Forces of Kyrgyzstan (2021-)", code="KGZ")
TJK = actor("Military Forces of Tajikistan", "Tajikistan", "Tajik forces", "Tajik border guards", "Tajik troops",
            "Tajik military", "Tajik army", "Dushanbe", "Military Forces of Tajikistan (1994-)", code="TJK")
BATKEN = place(["Batken", "Batken region", "Batken province"], "KGZ", 40.0628, 70.8194)
BATKEN_REGION = place(["Batken region", "Batken province", "Batken", "Kyrgyz-Tajik border", "Isfara"], "KGZ")
doc("kyrgyzstan-tajikistan-border-2022-09-17", P9, "Silk Road Monitor",
    "Kyrgyzstan says 24 dead in border fighting with Tajikistan as truce holds",
    "wire",
    """BISHKEK, Sept 17 (Silk Road Monitor) - Twenty-four people have been killed and 87 wounded in Kyrgyzstan in two days of fighting on its disputed border with Tajikistan, the Kyrgyz health ministry said on Saturday, as a ceasefire agreed the previous evening appeared largely to hold.

The former Soviet neighbours accused each other of starting the clashes, the worst between them in more than a year, which began with exchanges of fire between border guards on Wednesday and escalated on Friday into fighting with tanks, mortars, rocket launchers and drones along several sections of the frontier in Kyrgyzstan's Batken region.

Kyrgyz officials said Tajik troops had pushed into several villages and set houses on fire, and that Tajik forces shelled the town of Batken, hitting the area around its airport. The Kyrgyz emergencies ministry said more than 136,000 people had been evacuated from the border zone. The Tajik side said Kyrgyz forces had shelled a frontier post and villages near the town of Isfara, wounding civilians; Dushanbe did not publish a death toll.

The security chiefs of the two countries, Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan, signed a ceasefire protocol on Friday evening after talks by telephone, and agreed to pull back troops and heavy weaponry. Presidents Sadyr Japarov and Emomali Rahmon, who were both in the Uzbek city of Samarkand for a regional summit, met briefly and instructed their governments to withdraw forces, Kyrgyz officials said.

Tashiev said on Saturday that the situation had calmed, but warned that Kyrgyzstan was ready to "defend every centimetre" of its land. The Tajik foreign ministry said Kyrgyzstan bore "full responsibility" for the bloodshed.

About a third of the 970-km border has never been demarcated, and the area around the Tajik enclave of Vorukh, where roads, pastures and water intakes are shared, has long been a flashpoint. At the end of April last year, a quarrel over surveillance cameras at a water distribution point near the Kyrgyz village of Kok-Tash turned into two days of fighting in which some 55 people were killed on both sides.

Russia, which has military bases in both countries, called for calm. Kremlin spokesman Dmitry Peskov said Moscow hoped the sides would settle the dispute "exclusively by peaceful means".
""",
    [
        ev("e1", BATTLES, CLASH, either(KGZ, TJK), either(TJK, KGZ), wd("2022-09-14", "Wednesday"), None,
           BATKEN_REGION, note="Wednesday's exchanges of fire between border guards"),
        ev("e2", BATTLES, CLASH, either(KGZ, TJK), either(TJK, KGZ), wd("2022-09-16", "Friday"), None,
           BATKEN_REGION, note="Friday's heavy fighting; the 24 dead cover two days, no per-day figure"),
        ev("e3", REMOTE, MISSILE, TJK, either(KGZ, civ("KGZ")), "2022-09-16", None, BATKEN,
           note="Tajik shelling of Batken town near its airport (Kyrgyz claim)"),
        ev("e4", REMOTE, MISSILE, KGZ, either(TJK, civ("TJK")), "2022-09-16", None,
           place(["Isfara", "Sughd"], "TJK", 40.1264, 70.6253), optional=True,
           note="Tajik claim of Kyrgyz shelling near Isfara, day not stated"),
        ev("e5", BATTLES, CLASH, either(KGZ, TJK), either(TJK, KGZ), "2022-09-14", "2022-09-16", BATKEN_REGION,
           (24, 24), optional=True, note="aggregate: 24 dead in Kyrgyzstan over the fighting"),
        ev("e6", STRAT, AGREEMENT, KGZ, TJK, "2022-09-16", None,
           place(["Kyrgyzstan", "Tajikistan", "Kyrgyz-Tajik border", "Samarkand"], "KGZ"),
           note="ceasefire protocol signed Friday evening"),
        ev("e7", BATTLES, CLASH, either(KGZ, TJK), either(TJK, KGZ), "2021-04-20", "2021-04-30",
           place(["Kok-Tash", "Kok-Tash village", "Vorukh", "Batken region"], "KGZ"), (55, 55),
           note="'at the end of April last year', some 55 killed"),
    ])

# ---- 10. Damascus church ----------------------------------------------------------------------------------
P10 = "2025-06-23"
SYR_GOV = actor("Military Forces of Syria", "Syrian security forces", "security forces", "Syria",
                "Syrian interior ministry", "Syrian authorities", "General Security", "Police Forces of Syria",
                "Military Forces of Syria (2024-)", "Police Forces of Syria (2024-)", code="SYR")
doc("syria-damascus-church-bombing-2025-06-23", P10, "Levant Dispatch",
    "Suicide bomber kills 25 at Damascus church; government blames Islamic State",
    "wire",
    """DAMASCUS, June 23 (Levant Dispatch) - Syria's interior ministry said on Monday its forces had killed two Islamic State militants and arrested several others in raids linked to the suicide bombing of a Damascus church on Sunday evening, which killed 25 people and wounded 63.

The attacker walked into the Mar Elias (St Elias) Greek Orthodox church in the Dweila neighbourhood during the evening service, opened fire on the congregation and then detonated an explosive vest, according to the ministry and witnesses. The health ministry's toll on Monday morning was 25 dead, up from 20 given late on Sunday.

It was the first suicide bombing in Damascus since the fall of Bashar al-Assad in December and the first major attack on a church in years. Images from inside showed blood-stained pews, shattered icons and a collapsed chandelier.

The interior ministry said the bomber belonged to Islamic State. In an overnight operation in the Damascus countryside, security forces raided a cell it said had supplied the attacker, killing two of its members and detaining six people, including the cell's leader, the ministry said. Islamic State has not claimed the bombing.

"We heard shooting first, then a huge explosion," said a woman who was in the church with her two daughters. "People were screaming the names of their children."

President Ahmed al-Sharaa called the bombing a "heinous crime" and promised that those involved would be hunted down. The Greek Orthodox Patriarchate of Antioch said the government bore responsibility for protecting worshippers and called on it to do more than condemn. Condolences came from neighbouring countries and the UN envoy for Syria, who urged all Syrians to unite against terrorism.

The attack is likely to deepen fears among Syria's minorities after months of sectarian violence. In March, hundreds of members of the Alawite minority were killed on the coast after gunmen loyal to the former government ambushed security forces; and in late April, clashes between pro-government fighters and Druze gunmen in the Damascus suburbs of Jaramana and Sahnaya killed dozens of people.

Christian leaders said many families were weighing whether to leave. "Our community has survived wars," a priest in Bab Touma said. "What we need now is to feel that the state protects us as citizens."
""",
    [
        ev("e1", REMOTE, SUICIDE, either(IS, UNID, actor("suicide bomber", "bomber")),
           civ("SYR", "worshippers", "congregation", "Christians"), wd("2025-06-22", "Sunday"), None,
           place(["Mar Elias church", "St Elias church", "Dweila", "Dwelaa", "Damascus"], "SYR", 33.4960, 36.3300),
           (21, 26), note="Sunday's church bombing: 20 late Sunday, 25 on Monday, + the bomber (detonated his vest) = 21 to 26"),
        ev("e2", BATTLES, CLASH, SYR_GOV, IS, "2025-06-22", P10,
           place(["Damascus countryside", "Rif Dimashq", "Rural Damascus", "Damascus"], "SYR"), (2, 2),
           note="overnight raid on the cell, two militants killed"),
        ev("e3", STRAT, ARRESTS, SYR_GOV, IS, "2025-06-22", P10,
           place(["Damascus countryside", "Rif Dimashq", "Rural Damascus", "Damascus"], "SYR"), optional=True,
           note="six detained in the same raid (a component of e2)"),
        ev("e4", VAC, ATTACK, either(SYR_GOV, UNID, actor("pro-government fighters", "gunmen")),
           civ("SYR", "Alawites", "members of the Alawite minority"), "2025-03-01", "2025-03-31",
           place(["Syrian coast", "Latakia", "Tartus", "coastal Syria"], "SYR"), (100, 100),
           note="March coastal killings, 'hundreds' = 100; perpetrators not named in the text"),
        ev("e5", BATTLES, CLASH, actor("gunmen loyal to the former government", "Assad loyalists", "gunmen",
                                       "former government loyalists"), SYR_GOV, "2025-03-01", "2025-03-31",
           place(["Syrian coast", "Latakia", "coastal Syria"], "SYR"), optional=True,
           note="the ambushes on security forces, same month and region as e4"),
        ev("e6", BATTLES, CLASH, actor("pro-government fighters", "Syrian government", "security forces"),
           actor("Druze gunmen", "Druze militia", "Druze fighters"), "2025-04-20", "2025-04-30",
           place(["Jaramana", "Damascus"], "SYR", 33.4861, 36.3469), (12, 12),
           note="late April clashes in Jaramana (dozens = 12; the toll covers both suburbs)"),
        ev("e7", BATTLES, CLASH, actor("pro-government fighters", "Syrian government", "security forces"),
           actor("Druze gunmen", "Druze militia", "Druze fighters"), "2025-04-20", "2025-04-30",
           place(["Sahnaya", "Ashrafiyat Sahnaya", "Damascus"], "SYR", 33.4300, 36.2400),
           note="late April clashes in Sahnaya"),
    ])

# ---- 11. Manchester Arena (police statement) --------------------------------------------------------------
P11 = "2017-05-23"
doc("uk-manchester-arena-police-2017-05-23", P11, "Northwest Public Bulletin",
    "Police statement: 22 dead in Manchester Arena attack, man arrested in south Manchester",
    "official press release (paraphrase)",
    """Greater Manchester Police statement, Tuesday 23 May 2017 (summary issued by the force's press office)

The Chief Constable of Greater Manchester Police has confirmed that 22 people, including children, were killed and 59 injured in an explosion at the Manchester Arena at about 10.33pm on Monday 22 May, as a concert was ending. The injured were taken to eight hospitals across Greater Manchester.

The force is treating the incident as a terrorist attack. Our working assumption is that one man carried out the attack, and that he died at the arena after detonating an improvised explosive device. Our priority is to establish whether he acted alone or as part of a network.

This morning officers arrested a 23-year-old man in connection with the attack in the Chorlton area of south Manchester. He is being held in custody for questioning. Officers have also carried out warrants at two addresses, one in Whalley Range, where a controlled explosion was conducted, and one in Fallowfield.

Earlier today a man was arrested at the Arndale Centre; we can confirm that this arrest is not connected to the attack at the Arena. A suspicious item found in Cathedral Gardens was dealt with by specialist officers and found to be abandoned clothing.

We know who the attacker is, but we will not confirm his identity while enquiries continue and until the coroner has done so.

Members of the public are asked to stay away from the area of Victoria station, which remains closed, and to share any footage from the evening through the dedicated online portal. There will be an increased police presence, including armed officers, across the city and at events in the coming days.

Families who are trying to trace loved ones can call the casualty bureau. A reception centre has been set up at the Etihad Campus.

The Chief Constable said: "This is the most horrific incident we have faced in the North West. Our thoughts are with all those affected, and we ask the public to remain calm, vigilant and not to speculate on the identity of the attacker."

Ends.
""",
    [
        ev("e1", REMOTE, SUICIDE, actor("suicide bomber", "attacker", "man", "unidentified armed group",
                                        "lone attacker", "bomber"),
           civ("GBR", "concert-goers", "children", "concertgoers"), wd("2017-05-22", "Monday"), None,
           place(["Manchester Arena", "Manchester", "Greater Manchester", "Victoria station"], "GBR", 53.4880, -2.2440),
           (23, 23), note="Monday night bombing, 22 dead + the attacker (he died at the arena) = 23; 59 injured"),
        ev("e2", STRAT, ARRESTS, actor("Police Forces of the United Kingdom", "Greater Manchester Police", "police",
                                       "GMP", "officers", code="GBR"),
           actor("23-year-old man", "man", "suspect"), wd(P11, "Tuesday"), None,
           place(["Chorlton", "south Manchester", "Manchester"], "GBR", 53.4415, -2.2760),
           note="Tuesday morning arrest in Chorlton"),
        ev("e3", STRAT, OTHER, actor("Police Forces of the United Kingdom", "police", "specialist officers", code="GBR"),
           None, P11, None, place(["Whalley Range", "Manchester"], "GBR", 53.4510, -2.2520), optional=True,
           note="controlled explosion during a search warrant; ACLED would rarely code it"),
    ])

# ---- 12. Brussels live blog -------------------------------------------------------------------------------
P12 = "2016-03-22"
BEL_POLICE = actor("Police Forces of Belgium", "Belgian police", "police", "Belgian authorities", "police officers",
                   "Belgium", code="BEL")
IS_BXL = actor("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "suicide bombers", "bombers", "attackers",
               "unidentified armed group")
doc("belgium-brussels-attacks-liveblog-2016-03-22", P12, "Continental Live",
    "Live: Explosions at Brussels airport and metro station",
    "live blog (GMT, newest first)",
    """Brussels attacks - live updates. All times GMT (Brussels is GMT+1).

19:45 GMT - Police are searching a flat in the Schaerbeek district, where Belgian media say officers found an explosive device containing nails, chemical products and an Islamic State flag. The federal prosecutor will speak later tonight.

18:50 GMT - The federal prosecutor's office has released a CCTV image from the airport showing three men pushing luggage trolleys. Two of them, dressed in black and each wearing a single glove, are believed to have blown themselves up. The third, in a light jacket and hat, is being sought.

17:20 GMT - Islamic State has claimed responsibility through its Amaq news agency, saying its fighters used explosive belts and devices at the airport and at a metro station "in the centre of the Belgian capital". The group said Belgium was targeted for its part in the coalition fighting it in Iraq and Syria.

15:35 GMT - The health minister says about 230 people have been injured. Officials now put the overall toll at 31 dead, not counting the attackers. Bomb disposal experts earlier destroyed a third device found unexploded in the departure hall.

12:10 GMT - The prosecutor says 14 people died at the airport and about 20 at Maelbeek. The airport figure was earlier given as 11.

09:30 GMT - The national threat level has been raised to 4, the highest. All public transport in Brussels is shut, the airport is closed and people have been told to stay where they are. France has closed its border crossings with Belgium and deployed extra police.

08:40 GMT - A blast has hit a train at Maelbeek metro station, in the EU quarter a few hundred metres from the European Commission, at about 09:11 local time (08:11 GMT). Witnesses describe people walking out of the tunnel covered in dust and blood. Early reports speak of about 20 dead.

07:25 GMT - Belgian prosecutor: the airport explosions were "probably" carried out by a suicide bomber. Belga news agency says shots and shouting in Arabic were heard before the blasts.

07:05 GMT - Two explosions have torn through the departure hall of Brussels Airport in Zaventem at about 07:58 local time (06:58 GMT), near the check-in desks. Pictures show smoke pouring from the terminal and the ceiling collapsed. Flights are being diverted.

CATCH-UP - The attacks come four days after police captured Salah Abdeslam, the only surviving suspect of the November 13 attacks in Paris, in which 130 people were killed. He was shot in the leg and detained in a raid in the Molenbeek district on Friday. On Tuesday last week, a police search of a flat in the Forest district turned into a gun battle: an Algerian man was shot dead and four officers were wounded. Interior minister Jan Jambon said after the arrest that the threat of a revenge attack was real.
""",
    [
        ev("e1", REMOTE, SUICIDE, IS_BXL, civ("BEL", "travellers", "passengers"), P12, None,
           place(["Brussels Airport", "Zaventem", "Brussels-Zaventem", "Brussels"], "BEL", 50.9014, 4.4844), (11, 14),
           note="two airport blasts (one event), 11 then 14 dead"),
        ev("e2", REMOTE, SUICIDE, IS_BXL, civ("BEL", "commuters", "passengers"), P12, None,
           place(["Maelbeek", "Maelbeek metro station", "Maalbeek", "EU quarter", "Brussels"], "BEL", 50.8432, 4.3767),
           (20, 20), note="metro blast, about 20 dead"),
        ev("e3", REMOTE, SUICIDE, IS_BXL, civ("BEL"), P12, None, place(["Brussels"], "BEL", 50.8503, 4.3517), (33, 34),
           optional=True, note="aggregate: 31 dead not counting the attackers; + the two said to have blown themselves up at the airport = 33, + the metro attacker (death not stated) = 34"),
        ev("e4", STRAT, OTHER, BEL_POLICE, None, P12, None,
           place(["Schaerbeek", "Schaerbeek district", "Brussels"], "BEL", 50.8676, 4.3737), optional=True,
           note="search finding a nail bomb; ACLED might code 'Other' or skip"),
        ev("e5", STRAT, ARRESTS, BEL_POLICE, actor("Salah Abdeslam", "Abdeslam", "suspect"),
           wd("2016-03-18", "Friday"), None,
           place(["Molenbeek", "Molenbeek-Saint-Jean", "Brussels"], "BEL", 50.8549, 4.3273),
           note="Friday's capture of Abdeslam (shot in the leg)"),
        ev("e6", [REMOTE, VAC], [SUICIDE, ATTACK], actor("Islamic State", "IS", "gunmen and suicide bombers",
                                                          "attackers", "unidentified armed group"),
           civ("FRA"), wd("2015-11-13", "Friday"), None, place(["Paris"], "FRA", 48.8566, 2.3522), (130, 130),
           note="the November 13 Paris attacks (several sites, coded at Paris)"),
        ev("e7", BATTLES, CLASH, BEL_POLICE, actor("gunmen", "Algerian man", "suspects", "unidentified armed group"),
           wd("2016-03-15", "Tuesday"), None, place(["Forest", "Vorst", "Forest district", "Brussels"], "BEL", 50.8100, 4.3200),
           (1, 1), note="'Tuesday last week': Forest raid, one gunman killed, four officers wounded"),
    ])

# ---- 13. Kazakhstan analysis ---------------------------------------------------------------------------------
P13 = "2022-01-12"
KAZ_SEC = actor("Police Forces of Kazakhstan", "Military Forces of Kazakhstan", "Kazakh security forces",
                "security forces", "police", "Kazakh police", "troops", "Kazakhstan", "Kazakh authorities",
                "Police Forces of Kazakhstan (2019-)", "Military Forces of Kazakhstan (2019-)", code="KAZ")
KAZ_PROT = actor("Protesters (Kazakhstan)", "protesters", "demonstrators", "residents", "oil workers", "crowds")
KAZ_RIOT = actor("Rioters (Kazakhstan)", "rioters", "crowds", "protesters", "armed men", "bandits", "terrorists")
ALMATY = place(["Almaty", "Alma-Ata"], "KAZ", 43.2389, 76.8897)
ZHANAOZEN = place(["Zhanaozen", "Janaozen", "Zhanozen", "Mangystau", "Mangistau"], "KAZ", 43.3400, 52.8600)
CSTO = actor("CSTO", "Collective Security Treaty Organization", "CSTO peacekeepers", "Russian paratroopers",
             "Military Forces of Russia", "Russia", "CSTO troops")
doc("kazakhstan-bloody-january-analysis-2022-01-12", P13, "Eurasia Review Weekly",
    "From a fuel price to a 'coup': ten days that shook Kazakhstan",
    "long-form analysis",
    """ANALYSIS - Ten days ago, almost nobody outside Kazakhstan's oil-producing west had heard of the price of liquefied gas. By the end of last week, Russian paratroopers were guarding power stations in Almaty, President Kassym-Jomart Tokayev had ordered his forces to "shoot to kill without warning", and the health ministry was counting the dead by the dozen.

How did it happen so fast? Part of the answer lies in Zhanaozen, the town where it began. On Sunday, January 2, the day after the government lifted a price cap and the cost of the gas most cars run on in the region roughly doubled, residents gathered in the town square to demand a rollback. The protest was peaceful, and it spread within a day to Aktau, the regional capital on the Caspian, and then to other cities.

Zhanaozen has a long memory. On December 16, 2011, police opened fire on oil workers who had been on strike for months, killing at least 14 people by the official count; activists have always said the real figure was higher. The town never forgot, and neither did the government.

By the night of January 4, thousands were marching in Almaty, the country's largest city, chanting "Old man, out!", a reference to former president Nursultan Nazarbayev, who still held the chairmanship of the security council. Police fired stun grenades and tear gas to push them back from the main square.

The next day the protests turned into something else. On Wednesday, January 5, crowds, some of them armed, stormed the city administration building in Almaty and set it on fire, and broke into the presidential residence in the city. The airport was seized for several hours. Tokayev dismissed his government, took over the security council from Nazarbayev and, that night, asked the Russia-led Collective Security Treaty Organization (CSTO) for help against what he called "terrorist gangs" trained abroad. The first CSTO troops, most of them Russian, landed the following day.

What followed was the bloodiest episode in the country's independent history. In Almaty on Thursday, January 6, police said dozens of "attackers" were killed as they tried to storm police stations, and that 18 members of the security forces had died, one of them found beheaded. Shooting continued in the city into Friday.

On Sunday, the health ministry said 164 people had been killed nationwide, 103 of them in Almaty, a figure later withdrawn as an "error" pending a check; the interior ministry said more than 7,900 people had been detained. Karim Massimov, the former head of the KNB security service and a long-time Nazarbayev ally, was arrested on suspicion of high treason, the KNB announced on Saturday.

On Monday Tokayev told a CSTO video summit that the country had survived "an attempted coup d'etat", and on Tuesday he announced that the CSTO mission would start to withdraw within two days. Nobody has yet published evidence of a foreign plot, and the question of who armed the crowds in Almaty remains open.

What is clear is that Tokayev has emerged stronger, and Nazarbayev weaker, than a fortnight ago. Whether the price of gas, or the price of silence, has really been settled is another question.
""",
    [
        ev("e1", PROTESTS, "Peaceful protest", KAZ_PROT, None, wd("2022-01-02", "Sunday"), None, ZHANAOZEN,
           note="the first protest in Zhanaozen, peaceful (no casualty statement: fatalities not scored)"),
        ev("e2", PROTESTS, "Peaceful protest", KAZ_PROT, None, "2022-01-02", "2022-01-03",
           place(["Aktau", "Mangystau", "Mangistau"], "KAZ", 43.6500, 51.1600),
           note="'within a day' to Aktau"),
        ev("e3", [PROTESTS], ["Excessive force against protesters", "Protest with intervention"], KAZ_PROT, KAZ_SEC,
           "2022-01-04", "2022-01-05", ALMATY, note="the night march of January 4, stun grenades and tear gas"),
        ev("e4", RIOTS, "Violent demonstration", KAZ_RIOT, KAZ_SEC, wd("2022-01-05", "Wednesday"), None, ALMATY,
           note="storming and burning of the city administration and presidential residence, airport seized"),
        ev("e5", STRAT, [OTHER, "Headquarters or base established"], CSTO, None, "2022-01-06", None,
           place(["Kazakhstan", "Almaty"], "KAZ"), optional=True,
           note="CSTO troops land; ACLED may code the deployment as Other"),
        ev("e6", [BATTLES, PROTESTS], [CLASH, "Excessive force against protesters"], KAZ_SEC, KAZ_RIOT,
           wd("2022-01-06", "Thursday"), None, ALMATY, (30, 30),
           note="Thursday's fighting: dozens (12) attackers + 18 security forces = 30"),
        ev("e7", BATTLES, CLASH, KAZ_SEC, KAZ_RIOT, "2022-01-07", None, ALMATY, optional=True,
           note="'shooting continued into Friday'"),
        ev("e8", [BATTLES, RIOTS], [CLASH, "Violent demonstration"], KAZ_SEC, KAZ_RIOT, "2022-01-02", "2022-01-09",
           place(["Kazakhstan"], "KAZ"), (164, 164), optional=True,
           note="aggregate 164 dead nationwide (withdrawn figure); covers several gold events"),
        ev("e9", STRAT, ARRESTS, KAZ_SEC, KAZ_RIOT, "2022-01-04", "2022-01-10", place(["Kazakhstan"], "KAZ"),
           optional=True, note="7,900 detained nationwide, no place or day"),
        ev("e10", STRAT, ARRESTS, actor("KNB", "National Security Committee", "Kazakh security service", "Kazakhstan",
                                        "Police Forces of Kazakhstan", code="KAZ"),
           actor("Karim Massimov", "Karim Masimov", "Massimov", "former KNB chief"), "2022-01-05", "2022-01-08",
           place(["Kazakhstan", "Nur-Sultan", "Astana"], "KAZ"),
           note="Massimov's arrest, announced Saturday January 8; day of arrest not given"),
        ev("e11", PROTESTS, "Excessive force against protesters", actor("Protesters (Kazakhstan)", "oil workers",
                                                                        "striking oil workers", "strikers"),
           actor("Police Forces of Kazakhstan", "police", "Kazakh police", code="KAZ"), wd("2011-12-16", "Friday"),
           None, ZHANAOZEN, (14, 14), note="Zhanaozen 2011, at least 14 by official count"),
    ])
# Tuesday/Sunday/Saturday/Monday in the analysis are reporting days, not event dates; asserted for the record
for _day, _name in (("2022-01-08", "Saturday"), ("2022-01-09", "Sunday"), ("2022-01-10", "Monday"),
                    ("2022-01-11", "Tuesday"), ("2022-01-07", "Friday")):
    wd(_day, _name)

# ---- 14. West Bank analysis ------------------------------------------------------------------------------------
P14 = "2023-03-01"
ISR = actor("Military Forces of Israel", "Israel", "Israeli forces", "Israeli troops", "Israeli army",
            "Israeli military", "IDF", "Israel Defense Forces", "Israeli soldiers", "Israeli air force",
            "Military Forces of Israel (2022-)", code="ISR")
SETTLERS = actor("Israeli settlers", "settlers", "Settlers (Israel)", "Jewish settlers", "mob", "rioters")
PAL_MIL = actor("Palestinian militants", "militants", "gunmen", "Islamic Jihad", "Palestinian Islamic Jihad",
                "Lions' Den", "Hamas", "Palestinian gunmen")
PAL_GUNMAN = actor("Palestinian gunman", "gunman", "attacker", "unidentified armed group", "Palestinian attacker",
                   "assailant")
GAZA_MIL = actor("Palestinian militants", "militants in Gaza", "Gaza militants", "Hamas", "Islamic Jihad",
                 "Palestinian Islamic Jihad")
HUWARA = place(["Huwara", "Hawara", "Huwwara", "Nablus"], "PSE", 32.1525, 35.2564)
doc("west-bank-huwara-analysis-2023-03-01", P14, "Eastern Mediterranean Review",
    "A month of raids, revenge and a burning town",
    "long-form analysis",
    """JERUSALEM - On Sunday afternoon, as Israeli and Palestinian security officials sat down with American, Jordanian and Egyptian mediators in the Red Sea resort of Aqaba, a Palestinian gunman opened fire on a car stuck in traffic in Huwara, a town on the main road south of Nablus, killing two Israeli brothers from the nearby settlement of Har Bracha, Hallel and Yagel Yaniv, aged 21 and 19.

In Aqaba, the two sides agreed that same day to work to de-escalate, and Israel pledged to freeze discussion of new settlement units for four months. By nightfall the statement looked like it belonged to another country. Hundreds of settlers descended on Huwara and surrounding villages, setting fire to dozens of homes and cars in what several of them openly described as revenge for the brothers. In the nearby village of Zaatara, a 37-year-old Palestinian man, Sameh Aqtash, was shot dead; Palestinian officials said settlers killed him, and the Israeli military said it was looking into the incident. The Palestinian Red Crescent said it treated around 100 people. The top Israeli general in the West Bank later called the rampage a "pogrom".

The violence did not come from nowhere. It was the latest turn in a cycle of raids and attacks that has made the first two months of 2023 the deadliest start to a year in the West Bank in a long time.

On January 26, Israeli troops raided the Jenin refugee camp to arrest Islamic Jihad militants and fought gunmen for hours; nine Palestinians were killed, among them a 61-year-old woman, and a tenth died of his wounds the next day. On the evening of January 27, a Palestinian gunman shot dead seven people outside a synagogue in the Jerusalem settlement of Neve Yaakov before police killed him. Hamas, which did not claim the shooting, called it "a response to the Jenin massacre".

On February 22, Israeli forces entered the old city of Nablus in daylight to arrest wanted members of the Lions' Den group. Eleven Palestinians were killed, including two men in their sixties and a 16-year-old, and more than 100 were wounded by live fire, according to the Palestinian health ministry. Early the next morning militants in Gaza fired six rockets at southern Israel in response; the army said five were intercepted. Israeli jets then struck what it described as a weapons factory and a Hamas military compound in Gaza in response to the rocket fire. No casualties were reported on either side.

Hamas praised Sunday's shooting in Huwara as a "natural response" to the Nablus raid. And on Monday evening, near Jericho, a gunman fired on an Israeli car on Route 90, killing Elan Ganeles, a 26-year-old with Israeli and US citizenship.

The UN's humanitarian office has recorded more than 100 settler attacks causing casualties or damage to property since January 1, and at least 62 Palestinians have been killed by Israeli forces or settlers this year, while 14 Israelis have been killed in Palestinian attacks.

There was little sign on Wednesday that anyone wanted to slow down. Finance Minister Bezalel Smotrich, who also holds responsibility for settlement affairs, said Huwara "should be wiped out" by the state, a remark Washington called repugnant; he later said he had spoken "in a storm of emotions". Palestinian factions called for a general strike. The army sent more battalions to the northern West Bank and warned that it would act "with an iron fist" against anyone who attacked Israelis.

For the families of Huwara, sweeping ash out of their living rooms, the talk in Aqaba of "de-escalation" has a hollow ring. "They burned my house in front of the soldiers," one resident said. "Who will answer for that?"
""",
    [
        ev("e1", VAC, ATTACK, either(PAL_GUNMAN, PAL_MIL), civ("ISR", "Israeli settlers", "Israelis", "brothers",
                                                                "Hallel and Yagel Yaniv"),
           wd("2023-02-26", "Sunday"), None, HUWARA, (2, 2), responds_to=["e7"],
           note="Sunday's shooting of the two brothers; Hamas: a 'natural response' to Nablus"),
        ev("e2", STRAT, AGREEMENT, ISR, actor("Palestinian Authority", "Palestinians", "Palestinian security officials"),
           "2023-02-26", None, place(["Aqaba"], "JOR", 29.5319, 35.0061),
           note="Aqaba de-escalation agreement, same day"),
        ev("e3", [RIOTS, VAC], ["Mob violence", ATTACK], SETTLERS, civ("PSE", "Palestinians", "villagers"),
           "2023-02-26", "2023-02-27", HUWARA, responds_to=["e1"],
           note="the night rampage through Huwara, revenge for the brothers; the one death was in Zaatara"),
        ev("e4", VAC, ATTACK, either(SETTLERS, UNID), civ("PSE", "Sameh Aqtash", "Palestinian man"),
           "2023-02-26", "2023-02-27", place(["Zaatara", "Za'tara", "Nablus"], "PSE", 32.1230, 35.2930), (1, 1),
           note="Aqtash shot dead in Zaatara during the rampage; perpetrator disputed"),
        ev("e5", BATTLES, CLASH, ISR, PAL_MIL, wd("2023-01-26", "Thursday"), None,
           place(["Jenin refugee camp", "Jenin camp", "Jenin"], "PSE", 32.4611, 35.2953), (9, 10),
           note="Jenin raid of 26 January: nine killed, a tenth died of wounds the next day"),
        ev("e6", VAC, ATTACK, PAL_GUNMAN, civ("ISR", "Israelis", "worshippers"), wd("2023-01-27", "Friday"), None,
           place(["Neve Yaakov", "Neve Ya'akov", "Jerusalem", "East Jerusalem"], "PSE", 31.8417, 35.2425), (8, 8),
           responds_to=["e5"], note="Neve Yaakov shooting, 7 + the gunman killed by police = 8; Hamas calls it a response to Jenin. "
                                    "East Jerusalem coded PSE (ACLED's practice as we understand it)"),
        ev("e7", BATTLES, CLASH, ISR, PAL_MIL, wd("2023-02-22", "Wednesday"), None,
           place(["Nablus", "Nablus old city"], "PSE", 32.2211, 35.2544), (11, 11),
           note="Nablus daylight raid, 11 killed, 100+ wounded; also accepts an attack reading"),
        ev("e8", REMOTE, MISSILE, GAZA_MIL, ISR, "2023-02-23", None,
           place(["southern Israel", "Israel"], "ISR"), (0, 0), responds_to=["e7"],
           note="six rockets in response to the Nablus raid; no casualties"),
        ev("e9", STRAT, "Disrupted weapons use", ISR, GAZA_MIL, "2023-02-23", None,
           place(["southern Israel", "Israel"], "ISR"), optional=True, note="five of six intercepted"),
        ev("e10", REMOTE, AIR, ISR, either(GAZA_MIL, actor("Hamas")), "2023-02-23", None,
           place(["Gaza", "Gaza Strip"], "PSE"), (0, 0), responds_to=["e8"],
           note="Israeli strikes on Gaza in response to the rockets; no casualties"),
        ev("e11", VAC, ATTACK, PAL_GUNMAN, civ("ISR", "Elan Ganeles", "Israeli-American", "US citizen"),
           wd("2023-02-27", "Monday"), None, place(["Jericho", "Route 90", "near Jericho"], "PSE", 31.8667, 35.4500),
           (1, 1), note="Monday evening shooting near Jericho (place precision 2)"),
        tally("t1", SETTLERS, civ("PSE"), "2023-01-01", P14, place(["West Bank", "occupied West Bank"], "PSE"), 100,
              note="'more than 100 settler attacks ... since January 1'"),
        tally("t2", ISR, civ("PSE"), "2023-01-01", P14, place(["West Bank"], "PSE"), None, optional=True,
              note="62 Palestinians and 14 Israelis killed this year: counts of deaths, not incidents"),
    ])

# ---- 15. Sousse (garbled copy) --------------------------------------------------------------------------------
P15 = "2015-06-27"
doc("tunisia-sousse-beach-garbled-2015-06-27", P15, "Daily Trend Feed",
    "Tunisia beach attack: 38 tourist killed by gunman at Sousse hotel, Kuwait and France also attacked",
    "garbled machine-rewritten web copy",
    """Tunisia beach attack: 38 tourist killed by gunman at Sousse hotel

June 27, 2015 by admin | World News | 0 Comments

Tunis - A gunman who have hidden a kalashnikov rifle inside an umbrella has open fire on the tourists at a beach of a hotel at Port El Kantaoui, north from the city of Sousse, on Friday and killed 38 peoples, most of them are british holiday makers, the Tunisian officials are said on Saturday.

The attacker, which authorities is naming as Seifeddine Rezgui a student 23 years old from the town of Gaafour, walking on the beach in front of the Imperial Marhaba hotel and shoot at the peoples laying on sunbeds, after he go inside the hotel and throwing grenades near the pool, witness are said. He was shoot dead by the police on a street near to the hotel after around half hour. The health ministry said 36 wounded also in hospital.

Prime Minister Habib Essid is say the government will to close around 80 mosques outside of state control inside one week and will call-up army reservist, and that the security will be reinforced on beaches and hotel. Many tour operator have start to fly home the tourist on Saturday already.

Islamic State group is claim the attack in an online message calling the gunman "soldier of the caliphate". It is the more deadly attack in history of modern Tunisia, only three month after the attack on Bardo national museum in Tunis on 18 march, when two gunman killing 21 foreign tourist and one tunisian police man before the security forces was kill them both.

In same day, Friday, a suicide bomber is blow himself up inside Imam Sadiq mosque in Kuwait City during friday prayer of Ramadan, killing 27 worshippers and injure more than 200, Islamic State also claiming that one. And in France an man drove his van inside a gas factory at Saint-Quentin-Fallavier near Lyon and making an explosion, after police find the head of his boss beheaded on the fence of the site. One was killed, the man is arrested.

British prime minister David Cameron said the britain people must prepare for that many of the killed is british, and the threat is "existential". The tunisian president Beji Caid Essebsi visit the hotel on Friday night.

Source link

Share this:
Facebook Twitter WhatsApp

Related Posts
- Tourism in Tunisia: what will happen to season now?
- 10 best beach in Mediterranean for 2015
""",
    [
        ev("e1", VAC, ATTACK, either(IS, actor("Seifeddine Rezgui", "gunman", "attacker", "unidentified armed group")),
           civ("TUN", "tourists", "British holidaymakers", "holiday makers"), wd("2015-06-26", "Friday"), None,
           place(["Port El Kantaoui", "Sousse", "Imperial Marhaba hotel"], "TUN", 35.8925, 10.5950), (39, 39),
           note="Friday's beach attack: 38 + the gunman shot dead by police = 39"),
        ev("e2", REMOTE, SUICIDE, IS, civ("KWT", "worshippers", "Shia worshippers"), "2015-06-26", None,
           place(["Kuwait City", "Imam Sadiq mosque", "Kuwait"], "KWT", 29.3759, 47.9774), (28, 28),
           note="same-day mosque bombing in Kuwait City: 27 worshippers + the bomber who blew himself up = 28"),
        ev("e3", VAC, ATTACK, actor("man", "attacker", "unidentified armed group", "van driver", "Yassin Salhi"),
           civ("FRA", "his boss", "employer"), "2015-06-26", None,
           place(["Saint-Quentin-Fallavier", "Lyon", "gas factory"], "FRA", 45.6439, 5.1108), (1, 1),
           note="same-day attack at the gas factory near Lyon, one killed"),
        ev("e4", VAC, ATTACK, either(IS, actor("gunmen", "two gunmen", "unidentified armed group")),
           civ("TUN", "foreign tourists", "tourists", "a Tunisian police man"), "2015-03-18", None,
           place(["Bardo National Museum", "Bardo museum", "Bardo", "Tunis"], "TUN", 36.8094, 10.1347), (24, 24),
           note="Bardo, 18 March: 21 tourists + 1 policeman; + the two gunmen = 24"),
    ])

# ---- 16. Kaliningrad transit row (no event) ---------------------------------------------------------------------
P16 = "2022-06-21"
doc("lithuania-kaliningrad-transit-threats-2022-06-21", P16, "Baltic Ledger",
    "Russia threatens 'serious' response as Lithuania halts sanctioned goods bound for Kaliningrad",
    "politics (negative: threats and rhetoric only)",
    """VILNIUS, June 21 (Baltic Ledger) - Russia warned on Tuesday that it would respond to Lithuania's ban on the rail transit of sanctioned goods to Kaliningrad in a way that would have a "serious negative impact" on Lithuania's population, escalating a row that officials in Vilnius called an attempt at intimidation.

Nikolai Patrushev, the secretary of Russia's Security Council, said during a visit to the Baltic exclave that Moscow would take measures "in the near future" and that the West, which he accused of "hostile actions", would be held responsible. He did not say what form the measures would take. Kremlin spokesman Dmitry Peskov a day earlier described the restrictions as "unprecedented" and "illegal", and said Russia was analysing the situation to work out a response.

Lithuania's state railway told its customers on Friday that, from Saturday, it would no longer carry steel, ferrous metals and other goods under European Union sanctions across Lithuanian territory between mainland Russia and Kaliningrad, which is sandwiched between Lithuania and Poland and has no land link to the rest of Russia. Passengers and goods not on the sanctions list continue to travel.

Lithuanian Foreign Minister Gabrielius Landsbergis said his country was simply applying EU law, and that it was "not Lithuania doing anything, it is European sanctions". The Russian foreign ministry summoned the EU's ambassador in Moscow, Markus Ederer, to protest and demanded that the "blockade" be lifted.

Kaliningrad's governor, Anton Alikhanov, said the restrictions would affect up to half of the goods the region imports and urged residents not to panic-buy. Video from a supermarket in the city showed shelves of cement stacked high by worried builders.

Some in Moscow went further. A prominent state television host said Russia should "break through the corridor" if needed, and a member of parliament suggested Russia could stop recognising Lithuania's independence. Western officials dismissed the talk. NATO's secretary general has previously said the alliance would defend "every inch" of allied territory, and the US State Department said on Monday that Washington's commitment to Article 5 was "ironclad".

Analysts in Vilnius said the row had been brewing for months. "The Kremlin wants to show its own public that it is under attack from the West," said a researcher at a Lithuanian think tank. "It also wants to test whether Brussels blinks." The European Commission said it would issue guidance on how the sanctions should apply to transit, and diplomats said a compromise could be found within weeks.

For now, trains continue to cross. "Nobody is firing anything," a freight dispatcher at the border station of Kybartai said. "It is a war of words and paperwork."
""",
    [])


# publication weekdays the texts rely on ("said on Monday", "on Saturday", "on Wednesday" ...)
for _day, _name in ((P1, "Monday"), (P2, "Monday"), (P3, "Friday"), (P4, "Saturday"), (P5, "Saturday"),
                    (P6, "Wednesday"), (P7, "Monday"), (P8, "Monday"), (P9, "Saturday"), (P10, "Monday"),
                    (P11, "Tuesday"), (P12, "Tuesday"), (P13, "Wednesday"), (P14, "Wednesday"),
                    (P15, "Saturday"), (P16, "Tuesday"), ("2022-06-17", "Friday"), ("2022-06-18", "Saturday"),
                    ("2022-06-20", "Monday")):
    wd(_day, _name)


if __name__ == "__main__":
    SET.main(HERE, words=None, reports=16)
