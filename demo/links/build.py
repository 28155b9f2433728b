"""Add the explicit-link dev reports to demo/docs/dev.jsonl and demo/gold/dev.jsonl.

Run from anywhere: `python demo/links/build.py` (idempotent: the reports below replace any line of
the same id). Written on 2026-12-01 for issue 4 (explicit links on unseen wording): ten reports about
real, public incidents in our own words, none in the holdout table of demo/README.md nor already in
dev/test, each with one or more attacks that the text says answered another, in varied wording
("in retaliation for", "a reply to", "revenge for", "retaliatory measures after", "hit back",
"a response to", "in response to what it called ..., a reference to ..."). Outlets are fictional,
figures are those public around each publication date, some details simplified. Not a factual
reference. Gold follows the conventions of demo/README.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import gold_kit  # noqa: E402  (demo/gold_kit.py)
from gold_kit import place  # noqa: E402

IND = {"names": ["Military Forces of India", "India", "Indian military", "Indian army", "Indian forces",
                 "Indian air force", "Indian armed forces"], "country_code": "IND"}
PAK = {"names": ["Military Forces of Pakistan", "Pakistan", "Pakistani military", "Pakistani army", "Pakistani forces",
                 "Pakistan Army", "Pakistani air force", "Pakistan Air Force", "Pakistani troops"], "country_code": "PAK"}
ISR = {"names": ["Military Forces of Israel", "Israel", "Israeli military", "IDF", "Israel Defense Forces",
                 "Israeli forces", "Israeli army", "Israeli air force", "Israeli jets", "Israeli aircraft",
                 "Israeli warplanes"], "country_code": "ISR"}
HEZ = {"names": ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah", "Lebanese Hezbollah"]}
HOUTHIS = {"names": ["Houthis", "Houthi", "Ansar Allah", "Houthi movement", "Houthi rebels", "Yemen's Houthis"]}
IRN = {"names": ["Military Forces of Iran", "Iran", "Iranian forces", "Islamic Revolutionary Guard Corps", "IRGC",
                 "Revolutionary Guards", "Iranian military", "Tehran"], "country_code": "IRN"}
USA = {"names": ["Military Forces of the United States", "United States", "US", "U.S.", "US military",
                 "U.S. military", "US forces", "U.S. forces", "American forces", "Pentagon"], "country_code": "USA"}
THA = {"names": ["Military Forces of Thailand", "Thailand", "Thai army", "Thai military", "Thai forces",
                 "Thai air force", "Thai troops", "Royal Thai Army"], "country_code": "THA"}
KHM = {"names": ["Military Forces of Cambodia", "Cambodia", "Cambodian army", "Cambodian military", "Cambodian forces",
                 "Cambodian troops", "Royal Cambodian Armed Forces"], "country_code": "KHM"}
ARM = {"names": ["Military Forces of Armenia", "Armenia", "Armenian forces", "Armenian army", "Armenian military",
                 "Armenian soldiers", "Armenian saboteurs", "saboteurs"], "country_code": "ARM"}
AZE = {"names": ["Military Forces of Azerbaijan", "Azerbaijan", "Azerbaijani forces", "Azerbaijani army",
                 "Azerbaijani military", "Baku"], "country_code": "AZE"}
TALIBAN = {"names": ["Taliban", "Afghan Taliban", "Taliban forces", "Military Forces of Afghanistan", "Afghanistan",
                     "Islamic Emirate of Afghanistan"], "country_code": "AFG"}
PAK_TALIBAN = {"names": ["Taliban", "Afghan Taliban", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "TTP",
                         "Military Forces of Afghanistan", "Afghanistan", "militants", "Militants"]}
RUS = {"names": ["Military Forces of Russia", "Russia", "Russian forces", "Russian military", "Russian army",
                 "Moscow"], "country_code": "RUS"}
UKR = {"names": ["Military Forces of Ukraine", "Ukraine", "Ukrainian forces", "Ukrainian military", "Kyiv",
                 "SBU", "Security Service of Ukraine", "Ukrainian security service"], "country_code": "UKR"}
CIVILIANS = {"names": ["Civilians", "civilians", "people", "residents", "family", "women", "villagers"]}


def either(*actors):
    """Accepted names of several parties (who struck first is disputed)."""
    return {"names": [n for a in actors for n in a["names"]]}


REMOTE, BATTLES, VAC, STRATEGIC = "Explosions/Remote violence", "Battles", "Violence against civilians", \
    "Strategic developments"
AIR, MISSILE, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"
BOTH = [AIR, MISSILE]


def ev(*args, note="", **kwargs):
    """Return one gold event with the coder's note (see gold_kit.ev)."""
    return gold_kit.ev(*args, note=note, **kwargs)


DOCS = []


def doc(*args):
    DOCS.append(gold_kit.report(*args))


doc("pakistan-india-airbases-2025-05-10", "2025-05-10", "Meridian Wire",
    "Pakistan strikes Indian bases after Indian missiles hit its air bases",
    """ISLAMABAD/NEW DELHI, May 10 (Meridian) - Pakistan said it launched a military operation against India early on Saturday, firing missiles at Indian air bases in retaliation for Indian missile strikes on three of its own air bases hours earlier.

Pakistan's army said Indian missiles hit the Nur Khan air base in Rawalpindi, the Murid air base in Chakwal and the Rafiqui air base in Shorkot before dawn, but that most were intercepted and no aircraft were lost.

Hours later the Pakistani military announced that its forces had struck the Udhampur air base and other military targets in Indian-administered Kashmir. India's army said the Pakistani attack caused limited damage.

In Rajouri, a senior local official, Raj Kumar Thappa, was killed when Pakistani shells hit his residence on Saturday morning, the chief minister of Jammu and Kashmir said.

India said its own strikes on the air bases were a response to Pakistani drone and artillery attacks on Indian cities overnight.""",
    [ev("g1", REMOTE, BOTH, IND, PAK, "2025-05-10", None,
        place(["Nur Khan air base", "Nur Khan", "Rawalpindi", "Punjab", "Pakistan"], "PAK", 33.616, 73.099),
        responds_to=["g4"],
        note="Indian missiles on Nur Khan air base, a response to the overnight drone attacks"),
     ev("g1b", REMOTE, BOTH, IND, PAK, "2025-05-10", None,
        place(["Murid air base", "Murid", "Chakwal", "Punjab", "Pakistan"], "PAK", 32.91, 72.78),
        responds_to=["g4"], note="Indian missiles on Murid air base (one event per base: demo/README.md)"),
     ev("g1c", REMOTE, BOTH, IND, PAK, "2025-05-10", None,
        place(["Rafiqui air base", "Rafiqui", "Shorkot", "Punjab", "Pakistan"], "PAK", 30.76, 72.28),
        responds_to=["g4"], note="Indian missiles on Rafiqui air base"),
     ev("g2", REMOTE, BOTH, PAK, IND, "2025-05-10", None,
        place(["Udhampur", "Udhampur air base", "Jammu and Kashmir", "Indian-administered Kashmir", "Kashmir"],
              "IND", 32.93, 75.14), responds_to=["g1", "g1b", "g1c"],
        note="Pakistani missiles on Udhampur air base, in retaliation for the Indian strikes"),
     ev("g3", REMOTE, MISSILE, PAK, CIVILIANS, "2025-05-10", None,
        place(["Rajouri", "Jammu and Kashmir"], "IND", 33.38, 74.31), dead=(1, 1),
        note="Pakistani shelling kills an official in Rajouri"),
     ev("g4", REMOTE, BOTH, PAK, either(IND, CIVILIANS), "2025-05-09", "2025-05-10",
        place(["India", "Indian cities", "Jammu and Kashmir", "Punjab"], "IND"),
        note="overnight Pakistani drone and artillery attacks on Indian cities (India's account)")])

doc("lebanon-hezbollah-barrage-2024-08-25", "2024-08-25", "Harbour Courier",
    "Hezbollah fires hundreds of rockets at Israel to avenge commander",
    """BEIRUT, Aug 25 (Harbour Courier) - Hezbollah fired hundreds of rockets and drones at northern Israel early on Sunday in what it called a retaliation for the killing of its top military commander, Fuad Shukr, in an Israeli strike on Beirut's southern suburbs last month.

The group said the attack targeted 11 military sites and was the first phase of its response. The Israeli military said most of the projectiles were intercepted and that damage was limited.

Minutes before the barrage, about 100 Israeli jets struck what the army described as thousands of Hezbollah rocket launchers in southern Lebanon. Israel called the raids pre-emptive. Lebanon's health ministry said three people were killed in the Israeli strikes.

Both sides signalled afterwards that they did not want the exchange to grow into a wider war.""",
    [ev("g1", REMOTE, BOTH, HEZ, ISR, "2024-08-25", None,
        place(["northern Israel", "Israel", "Galilee", "Northern District"], "ISR"), responds_to=["g3"],
        note="Hezbollah barrage on 11 military sites, retaliation for Shukr's killing"),
     ev("g2", REMOTE, AIR, ISR, HEZ, "2024-08-25", None,
        place(["southern Lebanon", "South Lebanon", "Lebanon", "Nabatieh"], "LBN"), dead=(3, 3),
        note="pre-emptive Israeli strikes on launchers (not a response)"),
     ev("g3", REMOTE, AIR, ISR, HEZ, "2024-07-01", "2024-07-31",
        place(["Beirut", "Beirut's southern suburbs", "Haret Hreik", "Dahiyeh"], "LBN", 33.89, 35.50),
        same_as="lebanon-beirut-strike-2024-07-31/g2", note="the July strike that killed Fuad Shukr (recalled)")])

doc("israel-binyamina-drone-2024-10-14", "2024-10-14", "Meridian Wire",
    "Hezbollah drone kills four soldiers at Israeli army base",
    """BINYAMINA, Israel, Oct 14 (Meridian) - A Hezbollah drone struck an Israeli army training base near Binyamina on Sunday evening, killing four soldiers and wounding more than 60 people, the Israeli military said on Monday.

The drone evaded air defences and hit the base's dining hall as soldiers gathered for dinner. It was the deadliest Hezbollah attack on Israeli territory since the group began its cross-border fire a year ago.

Hezbollah said it had targeted the base in response to Israeli strikes on the Ras al-Nabaa and Basta neighbourhoods of central Beirut on Thursday, which Lebanon's health ministry said killed 22 people.

Israel's defence minister vowed that the group would pay for the attack.""",
    [ev("g1", REMOTE, AIR, HEZ, ISR, "2024-10-13", None,
        place(["Binyamina", "Binyamina-Giv'at Ada", "Haifa District", "northern Israel"], "ISR", 32.52, 34.95),
        dead=(4, 4), responds_to=["g2"], note="drone hits Binyamina base dining hall"),
     ev("g2", REMOTE, AIR, ISR, either(CIVILIANS, HEZ), "2024-10-10", None,
        place(["Beirut", "Ras al-Nabaa", "Basta", "central Beirut"], "LBN", 33.89, 35.50), dead=(22, 22),
        note="Israeli strikes on central Beirut, recalled as the antecedent"),
     ev("o1", REMOTE, BOTH, HEZ, ISR, "2023-10-08", "2024-10-14",
        place(["Israel-Lebanon border", "northern Israel", "Israel"], "ISR"), optional=True,
        note="a year of cross-border fire (background)")])

doc("yemen-hodeidah-port-2025-05-05", "2025-05-05", "Gulf Ledger",
    "Israel strikes Yemen's Hodeidah port after Houthi missile lands at airport",
    """SANAA, May 5 (Gulf Ledger) - Israeli warplanes struck the port of Hodeidah and a cement factory in Bajil, east of the city, on Monday, a day after a missile fired by Yemen's Houthis landed near the main terminal of Ben Gurion airport outside Tel Aviv.

The Israeli military said the raids were a reply to repeated Houthi attacks on Israel, including Sunday's missile, which left a crater next to an access road and wounded several people. Several foreign airlines suspended flights to Tel Aviv after the impact.

The Houthi-run health ministry said four people were killed and dozens wounded in the strikes on Bajil.

The Houthis, who say they attack Israel in solidarity with Palestinians in Gaza, said they would keep up their campaign.""",
    [ev("g1", REMOTE, AIR, ISR, HOUTHIS, "2025-05-05", None,
        place(["Hodeidah", "Al Hudaydah", "Hodeidah port", "Yemen"], "YEM", 14.80, 42.95),
        responds_to=["g2"], note="Israeli strikes on Hodeidah port (the four dead are Bajil's)"),
     ev("g1b", REMOTE, AIR, ISR, HOUTHIS, "2025-05-05", None,
        place(["Bajil", "Bajil cement factory", "Al Hudaydah", "Hodeidah", "Yemen"], "YEM", 15.06, 43.28),
        dead=(4, 4), responds_to=["g2"],
        note="Israeli strikes on the Bajil cement factory, one event per place (demo/README.md)"),
     ev("g2", REMOTE, MISSILE, HOUTHIS, either(CIVILIANS, ISR), "2025-05-04", None,
        place(["Ben Gurion airport", "Ben Gurion", "Tel Aviv", "Lod", "Israel"], "ISR", 32.01, 34.89), dead=(0, 0),
        note="Houthi missile lands near Ben Gurion's main terminal")])

doc("qatar-al-udeid-missiles-2025-06-23", "2025-06-23", "Meridian Wire",
    "Iran fires missiles at U.S. base in Qatar after strikes on its nuclear sites",
    """DOHA, June 23 (Meridian) - Iran fired missiles at Al Udeid Air Base in Qatar on Monday evening, the largest U.S. military base in the Middle East, in what its Revolutionary Guards called a response to the American bombing of Iran's nuclear sites.

Qatar said its air defences intercepted the missiles and that nobody was killed or injured. One missile fell inside the base, which U.S. forces had partly evacuated days earlier.

On Sunday, U.S. B-2 bombers and submarine-launched cruise missiles hit the Fordow, Natanz and Isfahan nuclear facilities, joining Israel's campaign against Iran's nuclear programme.

Gulf states condemned the Iranian attack as a violation of Qatar's sovereignty.""",
    [ev("g1", REMOTE, MISSILE, IRN, either(USA, {"names": ["Qatar", "Military Forces of Qatar"]}), "2025-06-23", None,
        place(["Al Udeid Air Base", "Al Udeid", "Al-Udeid", "Qatar", "Doha"], "QAT", 25.12, 51.32), dead=(0, 0),
        responds_to=["g2"], note="Iranian missiles at Al Udeid, a response to the US strikes"),
     ev("g2", REMOTE, BOTH, USA, IRN, "2025-06-22", None,
        place(["Fordow", "Natanz", "Isfahan", "Qom", "Iran"], "IRN", 34.88, 50.99),
        note="US strikes on Fordow, Natanz and Isfahan"),
     ev("o1", STRATEGIC, "Disrupted weapons use", {"names": ["Qatar", "Military Forces of Qatar", "Qatari air defences"]},
        IRN, "2025-06-23", None, place(["Qatar", "Al Udeid", "Doha"], "QAT"), optional=True,
        note="Qatar intercepts the missiles"),
     ev("o2", REMOTE, AIR, ISR, IRN, "2025-06-13", "2025-06-23", place(["Iran"], "IRN"), optional=True,
        note="Israel's campaign (background)")])

doc("israel-bat-yam-tamra-2025-06-15", "2025-06-15", "Harbour Courier",
    "Iranian missiles kill six in Bat Yam and four in Tamra",
    """TEL AVIV, June 15 (Harbour Courier) - An Iranian missile slammed into a residential building in Bat Yam, south of Tel Aviv, early on Sunday, killing six people, Israeli rescuers said, hours after another missile killed four women from one family in the Arab town of Tamra in northern Israel.

Iran says its barrages are revenge for Israel's surprise attack on Friday, when Israeli jets struck the Natanz enrichment site and killed the head of the Revolutionary Guards and other senior commanders in Tehran.

Overnight, Israeli aircraft also hit the Shahran fuel depot in Tehran, sending flames over the north of the city; Iranian media gave no casualty figures.""",
    [ev("g1", REMOTE, MISSILE, IRN, either(CIVILIANS, ISR), "2025-06-15", None,
        place(["Bat Yam", "Tel Aviv", "Tel Aviv District"], "ISR", 32.02, 34.75), dead=(6, 6), responds_to=["g3"],
        note="missile hits Bat Yam building; Iran calls its barrages revenge for Friday's attack"),
     ev("g2", REMOTE, MISSILE, IRN, either(CIVILIANS, ISR), "2025-06-14", "2025-06-15",
        place(["Tamra", "northern Israel", "Northern District"], "ISR", 32.85, 35.20), dead=(4, 4), responds_to=["g3"],
        note="missile kills four women in Tamra"),
     ev("g3", REMOTE, AIR, ISR, IRN, "2025-06-13", None,
        place(["Natanz", "Tehran", "Iran"], "IRN"), note="Israel's surprise attack on Friday (recalled)"),
     ev("g4", REMOTE, AIR, ISR, IRN, "2025-06-14", "2025-06-15",
        place(["Tehran", "Shahran", "Shahran fuel depot"], "IRN", 35.69, 51.39),
        note="Israeli strike on Shahran fuel depot (no response cue)")])

doc("thailand-cambodia-clashes-2025-07-24", "2025-07-24", "Meridian Wire",
    "Thai jets bomb Cambodian targets after rockets kill civilians",
    """BANGKOK, July 24 (Meridian) - Thai F-16 fighter jets bombed Cambodian military targets on Thursday in response to Cambodian rocket fire that killed at least nine civilians in Thailand's Sisaket province, the Thai army said, as a long-running border dispute erupted into the worst fighting between the neighbours in more than a decade.

The rockets struck homes and a petrol station in Kantharalak district, the army said. Earlier on Thursday, Thai and Cambodian troops exchanged fire near the ancient Ta Muen Thom temple in Surin province, with each side accusing the other of shooting first.

Cambodia's defence ministry said the Thai jets had dropped bombs on a road near the Preah Vihear temple and that its forces had acted in self-defence.

Thailand had already recalled its ambassador from Phnom Penh on Wednesday, after a landmine wounded five Thai soldiers on patrol.""",
    [ev("g1", REMOTE, AIR, THA, KHM, "2025-07-24", None,
        place(["Preah Vihear", "Preah Vihear temple", "Cambodia", "Oddar Meanchey"], "KHM"), responds_to=["g2"],
        note="Thai F-16 strikes on Cambodian targets, in response to the rocket fire"),
     ev("g2", REMOTE, MISSILE, KHM, either(CIVILIANS, THA), "2025-07-24", None,
        place(["Kantharalak", "Sisaket", "Si Sa Ket", "Sisaket province"], "THA", 14.65, 104.65), dead=(9, 9),
        note="Cambodian rockets kill at least nine civilians in Kantharalak"),
     ev("g3", BATTLES, CLASH, either(THA, KHM), either(THA, KHM), "2025-07-24", None,
        place(["Ta Muen Thom", "Ta Muen Thom temple", "Surin", "Surin province"], "THA", 14.35, 103.27),
        note="exchange of fire at Ta Muen Thom"),
     ev("o1", REMOTE, "Remote explosive/landmine/IED", either(KHM, {"names": ["Unidentified Armed Group"]}), THA,
        "2025-07-23", None, place(["Thailand", "Ubon Ratchathani", "Chong Bok"], "THA"), optional=True,
        note="landmine wounds five Thai soldiers (recalled)")])

doc("armenia-azerbaijan-border-2022-09-13", "2022-09-13", "Harbour Courier",
    "Dozens of Armenian soldiers killed as Azerbaijan shells border towns",
    """YEREVAN, Sept 13 (Harbour Courier) - Azerbaijani forces shelled towns inside Armenia overnight, including Jermuk, Goris and Vardenis, killing 49 Armenian soldiers, Prime Minister Nikol Pashinyan said on Tuesday, in the worst fighting between the two countries since their 2020 war.

Azerbaijan's defence ministry said its units had taken retaliatory measures after Armenian saboteurs laid mines and opened fire on Azerbaijani positions near Kalbajar and Lachin on Monday evening.

Armenia denied that account and appealed to Russia and its allies for help.""",
    [ev("g1", REMOTE, MISSILE, AZE, ARM, "2022-09-12", "2022-09-13",
        place(["Jermuk", "Goris", "Vardenis", "Vayots Dzor", "Syunik", "Gegharkunik", "Armenia"], "ARM", 39.84, 45.67),
        dead=(49, 49), responds_to=["g2"], note="Azerbaijani shelling of Jermuk, Goris, Vardenis (Baku: retaliation)"),
     ev("g2", [BATTLES, REMOTE], [CLASH, "Remote explosive/landmine/IED"], ARM, AZE, "2022-09-12", None,
        place(["Kalbajar", "Lachin", "Azerbaijan"], "AZE", 40.10, 46.04),
        note="Armenian mines and fire near Kalbajar and Lachin (Baku's account)")])

doc("afghanistan-pakistan-border-2025-10-12", "2025-10-12", "Gulf Ledger",
    "Taliban attack Pakistani border posts over air strikes",
    """KABUL, Oct 12 (Gulf Ledger) - Afghan Taliban forces attacked Pakistani army posts at several points along the border overnight, the Taliban government said on Sunday, calling the assault a retaliatory operation for Pakistani air strikes on Kabul and the eastern province of Paktika on Thursday.

Pakistan's military said 23 of its soldiers were killed in the fighting and that it hit back with artillery and air strikes, destroying 19 Taliban posts and killing more than 200 Taliban and allied fighters. The figures could not be verified.

Islamabad has not confirmed carrying out Thursday's strikes, which it says targeted the leaders of the Pakistani Taliban sheltering in Afghanistan. Qatar and Saudi Arabia urged restraint.""",
    [ev("g1", BATTLES, CLASH, TALIBAN, PAK, "2025-10-11", "2025-10-12",
        place(["Afghanistan-Pakistan border", "Durand Line", "Pakistan", "Khyber Pakhtunkhwa", "Kurram", "border"],
              "PAK"), responds_to=["g2"], note="Taliban attack on Pakistani border posts, retaliation for the strikes"),
     ev("g2", REMOTE, AIR, PAK, PAK_TALIBAN, "2025-10-09", None,
        place(["Kabul", "Paktika", "Afghanistan"], "AFG", 34.53, 69.17),
        note="Pakistani air strikes on Kabul and Paktika (not confirmed by Islamabad)"),
     ev("g3", [REMOTE, BATTLES], [MISSILE, AIR, CLASH], PAK, TALIBAN, "2025-10-11", "2025-10-12",
        place(["Afghanistan-Pakistan border", "Durand Line", "Afghanistan", "Pakistan", "border"], None),
        responds_to=["g1"], note="Pakistan hits back with artillery and air strikes")])

doc("russia-strikes-kyiv-2025-06-06", "2025-06-06", "Harbour Courier",
    "Russia pounds Kyiv in what it calls a response to attack on bomber bases",
    """KYIV, June 6 (Harbour Courier) - Russia pounded Kyiv and other Ukrainian cities with more than 400 drones and dozens of missiles overnight, killing at least four people in the capital, Ukrainian officials said on Friday.

Russia's defence ministry said the massive strike was carried out in response to what it called terrorist acts by Kyiv, a reference to Sunday's Ukrainian drone attack on Russian strategic bomber bases, which Ukraine's SBU security service said had damaged more than 40 aircraft.

In that operation, drones launched from trucks parked near the bases hit the Belaya air base in Siberia's Irkutsk region and the Olenya base in the Murmansk region.""",
    [ev("g1", REMOTE, BOTH, RUS, either(CIVILIANS, UKR), "2025-06-05", "2025-06-06",
        place(["Kyiv", "Kiev"], "UKR", 50.45, 30.52), dead=(4, 4), responds_to=["g2", "o1"],
        note="Russian drone and missile strike on Kyiv, a response to Sunday's drone attack"),
     ev("g2", REMOTE, AIR, UKR, RUS, "2025-06-01", None,
        place(["Belaya", "Belaya air base", "Irkutsk", "Irkutsk region", "Russia"], "RUS"),
        note="Ukrainian drone attack on bomber bases (Belaya)"),
     ev("o1", REMOTE, AIR, UKR, RUS, "2025-06-01", None,
        place(["Olenya", "Olenya base", "Murmansk", "Murmansk region", "Russia"], "RUS"), optional=True,
        note="the same operation at Olenya")])


def main() -> None:
    ids = {d["id"] for d, _ in DOCS}
    docs_path, gold_path = ROOT / "docs" / "dev.jsonl", ROOT / "gold" / "dev.jsonl"
    docs = [l for l in docs_path.read_text().splitlines() if l.strip() and json.loads(l)["id"] not in ids]
    gold = [l for l in gold_path.read_text().splitlines() if l.strip() and json.loads(l)["doc"]["id"] not in ids]
    docs += [json.dumps(d, ensure_ascii=False) for d, _ in DOCS]
    gold += [json.dumps({"doc": d, "events": e}, ensure_ascii=False) for d, e in DOCS]
    docs_path.write_text("\n".join(docs) + "\n")
    gold_path.write_text("\n".join(gold) + "\n")
    print(f"{len(DOCS)} reports, {sum(len(e) for _, e in DOCS)} gold items, "
          f"{sum(len(x['responds_to']) for _, e in DOCS for x in e)} links")


if __name__ == "__main__":
    main()
