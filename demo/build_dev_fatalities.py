"""Add five dev reports that exercise how deaths are counted (issue 2), with their gold.

Real, public incidents told in our own words (fictional outlets, `.example` URLs), written as of their
publication day; simplified where unsure: not a factual reference. None is in the holdout's table
(demo/README.md). What each one tests:

- sri-lanka-easter-bombings-2019-04-22: a nationwide toll over several blasts (never copied to each
  place), per-site figures ("more than 100 ... alone", "28 ... among them a dozen children"), a raid in
  which police were killed, arrests.
- nigeria-kaduna-train-2022-03-29: killed vs wounded vs unaccounted for vs abducted ("dozens").
- kenya-garissa-2015-04-03: victims and the attackers killed by security forces (summed), a part of
  the dead ("among the dead were two police officers"), a background bombing with its own toll.
- russia-kremlin-drones-2023-05-04: "no one was hurt" (0) beside an incident with no figure (null) and
  one with a figure and a part ("a family of four were among the dead").
- pakistan-quetta-station-garbled-2024-11-09: garbled copy, numbers in words and hyphenated,
  "including fourteen soldiers" (a part), "feared to rise"; the bomber who blew himself up is added (27).

Run from the repository root: `python demo/build_dev_fatalities.py` (appends the reports that are
not there yet to demo/docs/dev.jsonl and demo/gold/dev.jsonl; weekdays are asserted).
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
import gold_kit  # noqa: E402  (demo/gold_kit.py: the gold helpers every builder shares)
from gold_kit import place  # noqa: E402


def actor(names, country=None, backer=None):
    """A gold actor from a list of accepted names (gold_kit.actor takes them one by one)."""
    return gold_kit.actor(*names, code=country, backer=backer)


def event(id_, types, subs, a1, a2, start, end, loc, fatalities, note, optional=False, kind="event"):
    out = {"id": id_, "kind": kind, "event_type": types, "sub_event_type": subs, "actor1": a1, "actor2": a2,
           "date": {"start": start, "end": end}, "location": loc, "fatalities": fatalities,
           "responds_to": [], "note": note}
    if optional:
        out["optional"] = True
    return out


def toll(low, high=None):
    return {"low": low, "high": low if high is None else high}


CIVILIANS = ["Civilians", "civilians", "worshippers", "people", "passengers", "students", "residents"]

# weekdays the texts use, checked against the calendar
assert date(2019, 4, 21).strftime("%A") == "Sunday" and date(2019, 4, 22).strftime("%A") == "Monday"
assert date(2022, 3, 28).strftime("%A") == "Monday" and date(2022, 3, 29).strftime("%A") == "Tuesday"
assert date(2015, 4, 2).strftime("%A") == "Thursday" and date(2015, 4, 3).strftime("%A") == "Friday"
assert date(2023, 5, 3).strftime("%A") == "Wednesday" and date(2023, 5, 4).strftime("%A") == "Thursday"
assert date(2024, 11, 9).strftime("%A") == "Saturday"

REPORTS = []

# ---------------------------------------------------------------- Sri Lanka, Easter Sunday 2019
NTJ = ["National Thowheed Jamath", "NTJ", "National Thowheeth Jama'ath", "Unidentified Armed Group",
       "suicide bombers", "bombers", "little-known local Islamist group"]
REPORTS.append(({
    "id": "sri-lanka-easter-bombings-2019-04-22",
    "text": (
        "COLOMBO, April 22 (Meridian Wire) - The death toll from the suicide bombings that tore through three "
        "churches and three luxury hotels in Sri Lanka on Easter Sunday rose to 290 on Monday, police said, "
        "with more than 500 people wounded.\n\n"
        "The first blasts struck St Anthony's Shrine in Colombo's Kochchikade district, St Sebastian's Church "
        "in Negombo, north of the capital, and Zion Church in the eastern city of Batticaloa as worshippers "
        "gathered for Easter services. Minutes later bombers hit the Shangri-La, Cinnamon Grand and Kingsbury "
        "hotels in Colombo.\n\n"
        "More than 100 people were killed at St Sebastian's alone, a police official in Negombo said. In "
        "Batticaloa, hospital officials said 28 people died at Zion Church, among them at least a dozen "
        "children.\n\n"
        "Two more explosions followed in the afternoon. One hit a guesthouse in Dehiwala, south of Colombo, "
        "killing two people. Hours later three police officers were killed when explosives were set off as "
        "they raided a house in the Dematagoda area of the capital.\n\n"
        "The government blamed National Thowheed Jamath, a little-known local Islamist group, and said 24 "
        "people had been arrested. No group has claimed responsibility. A curfew was imposed overnight and "
        "social media platforms were blocked."),
    "published": "2019-04-22", "source": "Meridian Wire",
    "url": "https://meridianwire.example/asia/2019/04/22/sri-lanka-easter-toll-290",
    "title": "Sri Lanka Easter bombings toll rises to 290",
}, [
    event("g1", "Explosions/Remote violence", "Suicide bomb", actor(NTJ), actor(CIVILIANS + ["Civilians (Sri Lanka)"]),
          "2019-04-21", "2019-04-21",
          place(["Colombo", "Kochchikade", "St Anthony's Shrine", "Shangri-La", "Cinnamon Grand", "Kingsbury"],
                "LKA", 6.9271, 79.8612),
          None, "St Anthony's Shrine and three hotels in Colombo; no Colombo figure of its own (the 290 is nationwide)"),
    event("g2", "Explosions/Remote violence", "Suicide bomb", actor(NTJ), actor(CIVILIANS + ["Civilians (Sri Lanka)"]),
          "2019-04-21", "2019-04-21",
          place(["Negombo", "St Sebastian's Church", "Katuwapitiya"], "LKA", 7.2083, 79.8358),
          toll(100), "St Sebastian's Church, Negombo: more than 100 killed"),
    event("g3", "Explosions/Remote violence", "Suicide bomb", actor(NTJ), actor(CIVILIANS + ["Civilians (Sri Lanka)"]),
          "2019-04-21", "2019-04-21",
          place(["Batticaloa", "Zion Church"], "LKA", 7.7170, 81.7000),
          toll(28), "Zion Church, Batticaloa: 28 killed, a dozen children among them (a part)"),
    event("g4", "Explosions/Remote violence", ["Suicide bomb", "Remote explosive/landmine/IED"], actor(NTJ),
          actor(CIVILIANS + ["Civilians (Sri Lanka)"]), "2019-04-21", "2019-04-21",
          place(["Dehiwala", "Dehiwala-Mount Lavinia", "guesthouse"], "LKA", 6.8511, 79.8659),
          toll(2), "afternoon blast at a Dehiwala guesthouse, two killed"),
    event("g5", "Explosions/Remote violence", ["Suicide bomb", "Remote explosive/landmine/IED"], actor(NTJ),
          actor(["Police Forces of Sri Lanka", "police", "police officers", "Sri Lankan police"], "LKA"),
          "2019-04-21", "2019-04-21",
          place(["Dematagoda", "Colombo"], "LKA", 6.9366, 79.8797),
          toll(3), "explosives set off during a police raid in Dematagoda: three officers killed"),
    event("g6", "Strategic developments", "Arrests",
          actor(["Police Forces of Sri Lanka", "police", "government", "Government of Sri Lanka"], "LKA"),
          actor(["suspects", "people", "National Thowheed Jamath", "NTJ"]), "2019-04-21", "2019-04-22",
          place(["Sri Lanka", "Colombo"], "LKA"), None, "24 people arrested (no place or day of their own)",
          optional=True),
    event("o1", "Explosions/Remote violence", "Suicide bomb", actor(NTJ), actor(CIVILIANS), "2019-04-21",
          "2019-04-21", place(["Sri Lanka"], "LKA"), None,
          "the nationwide toll of 290 over all the blasts, as an aggregate", optional=True),
]))

# ---------------------------------------------------------------- Nigeria, Abuja-Kaduna train, 2022
REPORTS.append(({
    "id": "nigeria-kaduna-train-2022-03-29",
    "text": (
        "KADUNA, Nigeria, March 29 (Lakeside Courier) - Gunmen blew up a section of track and opened fire on a "
        "passenger train travelling from Abuja to Kaduna late on Monday, killing at least eight people and "
        "wounding 26, state officials said on Tuesday.\n\n"
        "The train, carrying more than 360 passengers, was forced to a halt near Katari, about 60 km south of "
        "Kaduna, after an explosive device damaged the line. The attackers then sprayed the carriages with "
        "gunfire and dragged passengers into the surrounding bush, survivors said.\n\n"
        "Kaduna state security commissioner Samuel Aruwan said the eight dead had been identified. The Nigerian "
        "Railway Corporation said 168 passengers had not been accounted for, and relatives feared that dozens "
        "had been abducted. No ransom demand has been made public.\n\n"
        "Soldiers who reached the scene overnight exchanged fire with the attackers, the army said, without "
        "giving casualty figures for either side.\n\n"
        "No group has claimed the attack. Gangs that kidnap for ransom operate along the Abuja-Kaduna corridor, "
        "and jihadist groups have expanded into the area. Rail services on the line were suspended."),
    "published": "2022-03-29", "source": "Lakeside Courier",
    "url": "https://lakesidecourier.example/africa/2022/03/29/kaduna-train-attack",
    "title": "Gunmen attack Abuja-Kaduna train, at least eight killed",
}, [
    event("g1", ["Violence against civilians", "Explosions/Remote violence"],
          ["Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"],
          actor(["Unidentified Armed Group", "gunmen", "attackers", "bandits", "Unidentified Armed Group (Nigeria)"]),
          actor(["Civilians", "civilians", "passengers", "train passengers", "Civilians (Nigeria)"]),
          "2022-03-28", "2022-03-28", place(["Katari", "Kaduna", "Kaduna state", "Abuja-Kaduna railway"], "NGA"),
          toll(8), "train bombed and fired on near Katari: 8 killed (26 wounded, 168 unaccounted for, abductions)"),
    event("g2", "Battles", "Armed clash",
          actor(["Military Forces of Nigeria", "soldiers", "army", "Nigerian army"], "NGA"),
          actor(["Unidentified Armed Group", "attackers", "gunmen"]), "2022-03-28", "2022-03-29",
          place(["Katari", "Kaduna"], "NGA"), None, "soldiers exchange fire with the attackers (no figures)",
          optional=True),
]))

# ---------------------------------------------------------------- Kenya, Garissa University College, 2015
SHABAAB = ["Al Shabaab", "al-Shabaab", "Al-Shabaab", "al Shabaab", "Somali Islamist group", "gunmen", "attackers"]
REPORTS.append(({
    "id": "kenya-garissa-2015-04-03",
    "text": (
        "GARISSA, Kenya, April 3 (Meridian Wire) - Kenya mourned on Friday after al-Shabaab gunmen stormed a "
        "university campus in the northeastern town of Garissa, killing 147 people, most of them students, in "
        "the deadliest attack on Kenyan soil since the bombing of the U.S. embassy in Nairobi in 1998.\n\n"
        "The attackers burst into Garissa University College before dawn on Thursday, firing at random before "
        "going from room to room in the dormitories, survivors said. The siege ended about 15 hours later when "
        "security forces stormed the building and killed all four gunmen, Interior Minister Joseph Nkaissery "
        "said.\n\n"
        "Among the dead were two police officers and a soldier, the minister said. At least 79 people were "
        "wounded, and officials said some students were still missing.\n\n"
        "The Somali Islamist group claimed responsibility, saying it had targeted the college because it stood "
        "on Muslim land. Police offered a reward for a man they named as the suspected organiser.\n\n"
        "More than 200 people were killed in the 1998 embassy bombing, which was carried out by al Qaeda."),
    "published": "2015-04-03", "source": "Meridian Wire",
    "url": "https://meridianwire.example/africa/2015/04/03/garissa-university-attack",
    "title": "Kenya mourns 147 killed in Garissa university attack",
}, [
    event("g1", ["Violence against civilians", "Battles"], ["Attack", "Armed clash"], actor(SHABAAB),
          actor(CIVILIANS + ["Civilians (Kenya)", "Garissa University College"]), "2015-04-02", "2015-04-02",
          place(["Garissa", "Garissa University College"], "KEN", -0.4532, 39.6461),
          toll(151), "Garissa University College: 147 killed, and the four gunmen killed by security forces"),
    event("g2", "Explosions/Remote violence", ["Suicide bomb", "Remote explosive/landmine/IED"],
          actor(["al Qaeda", "al-Qaeda", "Al Qaeda", "Unidentified Armed Group"]),
          actor(["Civilians", "civilians", "U.S. embassy", "Military Forces of the United States",
                 "Government of the United States"]),
          "1998-01-01", "1998-12-31", place(["Nairobi", "U.S. embassy"], "KEN", -1.2864, 36.8172),
          toll(200), "the 1998 embassy bombing, more than 200 killed"),
]))

# ---------------------------------------------------------------- Russia/Ukraine, 3 May 2023
REPORTS.append(({
    "id": "russia-kremlin-drones-2023-05-04",
    "text": (
        "KYIV/MOSCOW, May 4 (The Frontline Review) - Russia accused Ukraine on Thursday of trying to kill "
        "President Vladimir Putin with drones and vowed to respond, a day after it said two drones had been "
        "brought down over the Kremlin.\n\n"
        "The Kremlin said on Wednesday that air defences had disabled two drones aimed at the presidential "
        "residence overnight and that debris had fallen on the grounds. No one was hurt and Putin was not in "
        "the building, his spokesman said. Video shared online showed a small explosion above the dome of the "
        "Senate Palace.\n\n"
        "Ukraine's President Volodymyr Zelenskiy denied any involvement, saying Kyiv fought only on its own "
        "territory.\n\n"
        "Hours after the Kremlin's announcement, Russian shelling of the southern city of Kherson killed 21 "
        "people and wounded 48, regional officials said. Shells struck a supermarket, a railway station and a "
        "hardware shop, and a family of four were among the dead, the regional governor said.\n\n"
        "Russian artillery also shelled the town of Nikopol on Wednesday, the Dnipropetrovsk governor said, "
        "without giving details."),
    "published": "2023-05-04", "source": "The Frontline Review",
    "url": "https://frontlinereview.example/europe/2023/05/04/kremlin-drones-kherson-shelling",
    "title": "Moscow blames Kyiv for Kremlin drones; shelling kills 21 in Kherson",
}, [
    event("g1", "Strategic developments", "Disrupted weapons use",
          actor(["Military Forces of Russia", "air defences", "Russian air defences", "Kremlin", "Russia"], "RUS"),
          actor(["Military Forces of Ukraine", "Ukraine", "Unidentified Armed Group", "drones"], "UKR"),
          "2023-05-02", "2023-05-03", place(["Kremlin", "Moscow", "Senate Palace"], "RUS", 55.7520, 37.6175),
          toll(0), "two drones disabled over the Kremlin overnight; no one hurt (Ukraine denies)"),
    event("g2", "Explosions/Remote violence", "Shelling/artillery/missile attack",
          actor(["Military Forces of Russia", "Russia", "Russian forces", "Russian artillery"], "RUS"),
          actor(["Civilians", "civilians", "people", "Civilians (Ukraine)", "residents"]),
          "2023-05-03", "2023-05-03", place(["Kherson"], "UKR", 46.6354, 32.6169),
          toll(21), "Russian shelling of Kherson: 21 killed, 48 wounded, a family of four among the dead"),
    event("g3", "Explosions/Remote violence", "Shelling/artillery/missile attack",
          actor(["Military Forces of Russia", "Russia", "Russian forces", "Russian artillery"], "RUS"),
          actor(["Civilians", "civilians", "Civilians (Ukraine)"]),
          "2023-05-03", "2023-05-03", place(["Nikopol", "Dnipropetrovsk"], "UKR", 47.5712, 34.3964),
          None, "Nikopol shelled, no figure (null: nothing said)"),
]))

# ---------------------------------------------------------------- Pakistan, Quetta railway station, 2024 (garbled)
REPORTS.append(({
    "id": "pakistan-quetta-station-garbled-2024-11-09",
    "text": (
        "Quetta railway station blast: twenty-six peoples killed including fourteen soldiers, BLA claims\n\n"
        "At least twenty-six peoples including fourteen army personnels was killed and more then sixty got "
        "injured on Saturday morning when a suicide bomber was blowing himself up at the railway station of "
        "Quetta where passengers waiting for Peshawar bound train, police officials has said.\n\n"
        "The explosion was happened on the platform minutes before the Jaffar Express was to depart, many of "
        "the dead was soldiers returning home after a course, the railways official told. The death toll is "
        "feared to rise as several of the injured are in critical condition in Civil Hospital Quetta.\n\n"
        "Baloch Liberation Army (BLA) claim the responsibility of the attack in statement to media, saying its "
        "suicide squad target army personnel at the station.\n\n"
        "Prime Minister condemn the blast and order the report from the provincial government.\n\n"
        "Source link\n\nLeave a Comment\n\nShare this:\nFacebook\nX\nWhatsApp"),
    "published": "2024-11-09", "source": "pkdailyupdates.example",
    "url": "https://pkdailyupdates.example/2024/11/09/quetta-railway-station-blast",
    "title": "Quetta railway station blast: twenty-six peoples killed including fourteen soldiers, BLA claims",
}, [
    event("g1", "Explosions/Remote violence", "Suicide bomb",
          actor(["Baloch Liberation Army", "BLA", "suicide bomber", "bomber"]),
          actor(["Military Forces of Pakistan", "soldiers", "army personnel", "Civilians", "civilians",
                 "passengers", "Civilians (Pakistan)"], "PAK"),
          "2024-11-09", "2024-11-09", place(["Quetta", "Quetta railway station", "railway station"], "PAK",
                                            30.1798, 66.9750),
          toll(27), "suicide bombing at Quetta railway station: 26 killed including 14 soldiers (a part), + the bomber "
          "who blew himself up = 27"),
]))


def main() -> None:
    docs_path, gold_path = ROOT / "docs" / "dev.jsonl", ROOT / "gold" / "dev.jsonl"
    have = {json.loads(line)["doc"]["id"] for line in gold_path.read_text(encoding="utf-8").splitlines() if line}
    with docs_path.open("a", encoding="utf-8") as docs, gold_path.open("a", encoding="utf-8") as gold:
        for doc, events in REPORTS:
            if doc["id"] in have:
                continue
            docs.write(json.dumps(doc, ensure_ascii=False) + "\n")
            gold.write(json.dumps({"doc": doc, "events": events}, ensure_ascii=False) + "\n")
            print("added", doc["id"], len(events), "gold items")


if __name__ == "__main__":
    main()
