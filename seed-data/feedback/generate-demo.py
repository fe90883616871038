#!/usr/bin/env python3
"""Generate the JourneyStudio demo customer feedback under seed-data/feedback/demo/.

Python 3 standard library only. Deterministic: every random choice comes from random.Random
instances seeded from SEED plus a fixed label, so a re-run writes byte-identical files.

    python3 seed-data/feedback/generate-demo.py            # (re)write demo/ and check it
    python3 seed-data/feedback/generate-demo.py --check    # only re-parse demo/ and print counts

The feedback concerns the touchpoint cards of the three demo maps in seed-data/maps/
(bank-current-account, saas-trial-to-paid, broadband-moving-home). Each file imitates a real
tool's export (survey CSV, support CSAT CSV, Excel Unicode text, review pages, app-store Atom,
RSS, paged JSON API, webhook bodies). demo/README.md (written by this script) is the manifest and
demo/truth.csv the ground truth (which touchpoints each item concerns) for tests.
"""
import csv
import html
import io
import json
import math
import os
import random
import re
import shutil
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "demo")
MAPS_DIR = os.path.normpath(os.path.join(HERE, "..", "maps"))
SEED = 20260501
START = date(2026, 5, 1)
END = date(2026, 11, 20)          # inclusive
UTC = timezone.utc


def rng_for(*label):
    """A Random seeded from SEED and a label, so one part can change without reshuffling the rest."""
    return random.Random(f"{SEED}:" + ":".join(str(x) for x in label))


# ----------------------------------------------------------------------------------------------
# Time zones without tzdata: UK (GMT/BST) and US Pacific (PST/PDT) rules for 2026.
# ----------------------------------------------------------------------------------------------
BST_START = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
BST_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
PDT_START = datetime(2026, 3, 8, 10, 0, tzinfo=UTC)
PDT_END = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def london(dt):
    """UTC datetime -> aware datetime in Europe/London."""
    off = timedelta(hours=1) if BST_START <= dt < BST_END else timedelta(0)
    return dt.astimezone(timezone(off))


def pacific(dt):
    off = timedelta(hours=-7) if PDT_START <= dt < PDT_END else timedelta(hours=-8)
    return dt.astimezone(timezone(off))


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_offset(dt):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S%z")
    return s[:-2] + ":" + s[-2:]


def rfc822(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt.strftime('%H:%M:%S %z')}"


def long_date(d):
    return f"{d.day} {d.strftime('%B %Y')}"


# ----------------------------------------------------------------------------------------------
# A tiny template language for varied sentences:
#   {a|b|c}  one alternative     {?text}  optional (half the time)     {slot}  a named slot list
# Alternatives and slots may nest.
# ----------------------------------------------------------------------------------------------
def _close(s, i):
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("unbalanced braces in template: " + s)


def _split_top(s):
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def expand(tpl, rng, slots):
    out, i = [], 0
    while i < len(tpl):
        ch = tpl[i]
        if ch == "{":
            j = _close(tpl, i)
            inner = tpl[i + 1:j]
            if inner.startswith("?"):
                if len(_split_top(inner)) > 1:
                    raise ValueError("'|' directly inside {?...}; write {?{a|b}}: " + tpl)
                if rng.random() < 0.5:
                    out.append(expand(inner[1:], rng, slots))
            else:
                parts = _split_top(inner)
                if len(parts) > 1:
                    out.append(expand(rng.choice(parts), rng, slots))
                elif inner in slots:
                    v = slots[inner]
                    out.append(v(rng) if callable(v) else expand(rng.choice(v), rng, slots))
                else:
                    raise KeyError(f"unknown slot {{{inner}}} in: {tpl}")
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def cap(s):
    s = s.strip()
    return s[:1].upper() + s[1:] if s else s


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def wchoice(rng, weighted):
    """weighted: dict value->weight or list of (value, weight)."""
    items = list(weighted.items()) if isinstance(weighted, dict) else list(weighted)
    total = sum(w for _, w in items)
    r = rng.random() * total
    for v, w in items:
        r -= w
        if r < 0:
            return v
    return items[-1][0]


def days():
    d = START
    while d <= END:
        yield d
        d += timedelta(days=1)


# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------
FIRST = ["Maya", "Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "Noah", "Mia", "Leo", "Sophie",
         "Arjun", "Priya", "Mohammed", "Aisha", "Kwame", "Chloe", "Ethan", "Grace", "Liam", "Ruby",
         "Daniel", "Hannah", "Tom", "Megan", "Callum", "Zara", "Ben", "Ellie", "Josh", "Freya",
         "Sam", "Lucy", "Adam", "Niamh", "Ryan", "Fatima", "Owen", "Jade", "Kieran", "Olivia",
         "Rhys", "Yasmin", "Connor", "Holly", "Imran", "Beth", "Marcus", "Laura", "Dev", "Emma",
         "Jamie", "Siobhan", "Margaret", "Gareth", "Alice", "Tariq", "Nadia", "Ewan", "Kate",
         "Ade", "Chen", "Wei", "Ana", "Lewis", "Rosie", "Femi", "Harriet", "Ibrahim", "Caitlin"]
LAST = ["Okafor", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Khan", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
        "Green", "Hall", "Wood", "Hughes", "Clarke", "Jackson", "Shah", "Ali", "Lewis", "Harris",
        "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
        "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
        "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson",
        "Bailey", "Collins", "Bell", "Murphy", "Nguyen", "Mensah", "Reyes", "Brennan", "Hussain",
        "Begum", "Adeyemi", "Kowalski", "Campbell", "Stewart", "MacDonald", "Fraser"]
MAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com", "inbox.example.net"]
CITIES = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Nottingham", "Sheffield",
          "Birmingham", "Newcastle", "Liverpool", "Edinburgh", "Brighton", "Leicester", "York",
          "Norwich", "Belfast", "Southampton", "Coventry"]
CITY_LATLON = {"Leeds": (53.7997, -1.5492), "Manchester": (53.4808, -2.2426), "Bristol": (51.4545, -2.5879),
               "Glasgow": (55.8642, -4.2518), "Cardiff": (51.4816, -3.1791), "Nottingham": (52.9548, -1.1581),
               "Sheffield": (53.3811, -1.4701), "Birmingham": (52.4862, -1.8904), "Newcastle": (54.9783, -1.6178),
               "Liverpool": (53.4084, -2.9916), "Edinburgh": (55.9533, -3.1883), "Brighton": (50.8225, -0.1372),
               "Leicester": (52.6369, -1.1398), "York": (53.9600, -1.0873), "Norwich": (52.6309, 1.2974),
               "Belfast": (54.5973, -5.9301), "Southampton": (50.9097, -1.4044), "Coventry": (52.4068, -1.5197)}


class Person:
    def __init__(self, rng, first=None, last=None):
        self.first = first or rng.choice(FIRST)
        self.last = last or rng.choice(LAST)
        self.city = rng.choice(CITIES)
        style = rng.random()
        f, l = ascii_fold(self.first).lower(), ascii_fold(self.last).lower().replace(" ", "")
        if style < 0.35:
            local = f"{f}.{l}"
        elif style < 0.55:
            local = f"{f}{l}{rng.randint(80, 99) if rng.random() < 0.5 else rng.randint(1, 30)}"
        elif style < 0.75:
            local = f"{f[0]}{l}"
        else:
            local = f"{f}_{l[:3]}{rng.randint(1, 999)}"
        self.email = f"{local}@{rng.choice(MAIL_DOMAINS)}"

    @property
    def name(self):
        return f"{self.first} {self.last}"

    @property
    def short(self):
        return f"{self.first} {self.last[0]}."


def ascii_fold(s):
    table = str.maketrans("éèêëáàâäíìîïóòôöúùûüçñøåßœæÉÈÁÀÓÖÜÇÑŁłőŞşğ", "eeeeaaaaiiiioooouuuucnoasoaEEAAOOUCNLloSsg")
    return s.translate(table)


NICK_WORDS = ["Frustrated", "Happy", "Tired", "Busy", "New", "Honest", "Fed up", "Pleased", "Grad",
              "Renter", "Customer", "User", "Commuter", "Nurse", "Student", "Dad", "Mum"]


def nickname(rng, p):
    r = rng.random()
    if r < 0.35:
        return f"{ascii_fold(p.first).lower()}{ascii_fold(p.last)[0].lower()}_{rng.randint(88, 99) if rng.random() < 0.6 else rng.randint(0, 9):02d}"
    if r < 0.55:
        return f"{p.first}{rng.randint(1, 999)}"
    if r < 0.75:
        return f"{rng.choice(NICK_WORDS)} {rng.choice(['in ' + p.city, 'customer', 'user', p.first.lower(), 'renter', 'of ' + p.city])}"
    if r < 0.9:
        return p.short
    return f"{ascii_fold(p.first)[:3].upper()}{rng.randint(1980, 2004)}"


# ==============================================================================================
# Content: what customers say, per map and touchpoint card. Sentences are templates (see expand).
# A touchpoint entry:
#   rate   items per week across all sources (before seasonality and noise)
#   mix    (share negative, share neutral); the rest are positive
#   story  optional: {"kind": "improve"|"worsen", "date", "ramp" days, "before": mix, "after": mix,
#          "vol_after": volume factor after the date}; text then comes from eras["before"/"after"]
#   src    weights of the sources this touchpoint's feedback arrives through
#   neg/neu/pos  sentence templates mentioning the touchpoint; t_neg/t_pos  review titles
# ==============================================================================================

BANK = {
    "map": "bank-current-account",
    "label": "Northwind Bank: opening a current account",
    "slots": {
        "device": ["iPhone 12", "iPhone 13 mini", "iPhone 14", "iPhone 15", "old iPhone SE", "Pixel 7",
                   "Pixel 6a", "Galaxy S22", "Galaxy A53", "Galaxy A14", "OnePlus 9", "Motorola G54"],
        "city": CITIES,
        "job": ["a junior doctor", "a trainee solicitor", "a graduate engineer", "on a grad scheme",
                "a teaching assistant", "a nurse on nights", "a trainee accountant", "a junior developer",
                "a physio", "working in retail management"],
        "abroad": ["in Lisbon", "in Milan", "in Kraków", "in Porto", "in Amsterdam", "in Barcelona",
                   "in Dublin", "in Berlin", "in Nice", "in Athens"],
        "weeks": ["six", "seven", "eight", "nine"],
        "agent": ["Jas", "Tom", "Ade", "Megan", "Priya", "Callum", "Rosie", "Imran", "Beth", "Dev"],
        "few": ["two", "three", "four"],
        "many": ["four", "five", "six", "seven"],
    },
    "openers": {
        "neg": ["Really disappointed{?, honestly}.", "Not impressed so far.", "I wanted to like this bank.",
                "Where do I start.", "Came for the slick app, nearly left in the first week.",
                "Honestly the most stressful part of starting my new job.", "Not a great first impression.",
                "I'm normally patient with new apps."],
        "neu": ["Mixed feelings so far.", "Mostly fine, a couple of things.", "A few thoughts.",
                "Okay overall."],
        "pos": ["Really impressed.", "Honestly better than I expected.", "Quick shout-out.",
                "Genuinely good experience.", "First bank that hasn't made me want to scream.",
                "Credit where it's due."],
    },
    "context": ["I've just started my first {graduate job|proper job|job after uni} in {city}.",
                "I'm {job} and rent a flat in {city}.",
                "This was my first time opening an account without going into a branch.",
                "I've moved flats {few} times in the last three years{?, like most people my age}.",
                "My salary lands on the 28th, so timing mattered.",
                "Did all of this on my phone on the bus home.",
                "I'm 23 with almost no credit history.",
                "My old student account was with one of the big banks and I wanted something better.",
                "Opened it the week before my first payday."],
    "details": ["This was {on a Sunday night|on a Tuesday evening|during my lunch break|first thing on Monday|at about 11pm|on the train to work|on my day off}.",
                "{All of this|It all|This} happened {last week|the week before payday|the week I started my job|over the bank holiday weekend|in my first week|a couple of weeks ago}.",
                "I'm on {an iPhone 13|a Pixel 7|a Galaxy A53|an iPhone SE|an iPhone 15|a fairly new Samsung|an old Motorola}{?, if that helps}.",
                "{My flatmate|A friend from work|My sister|My boyfriend|My girlfriend|My cousin} {had the same thing|had the exact same experience|said it was the same for them|warned me about this}.",
                "{First|Only the second} bank account I've opened on my own{?, so maybe my expectations were off}.",
                "{Took|It took} {about twenty minutes|around half an hour|most of my lunch break|two evenings|longer than I'd hoped} {in total|all in|start to finish}."],
    "impact": {
        "neg": ["{I had rent due on the 1st|My first salary was days away|My landlord was waiting on a standing order|I needed it sorted before payday}, so {this was stressful|the timing was awful|I was panicking a bit}.",
                "I've {already|nearly} {gone back to|thought about going back to} my old bank because of it.",
                "{Spent|Wasted} {an hour|most of an evening|a whole lunch break|a good chunk of my weekend} on this.",
                "{Not|Hardly} the {'spend the same day'|'open in minutes'} experience {I was sold|the adverts promise}."],
        "neu": ["Nothing dramatic, just {a bit slow|a bit clunky|not as slick as the adverts}.",
                "{Could be smoother|Could be quicker}, {but fine|but it works}."],
        "pos": ["{Made|It made} my first {week|month} in the new job {a lot|so much} easier.",
                "{Told|I've told} {my flatmates|my team at work|my brother|half my grad cohort} to {open one|give it a go}.",
                "{Genuinely|Honestly} {the easiest|the least painful} bit of {adulting|starting work} so far."],
    },
    "closers": {
        "neg": ["Sort it out.", "Not good enough for a bank that sells itself on speed.",
                "Can't recommend it yet.", "Seriously considering going back to my old bank.",
                "{Two stars|One star} only because the app looks nice.", "Please fix this.",
                "Very stressful week.", "Really not what I expected."],
        "neu": ["We'll see how it goes.", "Fine for now.", "Room for improvement but okay."],
        "pos": ["Would recommend.", "Great job{?, honestly}.", "Exactly what I wanted.",
                "Already told my flatmates.", "Keep it up.", "Five stars from me.", "Happy so far."],
    },
    "titles": {"neg": ["Not impressed", "Disappointing", "Almost gave up", "Needs work", "Stressful"],
               "neu": ["It's okay", "Good but…", "Mixed"],
               "pos": ["Great bank", "Love it", "Brilliant", "So easy", "Finally a decent bank"]},
    "offtopic": ["Would love a branch in {city}{?, or at least somewhere to pay in cash}.",
                 "Please add a dark mode.", "Good bank overall{?, nothing else to add}.",
                 "Can I open a joint account yet? {My partner wants in|Asking for my partner}.",
                 "The new app icon was an unnecessary change.",
                 "{Solid|Decent} bank. Would like {a credit card|cashback on bills} next.",
                 "Why is there no widget for my balance?"],
    "tps": {
        "t-aw-social": {
            "rate": 1.3, "mix": (0.45, 0.2), "src": {"reviews": 2, "appstore": 1, "survey": 1},
            "neg": ["The instagram ad said 'open in 10 minutes, card in your wallet today'. {It took me most of an evening|It took closer to an hour|I was still waiting on checks three days later}.",
                    "Saw the instagram ad {on the bus|while scrolling at lunch} and thought it was too good to be true. {It was|Turns out it was}.",
                    "That 10 minutes claim in the {reel|instagram ad} is only true if nothing needs checking{?, which for a renter is never}.",
                    "The instagram ad doesn't mention you need {a passport with a chip|a chipped passport}{?, my driving licence wasn't {accepted|good enough}}."],
            "neu": ["Found you through an instagram ad. {Sign-up was okay|It was fine|No real complaints}, {took a bit longer than 10 minutes|more like 25 minutes than 10 minutes|not quite 10 minutes but close}."],
            "pos": ["Saw the instagram ad and was sceptical, but it really was about 10 minutes{ start to finish| from download to card}.",
                    "{Fair play|Credit to you}, the instagram ad was honest: {account open|account opened} and card in my phone wallet {before my tea went cold|before the end of my lunch break|before my bus stop}.",
                    "Came from an instagram ad{ a friend sent me|} and the sign-up matched what the video showed."],
            "t_neg": ["Not 10 minutes", "Misleading advert"], "t_pos": ["Does what the ad says", "Actually quick"],
        },
        "t-aw-referral": {
            "rate": 2.6, "mix": (0.4, 0.15), "src": {"survey": 3, "reviews": 2},
            "neg": ["The referral page {never mentioned|buried the fact|didn't make it obvious} that the £100 switching bonus needs £1,000 of salary paid in within {30 days|a month}{?, which for a new job is tight}.",
                    "My colleague's referral link {didn't carry the code over|dropped the code} when I {opened the app|finished signing up}, so {no bonus for either of us|neither of us got the bonus}.",
                    "Still waiting for the switching bonus {weeks} weeks later{?, and chat says it's 'in progress'}.",
                    "The £100 switching bonus terms are {two clicks deep|hidden behind a 'terms apply' link|in tiny grey text}. {Felt a bit sneaky|Not a great look|Why hide them?}",
                    "Got told I didn't qualify for the switching bonus because my salary arrived on day {31|32|33}."],
            "neu": ["Came via a {referral link|colleague's referral}. The switching bonus {seems|looks} {fine|fair enough} but the conditions could be {clearer|spelled out better}.", "The £100 for switching is a nice carrot, just wish the {rules|conditions} were on the first screen."],
            "pos": ["Used a referral link from a {colleague|friend|flatmate} and the £100 {landed|arrived} {the week after|a few days after} my first salary. {Easy money|Nice touch|No catch}.",
                    "The switching bonus was paid {exactly|right} when the referral page said it would be{?, no chasing needed}.", "{Got|Received} the £100 {for switching|bonus} {a week after|shortly after} my salary went in. {No catch|As promised}.",
                    "Referral code worked first time and the bonus terms were spelled out {clearly|in plain English}."],
            "t_neg": ["Where is my £100?", "Bonus terms hidden", "Referral code didn't work"],
            "t_pos": ["Bonus paid on time", "Good referral deal"],
        },
        "t-co-web": {
            "rate": 2.6, "mix": (0.35, 0.2), "src": {"survey": 3, "reviews": 1},
            "neg": ["The eligibility checker said I was '{very likely|likely}' to be accepted{ and then| but} {I was referred for manual checks|I still had to wait two days}.",
                    "The fee table {doesn't say|hides} what happens with cash withdrawals abroad; {feels like|smells like} hidden fees.",
                    "Eligibility checker {crashed|froze|kept spinning} on {Safari|my laptop|Chrome} {twice|three times} before giving me a result.",
                    "Nowhere on the current account page does it say whether the eligibility checker {leaves a mark on|affects|shows up on} my credit file. I had to {google it|ask on Reddit}."],
            "neu": ["Used the eligibility checker, result was '{likely|very likely}'. {The page is fine|Page is okay|The website is fine} but {a bit long|a lot of scrolling|wordy}.", "Website was {fine|ok} for comparing, {the fee table is a bit dense|took me a while to find the overdraft bit}."],
            "pos": ["The eligibility checker took {a minute|about a minute|under a minute} and {clearly said|said up front} it {wouldn't affect my credit score|was a soft search}.",
                    "Fee table was genuinely clear{?, no hidden fees that I can find}. {Refreshing|Rare for a bank}.",
                    "Compared {three|four} banks and yours was the only current account page that answered my questions without {ringing anyone|having to phone}.", "The website {laid out|spelled out} the fees {better than the others|in plain English}{?, and the soft search didn't touch my credit score}."],
            "t_neg": ["Checker result meant nothing", "Hidden fees?"], "t_pos": ["Clear fees", "Quick eligibility check"],
        },
        "t-co-overdraft": {
            "rate": 1.0, "mix": (0.5, 0.25), "src": {"survey": 2, "reviews": 1},
            "neg": ["39.9% EAR on an overdraft {is steep|is brutal} for someone on a graduate salary{?, and the calculator made me work that out myself}.",
                    "The overdraft calculator {only shows|just shows} a monthly cost, not the interest rate{ until you scroll| in plain sight}.",
                    "Asked for a £500 overdraft, the calculator said £{4|6|8} a month, the letter said more."],
            "neu": ["Overdraft {interest rate|rate} is about what {everyone|every bank} charges{?, nothing special}.", "The overdraft is {pricey|expensive} but {no worse than|about the same as} my old bank."],
            "pos": ["The overdraft calculator showed me exactly what £{200|300|500} for a fortnight would cost. {Glad I checked|Very useful}.",
                    "{The|Your} interest rate {is high|isn't cheap|made me wince} but at least the overdraft calculator is {honest|upfront} about it."],
            "t_neg": ["Overdraft is expensive"], "t_pos": ["Honest overdraft calculator"],
        },
        "t-co-sales": {
            "rate": 1.7, "mix": (0.35, 0.2), "src": {"survey": 3, "reviews": 1},
            "neg": ["Waited {20|25|35|40} minutes in the queue for the sales chat, then {got cut off|it closed at 8pm|it timed out}.",
                    "The adviser {just pasted links|copied bits of the FAQ|sent me three help articles} instead of {answering|telling me} whether I'd pass a soft search.",
                    "Asked the adviser if I'd qualify with {three addresses|no credit history|a brand-new job}; {got|the answer was} 'apply and see'."],
            "neu": ["Sales chat was {okay|alright}, the adviser was polite but {had to check everything|a bit slow|clearly reading from a script}.", "Spoke to someone on the product page chat before applying; {helpful enough|fine, nothing special}."],
            "pos": ["The adviser on the sales chat explained soft vs hard search {in one sentence|in plain words} and sent me a pre-filled link.",
                    "{Really helpful|Lovely} adviser, {agent} I think, answered everything about the fees {in about five minutes|quickly}.",
                    "{Sales chat|The chat on the product page} picked up within a minute{?, at quarter to eight at night} and the adviser {knew their stuff|was spot on}."],
            "t_neg": ["Chat before applying was useless"], "t_pos": ["Helpful adviser"],
        },
        "t-ap-form": {
            "rate": 8.0, "mix": (0.55, 0.15), "src": {"survey": 3, "appstore": 3, "reviews": 1},
            "neg": ["The address lookup {can't find|doesn't know} my {new-build flat|flat in a converted mill|block that was finished last year}, so I typed it by hand and then {it didn't match|the checks failed}.",
                    "Eleven screens of application form on a phone{ is too many| is a lot}. {Screen seven|The address history screen} is where I nearly gave up.",
                    "Why does the application form need every address since 2022? I've moved {few} times{?, I'm a renter}.",
                    "The application form {logged me out|reset itself} when I switched apps to copy my {National Insurance number|employer's address}.",
                    "The address lookup listed {Flat 1 to Flat 8|every flat except mine} and nothing for {12b|4a|Flat 9}.",
                    "Address lookup returned {the wrong street|an old address} for my building{?, so I had to type it manually}."],
            "neu": ["Application form is {okay|fine|alright} but it asks for {a lot of|three years of|way too much} address history.", "Applying was {fine|ok} overall, {just long|a few too many screens|a bit repetitive} on a phone.",
                    "The application form took {about a quarter of an hour|around 15 minutes|20 minutes or so}. {Fine, not fast|Not bad, not quick}."],
            "pos": ["The application form was {straightforward|painless}, {about eight minutes|done in the time of a bus ride}.",
                    "Address lookup found my {flat|new-build flat|building} straight away{?, which no other bank managed}.", "Put my postcode in and it {found my flat first time|had my address instantly}. {Nice|Impressed}.",
                    "{Nice|Clean} application form, {clear progress bar|tells you how many screens are left}."],
            "t_neg": ["Address lookup useless", "Form is far too long", "Gave up on screen 7"],
            "t_pos": ["Smooth application", "Easy to apply"],
        },
        "t-ap-save": {
            "rate": 1.6, "mix": (0.25, 0.2), "src": {"survey": 3, "appstore": 1},
            "neg": ["Used 'continue later' and the {email|sign-in} link {had expired|was dead} {by the next morning|the next day}, so I started again from scratch.",
                    "Link expired {before I got home|overnight}. Had to re-enter {everything|all three years of addresses}."],
            "neu": ["Continue later {link|email} worked, though it made me {sign in twice|re-enter my date of birth}.", "Picking the application back up the next day {worked|was fine}, a bit clunky."],
            "pos": ["Stopped halfway to find my passport; the continue later email {worked fine|brought me straight back} {the next evening|two days later}.",
                    "Handy that you can continue later; picked up on my {laptop|work computer|iPad} where I'd left off on my phone."],
            "t_neg": ["Lost my application"], "t_pos": ["Handy resume link"],
        },
        "t-ve-id": {
            "rate": 14.0, "src": {"survey": 4, "appstore": 4, "reviews": 2},
            "story": {"kind": "improve", "date": date(2026, 8, 15), "ramp": 10,
                      "before": (0.72, 0.1), "after": (0.16, 0.12), "vol_after": 0.85,
                      "what": "App 5.16.0 and the ID vendor's new liveness model: low-light guidance before recording and an automatic retry (pain point p-ve-selfie)"},
            "eras": {
                "before": {
                    "neg": ["The selfie check failed {many} times {in my kitchen|in my bedroom|at night|even next to the window}{?, it just kept saying 'face not detected'}.",
                            "{Passport chip scan worked first time|Passport scan was fine}, but the selfie video {kept timing out|wouldn't pass|failed every time}.",
                            "I've tried to verify my identity {many} times {over two days|since Sunday}. {It's the selfie every time|Every time it's the selfie bit}.",
                            "Ended up doing the selfie {outside under a street light|in the bathroom with the light on full|in the office toilets} to get the ID check to pass.",
                            "The ID check wants {studio lighting|perfect light}. {Most flats don't have that|Not everyone lives somewhere bright}.",
                            "ID check said '{image too dark|face not detected|try again}' with no tips on what to do{?, so I just kept trying}.", "The face scan bit {failed|kept failing} {over and over|about five times} until I {went outside|stood under the big light}.",
                            "Couldn't verify my identity on my {device}; {had to borrow my flatmate's phone|gave up and used my mum's iPhone}.",
                            "The selfie liveness thing asks you to {turn your head|blink and turn} and then {says you moved too fast|fails anyway|times out}.", "The video-of-your-face step is {impossible|a nightmare} {in a dim flat|after dark|with any shadow}."],
                    "neu": ["Selfie check took {two|three} goes, {not the end of the world|annoying but fine|got there}.",
                            "ID check was {fiddly|a bit temperamental} but I got through on {the second day|my second evening of trying}."],
                    "pos": ["ID check was fine for me, passport chip read first go and the selfie passed{?{, daylight helps|, did it by a window}}.",
                            "Selfie check passed {on the second try|first time} by the window. {Can't fault it|Quick enough}."],
                },
                "after": {
                    "neg": ["Passport chip scan wouldn't read on my {device}{?, selfie was fine though}.",
                            "Still failed the selfie once, {although|but} at least it told me {why|what to fix} this time.",
                            "The ID check {froze|crashed|hung} after the selfie and I had to start the verify my identity bit again."],
                    "neu": ["Selfie check took two goes but the new {tips|lighting tips|guidance} helped.", "Verification {was ok|was fine}, passport scan needed a couple of tries.",
                            "ID check {fine|ok}, passport chip scan a bit {fiddly|fussy about where you hold it}."],
                    "pos": ["The new ID check told me to {move somewhere brighter|turn a light on|face the window} before recording and then passed first time.", "Verifying was {quick|painless} – it {warned me the room was too dark|told me to find better light} and then {went straight through|passed straight away}.",
                            "Passport scan and selfie done in {under two minutes|about a minute|no time}{?, really slick}.",
                            "After the update the selfie check just worked{?{, my friend had hell with it in July|, my flatmate struggled with it in the summer}}.",
                            "{Loved|Liked} that the ID check shows a little light meter now. {Passed first try|First go}.",
                            "Way easier to verify my identity than I expected{?{, I was dreading it after reading the old reviews|, the old reviews had me worried}}.",
                            "The selfie check even retried by itself when I {blinked|moved}. {Clever|Nice|Smart}."],
                },
            },
            "t_neg": ["Selfie check is broken", "Can't verify my identity", "Face not detected x5"],
            "t_pos": ["Fine for me", "No problems"],
            "t_after": {"neg": ["Passport scan won't read", "Still fiddly"], "pos": ["ID check actually works now", "Passed first time", "Smooth ID check"]},
        },
        "t-ve-poa": {
            "rate": 6.0, "mix": (0.65, 0.12), "src": {"survey": 4, "appstore": 2, "reviews": 2},
            "neg": ["They rejected my utility bill because it was {four|five} months old{?, the policy says three but it's the newest one I have}.",
                    "I'm a renter, {bills are in my landlord's name|all the bills are in my flatmate's name|bills are included in my rent}. {What proof of address am I supposed to have?|Proof of address rules should not assume you own a house.}",
                    "Uploaded proof of address {twice|three times} and heard nothing for {two days|48 hours|three days}.",
                    "{They|The app} rejected my {council tax bill|e-statement|payslip} as proof of address{?, apparently only paper counts}.",
                    "Why won't you accept an e-statement? Nobody {under 30|my age} gets a paper utility bill.", "They wanted a paper bill {from the last three months|less than three months old} and {mine was older|I don't get paper bills}. {Ridiculous in 2026|Stuck for days}.",
                    "The proof of address upload {failed|errored} {at 99%|with 'file too large'} on a {phone photo|PDF}."],
            "neu": ["Had to send proof of address, took {a day|about a day|24 hours}. {Bit annoying but okay|Slightly annoying, fine}.", "Had to upload a bill to prove where I live. {Went through|Approved} {the next day|after a day}."],
            "pos": ["Proof of address upload was quick, {approved the same afternoon|approved within a couple of hours}.",
                    "Took a photo of my {utility bill|council tax bill} and it was accepted {within the hour|straight away|by the evening}."],
            "t_neg": ["Rejected my bill", "Proof of address nightmare"], "t_pos": ["Quick approval"],
        },
        "t-ve-credit": {
            "rate": 3.5, "mix": (0.45, 0.15), "src": {"survey": 3, "reviews": 2},
            "neg": ["Declined by email with no reason and no number to call{?, just 'we're unable to offer you an account'}.", "Got a 'sorry, we can't offer you an account' email. {No reason given|Not a word about why}{?, and nobody on chat could say}.",
                    "The credit check email said 'referred' and then {nothing for 48 hours|silence for two days}.",
                    "Got declined{ for an account with no overdraft|}? {I have a job and a payslip|I'm literally on a graduate salary}.",
                    "Did a hard credit check {without asking|even though I ticked soft search only|that now shows on my file}."],
            "neu": ["Credit check email arrived {next morning|the following day|overnight}. Approved, {no drama|all good}.", "Decision took {a day|about a day|a couple of days} to come through. {Fine|Approved in the end}."],
            "pos": ["Credit check email came through {within an hour|in about 20 minutes}{?, approved}. {Relief|Brilliant}.",
                    "Approved after the credit check{?, even with my thin credit file}, and the email {explained|said clearly} what happens next."],
            "t_neg": ["Declined with no reason", "Referred and forgotten"], "t_pos": ["Fast decision"],
        },
        "t-on-welcome": {
            "rate": 1.2, "mix": (0.2, 0.25), "src": {"survey": 1},
            "neg": ["The welcome email went straight to spam{?, and I needed the sort code for payroll that day}.",
                    "Welcome email {didn't include|was missing} the sort code{, only the last four digits of the account|}."],
            "neu": ["Welcome email was {fine|ok}. Sort code is also in the app anyway."],
            "pos": ["Welcome email had my sort code and account number in one place, {sent it straight to HR|forwarded it to payroll in seconds}.",
                    "Friendly welcome email{?, actually readable} that told me what happens next."],
        },
        "t-on-card": {
            "rate": 7.0, "src": {"survey": 3, "appstore": 3, "reviews": 2},
            "story": {"kind": "worsen", "date": date(2026, 9, 28), "ramp": 7,
                      "before": (0.14, 0.12), "after": (0.62, 0.12), "vol_after": 1.6,
                      "what": "Card production moved to a new card bureau; physical debit cards and replacements arrive 2–3 weeks late (virtual card and Apple Pay unaffected)"},
            "eras": {
                "before": {
                    "neg": ["PIN letter came {two days after|after} the card, so no cash for a week.",
                            "Apple Pay setup {failed|errored} the first time, worked after reinstalling."],
                    "neu": ["Card arrived after {about a week|five or six days}. Apple Pay worked in the meantime."],
                    "pos": ["Added the card to Apple Pay straight away and {bought lunch|paid for my coffee|tapped in on the Tube} {the same day|an hour later}.",
                            "Physical card arrived in {three|four} working days{?, nice design too}.",
                            "Virtual card in Apple Pay {within minutes|instantly}. That's the bit that {sold me|won me over}.", "Was paying with my phone {before I'd left the sofa|the same evening}{?, the plastic card turned up on Thursday}.",
                            "My card arrived {on Thursday|two days later}{ and the PIN was in the app|}."],
                },
                "after": {
                    "neg": ["My physical card didn't arrive {after two weeks|after 12 working days|after three weeks}{?, chat says it was posted}.",
                            "Card didn't arrive, ordered a replacement, that didn't arrive either{?, so that's two cards lost somewhere}.",
                            "Apple Pay works but I can't {get cash out|use a cash machine|pay at my gym, which only takes chip and PIN} without the physical card.",
                            "Still waiting for my card {16|18|20} days later. The app just says 'on its way'.",
                            "Was told 3–5 working days. {It's been|We're on} {day 11|day 14|two and a half weeks}. {Card didn't arrive|Still no card}.",
                            "{Two|Three} of us in the flat opened accounts in October and none of our cards arrived on time."],
                    "neu": ["Card arrived after {about ten days|nearly two weeks}. Apple Pay worked in the meantime.", "My debit card took {ages|ten days} in the post, phone payments were fine meanwhile."],
                    "pos": ["Apple Pay set up instantly and my card arrived in {six|seven} days, slower than promised but {fine|ok}.",
                            "Virtual card in Apple Pay straight away{?, haven't needed the plastic one yet}."],
                },
            },
            "t_neg": ["PIN letter late"],
            "t_pos": ["Apple Pay straight away", "Card arrived quickly"],
            "t_after": {"neg": ["Card never arrived", "Still no card", "Where is my card?"], "pos": ["Apple Pay straight away"]},
        },
        "t-on-switch": {
            "rate": 3.4, "mix": (0.3, 0.2), "src": {"survey": 3, "reviews": 2},
            "neg": ["The switch {missed|dropped} {one of my direct debits|my phone bill's direct debit|my gym direct debit} and I got {a late fee|a £12 charge}.",
                    "The switch was supposed to complete on {a Tuesday|the 14th|payday} and my salary went to the old account anyway.",
                    "The switch form wouldn't let me pick a date {before|after} my payday."],
            "neu": ["The switch took the {full seven days|whole seven working days}. All direct debits moved {eventually|in the end}.", "Moving my bills and salary over {worked|was fine}, just slow."],
            "pos": ["The switch moved {all|every one of} my direct debits {in seven working days|in a week} without me lifting a finger.",
                    "Full switch done, old account closed, direct debits all moved. {Easiest thing I've done all year|Painless|Couldn't have been simpler}."],
            "t_neg": ["Switch went wrong"], "t_pos": ["Painless switch"],
        },
        "t-us-app": {
            "rate": 5.0, "mix": (0.18, 0.15), "src": {"appstore": 5, "reviews": 1},
            "neg": ["Spending insights put {my rent|my gym|Deliveroo} under '{shopping|entertainment|general}' and there's no way to fix it.",
                    "Can't rename a savings pot or move money between pots {without four taps|quickly|easily}.",
                    "The app {logs me out|asks for my passcode} every single time I open spending insights."],
            "neu": ["App is {good|great|solid}. Spending insights could use custom categories.", "Nice app, wish I could {make my own categories|tag things myself}."],
            "pos": ["The spending insights showed me I spend £{80|120|140} a month on takeaways. {Painful but useful|Eye-opening}.",
                    "Love the {savings pots|pots}{?{, got a holiday pot and a council tax pot|, one for bills and one for a car}}.",
                    "{Best|Cleanest} banking app I've used. Spending insights are {spot on|really good}.",
                    "Set up a savings pot for {Japan|a deposit|Christmas} with round-ups into it. Brilliant."],
            "t_neg": ["Categories are wrong"], "t_pos": ["Best banking app", "Love the pots", "Great app"],
        },
        "t-us-notif": {
            "rate": 3.2, "mix": (0.3, 0.15), "src": {"appstore": 4, "reviews": 1},
            "neg": ["Payments abroad show as pending for {three|four} days with no exchange rate in the notification.", "When I'm abroad the alert just says 'pending' with no rate{?, useless for budgeting}.",
                    "Low balance alert came {after|two hours after} I'd already gone {overdrawn|below zero}.",
                    "Notifications have stopped working since the last update{?, on my {device}}."],
            "neu": ["Notifications {fine|good}, would like to set my own low balance amount.", "Alerts work, {a bit slow sometimes|occasionally late}."],
            "pos": ["Instant notification {the second|as soon as} I tap my card. {Love it|Great for catching dodgy payments}.",
                    "The low balance alert saved me from going overdrawn {before payday|twice this month|last week}."],
            "t_neg": ["Alerts are late"], "t_pos": ["Instant alerts"],
        },
        "t-su-chat": {
            "rate": 5.0, "mix": (0.55, 0.12), "src": {"appstore": 2, "reviews": 3},
            "neg": ["The chatbot kept {looping|sending me back to the start|offering the same three FAQ links} when my card was {stopped|frozen} {abroad}.",
                    "Couldn't get past the chatbot to a human{ for 30 minutes|}. {It just says 'I can help with that!' and doesn't|Useless in an emergency}.",
                    "Live chat {said|told me} to call the fraud line, so {what's the point of chat|why have chat at all}?",
                    "Waited {an hour|45 minutes|forever} on live chat for someone to say they can't see my account.", "The bot in the app {just goes round in circles|can't do anything useful}{?, and there's no button to get a person}."],
            "neu": ["Live chat was slow but got there in the end.", "Chat in the app {took a while|was slow} to get a human, then fine."],
            "pos": ["Live chat agent {sorted it|fixed it} in {minutes|five minutes|under ten minutes}{, really friendly|}.",
                    "The chatbot actually understood me{?, and handed over to a person} quickly."],
            "t_neg": ["Chatbot is useless", "Stuck in a chatbot loop"], "t_pos": ["Quick chat support"],
        },
        "t-su-phone": {
            "rate": 4.0, "mix": (0.42, 0.13), "src": {"reviews": 4},
            "neg": ["On hold for {40|45|50|55} minutes {from a hotel {abroad}|at the airport|while abroad}{?, roaming charges and all}.",
                    "Card blocked {at a hotel checkout|buying train tickets {abroad}|at the airport}, and the helpline asked the same security questions {twice|three times}.",
                    "The fraud line {cut me off|hung up} after {20|30} minutes on hold.",
                    "The phone menu {kept pushing me to the app|wouldn't let me speak to anyone}{?, when the app was the problem}."],
            "neu": ["On hold for about {twelve|fifteen|twenty} minutes, sorted in the end.", "Got through to the fraud team {eventually|after a wait}, {they sorted it|all fine}."],
            "pos": ["Card blocked at {a hotel {abroad}|a petrol station in France|the airport}, rang the helpline and the agent unblocked it in {four|five} minutes.",
                    "Barely on hold at all{?, two minutes}, and the agent was {calm and quick|lovely|reassuring}.", "Rang the fraud team {from the airport|from abroad} and they {unfroze|unlocked} my card {straight away|in minutes}.",
                    "{Really|Very} reassuring call after my card blocked abroad. {Top marks|Proper service}."],
            "t_neg": ["Stuck abroad", "Awful helpline"], "t_pos": ["Saved my holiday", "Great helpline"],
        },
        "t-su-complaint": {
            "rate": 1.0, "mix": (0.7, 0.1), "src": {"reviews": 3},
            "neg": ["Raised a complaint about {the card delay|the missed direct debit|being declined} and {still no final response|it's week six with nothing but an acknowledgement}.",
                    "The final response {was|read like} a template{ that didn't even mention my problem|}.",
                    "Complaint acknowledged, then silence for {five|six|seven} weeks."],
            "neu": ["Complaint handled by the book. {Took the full eight weeks|Took the full eight weeks, mind}."],
            "pos": ["Made a complaint{?, fully expecting to be ignored} and got a proper apology and £{25|30|50} within {a week|two weeks}.",
                    "The final response {was fair|explained what went wrong}{ and they refunded the fee|}."],
            "t_neg": ["Complaint ignored"], "t_pos": ["Complaint handled well"],
        },
    },
}


SAAS = {
    "map": "saas-trial-to-paid",
    "label": "Northwind Boards: free trial to paid plan",
    "slots": {
        "size": ["12", "15", "18", "22", "26", "30", "40"],
        "team": ["warehouse", "logistics", "dispatch", "fulfilment", "goods-in", "transport planning"],
        "biz": ["3PL", "courier", "wholesale", "food distribution", "parts distribution", "e-commerce fulfilment"],
        "csm": ["Hannah", "Kofi", "Rachel", "Luis", "Grace", "Owen"],
        "agent": ["Amira", "Josh", "Niamh", "Sam", "Leah", "Ravi"],
        "rows": ["300", "380", "400", "450", "520", "640"],
        "few": ["two", "three", "four"],
    },
    "openers": {
        "neg": ["Frustrating experience.", "Not great, to be honest.", "Honestly a bit let down.",
                "Some honest feedback.", "This nearly killed our trial.", "Disappointing."],
        "neu": ["A few thoughts after the first weeks.", "Mixed so far.", "Quick feedback."],
        "pos": ["Really good so far.", "Big fan.", "Quick note of thanks.", "Very happy with it.",
                "This has been a good experience."],
    },
    "context": ["We're a {size}-person {team} team{ running three shifts|}.",
                "I run operations for a {mid-size|regional} {biz} business.",
                "We were on {a massive shared spreadsheet|whiteboards and WhatsApp|three different spreadsheets} before this.",
                "We trialled it for two weeks before peak season.",
                "Our IT team is {small|one person} and {strict|cautious}.",
                "My director wanted proof of hours saved before paying for anything.",
                "We have a day shift and a night shift who never overlap."],
    "details": ["We're on the {Team|Business} plan{?, {12|18|25|30} seats}.",
                "This was {during our trial|in week one of the trial|on day {3|5|9|12} of the trial|just after we went live|in the middle of peak|the week before our go-live}.",
                "{My shift leads|Aisha, our board admin|Our night shift|My director|Tom in IT|Our planners} {noticed straight away|flagged it|brought it up at the stand-up}.",
                "We {run|manage} {about 400 shipments a week|two warehouses|three loading docks|a 24/7 operation|goods-in for two sites} off the boards.",
                "{For context|Some context}: {we'd|we had} {tried two other tools first|never used a board tool before|been on spreadsheets for six years}."],
    "impact": {
        "neg": ["That cost us {a morning|half a shift|an afternoon|a day} of {rework|re-planning|chasing people}.",
                "{It made|That made} me look bad in front of my director.",
                "{We nearly|I nearly} {cancelled the trial|gave up|went back to the spreadsheet} over it."],
        "neu": ["Not a deal-breaker{?, just worth knowing}.", "{Workable|Manageable}, {but|though} {it took a while|not ideal}."],
        "pos": ["{Saves|That saves} us {an hour a day|a couple of hours a week|a lot of back-and-forth}.",
                "{My director|Priya|The ops director} {was impressed|noticed the difference|asked why we hadn't done this sooner}."],
    },
    "closers": {
        "neg": ["Please fix this before peak.", "This nearly cost you a sale.",
                "My director noticed, and not in a good way.", "We're reconsidering.",
                "Not the experience I expected."],
        "neu": ["Overall decent.", "We'll keep going with it.", "Room to improve."],
        "pos": ["Would recommend to any ops team.", "Stand-ups are a lot shorter now.", "Keep it up.",
                "The team actually likes using it.", "Worth every penny so far."],
    },
    "titles": {"neg": ["Not ready for operations teams", "Frustrating", "Good idea, poor execution", "Let down"],
               "neu": ["Decent, with caveats", "Solid but not perfect", "Good for small teams"],
               "pos": ["Finally off spreadsheets", "Great for ops teams", "Our whole team uses it",
                       "Does exactly what we needed", "Best board tool we've tried"]},
    # Generic lines for the likes/dislikes halves of software reviews; deliberately free of the
    # map's rule phrases, although 'innovative', 'private', 'excellent' and 'important' contain
    # 'vat', 'excel' and 'import' as substrings (see README, matching traps).
    "likes": ["The board view is clean and the team picked it up in a day.",
              "Card templates for shift handovers save a lot of typing.",
              "Drag and drop is quick, even on the warehouse tablets.",
              "Filters by assignee make stand-ups fast.",
              "Private boards for the management team are useful.",
              "It feels innovative without being complicated.",
              "The mobile view is excellent for people on the floor.",
              "Everything important is on one screen.",
              "Colour-coded lanes make the dock schedule readable at a glance."],
    "dislikes": ["The mobile app is a bit slow to load big boards.",
                 "Would like more colour options for labels.",
                 "Search could be smarter.",
                 "Alerts can get noisy if you follow every board.",
                 "No Gantt view yet.",
                 "Archiving old cards takes too many clicks.",
                 "Nothing major, some menus are buried."],
    "offtopic": ["Please add a dark mode{?, the night shift would thank you}.",
                 "Would love a Gantt view.", "The mobile app could be faster.",
                 "Generally happy with the product.", "Keyboard shortcuts would be nice.",
                 "Can we have more colour options for labels?"],
    "tps": {
        "t-di-reviews": {
            "rate": 1.6, "mix": (0.2, 0.2), "src": {"reviews": 5},
            "neg": ["Compared to Trello it's {clunkier|slower} on mobile, {which the comparison tables don't mention|despite what the comparison sites say}.",
                    "The listings make it sound {easier|simpler} than it is{?, a bit glossy} when compared to Trello."],
            "neu": ["Compared to Trello it's {heavier|more complex} but {more suited to operations|better for shift work}."],
            "pos": ["Compared to Trello, this handles {shift handovers|multiple warehouses|our dock schedule} {far better|much better} out of the box.",
                    "Read the comparisons before picking it{?, and they were fair}. Compared to Trello and Monday.com it's {the best fit|the one that clicked} for ops.",
                    "Picked it over {few} other tools after reading the reviews here{?, glad we did}."],
            "t_neg": ["Not as simple as the listings say"], "t_pos": ["Better than Trello for ops", "The right pick"],
        },
        "t-di-blog": {
            "rate": 0.8, "mix": (0.25, 0.2), "src": {"api": 1},
            "neg": ["The blog post {links to a template that doesn't exist|promised a template I can't find}.",
                    "{Blog post|The blog post} was more sales pitch than {advice|anything useful}."],
            "neu": ["{Decent|Okay} blog post, {a bit generic|nothing new}."],
            "pos": ["Your blog post on running a warehouse team from one board was {spot on|genuinely useful}{?, we copied the shift board}.",
                    "Great blog post{?, the bit about handover columns}. {Shared it with my team|Sent it to my director}."],
        },
        "t-ev-pricing": {
            "rate": 4.0, "mix": (0.55, 0.15), "src": {"reviews": 3, "api": 1, "tracker": 1},
            "neg": ["SSO is only on Business, so the moment IT {asked for it|insisted} our cost nearly doubled. {Expensive for a {size}-person team|That's expensive}.",
                    "Per seat pricing punishes our {night shift|part-timers|agency staff}{?, who only look at the board twice a week}.", "SSO only on the top plan {nearly doubles|almost doubles} the bill for us{?, IT won't budge on SSO}.",
                    "The pricing page {doesn't say|hides} that {automation runs are capped|SSO is Business only} until you {dig|read the footnotes}.",
                    "£16 per seat for Business is expensive {when half of them are read-only|for warehouse staff who just tick cards}.",
                    "Couldn't work out the annual price from the pricing page{?, had to email someone}."],
            "neu": ["Pricing is {fair|reasonable} for the core plan; SSO being Business-only is a shame.", "Cost is {fine|okay} for what we get, {nothing special|middle of the pack}."],
            "pos": ["Pricing is {clear|simple}: £9 per seat on Team{?, easy to explain to Finance}.",
                    "Not expensive for what it replaces{?{, we were paying for three tools|, cheaper than our old setup}}."],
            "t_neg": ["SSO tax", "Gets expensive fast"], "t_pos": ["Fair pricing"],
        },
        "t-ev-demo": {
            "rate": 1.6, "mix": (0.35, 0.2), "src": {"tracker": 2, "reviews": 1},
            "neg": ["Booked a demo and got a sales call {ten minutes|within 15 minutes} later{, before I'd even logged in|}. {Pushy|A bit pushy}.",
                    "The demo {was a generic slide deck|didn't show anything warehouse-specific}{?, we wanted to see shift boards}.",
                    "{Three|Four} follow-up emails and a sales call after one demo request. Pushy."],
            "neu": ["Demo was {fine|ok}. {Fairly standard|Nothing surprising}.", "The walkthrough call was {alright|fine}, {a bit long|bit generic}."],
            "pos": ["The demo was {tailored|set up} for warehouse ops{ and the rep clearly knew logistics|}. {Useful|Worth the 30 minutes}.",
                    "{Nice|Good} that the demo {came after|waited until} we'd set up a board{?, not before}."],
            "t_neg": ["Pushy sales"], "t_pos": ["Useful demo"],
        },
        "t-su-signup": {
            "rate": 3.2, "mix": (0.12, 0.15), "src": {"reviews": 2, "api": 2},
            "neg": ["Sign up with Microsoft {looped back to the login page|failed} {twice|three times} on our tenant.",
                    "Sign up put us in {the wrong region|a US workspace} and there's no way to move it."],
            "neu": ["Sign up was {fine|ok}. Took a moment to find where to name the workspace.", "Getting started was {ok|fine}, {the first screen is a bit busy|a couple of confusing steps}."],
            "pos": ["Sign up {with Google|with Microsoft} took {two minutes|a couple of minutes}{?, no credit card, which I appreciated}.",
                    "No credit card needed for the trial{?, that's why we tried it at all}. {Easy to start|Really easy to start}.",
                    "Easy to start: sign up, name the workspace, first board in {five|fifteen} minutes."],
            "t_neg": ["Sign-in loop"], "t_pos": ["Up and running in minutes"],
        },
        "t-su-invite": {
            "rate": 3.2, "mix": (0.55, 0.12), "src": {"api": 4, "reviews": 1},
            "neg": ["Half my shift leads never got the email{?, it went to their junk folder}.",
                    "Invites land in Outlook's junk folder {every time|for anyone on our company domain}.",
                    "I've re-sent the invite {few} times. {Nothing|Still nothing}.",
                    "{Two|Three} of my team never got the email and the invite link {expires|expired} after {48 hours|two days}."],
            "neu": ["Invites worked for most of us; {one|a couple} ended up in the junk folder."],
            "pos": ["Invite {emails|links} went out {instantly|straight away}{ and everyone joined within the hour|}.",
                    "Invited {12|18|all 20} people in one go, {no issues|smooth}."],
            "t_neg": ["Invites go to junk"], "t_pos": ["Easy to get the team in"],
        },
        "t-on-import": {
            "rate": 9.0, "src": {"api": 5, "reviews": 2, "tracker": 1},
            "story": {"kind": "improve", "date": date(2026, 7, 20), "ramp": 7,
                      "before": (0.68, 0.1), "after": (0.18, 0.14), "vol_after": 0.9,
                      "what": "Import wizard 2.0: detects dd/mm/yyyy and other locales and previews the first 10 rows before importing (pain point p-on-dates)"},
            "eras": {
                "before": {
                    "neg": ["The import turned {our UK dates|all our dd/mm dates|our delivery dates} into {plain text|US dates}{?, 12 March became 3 December}.",
                            "CSV import {swapped day and month|read 04/07 as April 7th} on {every row|half the rows}.",
                            "Imported our {rows}-row shipments spreadsheet and {a chunk|about 50} of the rows came in as text.",
                            "Excel import {dropped|lost} {our colour codes|the assignee column|every formula value}{?, and there's no preview before it runs}.",
                            "Spent {an evening|two hours|half a day} fixing dates after the import. Nearly abandoned the trial.",
                            "No preview before the import runs{?, you only find out it's wrong afterwards}."],
                    "neu": ["Import got most things right; a few date columns needed fixing."],
                    "pos": ["Import worked fine for us{?{, our sheet already used ISO dates|, luckily our dates were already in the right format}}."],
                },
                "after": {
                    "neg": ["Import still {chokes on|can't handle} merged cells in Excel.",
                            "CSV import {doesn't map|ignored} our custom status column."],
                    "neu": ["Import is better now, still had to map {a couple of|two} columns by hand.", "Bringing our spreadsheet in {went ok|was mostly fine}, one column needed mapping."],
                    "pos": ["The new import preview {spotted|picked up} our dd/mm/yyyy dates {straight away|and asked which format we use}.",
                            "Imported our Excel tracker {in one go|first time}{?, {rows} rows, dates and all}.",
                            "CSV import now shows the first ten rows before importing. {Perfect|Exactly what we needed|Big improvement}.",
                            "Import was {painless|the easiest part}{?, our whole backlog was in within fifteen minutes}."],
                },
            },
            "t_neg": ["Import mangled our dates", "Import is broken for UK users"],
            "t_pos": ["Worked for us"],
            "t_after": {"neg": ["Import still has gaps"], "pos": ["Import just works", "Smooth migration from spreadsheets"]},
        },
        "t-on-emails": {
            "rate": 1.2, "mix": (0.5, 0.2), "src": {"api": 2, "reviews": 1},
            "neg": ["Too many emails in the first week{?, I'd already done most of what they suggested}.",
                    "The onboarding emails told me to 'create your first board' on day {three|seven}. We had {twelve|nine}."],
            "neu": ["Onboarding emails {fine|ok}, a bit generic."],
            "pos": ["The onboarding emails were short and {actually useful|had good tips}{?, the day 3 one especially}."],
        },
        "t-ad-automation": {
            "rate": 5.0, "mix": (0.3, 0.12), "src": {"api": 3, "reviews": 2},
            "neg": ["Automation rules silently {stopped|paused} on day {nine|eight|ten} of the trial{?, apparently we hit 250 runs}.",
                    "The Slack integration posts every card update {twice|two or three times}.", "Rules {stopped firing|quietly stopped} around day nine and nobody told us.",
                    "The automation builder {can't|won't} do 'if overdue then move' without {two|three} separate rules.",
                    "Slack integration keeps {disconnecting|asking us to re-authorise} {every few days|weekly}."],
            "neu": ["Automation is {decent|good} but the run limit on the trial is tight.", "The rules engine does the job; {limits on the trial are tight|some rules are fiddly}."],
            "pos": ["The Slack integration is brilliant{?, shift leads see changes without opening the board}.",
                    "Set up {two|three} automation rules in no time{?, saves us an hour a day}.",
                    "Automation for overdue shipments is {a game changer|the killer feature} for us."],
            "t_neg": ["Automations silently stop"], "t_pos": ["Automations save hours", "Slack integration is great"],
        },
        "t-ad-csm": {
            "rate": 2.2, "mix": (0.12, 0.15), "src": {"tracker": 4, "reviews": 1},
            "neg": ["Customer success {rescheduled|cancelled} the onboarding call {twice|three times}.",
                    "The onboarding call was mostly an upsell{?, not what we needed}."],
            "neu": ["Customer success call was {fine|ok}, mostly things we'd already figured out."],
            "pos": ["Our customer success manager {csm} {was great|knew warehouses}{?, the onboarding call saved us a week}.",
                    "The onboarding call on day 7 was worth it. {Came away with a shift board that actually works|Sorted our board structure in 40 minutes}.",
                    "{csm} from customer success {followed up|checked in} without being asked. {Great service|Appreciated}."],
            "t_neg": ["Onboarding call was a sales pitch"], "t_pos": ["Great customer success team"],
        },
        "t-bu-quote": {
            "rate": 2.6, "mix": (0.45, 0.15), "src": {"tracker": 3, "api": 1},
            "neg": ["The quote came back for {12|14|10} seats, not 18{?, and took three days}.",
                    "Waited {four|five|three working} days for a quote while the trial ticked down{?, nervously}.",
                    "Our account executive {went quiet|was on holiday} for a week and nobody else could update the quote.",
                    "Procurement {needs|wanted} a purchase order number on the quote and {nobody could add it|it took three emails|it took a week to get it added}."],
            "neu": ["Quote process was {okay|fine}, standard back-and-forth.", "Getting the paperwork for {18|20} seats took {a few|a couple of} emails. Normal."],
            "pos": ["Our account executive turned the quote around {same day|in a couple of hours}{?, with the seat count exactly right}.",
                    "Quote and order form were clear; purchase order sorted {in a day|the same week}.", "{Our rep|The sales rep} turned the paperwork around {quickly|same day}{?, with the right seat count}."],
            "t_neg": ["Slow quote"], "t_pos": ["Fast quote"],
        },
        "t-bu-legal": {
            "rate": 1.0, "mix": (0.6, 0.15), "src": {"tracker": 2, "api": 1},
            "neg": ["The security questionnaire took {12|14|nine} working days{?, Legal clearly answer each one from scratch}.",
                    "Needed a signed DPA before the trial ended{?, got it two days after}.",
                    "Asked where data is stored for GDPR and got {three different answers|a vague answer}."],
            "neu": ["DPA and GDPR paperwork {normal|standard} for a SaaS vendor."],
            "pos": ["DPA was ready to sign {the same day|within a day}{?, the trust centre answered most of our questions}.",
                    "Security questionnaire came back {within a week|quickly}, {thorough|detailed} answers."],
        },
        "t-bu-checkout": {
            "rate": 2.6, "mix": (0.4, 0.15), "src": {"api": 3, "tracker": 1},
            "neg": ["Checkout doesn't {let me add|have a field for} a VAT number{ until after you've paid|}.",
                    "We need to pay by invoice but that's only offered for 20+ seats on annual{?, so Finance said no}.",
                    "Checkout {failed|rejected our company card} with {3-D Secure|a generic error} {twice|three times}."],
            "neu": ["Checkout was {straightforward enough|fine|ok}.", "Paying {was easy enough|was fine}, card went through first time."],
            "pos": ["Checkout took {two minutes|a minute}, VAT number {validated|accepted} straight away.",
                    "The invoice {arrived|came through} {instantly|within minutes} with our PO on it."],
            "t_neg": ["Can't pay the way we need"], "t_pos": ["Easy checkout"],
        },
        "t-sp-chat": {
            "rate": 6.0, "mix": (0.3, 0.12), "src": {"api": 4, "reviews": 2},
            "neg": ["The bot {kept sending|sent} me help centre links that didn't answer the question{?, took hours to reach a person}.",
                    "The support team {only works|is only around} 8 to 6 UK time, {no use to our night shift|useless for the night shift}.",
                    "Waited {two days|a day and a half} for the support team to {reply|come back}."],
            "neu": ["Support team was polite. Took {a while|a day}.", "Got an answer {eventually|in the end}, {polite but slow|fine}."],
            "pos": ["The support team {replied|got back} in {20 minutes|under an hour|about 15 minutes}{ and fixed it|}.",
                    "The help centre article on {recurring cards|shift templates|permissions} {answered it|sorted it} in two minutes.",
                    "{agent} from the support team was {brilliant|really patient}{?, stayed on until it was sorted}."],
            "t_neg": ["Slow support"], "t_pos": ["Excellent support"],
        },
        "t-sp-status": {
            "rate": 1.0, "mix": (0.55, 0.15), "src": {"api": 3, "reviews": 1},
            "spikes": [(date(2026, 6, 16), 2, 9.0), (date(2026, 8, 26), 1, 5.0), (date(2026, 10, 7), 2, 10.0)],
            "neg": ["{Boards|The app} {went down|was down} {mid-shift|during our busiest hour} and the status page said 'all systems operational' for {40 minutes|half an hour|ages}.",
                    "Down again{?, second time this month}. We run dispatch off this.",
                    "No email about the outage{?, we found out from the warehouse floor}."],
            "neu": ["Short outage, the status page {eventually caught up|lagged a bit}."],
            "pos": ["The status page was updated {quickly|within minutes} during the outage{ and the follow-up email explained everything|}.",
                    "Appreciated the incident email after the outage{?, clear and honest}."],
            "t_neg": ["Down again"], "t_pos": ["Honest incident comms"],
        },
        "t-re-notice": {
            "rate": 2.6, "src": {"tracker": 3, "reviews": 2, "api": 1},
            "story": {"kind": "worsen", "date": date(2026, 9, 1), "ramp": 7,
                      "before": (0.18, 0.15), "after": (0.66, 0.12), "vol_after": 2.0,
                      "what": "New list prices (Team £11, Business £19 per user) applied to renewals from 1 September 2026; renewal notices show the increase"},
            "eras": {
                "before": {
                    "neg": ["Auto-renew {caught us out|kicked in} ahead of our budget review."],
                    "neu": ["Renewal notice fine, nothing surprising."],
                    "pos": ["The renewal notice came {60 days|two months} ahead with a {usage summary|seat usage summary}{?, made the renewal a formality}.",
                            "{Nice|Good} that the renewal email showed which seats {weren't used|were idle}{?, we dropped three}."],
                },
                "after": {
                    "neg": ["The renewal notice landed with a {15%|20%|22%} price increase{?, no warning, no explanation}.",
                            "A price increase at renewal with two months' notice {during peak|in the middle of peak season} is not okay.",
                            "The renewal {went up|jumped} from £{9|16} to £{11|19} per user{?, and auto-renew is on by default}.",
                            "Got the renewal email, {saw the price increase|saw the new price}, and {we're now looking at alternatives|I've asked for quotes elsewhere}.",
                            "Auto-renew with a price increase buried in paragraph {three|four}. {Sneaky|Not impressed}."],
                    "neu": ["Renewal notice fine, price went up a bit.", "Our annual bill is going up{?, a bit}; {understandable I suppose|not thrilled}."],
                    "pos": ["The renewal notice was clear about the new price and {our CSM|they} {honoured|kept} our old rate for {a year|six months}."],
                },
            },
            "t_neg": ["Auto-renew surprise"], "t_pos": ["Painless renewal"],
            "t_after": {"neg": ["Surprise price increase", "Renewal shock"], "pos": ["Fair about the new price"]},
        },
        "t-re-review": {
            "rate": 1.0, "mix": (0.12, 0.18), "src": {"tracker": 4},
            "neg": ["The account review was just a renewal pitch{?, no roadmap detail}."],
            "neu": ["Account review was {fine|useful enough}. Would like more on the roadmap."],
            "pos": ["The account review {showed|gave us} {hours saved|a clear hours-saved figure} {I could take to my director|that made the business case for me}.",
                    "{Good|Useful} account review{?, the roadmap preview answered our SSO question}."],
        },
    },
}


BROADBAND = {
    "map": "broadband-moving-home",
    "label": "Northwind Fibre: moving home",
    "slots": {
        "town": ["Leeds", "Harrogate", "Wakefield", "York", "Sheffield", "Huddersfield", "Bradford",
                 "Doncaster", "Selby", "Otley"],
        "years": ["four", "six", "eight", "eleven"],
        "few": ["two", "three"],
        "device": ["iPhone 13", "iPhone 15", "iPad", "Pixel 8", "Galaxy S23"],
        "money": ["38", "42", "45", "29"],
        "num7": lambda rng: str(rng.randint(1000000, 9999999)),
    },
    "openers": {
        "neg": ["Absolute nightmare.", "Where to begin.", "Really poor experience.", "Not happy at all.",
                "I'm usually patient, but this was something else."],
        "neu": ["Mixed experience.", "Some good, some bad.", "Fair enough overall."],
        "pos": ["Really pleased.", "Credit where it's due.", "Honestly impressed.", "Smooth from start to finish."],
    },
    "context": ["We completed on a new-build in {town} {last month|in June|in August|in September}.",
                "Both of us work from home{?, with two kids at school}.",
                "We've been customers for {years} years.",
                "I rang {eight weeks|six weeks|a month} before completion to be organised.",
                "We moved {across town|from a flat to a house|to a village outside {town}}.",
                "My partner and I both work from home full time."],
    "details": ["We moved on a {Friday|Thursday|bank holiday weekend|Saturday}{?, completion day was chaos anyway}.",
                "Our order {reference|number} is NF{num7}.",
                "{Both kids|My partner|My husband|My wife|Our eldest} {need|needs} the internet for {school|work|exams|college|their job}.",
                "This was {in July|in the summer holidays|in September|last month|a few weeks ago}.",
                "We're on the {500Mb|900Mb|150Mb} package{?, same as at the old house}."],
    "impact": {
        "neg": ["{We've been|We were} {tethering|hotspotting} off our phones {for a week|for days|ever since}.",
                "{I lost|We lost|My partner lost} a day's {leave|pay} over this.",
                "{Two|Three} of us on video calls {all day|every day} and {no broadband|nothing working}."],
        "neu": ["{We got there|Got there} in the end.", "{A bit of a faff|Bit of a hassle}, {but sorted now|nothing terrible}."],
        "pos": ["{One less thing|One thing less} to worry about during the move.",
                "Working from home on day one{, as promised|, which was the main thing|}.",
                "{Really|So} {helpful|reassuring} with {everything else|the rest of the move} going on."],
    },
    "closers": {
        "neg": ["Shocking.", "Absolute nightmare during a house move.", "We're looking elsewhere.",
                "Not the service you'd expect after {years} years.", "Avoid if you're moving."],
        "neu": ["Okay in the end.", "Could be better.", "We'll see."],
        "pos": ["Really pleased.", "Thank you.", "Made the move a lot less stressful.", "Would recommend.",
                "Brilliant service."],
    },
    "titles": {"neg": ["Avoid when moving", "Terrible experience", "So stressful", "Shambles"],
               "neu": ["Okay, not great", "Average"],
               "pos": ["Smooth move", "Great service", "No complaints from us", "Impressed"]},
    "offtopic": ["{Good|Decent} service overall.", "Would like IPv6 please.", "Wish you did a TV package.",
                 "Coverage in the village is still patchy.", "Please bring back paper bills by default for my mum."],
    "tps": {
        "t-pl-web": {
            "rate": 3.4, "mix": (0.45, 0.15), "src": {"forum": 3, "reviews": 2},
            "neg": ["The availability checker said full fibre at our new postcode. {It isn't there yet|The street isn't even connected|Nobody has dug the road yet}.",
                    "{Postcode not recognised|Our new postcode isn't recognised}{?, apparently new-build estates don't exist}.",
                    "The availability checker {says 'available'|said fibre available} but {doesn't say|there's no mention of} a ten-week lead time."],
            "neu": ["The availability checker worked once I entered the plot number instead of the postcode{?, bit of trial and error}.", "Checker {was confusing|took a few goes} for a new-build, {got there|worked eventually}."],
            "pos": ["The availability checker was {spot on|accurate}{?, full fibre, same speed as now}.",
                    "Put the new postcode in {months|weeks} ahead and it showed exactly what we'd get."],
            "t_neg": ["Checker is wrong for new builds"], "t_pos": ["Accurate checker"],
        },
        "t-pl-app": {
            "rate": 0.7, "mix": (0.25, 0.2), "src": {"appstore": 3, "forum": 1},
            "neg": ["Tapped the moving soon banner and it just {opened a phone number|told me to call}."],
            "neu": ["The app banner pointed me to the moving page, {fine|which was fine|simple enough}."],
            "pos": ["The 'moving soon' {prompt|option} in the app made it easy to tell you early.",
                    "{Saw|Spotted} the app banner about moving and sorted it from the sofa."],
        },
        "t-or-phone": {
            "rate": 6.0, "mix": (0.6, 0.12), "src": {"support": 4, "reviews": 2},
            "neg": ["Got transferred {twice|three times} and had to pass security {every time|three times}{?, 47 minutes in total}.",
                    "The moving team {told me|said} to call back once we'd moved{?, which defeats the point of ringing early}.",
                    "Rang the moving team, {got cut off|got cut off after 30 minutes}, {started again|had to explain it all again}.",
                    "{Sales|The sales line} transferred me to {service|customer service}, {service|they} transferred me back. {Nobody owns a home move|Nobody seems to own a home move|Nobody could actually do the move}{?, {45|50|35} minutes wasted}.", "Spent {47 minutes|nearly an hour} being passed between departments{?, re-doing security each time}."],
            "neu": ["The moving team call took {a while|40 minutes} but it got done.", "Phoning to move {was slow|took ages} but they sorted it."],
            "pos": ["{Lovely|Brilliant} lady on the moving team{?, sorted everything in one call}.",
                    "The moving team {knew exactly what to do|had it all set up in 15 minutes}, no transfers."],
            "t_neg": ["Passed from pillar to post"], "t_pos": ["Moving team were great"],
        },
        "t-or-online": {
            "rate": 2.4, "mix": (0.35, 0.15), "src": {"forum": 2, "support": 1, "reviews": 1},
            "neg": ["The home move form doesn't let you {change speed|upgrade|change package}, so I had to {ring anyway|phone up and wait}.",
                    "The online form {errored|crashed} at the last step{ twice|}, then I got {two|duplicate} confirmation emails."],
            "neu": ["{Online form|The online form} {fine|ok|works} if you want the same package{?, anything else means ringing}."],
            "pos": ["Used the online form, {took five minutes|done in ten minutes}, confirmation {straight away|within the hour}.",
                    "The home move form was {quick|easy} and I didn't have to speak to anyone."],
        },
        "t-or-contract": {
            "rate": 1.2, "mix": (0.62, 0.15), "src": {"support": 2, "reviews": 1, "forum": 1},
            "neg": ["Moving house and suddenly we're on a new contract for another 18 months{?, nobody mentioned it on the call}.",
                    "The contract summary {showed|had} a different price to {the one on the phone|what I was told}.",
                    "Why does moving restart the 18 months? Same {speed|package}, same {price|everything}{?, it's just a new address}."],
            "neu": ["{New|The new} contract is 18 months. {Fine|Fair enough}, {price stayed the same|same monthly price}."],
            "pos": ["The contract summary {matched|was exactly} what we agreed{?, clear and short}."],
        },
        "t-sc-slot": {
            "rate": 5.0, "mix": (0.65, 0.12), "src": {"reviews": 2, "forum": 2, "support": 2},
            "neg": ["The earliest date for the install was {nine|eleven|twelve|14} days after we moved in{?, with two of us working from home}.",
                    "Booked an engineer appointment for the day we got the keys, {then|and} it was moved {without asking|by text} to {the following week|ten days later}.",
                    "Earliest date offered was {three|two} weeks out and no {mobile backup|4G router|temporary connection} offered.",
                    "Only morning or afternoon slots; {8 till 1|8am to 1pm} means a whole morning off work."],
            "neu": ["Install date was {five|four|six} days after the move. Survived on mobile data.", "Nearest slot was {a few days|five days} after we moved in. {Manageable|Not ideal, not terrible}."],
            "pos": ["Got an install date {the day after|two days after} moving in{?, better than expected}.",
                    "Booked the engineer appointment {weeks|a month} ahead and it {stuck|didn't move}."],
            "t_neg": ["Two weeks without internet", "No slots for weeks"], "t_pos": ["Install booked around our move"],
        },
        "t-sc-sms": {
            "rate": 1.2, "mix": (0.35, 0.2), "src": {"forum": 2, "appstore": 1},
            "neg": ["The track my engineer link {just said 'scheduled' all day|never updated}.",
                    "No text message to say the visit was {cancelled|moved}."],
            "neu": ["{Text messages|The text messages} were {fine|useful}, {a bit too many|slightly too many|one a day would do}."],
            "pos": ["The track my engineer link was {great|really handy}{?, could see the van on the map}.",
                    "Got a text message {the night before|the morning of} with a {two-hour|one-hour} window. {Very handy|Helpful}."],
        },
        "t-mv-engineer": {
            "rate": 8.0, "src": {"reviews": 3, "forum": 2, "support": 2},
            "story": {"kind": "worsen", "date": date(2026, 9, 14), "ramp": 7,
                      "before": (0.24, 0.12), "after": (0.66, 0.1), "vol_after": 1.5,
                      "what": "Installations moved to a new field partner; no-shows and missed slots rise (pain point p-mv-noshow)"},
            "eras": {
                "before": {
                    "neg": ["The engineer was {two hours late|late|running behind all day} but got it {done|working|sorted}{?, no text to warn us though}.",
                            "The engineer {left because of|couldn't finish because of} {a blocked duct|a missing fibre point} and we needed a second visit."],
                    "neu": ["{Engineer|The engineer} was {a bit|an hour|ninety minutes} late but the installation itself was {fine|tidy|quick}."],
                    "pos": ["The engineer arrived {on time|bang on 8am|early} and had us online {within two hours|by lunchtime}{?, tidy job too}.",
                            "Installation was {quick|smooth}; the engineer even {helped set up the mesh|put the hub where we wanted it}.",
                            "{Brilliant|Lovely} engineer, explained everything{?, full fibre at last}.",
                            "Installation {done|sorted} in an hour{?, first-time fix}."],
                },
                "after": {
                    "neg": ["Took the morning off for the {8–1|8am–1pm} slot. The engineer didn't turn up{?, no text, no call}.",
                            "The engineer didn't turn up {twice|two times}. Rebooking adds {five|six|seven} days each time.",
                            "The installation was {cancelled|moved} on the morning by text{?, after I'd booked the day off}.",
                            "The new engineers {don't seem to have|turn up without} the right kit{?, second visit needed}.",
                            "{Third|Second} missed installation{?, we've been on a hotspot for {few} weeks}.",
                            "The engineer came, said it's {a job for a different team|not his job}, and left.", "Nobody showed up for our {8–1|8am–1pm|afternoon} slot{?, and nobody rang}.", "{Took a day off|Waited in all day} and {no one came|the van never arrived}. Rebooked for {next week|five days later}."],
                    "neu": ["{Engineer|The engineer} was {late|over an hour late|last-minute rescheduled} but the installation itself was {fine|ok}."],
                    "pos": ["The engineer turned up on time and was {great|friendly}{?, after reading reviews I was dreading it}.",
                            "The installation went fine in the end{?, first-time fix}."],
                },
            },
            "t_neg": ["Engineer was late"],
            "t_pos": ["Great engineer", "Quick installation"],
            "t_after": {"neg": ["Engineer no-show", "Missed installation again", "Wasted a day off"], "pos": ["Engineer turned up"]},
        },
        "t-mv-router": {
            "rate": 2.4, "mix": (0.3, 0.15), "src": {"support": 2, "forum": 2},
            "neg": ["The router {was sent|went} to our old address{?, the new owners kindly forwarded it}.",
                    "The delivery {missed us|came on a day we weren't in} and the router went back to the depot."],
            "neu": ["Router arrived {fine|on time|the day before}. {Box was a bit battered|Packaging was a bit battered|No setup card in the box though}."],
            "pos": ["The new router {arrived|turned up} {two days early|the day before the install}{?, tracked delivery}.",
                    "Router delivery {was quick|arrived next day}{ and the setup card was clear|}."],
        },
        "t-se-app": {
            "rate": 3.4, "mix": (0.28, 0.15), "src": {"appstore": 5},
            "neg": ["Parental controls reset after the router swap and I had to set them all up again{?, for four devices}.",
                    "The speed test in the app {crashes|won't load} on my {device}.",
                    "The app {logs me out|asks me to sign in} every time{?, so I gave up checking}."],
            "neu": ["{App is fine|The app is fine|App does the job}. Speed test is {basic|fairly basic|a bit limited}.", "The app does the basics, {nothing more|could do more}."],
            "pos": ["The speed test in the app {shows|showed} {880|900|920}Mb at the hub{?, very happy}.",
                    "Parental controls are {easy|simple} to set up per device{?, bedtime for the kids' tablets}.",
                    "{Good|Great} app, Wi-Fi details and speed test in one place."],
            "t_neg": ["App keeps logging me out", "Parental controls wiped"], "t_pos": ["Handy app", "Does the job"],
        },
        "t-se-bill": {
            "rate": 5.5, "src": {"support": 4, "reviews": 2, "appstore": 1},
            "story": {"kind": "improve", "date": date(2026, 8, 24), "ramp": 10,
                      "before": (0.72, 0.1), "after": (0.2, 0.14), "vol_after": 0.9,
                      "what": "Billing change: the old line stops billing on the move date and the first bill is pro-rata with a line-by-line explainer (pain point p-se-double)"},
            "eras": {
                "before": {
                    "neg": ["The first bill at the new house was £{money} higher{?, we're still paying for the old line}.",
                            "Charged twice for {two|three} weeks, old address and new. The refund {takes|will take} two billing cycles{?, apparently}.",
                            "The first bill {included|still had} {14|16} days of the old house. {Had to chase the refund|Still chasing the refund}.",
                            "Nobody can explain the first bill{?, three different agents, three different answers}.", "{We're|We are} paying for the old house and the new one{?, for the same fortnight}."],
                    "neu": ["{First|The first} bill was {a bit|slightly|a little} higher because of the part month{?, nobody explained that up front}."],
                    "pos": ["The first bill was pro-rated correctly{?, pleasantly surprised}."],
                },
                "after": {
                    "neg": ["The first bill is still {confusing|wrong on the equipment fee}{?, though at least no double charge}.",
                            "The refund for the old line {took|has taken} {three|four} weeks{?, still waiting}."],
                    "neu": ["{First|The first} bill was {a bit|slightly|a little} higher because of the part month, which they {explained|spelled out on the bill|explained clearly}."],
                    "pos": ["The first bill at the new address was {exactly right|spot on}, {the old line stopped on the move date|no overlap with the old house}.",
                            "The first bill {has|came with} a line-by-line {explainer|breakdown}{?, finally I understand a broadband bill}.",
                            "Was braced to be charged twice after reading the forums, but the first bill was {fine|correct}.",
                            "The refund for the {old line|overlap} came {back within a week|through automatically}."],
                },
            },
            "t_neg": ["Charged for two homes", "Billing shambles"], "t_pos": ["Bill was right"],
            "t_after": {"neg": ["Refund still slow"], "pos": ["Bill was spot on", "Clear first bill"]},
        },
        "t-su-chat": {
            "rate": 5.0, "mix": (0.35, 0.15), "src": {"support": 4, "reviews": 1},
            "neg": ["The chat agent made me restart everything even though the line test had passed.", "WhatsApp {replies|messages} kept asking for {the same details|my account number} {twice|again}.",
                    "WhatsApp {replies take hours|took six hours to reply} and then {asks|asked} the same questions again.",
                    "The chat {closed|disconnected|timed out} halfway through and I had to start over{?, twice}."],
            "neu": ["Chat was {okay|fine}, took {a while|twenty minutes} to reach a person.", "Messaging support {worked|was ok}, {slow to start|slow at first}."],
            "pos": ["WhatsApp support {was|is} {brilliant|great}{?, replied in ten minutes while I was on the school run}.",
                    "The chat agent {sorted|fixed} it {first time|quickly} and didn't ask me to restart anything.",
                    "{Love|Really like} that you can message on WhatsApp instead of phoning."],
            "t_neg": ["Chat goes round in circles"], "t_pos": ["WhatsApp support is great"],
        },
        "t-su-fault": {
            "rate": 5.0, "mix": (0.55, 0.12), "src": {"support": 3, "forum": 2, "reviews": 1},
            "neg": ["The {speed|Wi-Fi} keeps dropping every evening{?, 900 on paper, 120 in the loft}.",
                    "Slow speeds {every evening|after 7pm} for {few} weeks and I'm still being told to {restart the router|turn it off and on}.",
                    "The line test {passes|says everything's fine}, but the connection keeps dropping on video calls.",
                    "{Third|Fourth|Second} call about slow speeds{ this month| in two weeks|}. Every time {it's a new agent|I start from scratch|I have to explain it all again}."],
            "neu": ["Line test helped a bit. Speeds {ok|fine} now, not great upstairs.", "Connection {better|more stable} now, {still patchy in the loft|evenings still a bit slow}."],
            "pos": ["The line test {found|spotted} the fault and a fix was booked {the next day|within 48 hours}.",
                    "Rang the fault line{?, answered in two minutes}, sorted remotely in {20 minutes|half an hour}."],
            "t_neg": ["Evening slowdowns", "Connection keeps dropping"], "t_pos": ["Fault fixed fast"],
        },
        "t-re-notice": {
            "rate": 1.0, "mix": (0.55, 0.2), "src": {"reviews": 2, "forum": 1},
            "neg": ["The end of contract email {says|said} our price goes up £{18|20|22} a month{?, and that's their 'best tariff'?}.",
                    "A mid-contract price rise {in April|this spring|already} and now the end of contract price {on top|as well}.",
                    "The 'best tariff' in the end of contract notice is worse than the {new customer deal|deal on your own website|price for new customers}{?, how is that fair?}."],
            "neu": ["{End of contract notice came|Got the end of contract notice}. Will {shop around|compare prices|see what else is out there}."],
            "pos": ["The end of contract notice {showed|listed} the best tariff clearly, {no haggling needed|so I didn't need to ring}."],
        },
        "t-re-retention": {
            "rate": 2.2, "mix": (0.4, 0.15), "src": {"support": 3, "reviews": 2},
            "neg": ["Had to threaten to cancel to get {the same price|a fair price|a decent deal} as new customers{?, exhausting}.",
                    "Retention {offered|offered me} £{2|3} off. {Laughable|We're off}.",
                    "{Cancelling|Trying to cancel} took {40|50|55} minutes on the phone with retention."],
            "neu": ["The loyalty offer was {okay|fine|acceptable}. Staying for {now|another year}."],
            "pos": ["The retention team {matched|beat} the comparison site price {without a fight|in five minutes}{?, the loyalty offer was fair}.",
                    "Rang to cancel, {got|came away with} a loyalty offer that {actually made sense|was better than switching}."],
            "t_neg": ["Loyalty penalty"], "t_pos": ["Fair loyalty offer"],
        },
    },
}

CONTENT = {"bank": BANK, "saas": SAAS, "broadband": BROADBAND}


# ==============================================================================================
# Volume: seasonality per map, weekday pattern, weekly noise per touchpoint
# ==============================================================================================
SEASON = {
    "bank": {5: 0.9, 6: 0.95, 7: 1.0, 8: 1.05, 9: 1.35, 10: 1.3, 11: 1.05},       # graduate intake in autumn
    "saas": {5: 1.0, 6: 1.0, 7: 0.95, 8: 0.8, 9: 1.15, 10: 1.2, 11: 1.15},       # August holidays, Q4 buying
    "broadband": {5: 0.9, 6: 1.05, 7: 1.3, 8: 1.3, 9: 1.1, 10: 0.95, 11: 0.85},  # summer house moves
}
WEEKDAY = [1.15, 1.1, 1.05, 1.0, 0.95, 0.85, 0.9]
OFFTOPIC_RATE = {"bank": 3.0, "saas": 2.0, "broadband": 2.0}
OFFTOPIC_SRC = {"bank": {"appstore": 3, "reviews": 2, "survey": 1},
                "saas": {"reviews": 2, "api": 1},
                "broadband": {"reviews": 2, "forum": 1, "appstore": 2}}
MULTI_SHARE = 0.06
VOLUME = 1.35     # global multiplier on every touchpoint's weekly rate

# Hour-of-day weights (UK local time) per source style.
HOURS = {
    "appstore": [2, 1, 1, 0.5, 0.3, 0.3, 0.8, 2, 3, 3, 3, 3, 4, 4, 3, 3, 3, 4, 5, 6, 7, 7, 6, 4],
    "survey":   [0.5, 0.2, 0, 0, 0, 0, 0.5, 2, 4, 4, 3, 3, 5, 5, 3, 3, 3, 4, 5, 6, 6, 5, 4, 2],
    "reviews":  [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 2, 3, 3, 3, 3, 4, 4, 3, 3, 3, 4, 5, 6, 6, 5, 4, 2],
    "support":  [0, 0, 0, 0, 0, 0, 0, 0, 5, 6, 6, 5, 5, 5, 5, 5, 4, 4, 3, 3, 2, 0, 0, 0],
    "api":      [0.2, 0, 0, 0, 0, 0.2, 1, 3, 5, 6, 6, 5, 4, 5, 5, 5, 4, 3, 2, 1.5, 1.5, 1, 0.5, 0.3],
    "tracker":  [0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 5, 4, 3, 4, 5, 5, 4, 2, 0, 0, 0, 0, 0, 0],
    "forum":    [1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 4, 5, 6, 6, 5, 4, 2],
}


def from_london(d, h, m, s):
    naive = datetime(d.year, d.month, d.day, h, m, s, tzinfo=UTC)
    guess = naive - timedelta(hours=1)
    return guess if BST_START <= guess < BST_END else naive


def story_state(tp, d, rng):
    """(mix, era, volume factor) for a touchpoint on a day."""
    st = tp.get("story")
    if not st:
        return tp["mix"], None, 1.0
    if d < st["date"]:
        return st["before"], "before", 1.0
    t = (d - st["date"]).days
    f = min(1.0, (t + 1) / (st["ramp"] + 1))
    era = "after" if rng.random() < f else "before"
    vol = 1.0 + (st["vol_after"] - 1.0) * f
    return st[era], era, vol


def spike_factor(tp, d):
    for sd, n, mult in tp.get("spikes", []):
        if sd <= d < sd + timedelta(days=n):
            return mult
    return 1.0


def texts_of(C, tpk, era, pol):
    t = C["tps"][tpk]
    src = t["eras"][era or "after"] if "eras" in t else t
    for p in (pol, "neu", "pos", "neg"):
        if src.get(p):
            return src[p], p
    raise ValueError(tpk)


EMOJI = {"neg": ["😡", "🙄", "😤", "👎", "😩"], "neu": ["🤷", "😐"], "pos": ["👍", "🙌", "😊", "❤️", "💯"]}
STYLE = {  # p(two core sentences), p(opener), p(context), p(closer)
    "survey": (0.35, 0.12, 0.22, 0.22),
    "appstore": (0.2, 0.1, 0.12, 0.3),
    "reviews": (0.45, 0.3, 0.45, 0.45),
    "support": (0.1, 0.0, 0.05, 0.12),
    "api": (0.3, 0.1, 0.25, 0.15),
    "tracker": (0.15, 0.0, 0.15, 0.1),
    "forum": (0.45, 0.15, 0.55, 0.25),
}


PREFIX = {"neg": ["Honestly, ", "To be honest, ", "Frankly, ", "Annoyingly, ", "On top of that, ", "And then ", "Worse, "],
          "neu": ["To be fair, ", "Also, ", "Mostly, ", "In fairness, "],
          "pos": ["Honestly, ", "To be fair, ", "Also, ", "Genuinely, ", "Happily, ", "And "]}
KEEP_CASE = {"I", "I'm", "I've", "I'd", "I'll", "Apple", "Instagram", "Excel", "CSV", "Slack", "WhatsApp", "Trello",
             "Monday.com", "Priya", "Tom", "Aisha", "Outlook", "Microsoft", "Google", "Sales", "Northwind", "SSO", "DPA",
             "GDPR", "VAT", "ID", "Wi-Fi", "Openreach", "Legal", "IT", "Procurement", "Finance",
             "Deliveroo", "October", "UK", "CSV", "WhatsApp", "Moving"}
CONTRACT = [("didn't", "did not"), ("can't", "cannot"), ("I've", "I have"), ("wasn't", "was not"), ("doesn't", "does not"),
            ("don't", "do not"), ("It's", "It is"), ("I'm", "I am"), ("won't", "will not"), ("couldn't", "could not")]
TYPOS = [("really", "realy"), ("because", "becuase"), ("which", "wich"), ("definitely", "definately"),
         ("separate", "seperate"), ("though", "tho"), ("straight away", "straightaway"), ("received", "recieved"),
         ("their", "there"), ("minutes", "mins")]
STYLE_EXTRA = {  # p(detail sentence), p(impact sentence), p(prefix on a core sentence)
    "survey": (0.3, 0.25, 0.15), "appstore": (0.15, 0.15, 0.12), "reviews": (0.45, 0.4, 0.15), "support": (0.25, 0.2, 0.15),
    "api": (0.3, 0.2, 0.12), "tracker": (0.15, 0.15, 0.1), "forum": (0.5, 0.35, 0.15),
}


def add_prefix(sentence, pol, rng):
    first = sentence.split(" ", 1)[0].rstrip(",.:;")
    body = sentence if first in KEEP_CASE or (len(first) > 1 and first[1].isupper()) else sentence[:1].lower() + sentence[1:]
    return rng.choice(PREFIX[pol]) + body


def compose(C, tpk, era, pol, style, rng, secondary=None):
    """The sentences of one item: optional opener/context/detail, the touchpoint sentence(s), impact, closer."""
    S = C["slots"]
    p2, po, pc, pcl = STYLE[style]
    pd, pi_, pp = STYLE_EXTRA[style]
    if tpk:
        pool, pol_used = texts_of(C, tpk, era, pol)
    else:
        pool = C["offtopic"]
    k = 2 if (rng.random() < p2 and len(pool) > 1) else 1
    core = [cap(expand(t, rng, S)) for t in rng.sample(pool, k)]
    if len(core) > 1 and rng.random() < pp * 2:
        core[1] = add_prefix(core[1], pol, rng)
    elif rng.random() < pp:
        core[0] = add_prefix(core[0], pol, rng)
    if secondary:
        spool, _ = texts_of(C, secondary, None, pol)
        core.insert(rng.randint(0, len(core)), cap(expand(rng.choice(spool), rng, S)))
    pre, post = [], []
    if rng.random() < po:
        pre.append(cap(expand(rng.choice(C["openers"][pol]), rng, S)))
    if rng.random() < pc:
        pre.insert(rng.randint(0, len(pre)), cap(expand(rng.choice(C["context"]), rng, S)))
    if rng.random() < pd:
        (pre if rng.random() < 0.5 else post).append(cap(expand(rng.choice(C["details"]), rng, S)))
    if rng.random() < pi_:
        post.append(cap(expand(rng.choice(C["impact"][pol]), rng, S)))
    if rng.random() < pcl:
        post.append(cap(expand(rng.choice(C["closers"][pol]), rng, S)))
    return pre + core + post


def join_text(sents, style, pol, rng, allow_emoji=True):
    if style == "survey" and len(sents) > 1 and rng.random() < 0.25:
        cut = rng.randint(1, len(sents) - 1)
        text = " ".join(sents[:cut]) + rng.choice(["\n", "\n", "\r\n"]) + " ".join(sents[cut:])
    elif style in ("reviews", "forum") and len(sents) >= 3 and rng.random() < 0.45:
        cut = rng.randint(1, len(sents) - 1)
        text = " ".join(sents[:cut]) + "\n\n" + " ".join(sents[cut:])
    else:
        text = " ".join(sents)
    if style in ("survey", "reviews", "forum", "api", "tracker") and rng.random() < 0.4:
        # many people quote with double quotes: 'image too dark' -> "image too dark"
        text = re.sub(r"(^|[\s(])'([^'\n]{2,60}?)'(?=[\s.,;:!?)]|$)", r'\1"\2"', text)
    r = rng.random()
    if r < 0.15:                       # a more formal writer
        for a, b in CONTRACT:
            text = text.replace(a, b)
    if style in ("appstore", "forum", "survey") and rng.random() < 0.05:
        hits = [(a, b) for a, b in TYPOS if a in text]
        if hits:
            a, b = rng.choice(hits)
            text = text.replace(a, b, 1)
    if style == "appstore":
        r = rng.random()
        if r < 0.08:
            text = text.lower()
        elif r < 0.2 and text.endswith("."):
            text = text[:-1]
        if pol == "neg" and rng.random() < 0.06:
            text = text.rstrip(".") + "!!"
    if pol == "pos" and style in ("appstore", "reviews", "survey") and rng.random() < 0.1:
        text = text.rstrip(".") + "!"
    if allow_emoji and style in ("appstore", "api", "survey", "tracker") and rng.random() < 0.06:
        text = text + " " + rng.choice(EMOJI[pol])
    return text


def title_for(C, tpk, era, pol, rng):
    if tpk:
        t = C["tps"][tpk]
        opts = None
        if era == "after" and "t_after" in t:
            opts = t["t_after"].get(pol)
        elif pol in ("neg", "pos"):
            opts = t.get("t_" + pol)
        if opts and rng.random() < 0.6:
            return rng.choice(opts)
    return rng.choice(C["titles"][pol])


class PolarityDeck:
    """Draws polarities without replacement from a shuffled deck of 20 built from the mix, so that every run of
    about twenty items keeps close to the intended shares (plain coin flips give months that contradict the story)."""

    def __init__(self, rng):
        self.rng, self.decks = rng, {}

    def draw(self, key, mix):
        deck = self.decks.get(key)
        if not deck:
            n_neg = round(mix[0] * 20)
            n_neu = round(mix[1] * 20)
            deck = ["neg"] * n_neg + ["neu"] * n_neu + ["pos"] * (20 - n_neg - n_neu)
            self.rng.shuffle(deck)
            self.decks[key] = deck
        return deck.pop()


def generate_items(mkey):
    """All items of one map, dated 2026-05-01..2026-11-20, each with touchpoint(s), polarity, source."""
    C = CONTENT[mkey]
    items = []
    week_noise = {}
    secondary_pool = [k for k, t in C["tps"].items() if "story" not in t]
    for tpk in list(C["tps"].keys()) + [None]:
        tp = C["tps"][tpk] if tpk else {"rate": OFFTOPIC_RATE[mkey], "mix": (0.15, 0.35), "src": OFFTOPIC_SRC[mkey]}
        rng = rng_for(mkey, tpk or "offtopic", "items")
        deck = PolarityDeck(rng)
        for d in days():
            wk = d.isocalendar()[1]
            if (tpk, wk) not in week_noise:
                week_noise[(tpk, wk)] = math.exp(rng.gauss(0, 0.35))
            mix, era, vol = story_state(tp, d, rng)
            spike = spike_factor(tp, d)
            lam = VOLUME * tp["rate"] / 7 * WEEKDAY[d.weekday()] * SEASON[mkey][d.month] * week_noise[(tpk, wk)] * vol * spike
            for _ in range(poisson(rng, lam)):
                if spike > 1 and rng.random() < 0.85:
                    pol = "neg"
                else:
                    pol = deck.draw(era, mix)
                src = wchoice(rng, tp["src"])
                h = wchoice(rng, list(enumerate(HOURS["forum" if src == "forum" else src])))
                dt = from_london(d, h, rng.randint(0, 59), rng.randint(0, 59))
                secondary = None
                if tpk and rng.random() < MULTI_SHARE:
                    secondary = rng.choice([k for k in secondary_pool if k != tpk])
                items.append({"map": mkey, "tp": tpk, "secondary": secondary, "era": era, "pol": pol,
                              "src": src, "dt": dt, "rng": rng.random()})
    items.sort(key=lambda it: (it["dt"], it["tp"] or "", it["rng"]))
    # text after sorting, with one rng per map, so text does not depend on generation order
    rng = rng_for(mkey, "text")
    for it in items:
        style = it["src"]
        sents = compose(C, it["tp"], it["era"], it["pol"], style, rng, it["secondary"])
        it["text"] = join_text(sents, style, it["pol"], rng, allow_emoji=(style != "support"))
        it["title"] = title_for(C, it["tp"], it["era"], it["pol"], rng)
        it["tps"] = [t for t in (it["tp"], it["secondary"]) if t]
    return items


# ==============================================================================================
# Scores
# ==============================================================================================
MISMATCH = 0.02   # a few people pick a score that contradicts their words (wrong end of the scale)


def score(pol, scale, rng):
    if rng.random() < MISMATCH:
        pol = {"neg": "pos", "pos": "neg", "neu": rng.choice(["neg", "pos"])}[pol]
    if scale == "nps":
        return wchoice(rng, {"neg": {0: 3, 1: 2, 2: 3, 3: 3, 4: 2}, "neu": {5: 3, 6: 4, 7: 2},
                             "pos": {7: 1, 8: 3, 9: 4, 10: 4}}[pol])
    if scale == "five":
        return wchoice(rng, {"neg": {1: 3, 2: 2}, "neu": {3: 1}, "pos": {4: 2, 5: 3}}[pol])
    if scale == "half":
        return wchoice(rng, {"neg": {1.0: 3, 1.5: 1, 2.0: 2, 2.5: 1}, "neu": {3.0: 3, 3.5: 1},
                             "pos": {4.0: 3, 4.5: 3, 5.0: 4}}[pol])
    if scale == "ces":   # 1 = very easy ... 7 = very difficult
        return wchoice(rng, {"neg": {5: 2, 6: 3, 7: 2}, "neu": {3: 1, 4: 3, 5: 1}, "pos": {1: 3, 2: 3, 3: 1}}[pol])
    raise ValueError(scale)


def normalise(raw, scale):
    if raw is None or raw == "":
        return None
    raw = float(raw)
    if scale == "nps":
        return round((raw - 5) / 5, 3)
    if scale in ("five", "half"):
        return round((raw - 3) / 2, 3)
    if scale == "ces":
        return round((4 - raw) / 3, 3)
    raise ValueError(scale)


CSAT_LABELS = {1: "Very dissatisfied", 2: "Dissatisfied", 3: "Neither satisfied nor dissatisfied",
               4: "Satisfied", 5: "Very satisfied"}


def csat_from_nps(nps, rng):
    if nps <= 2:
        return rng.choice([1, 1, 2])
    if nps <= 4:
        return rng.choice([1, 2, 2])
    if nps <= 6:
        return rng.choice([2, 3, 3, 3])
    if nps <= 8:
        return rng.choice([3, 4, 4])
    return rng.choice([4, 5, 5])


def rand_id(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def version_at(schedule, dt, rng, lag=0.2):
    """App version a reviewer runs: the newest release before dt, sometimes the one before."""
    avail = [v for v, d in schedule if d <= dt.date()]
    if len(avail) > 1 and rng.random() < lag:
        return avail[-2]
    return avail[-1]


BANK_VERSIONS = [("5.12.0", date(2026, 4, 20)), ("5.12.1", date(2026, 5, 11)), ("5.13.0", date(2026, 6, 1)),
                 ("5.14.0", date(2026, 6, 29)), ("5.14.2", date(2026, 7, 13)), ("5.15.0", date(2026, 7, 27)),
                 ("5.16.0", date(2026, 8, 15)), ("5.16.1", date(2026, 8, 24)), ("5.17.0", date(2026, 9, 14)),
                 ("5.18.0", date(2026, 10, 5)), ("5.18.1", date(2026, 10, 19)), ("5.19.0", date(2026, 11, 2))]
FIBRE_VERSIONS = [("3.8.0", date(2026, 4, 14)), ("3.8.2", date(2026, 5, 19)), ("3.9.0", date(2026, 6, 23)),
                  ("3.10.0", date(2026, 8, 4)), ("3.10.1", date(2026, 8, 24)), ("3.11.0", date(2026, 9, 29)),
                  ("3.12.0", date(2026, 11, 3))]


class Truth:
    """Ground truth rows: one per customer feedback item (business replies, previews and so on excluded)."""

    def __init__(self):
        self.rows = []

    def add(self, file, ext_id, it, raw, scale, text=None):
        norm = normalise(raw, scale) if scale else None
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        self.rows.append({"file": file, "external_id": str(ext_id), "map": CONTENT[it["map"]]["map"],
                          "mkey": it["map"], "touchpoints": " ".join(it["tps"]), "primary": it["tp"] or "",
                          "polarity": it["pol"], "raw_score": "" if raw is None else str(raw),
                          "scale": scale or "", "normalised": "" if norm is None else f"{norm:.3f}",
                          "norm": norm, "created_at_utc": iso_z(it["dt"]), "dt": it["dt"],
                          "text": it.get("text", "") if text is None else text, "era": it.get("era") or ""})


def page_chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def write_bytes(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def write_text(rel, text):
    write_bytes(rel, text.encode("utf-8"))


def tesc(s):
    """Escape text content (quotes are fine in text nodes, as most sites leave them)."""
    return html.escape(s, quote=False)


def paras(text):
    return "".join(f"<p>{tesc(p).replace(chr(10), '<br>')}</p>" for p in re.split(r"\n\s*\n", text) if p.strip())


# ==============================================================================================
# Bank: Qualtrics-style survey CSV
# ==============================================================================================
BANK_Q3 = {
    "t-aw-social": "Hearing about Northwind (ads, referral links)",
    "t-aw-referral": "Hearing about Northwind (ads, referral links)",
    "t-co-web": "Comparing accounts on our website",
    "t-co-overdraft": "Comparing accounts on our website",
    "t-co-sales": "Chatting to an adviser before applying",
    "t-ap-form": "Filling in the application",
    "t-ap-save": "Filling in the application",
    "t-ve-id": "Verifying my identity (passport and selfie)",
    "t-ve-poa": "Proving my address",
    "t-ve-credit": "Getting a decision",
    "t-on-welcome": "Welcome email and account details",
    "t-on-card": "Getting my card, Apple Pay or Google Pay",
    "t-on-switch": "Switching my salary and Direct Debits",
}
Q3_OTHER = "Something else (please tell us)"
BANK_URLS = {
    "t-aw-social": ["https://www.northwindbank.co.uk/open?utm_source=instagram&utm_medium=paid_social&utm_campaign=open-in-10"],
    "t-aw-referral": ["https://www.northwindbank.co.uk/refer?code={code}", "https://www.northwindbank.co.uk/refer/terms"],
    "t-co-web": ["https://www.northwindbank.co.uk/current-account", "https://www.northwindbank.co.uk/current-account/eligibility",
                 "https://www.northwindbank.co.uk/current-account/fees"],
    "t-co-overdraft": ["https://www.northwindbank.co.uk/borrowing/overdraft-calculator"],
    "t-co-sales": ["https://www.northwindbank.co.uk/current-account?chat=sales", "https://www.northwindbank.co.uk/current-account/eligibility?chat=sales"],
    "t-ap-form": ["https://app.northwindbank.co.uk/apply/step-{step}"],
    "t-ap-save": ["https://app.northwindbank.co.uk/apply/resume"],
    "t-ve-id": ["https://app.northwindbank.co.uk/verify/identity", "https://app.northwindbank.co.uk/verify/identity/selfie"],
    "t-ve-poa": ["https://app.northwindbank.co.uk/verify/address-proof"],
    "t-ve-credit": ["https://app.northwindbank.co.uk/decision"],
    "t-on-welcome": [""],
    "t-on-card": ["https://app.northwindbank.co.uk/onboarding/card", "https://app.northwindbank.co.uk/onboarding/wallet"],
    "t-on-switch": ["https://app.northwindbank.co.uk/onboarding/switch"],
    None: ["https://app.northwindbank.co.uk/home", "https://www.northwindbank.co.uk/"],
}
EMAILED = {"t-ve-credit": 0.8, "t-on-welcome": 0.95, "t-on-card": 0.6, "t-on-switch": 0.75}
WEB_TPS = {"t-aw-social", "t-aw-referral", "t-co-web", "t-co-overdraft", "t-co-sales"}
OTHER_TEXT = ["The bit after the app said pending", "Getting my PIN", "Whole process really", "The phone call",
              "Opening a savings pot", "Everything", "Moving my salary", "Checks"]


def write_bank_survey(items, truth):
    rel = "bank/survey-qualtrics/account-opening-survey.csv"
    rng = rng_for("bank", "survey")
    cols = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
            "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
            "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage",
            "Q1", "Q1_NPS_GROUP", "Q2", "Q3", "Q3_11_TEXT", "Q4", "Q5", "Q6", "channel", "PageURL", "AppVersion"]
    texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
             "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email",
             "External Data Reference", "Location Latitude", "Location Longitude", "Distribution Channel", "User Language",
             "How likely are you to recommend Northwind Bank to a friend or colleague?",
             "How likely are you to recommend Northwind Bank to a friend or colleague? - Group",
             "Overall, how satisfied are you with opening your account with us?",
             "Which part of opening your account would you like to tell us about? - Selected Choice",
             "Which part of opening your account would you like to tell us about? - Something else (please tell us) - Text",
             "Tell us what happened, and what we could have done better.",
             "May we contact you about your feedback?",
             "Your email address (we'll only use it to reply to this feedback)",
             "channel", "PageURL", "AppVersion"]
    tz = '"timeZone":"Europe/London"'
    imports = ['{"ImportId":"startDate",%s}' % tz, '{"ImportId":"endDate",%s}' % tz, '{"ImportId":"status"}',
               '{"ImportId":"ipAddress"}', '{"ImportId":"progress"}', '{"ImportId":"duration"}', '{"ImportId":"finished"}',
               '{"ImportId":"recordedDate",%s}' % tz, '{"ImportId":"_recordId"}', '{"ImportId":"recipientLastName"}',
               '{"ImportId":"recipientFirstName"}', '{"ImportId":"recipientEmail"}', '{"ImportId":"externalDataReference"}',
               '{"ImportId":"locationLatitude"}', '{"ImportId":"locationLongitude"}', '{"ImportId":"distributionChannel"}',
               '{"ImportId":"userLanguage"}', '{"ImportId":"QID1"}', '{"ImportId":"QID1_NPS_GROUP"}', '{"ImportId":"QID2"}',
               '{"ImportId":"QID3"}', '{"ImportId":"QID3_11_TEXT"}', '{"ImportId":"QID4_TEXT"}', '{"ImportId":"QID5"}',
               '{"ImportId":"QID6_TEXT"}', '{"ImportId":"channel"}', '{"ImportId":"PageURL"}', '{"ImportId":"AppVersion"}']
    rows = []

    def base_row(dt, dist, person, finished=True, progress=100):
        dur = rng.randint(45, 620)
        local_end = london(dt)
        lat, lon = CITY_LATLON[person.city]
        r = {"StartDate": (local_end - timedelta(seconds=dur)).strftime("%Y-%m-%d %H:%M:%S"),
             "EndDate": local_end.strftime("%Y-%m-%d %H:%M:%S"), "Status": "IP Address",
             "IPAddress": rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254)),
             "Progress": str(progress), "Duration (in seconds)": str(dur), "Finished": "True" if finished else "False",
             "RecordedDate": local_end.strftime("%Y-%m-%d %H:%M:%S"), "ResponseId": "R_" + rand_id(rng, 15),
             "RecipientLastName": "", "RecipientFirstName": "", "RecipientEmail": "", "ExternalReference": "",
             "LocationLatitude": f"{lat + rng.uniform(-0.03, 0.03):.4f}", "LocationLongitude": f"{lon + rng.uniform(-0.03, 0.03):.4f}",
             "DistributionChannel": dist, "UserLanguage": rng.choice(["EN-GB"] * 5 + ["EN"]),
             "Q1": "", "Q1_NPS_GROUP": "", "Q2": "", "Q3": "", "Q3_11_TEXT": "", "Q4": "", "Q5": "", "Q6": "",
             "channel": "", "PageURL": "", "AppVersion": ""}
        if dist == "email":
            r["RecipientLastName"], r["RecipientFirstName"], r["RecipientEmail"] = person.last, person.first, person.email
            r["ExternalReference"] = f"NWB-{rng.randint(10000000, 99999999)}"
        return r

    def set_nps(r, nps):
        r["Q1"] = str(nps)
        r["Q1_NPS_GROUP"] = "Promoter" if nps >= 9 else "Passive" if nps >= 7 else "Detractor"

    for it in items:
        tp = it["tp"]
        person = Person(rng)
        emailed = rng.random() < EMAILED.get(tp, 0.12)
        dist = "email" if emailed else "anonymous"
        r = base_row(it["dt"], dist, person)
        nps = score(it["pol"], "nps", rng)
        set_nps(r, nps)
        if rng.random() < 0.93:
            r["Q2"] = CSAT_LABELS[csat_from_nps(nps, rng)]
        has_comment = rng.random() < (0.8 if it["pol"] != "neu" else 0.65) or tp is None
        if has_comment:
            r["Q4"] = it["text"]
        if tp in BANK_Q3:
            q = rng.random()
            if not has_comment or q < 0.86:
                r["Q3"] = BANK_Q3[tp]
            elif q < 0.91:
                r["Q3"], r["Q3_11_TEXT"] = Q3_OTHER, rng.choice(OTHER_TEXT)
        elif tp is None and rng.random() < 0.5:
            r["Q3"] = Q3_OTHER
            r["Q3_11_TEXT"] = rng.choice(["General", "The app", "Not really one step", "Overall"])
        if has_comment and rng.random() < (0.42 if it["pol"] == "neg" else 0.22):
            r["Q5"] = "Yes, you can contact me"
            r["Q6"] = person.email if dist == "anonymous" or rng.random() < 0.5 else Person(rng, person.first, person.last).email
        elif has_comment:
            r["Q5"] = rng.choice(["No, thank you", "No, thank you", ""])
        if emailed:
            r["channel"] = "Email invite"
        else:
            r["channel"] = ("Web" if rng.random() < 0.85 else "iOS app") if tp in WEB_TPS else rng.choice(["iOS app", "iOS app", "Android app", "Android app", "Web"])
            url = rng.choice(BANK_URLS.get(tp, BANK_URLS[None]))
            r["PageURL"] = url.replace("{code}", rand_id(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")).replace("{step}", str(rng.randint(1, 11)))
            if r["channel"] != "Web":
                r["AppVersion"] = version_at(BANK_VERSIONS, it["dt"], rng)
        rows.append((it["dt"], r))
        truth.add(rel, r["ResponseId"], it, nps, "nps", text=r["Q4"])
    # partial responses: an NPS score and nothing else (Finished=False), not tied to a touchpoint
    prng = rng_for("bank", "survey", "partials")
    for d in days():
        if prng.random() < 0.55:
            dt = from_london(d, prng.randint(8, 22), prng.randint(0, 59), prng.randint(0, 59))
            pseudo = {"map": "bank", "tp": None, "tps": [], "pol": prng.choice(["neg", "neu", "pos", "pos"]), "dt": dt, "text": ""}
            r = base_row(dt + timedelta(days=7), "anonymous", Person(prng), finished=False, progress=prng.choice([33, 50, 67]))
            r["StartDate"] = london(dt).strftime("%Y-%m-%d %H:%M:%S")
            r["EndDate"] = london(dt + timedelta(minutes=prng.randint(1, 4))).strftime("%Y-%m-%d %H:%M:%S")
            r["RecordedDate"] = london(dt + timedelta(days=7)).strftime("%Y-%m-%d %H:%M:%S")
            pseudo["dt"] = dt + timedelta(days=7)
            if pseudo["dt"].date() > END:
                continue
            nps = score(pseudo["pol"], "nps", prng)
            set_nps(r, nps)
            r["channel"] = prng.choice(["iOS app", "Android app", "Web"])
            rows.append((pseudo["dt"], r))
            truth.add(rel, r["ResponseId"], pseudo, nps, "nps")
    # two preview responses from the survey author (Status = Survey Preview): not customer feedback
    for d, txt in [(date(2026, 5, 1), "test test - please ignore"), (date(2026, 9, 2), "Testing the new selfie question wording, ignore")]:
        dt = from_london(d, 9, 5, 12)
        r = base_row(dt, "preview", Person(rng, "Survey", "Preview"))
        r["Status"], r["IPAddress"], r["LocationLatitude"], r["LocationLongitude"] = "Survey Preview", "", "", ""
        set_nps(r, 10)
        r["Q2"], r["Q3"], r["Q4"] = CSAT_LABELS[5], BANK_Q3["t-ve-id"], txt
        rows.append((dt, r))
    rows.sort(key=lambda x: x[0])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    w.writerow(texts)
    w.writerow(imports)
    for _, r in rows:
        w.writerow([r[c] for c in cols])
    write_bytes(rel, buf.getvalue().encode("utf-8-sig"))
    return rel


# ==============================================================================================
# Apple App Store customer-reviews Atom feed (shared by bank and broadband)
# ==============================================================================================
def write_appstore(mkey, items, truth, app):
    rng = rng_for(mkey, "appstore")
    folder = f"{mkey}/appstore-ios"
    items = sorted(items, key=lambda it: it["dt"], reverse=True)   # Apple: sortBy=mostRecent
    # review ids grow with time
    ids = {}
    cur = app["first_review_id"]
    for it in sorted(items, key=lambda it: it["dt"]):
        cur += rng.randint(40000, 900000)
        ids[id(it)] = cur
    pages = page_chunks(items, 50)
    now = datetime(2026, 11, 20, 23, 10, 0, tzinfo=UTC)
    for pi, page in enumerate(pages, 1):
        last = len(pages)
        links = [f'  <link rel="alternate" type="text/html" href="https://apps.apple.com/gb/app/id{app["id"]}?see-all=reviews"/>',
                 f'  <link rel="self" href="page-{pi}.xml"/>',
                 '  <link rel="first" href="page-1.xml"/>',
                 f'  <link rel="last" href="page-{last}.xml"/>']
        if pi > 1:
            links.append(f'  <link rel="previous" href="page-{pi - 1}.xml"/>')
        if pi < last:
            links.append(f'  <link rel="next" href="page-{pi + 1}.xml"/>')
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               '<feed xmlns:im="http://itunes.apple.com/rss" xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
               f'  <id>https://mzstoreservices-int-st.itunes.apple.com/gb/rss/customerreviews/page={pi}/id={app["id"]}/sortby=mostrecent/xml</id>',
               '  <title>iTunes Store: Customer Reviews</title>',
               f'  <updated>{iso_offset(pacific(now))}</updated>'] + links + [
               '  <icon>http://itunes.apple.com/favicon.ico</icon>',
               '  <author><name>iTunes Store</name><uri>http://www.apple.com/uk/itunes/</uri></author>',
               '  <rights>Copyright 2008 Apple Inc.</rights>']
        if pi == 1:   # the app's own entry: no im:rating, not a review
            out += ['  <entry>',
                    f'    <updated>{iso_offset(pacific(now))}</updated>',
                    f'    <id im:id="{app["id"]}" im:bundleId="{app["bundle"]}">https://apps.apple.com/gb/app/{app["slug"]}/id{app["id"]}?uo=2</id>',
                    f'    <title>{tesc(app["name"])} - {tesc(app["artist"])}</title>',
                    f'    <im:name>{tesc(app["name"])}</im:name>',
                    f'    <link rel="alternate" type="text/html" href="https://apps.apple.com/gb/app/{app["slug"]}/id{app["id"]}?uo=2"/>',
                    '    <im:contentType term="Application" label="Application"/>',
                    f'    <category im:id="{app["cat_id"]}" term="{app["cat"]}" scheme="https://apps.apple.com/gb/genre/ios-{app["cat"].lower()}/id{app["cat_id"]}?uo=2" label="{app["cat"]}"/>',
                    f'    <im:artist href="https://apps.apple.com/gb/developer/id{app["id"] - 7}?uo=2">{tesc(app["artist"])}</im:artist>',
                    '    <im:price amount="0.00000" currency="GBP">Get</im:price>',
                    f'    <im:image height="53">https://is1-ssl.mzstatic.com/image/thumb/Purple/{app["slug"]}/53x53bb.png</im:image>',
                    f'    <summary>{tesc(app["summary"])}</summary>',
                    '    <im:releaseDate label="4 March 2019">2019-03-04T09:00:00-07:00</im:releaseDate>',
                    '  </entry>']
        for it in page:
            rid = ids[id(it)]
            rating = score(it["pol"], "five", rng)
            if mkey == "bank" and it["tp"] == "t-ve-id" and it["era"] == "before" and it["dt"].date() >= date(2026, 8, 15):
                version = "5.15.0"       # still on the old app during the roll-out
            else:
                version = version_at(app["versions"], it["dt"], rng)
            person = Person(rng)
            nick = nickname(rng, person)
            votes = rng.choice([0, 0, 0, 0, 1, 2, 3, 5])
            vote_sum = rng.randint(0, votes)
            html_content = ('<table border="0" width="100%">\n<tr>\n\t<td>\n\t\t<table border="0" width="100%" cellspacing="0" cellpadding="0">\n'
                            f'\t\t\t<tr valign="top" align="left">\n\t\t\t\t<td width="100%">\n\t\t\t\t\t<b><a href="https://apps.apple.com/gb/app/{app["slug"]}/id{app["id"]}?uo=2">{tesc(it["title"])}</a></b><br/>\n'
                            '\t\t\t\t\t<font size="2" face="Helvetica,Arial,Geneva,Swiss,SunSans-Regular">\n\t\t\t\t\t</font>\n\t\t\t\t</td>\n\t\t\t</tr>\n\t\t</table>\n\t</td>\n</tr>\n<tr>\n'
                            f'\t<td>\n\t\t<font size="2" face="Helvetica,Arial,Geneva,Swiss,SunSans-Regular"><br/>{tesc(it["text"]).replace(chr(10), "<br/>")}</font><br/>\n\t</td>\n</tr>\n</table>')
            out += ['  <entry>',
                    f'    <updated>{iso_offset(pacific(it["dt"]))}</updated>',
                    f'    <id>{rid}</id>',
                    f'    <title>{tesc(it["title"])}</title>',
                    f'    <content type="text">{tesc(it["text"])}</content>',
                    '    <im:contentType term="Application" label="Application"/>',
                    f'    <im:voteSum>{vote_sum}</im:voteSum>',
                    f'    <im:voteCount>{votes}</im:voteCount>',
                    f'    <im:rating>{rating}</im:rating>',
                    f'    <im:version>{version}</im:version>',
                    f'    <author><name>{tesc(nick)}</name><uri>https://itunes.apple.com/gb/reviews/id{rng.randint(100000000, 1999999999)}</uri></author>',
                    f'    <link rel="related" href="https://itunes.apple.com/gb/review?id={app["id"]}&amp;type=Purple%20Software"/>',
                    f'    <content type="html">{tesc(html_content)}</content>',
                    '  </entry>']
            truth.add(f"{folder}/page-{pi}.xml", rid, it, rating, "five")
        out.append('</feed>')
        write_text(f"{folder}/page-{pi}.xml", "\n".join(out) + "\n")
    return folder, len(pages)


BANK_APP = {"id": 1587304211, "bundle": "co.uk.northwindbank.mobile", "slug": "northwind-bank", "name": "Northwind Bank",
            "artist": "Northwind Bank plc", "cat": "Finance", "cat_id": 6015, "first_review_id": 10871000000,
            "summary": "Open a current account in minutes, spend the same day, and see where your money goes.",
            "versions": BANK_VERSIONS}
FIBRE_APP = {"id": 1498712044, "bundle": "co.uk.northwindfibre.mynorthwind", "slug": "my-northwind", "name": "My Northwind",
             "artist": "Northwind Fibre Ltd", "cat": "Utilities", "cat_id": 6002, "first_review_id": 10869000000,
             "summary": "Check your broadband speed, manage Wi-Fi and parental controls, and see your bills.",
             "versions": FIBRE_VERSIONS}


# ==============================================================================================
# Bank: review site with schema.org JSON-LD (Trustpilot-like "Reviewsphere")
# ==============================================================================================
BANK_REPLY_TOPIC = {"t-ve-id": "selfie ID check", "t-ve-poa": "proof of address step", "t-on-card": "card delivery",
                    "t-su-chat": "live chat", "t-su-phone": "call to our card helpline", "t-su-complaint": "way your complaint was handled",
                    "t-aw-referral": "switching bonus", "t-on-switch": "switch", "t-ap-form": "application form",
                    "t-ve-credit": "credit check", "t-aw-social": "instagram ad", "t-us-app": "app", "t-us-notif": "notifications",
                    "t-co-overdraft": "overdraft", "t-co-web": "website"}
BANK_REPLIERS = ["Priya", "Callum", "Hannah", "Ade", "Rosie", "Marcus"]


def bank_reply(it, first, rng):
    topic = BANK_REPLY_TOPIC.get(it["tp"])
    sig = f"{rng.choice(BANK_REPLIERS)}, Northwind Bank Customer Care"
    if it["pol"] == "pos":
        what = f"the {topic} worked well for you" if topic else "you're enjoying the account"
        return f"Thanks {first}, {rng.choice(['it is great to hear', 'we are delighted', 'lovely to hear'])} {what}! {rng.choice(['Enjoy the account.', 'Thank you for the kind words.', 'Welcome aboard.'])}\n{sig}"
    sorry = f"I'm really sorry the {topic} let you down" if topic else "I'm really sorry to read this"
    return (f"Hi {first}, {sorry}. {rng.choice(['That is not the experience we want for anyone opening an account with us.', 'It is not good enough, and I have shared your review with the team.', 'Thank you for taking the time to tell us.'])} "
            f"Please send us a secure message in the app quoting {rand_id(rng, 6, '0123456789')} and we'll look into it straight away.\n{sig}")


def write_bank_reviews(items, truth):
    rng = rng_for("bank", "reviews")
    folder = "bank/reviews-jsonld"
    items = sorted(items, key=lambda it: it["dt"], reverse=True)
    pages = page_chunks(items, 20)
    base = "https://www.reviewsphere.example"
    biz_id = f"{base}/#/schema/BankOrCreditUnion/northwindbank.co.uk"
    org_id = f"{base}/#/schema/Organization/1"
    total = len(items)
    for pi, page in enumerate(pages, 1):
        graph = [{"@type": "Organization", "@id": org_id, "name": "Reviewsphere", "url": base + "/"},
                 {"@type": "BreadcrumbList", "@id": f"{base}/#/schema/BreadcrumbList/northwindbank.co.uk",
                  "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Money & Insurance", "item": f"{base}/categories/money_insurance"},
                                      {"@type": "ListItem", "position": 2, "name": "Bank", "item": f"{base}/categories/bank"},
                                      {"@type": "ListItem", "position": 3, "name": "Northwind Bank"}]},
                 {"@type": "BankOrCreditUnion", "@id": biz_id, "name": "Northwind Bank", "url": "https://www.northwindbank.co.uk",
                  "aggregateRating": {"@type": "AggregateRating", "bestRating": "5", "worstRating": "1", "ratingValue": "3.4", "reviewCount": str(total + 2117)}}]
        cards = []
        for it in page:
            p = Person(rng)
            rating = score(it["pol"], "five", rng)
            oid = f"{int(it['dt'].timestamp()):08x}{rand_id(rng, 16, '0123456789abcdef')}"
            rid = f"{base}/reviews/{oid}"
            exp = (it["dt"] - timedelta(days=rng.randint(0, 12))).date()
            review = {"@type": "Review", "@id": rid, "itemReviewed": {"@id": biz_id},
                      "author": {"@type": "Person", "name": p.short, "url": f"{base}/users/{rand_id(rng, 24, '0123456789abcdef')}"},
                      "datePublished": it["dt"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), "headline": it["title"],
                      "reviewBody": it["text"],
                      "reviewRating": {"@type": "Rating", "bestRating": "5", "worstRating": "1", "ratingValue": str(rating)},
                      "publisher": {"@id": org_id}, "inLanguage": "en"}
            reply = None
            if rng.random() < (0.45 if it["pol"] == "neg" else 0.15):
                rdt = it["dt"] + timedelta(hours=rng.randint(5, 90))
                if rdt.date() <= END:
                    reply = (rdt, bank_reply(it, p.first, rng))
                    review["comment"] = {"@type": "Comment", "dateCreated": rdt.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                         "text": reply[1], "author": {"@type": "Organization", "name": "Northwind Bank"}}
            graph.append(review)
            truth.add(f"{folder}/page-{pi}.html", rid, it, rating, "five")
            reply_html = ""
            if reply:
                reply_html = (f'\n      <div class="reply">\n        <span class="reply-author">Reply from Northwind Bank</span>\n'
                              f'        <time datetime="{reply[0].strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{long_date(reply[0])}</time>\n'
                              f'        <div class="reply-text">{paras(reply[1])}</div>\n      </div>')
            cards.append(f'''    <article class="review-card" data-review-id="{oid}">
      <aside class="consumer"><a class="consumer-name" href="/users/{oid[:12]}">{tesc(p.short)}</a><span class="consumer-meta">GB · {rng.choice([1, 1, 1, 2, 3, 5, 8])} review(s)</span></aside>
      <div class="review-rating" data-rating="{rating}"><img alt="Rated {rating} out of 5 stars" src="/static/stars-{rating}.svg"></div>
      <time datetime="{it['dt'].strftime('%Y-%m-%dT%H:%M:%S.000Z')}">{long_date(it['dt'])}</time>
      <h2 class="review-title"><a href="/reviews/{oid}">{tesc(it["title"])}</a></h2>
      <div class="review-body">{paras(it['text'])}</div>
      <p class="experience-date">Date of experience: {long_date(exp)}</p>{reply_html}
    </article>''')
        ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        ld = ld.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        head_links = f'<link rel="canonical" href="{base}/review/northwindbank.co.uk' + (f'?page={pi}' if pi > 1 else '') + '">'
        nav = []
        if pi > 1:
            head_links += f'\n<link rel="prev" href="page-{pi - 1}.html">'
            nav.append(f'<a rel="prev" class="pagination-link" href="page-{pi - 1}.html">Previous page</a>')
        if pi < len(pages):
            head_links += f'\n<link rel="next" href="page-{pi + 1}.html">'
            nav.append(f'<a rel="next" class="pagination-link" href="page-{pi + 1}.html">Next page</a>')
        doc = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Northwind Bank Reviews | Read Customer Service Reviews of northwindbank.co.uk{' | Page ' + str(pi) if pi > 1 else ''}</title>
{head_links}
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Reviewsphere</a><nav><a href="/categories">Categories</a> <a href="/business">For businesses</a></nav></header>
<main>
  <section class="business-summary">
    <h1>Northwind Bank <span class="review-count">Reviews {total + 2117:,}</span></h1>
    <p class="trust-score">TrustScore <strong>3.4</strong> out of 5</p>
    <a class="website" href="https://www.northwindbank.co.uk" rel="nofollow">northwindbank.co.uk</a>
  </section>
  <section class="reviews" aria-label="Reviews, most recent first">
{chr(10).join(cards)}
  </section>
  <nav class="pagination">{' '.join(nav)} <span class="page-number">Page {pi} of {len(pages)}</span></nav>
</main>
<footer class="site-footer">© 2026 Reviewsphere. Reviews are the opinions of individual consumers.</footer>
</body>
</html>
'''
        write_text(f"{folder}/page-{pi}.html", doc)
    return folder, len(pages)


# ==============================================================================================
# Bank: post-contact survey webhooks (Qualtrics workflow "web service" task, JSON body)
# ==============================================================================================
def webhook_items(mkey, specs):
    C = CONTENT[mkey]
    rng = rng_for(mkey, "webhooks")
    out = []
    for tpk, pol, d, h, src_style in specs:
        tp = C["tps"][tpk]
        era = ("after" if d >= tp["story"]["date"] else "before") if "story" in tp else None
        dt = from_london(d, h, rng.randint(0, 59), rng.randint(0, 59))
        it = {"map": mkey, "tp": tpk, "secondary": None, "tps": [tpk], "era": era, "pol": pol, "src": "webhook", "dt": dt}
        it["text"] = join_text(compose(C, tpk, era, pol, src_style, rng), src_style, pol, rng)
        it["title"] = title_for(C, tpk, era, pol, rng)
        out.append(it)
    return out


def write_bank_webhooks(truth):
    rng = rng_for("bank", "webhooks", "bodies")
    specs = [("t-su-phone", "neg", date(2026, 11, 16), 21, "survey"), ("t-su-phone", "pos", date(2026, 11, 17), 9, "survey"),
             ("t-su-chat", "neg", date(2026, 11, 18), 13, "survey"), ("t-su-chat", "pos", date(2026, 11, 19), 18, "survey")]
    files = []
    survey_id = "SV_5oLq2ZKx8cWn3Bs"
    for n, it in enumerate(webhook_items("bank", specs), 1):
        csat = score(it["pol"], "five", rng)
        rid = "R_" + rand_id(rng, 15)
        chan = "Phone" if it["tp"] == "t-su-phone" else "Chat"
        start = it["dt"] - timedelta(seconds=rng.randint(40, 200))
        person = Person(rng)
        body = {
            "Topic": f"surveyengine.completedResponse.{survey_id}", "Status": "Complete", "SurveyID": survey_id,
            "ResponseID": rid, "CompletedDate": it["dt"].strftime("%Y-%m-%d %H:%M:%S"), "BrandID": "northwindbank",
            "response": {
                "values": {"startDate": iso_z(start), "endDate": iso_z(it["dt"]), "status": 0, "progress": 100,
                           "duration": int((it["dt"] - start).total_seconds()), "finished": 1, "recordedDate": iso_z(it["dt"]),
                           "_recordId": rid, "distributionChannel": "sms" if chan == "Phone" else "anonymous", "userLanguage": "EN-GB",
                           "QID1": csat, "QID2": score(it["pol"], "ces", rng), "QID3_TEXT": it["text"],
                           "QID4": 1 if it["pol"] == "neg" else 2, "contactEmail": person.email if it["pol"] == "neg" else "",
                           "contactChannel": chan, "queue": "Card & fraud helpline" if chan == "Phone" else "In-app chat",
                           "caseId": f"CAS-{rng.randint(1000000, 9999999)}"},
                "labels": {"status": "IP Address", "finished": "True", "QID1": CSAT_LABELS[csat],
                           "QID4": "Yes, you can contact me" if it["pol"] == "neg" else "No, thank you"},
                "displayedFields": ["QID1", "QID2", "QID3_TEXT", "QID4"],
            },
        }
        rel = f"bank/webhooks/qualtrics-postcontact-{n:02d}.json"
        write_text(rel, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
        truth.add(rel, rid, it, csat, "five")
        files.append(rel)
    return files


# ==============================================================================================
# SaaS: software review site with schema.org microdata ("SoftwareCritic", G2/Capterra-like)
# ==============================================================================================
COMPANIES = ["Harbour Freight Ltd", "Pennine Parcels", "Calder Logistics", "Ridgeway Wholesale", "Moorside Foods",
             "Trentside Distribution", "Humber Parts Co", "Kestrel Couriers", "Aire Valley Fulfilment", "Brigg & Sons Haulage",
             "Northgate 3PL", "Severn Cold Chain", "Tamar Trade Supplies", "Wolds Packaging", "Mersey Dock Services",
             "Cotswold Cargo", "Fenland Fresh", "Ouse Valley Beverages", "Peak District Pallets", "Solent Spares",
             "Tyne Freight Forwarding", "Wensum Wholesale", "Clyde Couriers", "Dee Distribution", "Lune Logistics",
             "Avon Automotive Parts", "Medway Marine Supplies", "Chiltern Office Supplies", "Exe Express", "Wye Workwear"]
ROLES = ["Operations Manager", "Warehouse Team Lead", "Logistics Coordinator", "Head of Operations", "Shift Supervisor",
         "IT Manager", "Procurement Lead", "Transport Planner", "Operations Director", "Inventory Controller"]
INDUSTRIES = ["Logistics and Supply Chain", "Warehousing", "Wholesale", "Retail", "Food Production", "Transportation/Trucking/Railroad"]
SIZES = ["Small-Business (50 or fewer emp.)", "Mid-Market (51-1000 emp.)", "Mid-Market (51-1000 emp.)", "Enterprise (> 1000 emp.)"]
SAAS_REPLY_TOPIC = {"t-on-import": "import", "t-ev-pricing": "pricing", "t-ad-automation": "automation limits",
                    "t-sp-chat": "wait for our support team", "t-sp-status": "outage", "t-re-notice": "renewal price increase",
                    "t-su-invite": "invite emails", "t-su-signup": "sign up", "t-di-reviews": "comparison"}


def stars_text(v):
    full = int(v)
    return "★" * full + ("½" if v - full >= 0.5 else "") + "☆" * (5 - full - (1 if v - full >= 0.5 else 0))


def fmt_half(v):
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


def saas_reply(it, first, rng):
    topic = SAAS_REPLY_TOPIC.get(it["tp"])
    sig = f"{rng.choice(['Hannah', 'Kofi', 'Luis', 'Grace'])}, Customer Success at Northwind Boards"
    if it["pol"] == "pos":
        return f"Thanks so much for the review, {first}! {rng.choice(['Great to hear the team is on board.', 'We love hearing how ops teams use Northwind Boards.', 'Glad the board is earning its keep.'])} — {sig}"
    about = f"Sorry about the {topic}" if topic else "Sorry this fell short"
    return (f"Hi {first}, {about}, and thank you for the honest feedback. "
            f"{rng.choice(['Our product team has this on the roadmap', 'I have passed this to our product team', 'We are working on exactly this'])}; "
            f"I'll drop you a note when there's news. — {sig}")


def write_saas_reviews(items, truth):
    rng = rng_for("saas", "reviews")
    folder = "saas/reviews-microdata"
    C = CONTENT["saas"]
    items = sorted(items, key=lambda it: it["dt"], reverse=True)
    pages = page_chunks(items, 15)
    base = "https://www.softwarecritic.example/products/northwind-boards"
    next_id = 7100000
    idmap = {}
    for it in sorted(items, key=lambda it: it["dt"]):
        next_id += rng.randint(90, 2600)
        idmap[id(it)] = next_id
    for pi, page in enumerate(pages, 1):
        cards = []
        for it in page:
            p = Person(rng)
            rating = score(it["pol"], "half", rng)
            rid = idmap[id(it)]
            itemid = f"{base}/reviews/northwind-boards-review-{rid}"
            text = it["text"]
            if it["pol"] == "pos":
                like, dislike = text, cap(expand(rng.choice(C["dislikes"]), rng, C["slots"]))
            elif it["pol"] == "neg":
                like, dislike = cap(expand(rng.choice(C["likes"]), rng, C["slots"])), text
            else:
                like, dislike = cap(expand(rng.choice(C["likes"]), rng, C["slots"])), text
            it["text"] = f"What do you like best about Northwind Boards?\n{like}\n\nWhat do you dislike about Northwind Boards?\n{dislike}"
            truth.add(f"{folder}/page-{pi}.html", itemid, it, rating, "half")
            d = it["dt"]
            reply = ""
            if rng.random() < (0.5 if it["pol"] == "neg" else 0.2):
                rdt = d + timedelta(hours=rng.randint(10, 120))
                if rdt.date() <= END:
                    reply = f'''
        <div class="vendor-response" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
          <div class="vendor-response__label">Response from <span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Northwind Boards</span></span></div>
          <time itemprop="dateCreated" datetime="{rdt.date().isoformat()}">{rdt.strftime('%b')} {rdt.day}, {rdt.year}</time>
          <div itemprop="text"><p>{tesc(saas_reply(it, p.first, rng))}</p></div>
        </div>'''
            role = rng.choice(ROLES)
            source = rng.choice(["Organic", "Organic", "Organic", "Seller invite", "Review campaign"])
            cards.append(f'''      <div class="paper review-card" id="review-{rid}" itemprop="review" itemscope itemtype="https://schema.org/Review" itemid="{itemid}">
        <div class="reviewer" itemprop="author" itemscope itemtype="https://schema.org/Person">
          <span class="reviewer__name" itemprop="name">{tesc(p.short)}</span>
          <div class="reviewer__meta"><span itemprop="jobTitle">{role}</span> · {rng.choice(INDUSTRIES)} · {rng.choice(SIZES)}</div>
        </div>
        <div class="stars" itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
          <meta itemprop="worstRating" content="1"><meta itemprop="bestRating" content="5"><meta itemprop="ratingValue" content="{fmt_half(rating)}">
          <span class="stars__display" aria-label="{fmt_half(rating)} out of 5">{stars_text(rating)}</span>
        </div>
        <time itemprop="datePublished" datetime="{d.date().isoformat()}">{d.strftime('%b')} {d.day}, {d.year}</time>
        <h3 class="review-card__title" itemprop="name">“{tesc(it['title'])}”</h3>
        <div class="review-card__body" itemprop="reviewBody">
          <h4>What do you like best about Northwind Boards?</h4>
          {paras(like)}
          <h4>What do you dislike about Northwind Boards?</h4>
          {paras(dislike)}
        </div>
        <div class="review-card__source">Review source: {source} · Validated reviewer · {rng.choice(['Current user', 'Current user', 'Trial user'])}</div>{reply}
        <a class="review-card__link" itemprop="url" href="{itemid}">Share</a>
      </div>''')
        links, nav = [], []
        if pi > 1:
            links.append(f'<link rel="prev" href="page-{pi - 1}.html">')
            nav.append(f'<a class="pagination__prev" rel="prev" href="page-{pi - 1}.html">‹ Previous</a>')
        if pi < len(pages):
            links.append(f'<link rel="next" href="page-{pi + 1}.html">')
            nav.append(f'<a class="pagination__next" rel="next" href="page-{pi + 1}.html">Next ›</a>')
        doc = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northwind Boards Reviews 2026: Pricing, Features &amp; Alternatives | SoftwareCritic{' | Page ' + str(pi) if pi > 1 else ''}</title>
<link rel="canonical" href="{base}/reviews{'?page=' + str(pi) if pi > 1 else ''}">
{chr(10).join(links)}
</head>
<body>
  <header class="topbar"><a href="/">SoftwareCritic</a> <form class="search" action="/search"><input name="q" placeholder="Search software"></form></header>
  <main itemscope itemtype="https://schema.org/SoftwareApplication" itemid="{base}">
    <div class="product-head">
      <h1 itemprop="name">Northwind Boards</h1>
      <meta itemprop="applicationCategory" content="BusinessApplication">
      <meta itemprop="operatingSystem" content="Web, iOS, Android">
      <div class="product-head__rating" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">
        <span itemprop="ratingValue">4.3</span> out of <span itemprop="bestRating">5</span> · <span itemprop="reviewCount">{len(items) + 389}</span> reviews
      </div>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="9.00"><meta itemprop="priceCurrency" content="GBP"><span>From £9 per seat per month</span></div>
    </div>
    <section class="reviews" aria-label="Northwind Boards reviews">
{chr(10).join(cards)}
    </section>
    <nav class="pagination">{' '.join(nav)} <span>Page {pi} of {len(pages)}</span></nav>
  </main>
  <footer>© 2026 SoftwareCritic</footer>
</body>
</html>
'''
        write_text(f"{folder}/page-{pi}.html", doc)
    return folder, len(pages)


# ==============================================================================================
# SaaS: in-app feedback and support conversations as a paged JSON API
# ==============================================================================================
API_SHAPE = {   # touchpoint -> list of (type, channel, widget, url path, weight)
    "t-on-import": [("feedback", "in_app", "import_wizard", "/{ws}/import/{fmt}", 7), ("conversation", "chat", None, "/{ws}/import/{fmt}", 3)],
    "t-ad-automation": [("feedback", "in_app", "automations", "/{ws}/automations", 5), ("conversation", "chat", None, "/{ws}/automations", 5)],
    "t-su-invite": [("conversation", "chat", None, "/{ws}/settings/members", 6), ("conversation", "email", None, None, 4)],
    "t-su-signup": [("feedback", "in_app", "getting_started", "/signup/complete", 8), ("conversation", "chat", None, "/signup", 2)],
    "t-sp-chat": [("conversation", "chat", None, "/{ws}/boards/{board}", 8), ("conversation", "email", None, None, 2)],
    "t-sp-status": [("conversation", "chat", None, "/{ws}/boards/{board}", 5), ("conversation", "email", None, None, 5)],
    "t-bu-checkout": [("conversation", "chat", None, "/{ws}/billing/checkout", 5), ("conversation", "email", None, None, 5)],
    "t-on-emails": [("conversation", "email", None, None, 10)],
    "t-di-blog": [("article_feedback", "web", "article_rating", "https://www.northwindboards.com/blog/{post}", 10)],
    "t-ev-pricing": [("conversation", "chat", None, "https://www.northwindboards.com/pricing", 10)],
    "t-bu-quote": [("conversation", "email", None, None, 10)],
    "t-bu-legal": [("conversation", "email", None, None, 10)],
    "t-re-notice": [("conversation", "email", None, None, 10)],
    None: [("feedback", "in_app", "general", "/{ws}/boards/{board}", 10)],
}
SUBJECTS = {"t-on-import": ["Import problem", "Dates wrong after import", "CSV import", "Spreadsheet import"],
            "t-ad-automation": ["Automations", "Slack messages", "Automation stopped"],
            "t-su-invite": ["Team can't join", "Invites", "Teammates not receiving emails"],
            "t-su-signup": ["Getting started"], "t-sp-chat": ["Question about boards", "Permissions", "Recurring cards"],
            "t-sp-status": ["Is Boards down?", "Can't load boards", "Incident"], "t-bu-checkout": ["Paying for our plan", "Billing", "VAT number"],
            "t-on-emails": ["Re: Day 3 – make your board work for you", "Re: Your trial: 7 days in", "Unsubscribe"],
            "t-ev-pricing": ["Pricing question", "Plans"], "t-bu-quote": ["Quote for 18 seats", "Order form", "PO number"],
            "t-bu-legal": ["Security questionnaire", "DPA", "Data residency"], "t-re-notice": ["Re: Your renewal", "Renewal", "Re: Upcoming renewal"],
            "t-di-blog": [None], None: [None]}
BLOG_POSTS = ["7-ways-to-run-a-warehouse-team-from-one-board", "shift-handover-board-template", "dock-scheduling-without-spreadsheets"]
REMARKS = {"neg": ["Took too long", "Didn't solve it", "Still waiting", None, None],
           "neu": ["OK", None, None], "pos": ["Thanks!", "Super quick", "Great help", None, None]}


class Workspaces:
    def __init__(self, rng):
        self.rng = rng
        self.list = []
        for c in COMPANIES:
            slug = re.sub(r"[^a-z0-9]+", "-", c.lower().replace("&", "and")).strip("-")
            self.list.append({"name": c, "workspace": slug.replace("-ltd", "").replace("-co", ""), "domain": slug.replace("-", "") + ".example",
                              "seats": rng.choice([8, 12, 15, 18, 22, 26, 30, 45])})

    def pick(self):
        return self.rng.choice(self.list)


def plan_for(dt, rng):
    return rng.choice(["trial", "trial", "team", "business"])


def write_saas_api(items, truth):
    rng = rng_for("saas", "api")
    folder = "saas/api/feedback"
    ws = Workspaces(rng)
    records = []
    for it in sorted(items, key=lambda it: it["dt"]):
        shape = wchoice(rng, [(s, s[4]) for s in API_SHAPE.get(it["tp"], API_SHAPE[None])])
        typ, chan, widget, path = shape[0], shape[1], shape[2], shape[3]
        comp = ws.pick()
        person = Person(rng)
        email = f"{ascii_fold(person.first).lower()}.{ascii_fold(person.last).lower()}@{comp['domain']}"
        url = None
        if path:
            url = path.replace("{ws}", comp["workspace"]).replace("{fmt}", rng.choice(["csv", "xlsx"])).replace(
                "{board}", rng.choice(["shift-board", "dock-schedule", "goods-in", "returns"])).replace("{post}", rng.choice(BLOG_POSTS))
            if url.startswith("/"):
                url = "https://app.northwindboards.com" + url
        if typ == "conversation":
            rated = rng.random() < 0.65
            body = "".join(f"<p>{tesc(p)}</p>" for p in ([rng.choice(["Hi,", "Hello,", "Hi there,", "Hi team,"])] if rng.random() < 0.6 else []) + [it["text"]])
        else:
            rated = True
            body = it["text"]
        rating = None
        if rated:
            v = score(it["pol"], "five", rng)
            rating = {"value": v, "scale": 5,
                      "remark": rng.choice(REMARKS[it["pol"]]) if typ == "conversation" else None,
                      "rated_at": iso_z(it["dt"] + timedelta(minutes=rng.randint(3, 600)) if typ == "conversation" else it["dt"])}
        created = it["dt"]
        rec = {
            "id": "fb_" + format(int(created.timestamp() * 1000), "x") + rand_id(rng, 14, "0123456789abcdefghjkmnpqrstvwxyz"),
            "type": typ,
            "created_at": iso_z(created),
            "updated_at": iso_z(created + timedelta(minutes=rng.randint(1, 2000))),
            "channel": chan,
            "subject": rng.choice(SUBJECTS.get(it["tp"], [None])) if typ == "conversation" else None,
            "body": body,
            "body_format": "html" if typ == "conversation" else "text",
            "rating": rating,
            "customer": {"id": "cus_" + rand_id(rng, 12, "0123456789abcdef"), "name": person.name, "email": email,
                         "company": {"name": comp["name"], "workspace": comp["workspace"], "plan": plan_for(created, rng), "seats": comp["seats"]}},
            "context": {"page_url": url, "widget": widget, "app_version": f"web-{created.strftime('%Y.%m')}.{rng.randint(1, 4)}" if url and "app.northwind" in url else None},
            "tags": [],
            "assignee": {"name": rng.choice(SAAS["slots"]["agent"]), "team": "Support Tier 1"} if typ == "conversation" else None,
            "state": "closed" if typ != "conversation" or rng.random() < 0.9 else "open",
        }
        if it["tp"]:
            rec["tags"] = [it["tp"].split("-", 2)[2]] + (["trial"] if rec["customer"]["company"]["plan"] == "trial" else [])
        records.append((it, rec))
        truth.add(None, rec["id"], it, rating["value"] if rating else None, "five" if rating else None)
        truth.rows[-1]["_api_rec"] = rec["id"]
    records.sort(key=lambda x: x[0]["dt"], reverse=True)     # newest first
    pages = page_chunks(records, 100)
    pos_of = {}
    for pi, page in enumerate(pages, 1):
        for _, rec in page:
            pos_of[rec["id"]] = pi
    for row in truth.rows:
        if "_api_rec" in row:
            row["file"] = f"{folder}/page-{pos_of[row.pop('_api_rec')]}.json"
    total = len(records)
    for pi, page in enumerate(pages, 1):
        recs = [r for _, r in page]
        # offset paging while new items arrive: the first item of page 4 repeats the last one of page 3
        if pi == 4 and len(pages) >= 4:
            recs = [pages[2][-1][1]] + recs
        doc = {"object": "list", "page": pi, "per_page": 100, "total_count": total, "total_pages": len(pages),
               "items": recs, "next": f"page-{pi + 1}.json" if pi < len(pages) else None,
               "previous": f"page-{pi - 1}.json" if pi > 1 else None}
        write_text(f"{folder}/page-{pi}.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return folder, len(pages)


# ==============================================================================================
# SaaS: Customer Success team's Excel tracker saved as "Unicode Text" (UTF-16 LE, tab-separated)
# ==============================================================================================
TRACKER_LABEL = {"t-ad-csm": "Day-7 CSM call", "t-re-review": "Account review (QBR)", "t-re-notice": "Renewal notice",
                 "t-bu-quote": "Quote / order form", "t-bu-legal": "DPA & security review", "t-bu-checkout": "Checkout / billing",
                 "t-ev-demo": "Demo request", "t-ev-pricing": "Pricing", "t-on-import": "Import"}


def write_saas_tracker(items, truth):
    rng = rng_for("saas", "tracker")
    rel = "saas/cs-tracker/cs-feedback-tracker.txt"
    ws = Workspaces(rng)
    header = ["Ref", "Date", "Company", "Contact name", "Contact email", "Plan", "Seats", "Touchpoint",
              "Likelihood to recommend (0-10)", "CSAT (1-5)", "Verbatim", "CSM", "Follow-up needed"]
    ncol = len(header)
    rows = [["Northwind Boards – Customer Success feedback tracker (exported 20/11/2026 17:04)"] + [""] * (ncol - 1), [""] * ncol, header]
    for n, it in enumerate(sorted(items, key=lambda it: it["dt"]), 1):
        comp = ws.pick()
        p = Person(rng)
        nps = score(it["pol"], "nps", rng) if rng.random() < 0.9 else None
        csat = (csat_from_nps(nps, rng) if nps is not None else score(it["pol"], "five", rng)) if (nps is None or rng.random() < 0.6) else None
        local = london(it["dt"])
        rows.append([f"CS-{n:04d}", local.strftime("%d/%m/%Y"), comp["name"], p.name,
                     f"{ascii_fold(p.first).lower()}.{ascii_fold(p.last).lower()}@{comp['domain']}",
                     rng.choice(["Trial (Business)", "Team", "Business", "Business"]), str(comp["seats"]),
                     TRACKER_LABEL.get(it["tp"], "Other"), "" if nps is None else str(nps), "" if csat is None else str(csat),
                     it["text"], rng.choice(SAAS["slots"]["csm"]), "Yes" if it["pol"] == "neg" and rng.random() < 0.7 else "No"])
        if nps is not None:
            truth.add(rel, f"CS-{n:04d}", it, nps, "nps")
        else:
            truth.add(rel, f"CS-{n:04d}", it, csat, "five")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    write_bytes(rel, b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    return rel


# ==============================================================================================
# SaaS: in-app NPS survey webhooks (Delighted-like; Unix timestamps; one retried delivery)
# ==============================================================================================
def write_saas_webhooks(truth):
    rng = rng_for("saas", "webhooks", "bodies")
    specs = [("t-re-notice", "neg", date(2026, 11, 16), 10, "api"), ("t-on-import", "pos", date(2026, 11, 17), 14, "api"),
             ("t-ad-automation", "pos", date(2026, 11, 18), 11, "api"), ("t-sp-chat", "neg", date(2026, 11, 19), 16, "api")]
    ws = Workspaces(rng)
    files = []
    bodies = []
    for it in webhook_items("saas", specs):
        comp = ws.pick()
        p = Person(rng)
        nps = score(it["pol"], "nps", rng)
        rid = str(rng.randint(110000000, 119999999))
        created = int(it["dt"].timestamp())
        body = {"event_type": "survey_response.created", "event_id": "evt_" + rand_id(rng, 20),
                "event_data": {"id": rid, "person": {"id": str(rng.randint(900000000, 999999999)), "name": p.name,
                                                     "email": f"{ascii_fold(p.first).lower()}.{ascii_fold(p.last).lower()}@{comp['domain']}",
                                                     "created_at": created - rng.randint(86400 * 20, 86400 * 400), "last_sent_at": created - 3600},
                               "survey_type": "nps", "score": nps, "comment": it["text"],
                               "permalink": f"https://app.delighted.example/r/{rand_id(rng, 20)}",
                               "created_at": created, "updated_at": created + rng.randint(0, 90),
                               "person_properties": {"Plan": rng.choice(["Team", "Business"]), "Workspace": comp["workspace"],
                                                     "Seats": comp["seats"], "Touchpoint": TRACKER_LABEL.get(it["tp"], "In-app NPS")},
                               "notes": [], "tags": [], "additional_answers": []}}
        bodies.append((it, body, nps, rid))
    for n, (it, body, nps, rid) in enumerate(bodies, 1):
        rel = f"saas/webhooks/delighted-{n:02d}.json"
        write_text(rel, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
        truth.add(rel, rid, it, nps, "nps")
        files.append(rel)
    # the sender retried delivery 3 after a timeout: same event_id and response id, a second body
    rel = f"saas/webhooks/delighted-{len(bodies) + 1:02d}-retry-of-03.json"
    write_text(rel, json.dumps(bodies[2][1], indent=2, ensure_ascii=False) + "\n")
    files.append(rel)
    return files


# ==============================================================================================
# Broadband: support-desk CSAT export, saved by European Excel (Windows-1252, ';', dd/mm/yyyy, 3,5)
# ==============================================================================================
BB_SUPPORT = {  # touchpoint -> (group, channel weights, subjects, tags)
    "t-or-phone": ("Home Move Team", {"Phone": 9, "Chat": 1}, ["Moving home – transfer my broadband", "Home move order", "Moving house next month", "Move broadband to new address"], "home_move order"),
    "t-or-online": ("Home Move Team", {"Web form": 8, "Email": 2}, ["Home move form error", "Online home move request", "Duplicate confirmation email"], "home_move web_form"),
    "t-or-contract": ("Home Move Team", {"Email": 6, "Phone": 4}, ["Contract length after move", "Contract summary query", "Why a new contract?"], "home_move contract"),
    "t-sc-slot": ("Field Scheduling", {"Phone": 6, "Chat": 2, "WhatsApp": 2}, ["Earlier installation date?", "Rebook installation", "Installation appointment moved"], "home_move scheduling"),
    "t-mv-engineer": ("Field Scheduling", {"Phone": 7, "WhatsApp": 3}, ["Engineer did not attend", "Missed appointment", "Installation incomplete", "Installation feedback"], "home_move field_visit"),
    "t-mv-router": ("Logistics", {"Email": 5, "Chat": 3, "Phone": 2}, ["Router not received", "Router delivery", "Where is my router?"], "home_move hardware"),
    "t-se-bill": ("Billing", {"Email": 5, "Phone": 4, "Chat": 1}, ["Query about first bill", "Charged for old address", "Refund for old line", "First bill after moving"], "billing first_bill home_move"),
    "t-su-chat": ("Customer Support", {"WhatsApp": 6, "Chat": 4}, ["WhatsApp conversation", "Chat: slow Wi-Fi upstairs", "Chat: router lights", "Chat: account question"], "support messaging"),
    "t-su-fault": ("Faults", {"Phone": 8, "Chat": 2}, ["Slow speeds in the evening", "Connection dropping", "Line fault report", "No internet"], "fault speed"),
    "t-re-retention": ("Retention", {"Phone": 9, "Email": 1}, ["End of contract – looking to leave", "Cancellation request", "Price after contract ends"], "retention contract_end"),
}
NEG_SUBJECTS = {"Engineer did not attend", "Missed appointment", "Installation incomplete", "Router not received",
                "Where is my router?", "Charged for old address", "Refund for old line", "Home move form error",
                "Duplicate confirmation email", "Installation appointment moved", "Connection dropping", "No internet",
                "End of contract – looking to leave", "Cancellation request", "Why a new contract?"}
ASSIGNEES = ["Zoë Hartley", "Renée Marchand", "Jürgen Bauer", "Siobhán Kelly", "Chloé Dubois", "Mateus Araújo",
             "Ana Muñoz", "José Ramírez", "Åsa Lindqvist", "Łukasz Nowak", "Noémie Roux", "Björn Svensson",
             "Dáithí Ó Sé", "Gary Holt", "Sunita Rao", "Leanne Firth"]
ACCENTED_CUSTOMERS = [("Séamus", "O'Connell"), ("Aoife", "Ní Bhriain"), ("Zoë", "Whitaker"), ("Renée", "Clarke"),
                      ("François", "Lemaire"), ("Jürgen", "Müller"), ("Inês", "Gonçalves"), ("Øystein", "Berg"),
                      ("Nuria", "Núñez"), ("Emre", "Öztürk"), ("Elif", "Şahin"), ("Małgorzata", "Wiśniewska"),
                      ("Chloë", "Barnes"), ("André", "Costa"), ("Zsófia", "Kovács"), ("Ciarán", "Doyle")]
AGENT_LINES = {"pos": ["Thanks {a}, really helpful.", "{a} was brilliant.", "{a} went above and beyond.", "Credit to {a}."],
               "neu": ["{a} was polite.", "{a} did their best."],
               "neg": ["Not {a}'s fault, the system is the problem.", "{a} was polite but couldn't do anything."]}


def write_bb_support(items, truth):
    rng = rng_for("broadband", "support")
    rel = "broadband/support-csat/csat-export.csv"
    header = ["Ticket ID", "Created", "Solved", "Requester", "Requester email", "Assignee", "Group", "Channel",
              "Subject", "Rating status", "Satisfaction (1-5)", "Customer effort (1-7)", "Comment",
              "Full resolution time (hrs)", "Tags"]
    tickets = []
    for it in items:
        tickets.append((it["dt"], it, True))
    # surveys that were offered but never answered: no score, no comment; not feedback
    frng = rng_for("broadband", "support", "offered")
    for d in days():
        for _ in range(poisson(frng, 1.3)):
            tpk = frng.choice(list(BB_SUPPORT.keys()))
            dt = from_london(d, wchoice(frng, list(enumerate(HOURS["support"]))), frng.randint(0, 59), 0)
            tickets.append((dt, {"map": "broadband", "tp": tpk, "pol": "neu", "dt": dt, "text": ""}, False))
    tickets.sort(key=lambda x: (x[0], x[2]))
    out = []
    tid = 481200
    for dt, it, rated in tickets:
        tid += rng.randint(3, 40)
        tpk = it["tp"] or "t-su-chat"
        group, chans, subjects, tags = BB_SUPPORT.get(tpk, BB_SUPPORT["t-su-chat"])
        chan = wchoice(rng, chans)
        subj_pool = [x for x in subjects if (x in NEG_SUBJECTS) == (it["pol"] == "neg")] or subjects
        if rng.random() < 0.12:
            first, last = rng.choice(ACCENTED_CUSTOMERS)
            p = Person(rng, first, last)
        else:
            p = Person(rng)
        agent = rng.choice(ASSIGNEES)
        back = rng.uniform(0.2, 6) if rng.random() < 0.6 else rng.uniform(20, 70)
        created = london(dt - timedelta(hours=back))
        if not 8 <= created.hour < 21:
            created = created.replace(hour=rng.randint(8, 19))
            if created.astimezone(UTC) >= dt:
                created = london(dt - timedelta(minutes=rng.randint(15, 90)))
        solved = london(dt)
        hrs = (dt - created.astimezone(UTC)).total_seconds() / 3600
        comment, csat, ces, status = "", "", "", "offered"
        if rated:
            status = "rated"
            csat_v = score(it["pol"], "five", rng)
            csat = str(csat_v)
            ces = str(score(it["pol"], "ces", rng)) if rng.random() < 0.85 else ""
            if rng.random() < 0.78 or it["tp"] is None:
                comment = it["text"]
                if rng.random() < 0.3:
                    comment = cap(expand(rng.choice(AGENT_LINES[it["pol"]]), rng, {"a": [agent.split()[0]]})) + " " + comment
                if rng.random() < 0.35:
                    comment = comment.replace("'", "’")        # typed on a phone
                if rng.random() < 0.05:
                    comment = comment.rstrip(".") + "…"
            truth.add(rel, tid, it, csat_v, "five", text=comment)
        out.append([str(tid), created.strftime("%d/%m/%Y %H:%M"), solved.strftime("%d/%m/%Y %H:%M"), p.name, p.email,
                    agent, group, chan, rng.choice(subj_pool), status, csat, ces, comment,
                    f"{hrs:.1f}".replace(".", ","), tags + (" whatsapp" if chan == "WhatsApp" else "")])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    for r in out:
        w.writerow(r)
    # Excel's "CSV (semicolon delimited)" writes the ANSI code page and puts '?' for what it can't encode
    write_bytes(rel, buf.getvalue().encode("cp1252", errors="replace"))
    return rel


# ==============================================================================================
# Broadband: consumer review site without schema.org ("SwitchWise"): plain classes, CSS selectors
# ==============================================================================================
BB_REPLY_TOPIC = {"t-mv-engineer": "engineer visit", "t-sc-slot": "installation date", "t-or-phone": "calls with our moving team",
                  "t-se-bill": "first bill", "t-re-retention": "call with our retention team", "t-su-fault": "slow speeds",
                  "t-re-notice": "end of contract price", "t-pl-web": "availability checker result", "t-su-chat": "WhatsApp chat"}
BB_TAGS = {"t-mv-engineer": "Installation", "t-sc-slot": "Installation", "t-or-phone": "Customer service", "t-se-bill": "Billing",
           "t-re-retention": "Price", "t-re-notice": "Price", "t-su-fault": "Reliability", "t-pl-web": "Moving home",
           "t-or-online": "Moving home", "t-or-contract": "Contract", "t-su-chat": "Customer service"}


def bb_reply(it, first, rng):
    topic = BB_REPLY_TOPIC.get(it["tp"])
    if it["pol"] == "pos":
        return f"Thanks {first}, great to hear {('the ' + topic + ' went well') if topic else 'the move went smoothly'}. Enjoy the new home! – {rng.choice(['Jo', 'Ravi', 'Kirsty'])}, Northwind Fibre"
    return (f"Hi {first}, I'm sorry about the {topic or 'experience you had'}. Please message us on WhatsApp or call the moving team on 0800 046 0000 "
            f"quoting reference NF{rng.randint(100000, 999999)} and we'll put it right. – {rng.choice(['Jo', 'Ravi', 'Kirsty'])}, Northwind Fibre")


def write_bb_reviews(items, truth):
    rng = rng_for("broadband", "reviews")
    folder = "broadband/reviews-html"
    items = sorted(items, key=lambda it: it["dt"], reverse=True)
    pages = page_chunks(items, 20)
    ids = {}
    cur = 180000
    for it in sorted(items, key=lambda it: it["dt"]):
        cur += rng.randint(7, 60)
        ids[id(it)] = f"sw-{cur}"
    # first pass: reviewer, rating, reply and helpful count for every review (the featured block repeats one)
    data = {}
    for pi, page in enumerate(pages, 1):
        for it in page:
            p = Person(rng)
            rating = score(it["pol"], "five", rng)
            reply = None
            if rng.random() < (0.5 if it["pol"] == "neg" else 0.12):
                rdt = it["dt"] + timedelta(hours=rng.randint(3, 60))
                if rdt.date() <= END:
                    reply = (rdt, bb_reply(it, p.first, rng))
            data[id(it)] = (p, rating, reply, rng.choice([0, 0, 1, 2, 3, 7]))
            truth.add(f"{folder}/page-{pi}.html", ids[id(it)], it, rating, "five")

    def render(it, featured=False):
        p, rating, reply, helpful = data[id(it)]
        rid = ids[id(it)]
        tag = BB_TAGS.get(it["tp"])
        tags = f'\n        <ul class="review-tags"><li>Moving home</li>{"<li>" + tag + "</li>" if tag and tag != "Moving home" else ""}</ul>' if tag else ""
        reply_html = ""
        if reply:
            reply_html = f'''
        <div class="business-reply">
          <p class="reply-from">Northwind Fibre replied</p>
          <time datetime="{reply[0].strftime('%Y-%m-%dT%H:%M:%SZ')}">{reply[0].day} {reply[0].strftime('%b %Y')}</time>
          <div class="reply-text">{paras(reply[1])}</div>
        </div>'''
        stars = "".join('<span class="star star--on"></span>' if i < rating else '<span class="star"></span>' for i in range(5))
        return f'''      <div class="review{' review--featured' if featured else ''}" data-review-id="{rid}">
        <div class="review-head">
          <span class="reviewer-name">{tesc(p.short)}</span> <span class="reviewer-location">{tesc(p.city)}</span>
          <div class="stars" data-rating="{rating}" title="{rating} out of 5">{stars}</div>
          <time datetime="{it['dt'].strftime('%Y-%m-%dT%H:%M:%SZ')}">{it['dt'].day} {it['dt'].strftime('%b %Y')}</time>
        </div>
        <h3 class="review-title">{tesc(it['title'])}</h3>
        <div class="review-text">{paras(it['text'])}</div>{tags}
        <div class="helpful">Was this helpful? <button type="button" class="helpful-yes">Yes ({helpful})</button></div>{reply_html}
      </div>'''

    for pi, page in enumerate(pages, 1):
        blocks = [render(it) for it in page]
        featured = ""
        if pi == 1 and len(pages) > 3:
            # the site pins a 'featured' positive review above the list; it is repeated from page 3
            cand = [it for it in pages[2] if it["pol"] == "pos"] or pages[2]
            featured = f'''    <section class="featured-review">
      <h2>Featured review</h2>
{render(cand[0], featured=True)}
    </section>
'''
        nav, links = [], []
        if pi > 1:
            links.append(f'<link rel="prev" href="page-{pi - 1}.html">')
            nav.append(f'<a rel="prev" href="page-{pi - 1}.html">&laquo; Newer reviews</a>')
        if pi < len(pages):
            links.append(f'<link rel="next" href="page-{pi + 1}.html">')
            nav.append(f'<a rel="next" href="page-{pi + 1}.html">Older reviews &raquo;</a>')
        doc = f'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Northwind Fibre reviews – moving home &amp; installation | SwitchWise{' (page ' + str(pi) + ')' if pi > 1 else ''}</title>
{chr(10).join(links)}
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="provider-reviews">
  <div class="masthead"><a href="/">SwitchWise</a> <span class="strap">Real reviews of UK broadband providers</span></div>
  <div class="provider-summary">
    <h1>Northwind Fibre</h1>
    <div class="score">Customer score <b>3.1</b>/5 from {len(items) + 1460:,} reviews</div>
  </div>
  <div class="ad-slot" data-slot="mpu">Advertisement</div>
  <div class="content">
{featured}    <div class="review-list">
{chr(10).join(blocks)}
    </div>
    <div class="pager">{' | '.join(nav)}</div>
  </div>
</body>
</html>
'''
        write_text(f"{folder}/page-{pi}.html", doc)
    return folder, len(pages)


# ==============================================================================================
# Broadband: community forum boards as RSS 2.0 (no score: sentiment has to come from the text)
# ==============================================================================================
BB_BOARD = {"t-pl-web": "Moving home", "t-pl-app": "My Northwind app", "t-sc-slot": "Installation & engineers",
            "t-sc-sms": "Installation & engineers", "t-mv-engineer": "Installation & engineers", "t-mv-router": "Hubs & Wi-Fi",
            "t-su-fault": "Faults & speed", "t-or-online": "Moving home", "t-or-contract": "Bills, contracts & prices",
            "t-re-notice": "Bills, contracts & prices", None: "General chat"}
FORUM_GREET = ["Hi all,", "Hi everyone,", "Hello,", "Morning all,", ""]
FORUM_ASK = {"neg": ["Anyone else had this?", "Is this normal?", "Any advice?", "What are my options?", "Has anyone managed to get this sorted?"],
             "neu": ["Any tips?", "Just sharing in case it helps.", ""], "pos": ["Just wanted to share a good experience for once.", "Hope this helps someone.", ""]}
STAFF = ["Sam_NF", "Kirsty_NF", "Dev_NF"]
FORUM_TITLES = {"neg": ["Moving home has been a nightmare", "Really poor experience after moving", "Is this normal after a house move?",
                        "Complaint about our home move", "Still not sorted after moving"],
                "neu": ["Moving home – my experience", "Question about moving home", "Mixed experience moving house",
                        "Moved last month, some feedback"],
                "pos": ["Good experience moving home", "Credit where it's due", "Smooth move with Northwind", "Thanks to the team"]}


def slugify(s):
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")[:60]


def write_bb_forum(items, truth):
    rng = rng_for("broadband", "forum")
    folder = "broadband/community-rss"
    entries = []
    mid = 4188000
    for it in sorted(items, key=lambda it: it["dt"]):
        mid += rng.randint(11, 160)
        greet = rng.choice(FORUM_GREET)
        ask = rng.choice(FORUM_ASK[it["pol"]])
        body = "\n\n".join(x for x in [greet, it["text"], ask] if x)
        t = CONTENT["broadband"]["tps"].get(it["tp"], {}) if it["tp"] else {}
        opts = (t.get("t_after", {}).get(it["pol"]) if it["era"] == "after" else None) or t.get("t_" + it["pol"]) or FORUM_TITLES[it["pol"]]
        title = rng.choice(opts) + (rng.choice([" – anyone else?", "?", "", "", " (new build)", " – help"]) if it["pol"] == "neg" else "")
        board = BB_BOARD.get(it["tp"], "General chat")
        author = nickname(rng, Person(rng)).replace(" ", "_")
        entries.append({"dt": it["dt"], "id": mid, "title": title, "body": body, "board": board, "author": author, "staff": False, "it": it})
        if rng.random() < 0.1:     # a community-team reply, also in the feed; not customer feedback
            rdt = it["dt"] + timedelta(hours=rng.randint(1, 30))
            if rdt.date() <= END:
                mid += rng.randint(3, 20)
                staff = rng.choice(STAFF)
                entries.append({"dt": rdt, "id": mid, "title": "Re: " + title, "board": board, "author": staff, "staff": True,
                                "body": f"Hi {author}, {'sorry to read this' if it['pol'] != 'pos' else 'thanks for sharing this'}. I've sent you a private message so we can look at your account. Please check your inbox.\n\n{staff.split('_')[0]}\nNorthwind Fibre Community Team",
                                "it": None, "parent": entries[-1]["id"]})
    entries.sort(key=lambda e: e["dt"], reverse=True)
    pages = page_chunks(entries, 25)
    base = "https://community.northwindfibre.co.uk"
    for pi, page in enumerate(pages, 1):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
               '  <channel>',
               '    <title>Northwind Fibre Community: Moving home, installations, bills and faults</title>',
               f'    <link>{base}/t5/Northwind-Fibre-Community/ct-p/community</link>',
               '    <description>Latest posts from the Northwind Fibre customer community boards</description>',
               '    <language>en-gb</language>',
               f'    <lastBuildDate>{rfc822(london(datetime(2026, 11, 20, 22, 0, tzinfo=UTC)))}</lastBuildDate>',
               '    <generator>Community RSS 3.2</generator>',
               f'    <atom:link rel="self" type="application/rss+xml" href="page-{pi}.xml"/>']
        if pi > 1:
            out.append(f'    <atom:link rel="previous" type="application/rss+xml" href="page-{pi - 1}.xml"/>')
        if pi < len(pages):
            out.append(f'    <atom:link rel="next" type="application/rss+xml" href="page-{pi + 1}.xml"/>')
        for e in page:
            board_slug = slugify(e["board"])
            if e["staff"]:
                link = f"{base}/t5/{board_slug}/{slugify(e['title'][4:])}/m-p/{e['id']}#M{e['id'] % 100000}"
            else:
                link = f"{base}/t5/{board_slug}/{slugify(e['title'])}/td-p/{e['id']}"
            html_body = "".join(f"<p>{tesc(p)}</p>" for p in e["body"].split("\n\n"))
            cats = f"      <category>{tesc(e['board'])}</category>\n" + ("      <category>Community Team</category>\n" if e["staff"] else "")
            out.append(f'''    <item>
      <title>{tesc(e['title'])}</title>
      <link>{tesc(link)}</link>
      <guid isPermaLink="true">{tesc(link)}</guid>
      <pubDate>{rfc822(london(e['dt']))}</pubDate>
      <dc:creator>{tesc(e['author'])}</dc:creator>
{cats}      <description><![CDATA[{html_body}]]></description>
    </item>''')
            if not e["staff"]:
                truth.add(f"{folder}/page-{pi}.xml", link, e["it"], None, None)
        out += ['  </channel>', '</rss>']
        write_text(f"{folder}/page-{pi}.xml", "\n".join(out) + "\n")
    return folder, len(pages)


# ==============================================================================================
# Broadband: post-installation survey webhooks (Typeform-like "form_response" bodies)
# ==============================================================================================
def write_bb_webhooks(truth):
    rng = rng_for("broadband", "webhooks", "bodies")
    specs = [("t-mv-engineer", "neg", date(2026, 11, 16), 13, "survey"), ("t-mv-engineer", "pos", date(2026, 11, 17), 17, "survey"),
             ("t-sc-slot", "neg", date(2026, 11, 18), 20, "survey"), ("t-mv-router", "pos", date(2026, 11, 19), 12, "survey")]
    form_id = "kQ8vX2pL"
    fields = [{"id": "Jx4mWq2aLk9P", "ref": "nps", "type": "opinion_scale", "title": "How likely are you to recommend Northwind Fibre to a friend who is moving home?"},
              {"id": "Tn7cR0vBe3Qs", "ref": "visit_rating", "type": "rating", "title": "How would you rate your installation visit?"},
              {"id": "Pq2sY8dKf1Zm", "ref": "step", "type": "multiple_choice", "title": "Which part of your move would you like to tell us about?"},
              {"id": "Hc5vN1wXz7Ld", "ref": "comment", "type": "long_text", "title": "Tell us more: what went well, and what didn't?"},
              {"id": "Bd9gE4rTu6Yc", "ref": "email", "type": "email", "title": "Can we contact you about this? Leave your email."}]
    step_label = {"t-mv-engineer": "The engineer visit", "t-sc-slot": "Booking the installation date", "t-mv-router": "Router delivery"}
    files = []
    for n, it in enumerate(webhook_items("broadband", specs), 1):
        nps = score(it["pol"], "nps", rng)
        stars = score(it["pol"], "five", rng)
        token = rand_id(rng, 32, "abcdefghijklmnopqrstuvwxyz0123456789")
        landed = it["dt"] - timedelta(seconds=rng.randint(60, 400))
        p = Person(rng)
        answers = [{"type": "number", "number": nps, "field": {k: fields[0][k] for k in ("id", "type", "ref")}},
                   {"type": "number", "number": stars, "field": {k: fields[1][k] for k in ("id", "type", "ref")}},
                   {"type": "choice", "choice": {"id": rand_id(rng, 12), "label": step_label[it["tp"]], "ref": it["tp"].replace("t-", "step-")},
                    "field": {k: fields[2][k] for k in ("id", "type", "ref")}},
                   {"type": "text", "text": it["text"], "field": {k: fields[3][k] for k in ("id", "type", "ref")}}]
        if it["pol"] == "neg":
            answers.append({"type": "email", "email": p.email, "field": {k: fields[4][k] for k in ("id", "type", "ref")}})
        body = {"event_id": rand_id(rng, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "event_type": "form_response",
                "form_response": {"form_id": form_id, "token": token, "landed_at": iso_z(landed), "submitted_at": iso_z(it["dt"]),
                                  "hidden": {"order_ref": f"NF{rng.randint(1000000, 9999999)}", "visit_id": f"V-{rng.randint(100000, 999999)}",
                                             "postcode_district": rng.choice(["LS6", "LS17", "HG2", "WF1", "YO24", "S10"])},
                                  "definition": {"id": form_id, "title": "Your move to Northwind Fibre: how did we do?", "fields": fields},
                                  "answers": answers}}
        rel = f"broadband/webhooks/typeform-{n:02d}.json"
        write_text(rel, json.dumps(body, indent=2, ensure_ascii=False) + "\n")
        truth.add(rel, token, it, nps, "nps")
        files.append(rel)
    return files


# ==============================================================================================
# Build
# ==============================================================================================
def build():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = Truth()
    manifest = {}
    by = {}
    for mkey in ("bank", "saas", "broadband"):
        items = generate_items(mkey)
        for it in items:
            by.setdefault((mkey, it["src"]), []).append(it)
    manifest["bank-survey"] = write_bank_survey(by[("bank", "survey")], truth)
    manifest["bank-appstore"] = write_appstore("bank", by[("bank", "appstore")], truth, BANK_APP)
    manifest["bank-reviews"] = write_bank_reviews(by[("bank", "reviews")], truth)
    manifest["bank-webhooks"] = write_bank_webhooks(truth)
    manifest["saas-reviews"] = write_saas_reviews(by[("saas", "reviews")], truth)
    manifest["saas-api"] = write_saas_api(by[("saas", "api")], truth)
    manifest["saas-tracker"] = write_saas_tracker(by[("saas", "tracker")], truth)
    manifest["saas-webhooks"] = write_saas_webhooks(truth)
    manifest["bb-support"] = write_bb_support(by[("broadband", "support")], truth)
    manifest["bb-reviews"] = write_bb_reviews(by[("broadband", "reviews")], truth)
    manifest["bb-forum"] = write_bb_forum(by[("broadband", "forum")], truth)
    manifest["bb-appstore"] = write_appstore("broadband", by[("broadband", "appstore")], truth, FIBRE_APP)
    manifest["bb-webhooks"] = write_bb_webhooks(truth)
    rows = sorted(truth.rows, key=lambda r: (r["map"], r["file"], r["created_at_utc"], r["external_id"]))
    buf = io.StringIO()
    cols = ["file", "external_id", "map", "touchpoints", "polarity", "raw_score", "scale", "normalised", "created_at_utc"]
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([r[c] for c in cols])
    write_text("truth.csv", buf.getvalue())
    write_text("README.md", readme(rows, manifest))
    return rows


# ==============================================================================================
# Statistics for the README
# ==============================================================================================
def is_negative(r):
    if r["norm"] is not None:
        return r["norm"] < 0
    return r["polarity"] == "neg"


def share(rows):
    return (sum(1 for r in rows if is_negative(r)) / len(rows)) if rows else float("nan")


def mean_norm(rows):
    v = [r["norm"] for r in rows if r["norm"] is not None]
    return sum(v) / len(v) if v else float("nan")


def load_maps():
    maps = {}
    for mkey, C in CONTENT.items():
        with open(os.path.join(MAPS_DIR, C["map"] + ".json"), encoding="utf-8") as f:
            m = json.load(f)
        maps[mkey] = {c["key"]: c for c in m["cards"] if c["lane"] == "touchpoints"}
    return maps


def month_keys():
    return ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]


FIRST_MONDAY = date(2026, 5, 4)      # full ISO weeks: 2026-05-04 .. 2026-11-15
LAST_SUNDAY = date(2026, 11, 15)


def full_weeks():
    d, out = FIRST_MONDAY, []
    while d + timedelta(days=6) <= LAST_SUNDAY:
        out.append(d.isocalendar()[:2])
        d += timedelta(days=7)
    return out


def weekly_counts(rows, tp):
    wk = Counter(r["dt"].date().isocalendar()[:2] for r in rows if tp in r["touchpoints"].split())
    return [wk[w] for w in full_weeks()]


def weekly_shares(rows, min_n=5):
    by = defaultdict(list)
    for r in rows:
        by[r["dt"].date().isocalendar()[:2]].append(r)
    return [share(by[w]) for w in full_weeks() if len(by[w]) >= min_n]


def phrase_hits(text, phrase, word):
    t, p = text.lower(), phrase.lower()
    if not word:
        return p in t
    return re.search(r"(?<![a-z0-9])" + re.escape(p) + r"(?![a-z0-9])", t) is not None


FILE_INFO = []   # filled by readme(): (section title, markdown)


def readme(rows, manifest):
    maps = load_maps()
    by_file = defaultdict(list)
    for r in rows:
        key = r["file"]
        for prefix in ("bank/appstore-ios/", "bank/reviews-jsonld/", "saas/reviews-microdata/", "saas/api/feedback/",
                       "broadband/reviews-html/", "broadband/community-rss/", "broadband/appstore-ios/",
                       "bank/webhooks/", "saas/webhooks/", "broadband/webhooks/"):
            if key.startswith(prefix):
                key = prefix
        by_file[key].append(r)

    def span(key):
        rs = by_file[key]
        a, b = min(r["created_at_utc"] for r in rs), max(r["created_at_utc"] for r in rs)
        neg = share(rs)
        tps = Counter(t for r in rs for t in (r["touchpoints"].split() or ["(none)"]))
        listing = ", ".join(f"`{t}` {n}" if t != "(none)" else f"no touchpoint {n}" for t, n in tps.most_common())
        return f"{len(rs)} items · {a[:10]} → {b[:10]} · negative {neg:.0%} · touchpoints mentioned: {listing}"

    total = len(rows)
    L = []
    A = L.append
    A("# Demo customer feedback for JourneyStudio")
    A("")
    A("Generated by `seed-data/feedback/generate-demo.py` (Python 3, standard library only, fixed seed "
      f"`{SEED}`; re-running it rewrites this folder byte for byte). Do not edit these files by hand: change the "
      "script and re-run it. The script ends by re-parsing every file (csv, xml.etree, json, html.parser) and printing "
      "counts per file and per touchpoint per month; `--check` runs only that part.")
    A("")
    A(f"**{total} customer feedback items** from {START.isoformat()} to {END.isoformat()} for the three demo maps, in "
      "thirteen sources that imitate real exports, with their quirks. Every item concerns touchpoint cards of one map "
      "(ids exactly as in `seed-data/maps/*.json`), except general remarks about the company or product and the "
      "bank survey's score-only partial responses, which concern no touchpoint and must match nothing. "
      "`truth.csv` says which, for tests.")
    A("")
    A("Serve the folder over HTTP from any base URL (for example `python3 -m http.server -d seed-data/feedback/demo 8080`). "
      "Every link between pages is relative (`page-2.html`, `page-2.xml`, `page-2.json`), so a source URL is simply the first page, "
      "e.g. `http://localhost:8080/bank/reviews-jsonld/page-1.html`. Paged sources list the **newest items first** "
      "(like the real sites and APIs); the CSV/TSV exports are oldest first. A plain static server sends no charset for "
      "`.csv` and `.txt`, as real download links often don't, so a source needs its encoding configured: UTF-8 with BOM, "
      "Windows-1252 and UTF-16 LE all occur.")
    A("")
    A("## Conventions used throughout")
    A("")
    A("* **Normalised score** (what `truth.csv` and every figure below use): NPS 0–10 → (x − 5) / 5; "
      "5-point scales (CSAT, stars, half stars) → (x − 3) / 2; CES 1–7 where **1 = very easy** → (4 − x) / 3. "
      "Range [−1, 1].")
    A("* **Negative item** = normalised score < 0 (NPS 0–4, stars/CSAT 1–2 or 2.5, CES 5–7). Items without a score "
      "(the RSS forum, unrated API conversations) count by the polarity of their words, given in `truth.csv`. "
      "About 2% of scored items deliberately contradict their text (a 5-star rant, a 1-star thank-you), as real data does.")
    A("* **Times**: each file keeps the tool's own convention (UTC `Z`, Europe/London local, US Pacific, Unix epoch, "
      "dd/mm/yyyy local); they are listed per file. `truth.csv` has every time in UTC.")
    A("* **External ids** are unique per source and stable across re-runs; several sources contain deliberate "
      "duplicates (listed per file) that must be de-duplicated by that id.")
    A("* People, e-mail addresses (`example.com/.net/.org` and `*.example` company domains), IP addresses "
      "(documentation ranges) and companies are invented.")
    A("* **Text matching traps** are deliberate and measured below (section *Matching with the maps' own rules*).")
    A("")
    A("## Files")
    A("")
    A("| folder / file | format | encoding | map | items | files |")
    A("|---|---|---|---|---|---|")
    pages = {"bank/appstore-ios/": manifest["bank-appstore"][1], "bank/reviews-jsonld/": manifest["bank-reviews"][1],
             "saas/reviews-microdata/": manifest["saas-reviews"][1], "saas/api/feedback/": manifest["saas-api"][1],
             "broadband/reviews-html/": manifest["bb-reviews"][1], "broadband/community-rss/": manifest["bb-forum"][1],
             "broadband/appstore-ios/": manifest["bb-appstore"][1]}
    table = [("bank/survey-qualtrics/account-opening-survey.csv", "survey-tool CSV export (Qualtrics-like), 3 header rows", "UTF-8 with BOM, `,`", "bank"),
             ("bank/appstore-ios/", "App Store customer-reviews feed, Atom (`page-N.xml`)", "UTF-8", "bank"),
             ("bank/reviews-jsonld/", "review site HTML with schema.org JSON-LD (`page-N.html`)", "UTF-8", "bank"),
             ("bank/webhooks/", "webhook bodies, survey tool (Qualtrics workflow), JSON", "UTF-8", "bank"),
             ("saas/reviews-microdata/", "software-review site HTML with schema.org microdata (`page-N.html`)", "UTF-8", "saas"),
             ("saas/api/feedback/", "JSON API pages `page-N.json` (in-app feedback + support conversations)", "UTF-8", "saas"),
             ("saas/cs-tracker/cs-feedback-tracker.txt", "Excel \"Unicode Text\" export, title row + blank row + header", "UTF-16 LE with BOM, TAB", "saas"),
             ("saas/webhooks/", "webhook bodies, in-app NPS tool (Delighted-like), JSON", "UTF-8", "saas"),
             ("broadband/support-csat/csat-export.csv", "support-desk CSAT/CES export saved by European Excel", "Windows-1252, `;`", "broadband"),
             ("broadband/reviews-html/", "review site HTML, no schema: CSS selectors (`page-N.html`)", "UTF-8", "broadband"),
             ("broadband/community-rss/", "community forum RSS 2.0 (`page-N.xml`), no scores", "UTF-8", "broadband"),
             ("broadband/appstore-ios/", "App Store customer-reviews feed, Atom (`page-N.xml`)", "UTF-8", "broadband"),
             ("broadband/webhooks/", "webhook bodies, form tool (Typeform-like), JSON", "UTF-8", "broadband")]
    for f, fmt, enc, m in table:
        npages = pages.get(f)
        pcell = f"{npages} pages" if npages else ("1 file" if not f.endswith("/") else f"{len(os.listdir(os.path.join(OUT, f)))} files")
        A(f"| `{f}` | {fmt} | {enc} | {CONTENT[m]['map']} | {len(by_file[f])} | {pcell} |")
    A(f"| `truth.csv` | ground truth, one row per customer item (not a feed) | UTF-8, `,` | all | {total} | |")
    A("")
    A(f"Total size is about {folder_size(OUT) / 1e6:.1f} MB.")
    A("")
    A(CHEAT_SHEET)
    A("")
    A(FILE_SECTIONS.format(**{
        "bank_survey": span("bank/survey-qualtrics/account-opening-survey.csv"),
        "survey_blank": f"{sum(1 for r in by_file['bank/survey-qualtrics/account-opening-survey.csv'] if not r['text']) / len(by_file['bank/survey-qualtrics/account-opening-survey.csv']):.0%}",
        "support_blank": f"{sum(1 for r in by_file['broadband/support-csat/csat-export.csv'] if not r['text']) / len(by_file['broadband/support-csat/csat-export.csv']):.0%}",
        "bank_appstore": span("bank/appstore-ios/"), "bank_appstore_pages": pages["bank/appstore-ios/"],
        "bank_reviews": span("bank/reviews-jsonld/"), "bank_reviews_pages": pages["bank/reviews-jsonld/"],
        "bank_webhooks": span("bank/webhooks/"),
        "saas_reviews": span("saas/reviews-microdata/"), "saas_reviews_pages": pages["saas/reviews-microdata/"],
        "saas_api": span("saas/api/feedback/"), "saas_api_pages": pages["saas/api/feedback/"],
        "saas_api_unrated": sum(1 for r in by_file["saas/api/feedback/"] if r["norm"] is None),
        "saas_tracker": span("saas/cs-tracker/cs-feedback-tracker.txt"),
        "saas_webhooks": span("saas/webhooks/"),
        "bb_support": span("broadband/support-csat/csat-export.csv"),
        "bb_reviews": span("broadband/reviews-html/"), "bb_reviews_pages": pages["broadband/reviews-html/"],
        "bb_forum": span("broadband/community-rss/"), "bb_forum_pages": pages["broadband/community-rss/"],
        "bb_appstore": span("broadband/appstore-ios/"), "bb_appstore_pages": pages["broadband/appstore-ios/"],
        "bb_webhooks": span("broadband/webhooks/"),
    }))
    # ---- stories
    A("## Touchpoint stories (what heat should show)")
    A("")
    A("Each map has one touchpoint that clearly **improves** after a fix and one that clearly **gets worse** from a date; "
      "every other touchpoint is steady with weekly noise (volume varies ±35% week to week on top of seasonality). "
      "During a short roll-out window after the date the mix moves gradually (app users update, bills catch up). "
      "*Before* = 2026-05-01 up to the day before the date; *after* = from the end of the roll-out window to 2026-11-20. "
      "Counts include every item that mentions the touchpoint (primary or secondary).")
    A("")
    A("| map | touchpoint | story | date | roll-out | before: n · negative · mean score | after: n · negative · mean score |")
    A("|---|---|---|---|---|---|---|")
    story_rows = []
    for mkey, C in CONTENT.items():
        for tpk, tp in C["tps"].items():
            st = tp.get("story")
            if not st:
                continue
            mine = [r for r in rows if r["mkey"] == mkey and tpk in r["touchpoints"].split()]
            before = [r for r in mine if r["dt"].date() < st["date"]]
            after = [r for r in mine if r["dt"].date() >= st["date"] + timedelta(days=st["ramp"])]
            story_rows.append((mkey, tpk, st, before, after, mine))
            A(f"| {C['map']} | `{tpk}` | **{st['kind'].upper()}**: {st['what']} | {st['date'].isoformat()} | {st['ramp']} days | "
              f"{len(before)} · {share(before):.0%} · {mean_norm(before):+.2f} | {len(after)} · {share(after):.0%} · {mean_norm(after):+.2f} |")
    A("")
    A("Negative share by month for these touchpoints (items per month in brackets):")
    A("")
    A("| touchpoint | " + " | ".join(month_keys()) + " |")
    A("|---|" + "---|" * len(month_keys()))
    for mkey, tpk, st, before, after, mine in story_rows:
        cells = []
        for mk in month_keys():
            ms = [r for r in mine if r["created_at_utc"][:7] == mk]
            cells.append(f"{share(ms):.0%} ({len(ms)})" if ms else "–")
        A(f"| `{tpk}` ({CONTENT[mkey]['map']}) | " + " | ".join(cells) + " |")
    A("")
    A("Week by week (full ISO weeks with at least 5 items mentioning the touchpoint; roll-out weeks left out):")
    A("")
    A("| touchpoint | weeks before | negative share per week before (min – max) | weeks after | negative share per week after (min – max) |")
    A("|---|---|---|---|---|")
    for mkey, tpk, st, before, after, mine in story_rows:
        wb, wa = weekly_shares(before), weekly_shares(after)
        A(f"| `{tpk}` | {len(wb)} | {min(wb):.0%} – {max(wb):.0%} | {len(wa)} | {min(wa):.0%} – {max(wa):.0%} |")
    A("")
    dev = []
    for mkey, C in CONTENT.items():
        for tpk, tp in C["tps"].items():
            if "story" in tp or tp.get("spikes"):
                continue
            mine = [r for r in rows if r["mkey"] == mkey and tpk in r["touchpoints"].split()]
            base = share(mine)
            for mk in month_keys():
                ms = [r for r in mine if r["created_at_utc"][:7] == mk]
                if len(ms) >= 15:
                    dev.append((abs(share(ms) - base), f"`{tpk}` {mk}: {share(ms):.0%} vs {base:.0%} ({len(ms)} items)"))
    dev.sort(reverse=True)
    p90 = dev[len(dev) // 10][0]
    A(f"Steady touchpoints: in months with at least 15 items, half of the monthly negative shares are within "
      f"{dev[len(dev) // 2][0] * 100:.0f} points of the touchpoint's own average over the whole period and 90% within "
      f"{p90 * 100:.0f} points; the largest gap is {dev[0][0] * 100:.0f} points ({dev[0][1]}). "
      "`t-sp-status` (SaaS) is left out: it has incident spikes on 2026-06-16/17, 2026-08-26 and 2026-10-07/08, "
      "when many negative items arrive within a day or two.")
    A("")
    sep = all((max(weekly_shares(b)) < min(weekly_shares(a))) if st["kind"] == "worsen" else (min(weekly_shares(b)) > max(weekly_shares(a)))
              for _, _, st, b, a, _ in story_rows)
    if sep:
        A("For every story touchpoint, every such week before the date is on the other side of every week after it "
          "(no overlap), so a per-touchpoint threshold between the two ranges separates them week by week.")
        A("")
    # ---- per map touchpoint tables
    for mkey, C in CONTENT.items():
        A(f"## Map `{C['map']}`: touchpoints, volumes and how to match them")
        A("")
        A("| card id | card text | items | per full week (min / median / max) | full weeks with < 3 items | negative | sources | existing rules in the map |")
        A("|---|---|---|---|---|---|---|---|")
        mrows = [r for r in rows if r["mkey"] == mkey]
        for tpk, card in maps[mkey].items():
            mine = [r for r in mrows if tpk in r["touchpoints"].split()]
            wc = weekly_counts(mrows, tpk)
            srcs = Counter(source_name(r["file"]) for r in mine)
            rules = ", ".join(f"{ru['kind']} `{ru['value']}`" for ru in card.get("rules", []))
            wcs = sorted(wc)
            A(f"| `{tpk}` | {card['text'].replace('|', '/')} | {len(mine)} | {wcs[0]} / {wcs[len(wcs) // 2]} / {wcs[-1]} | "
              f"{sum(1 for x in wc if x < 3)} of {len(wc)} | {share(mine):.0%} | "
              + ", ".join(f"{k} {v}" for k, v in srcs.most_common()) + f" | {rules} |")
        none = [r for r in mrows if not r["touchpoints"]]
        A(f"| *(none)* | general remarks{', score-only partial survey rows' if mkey == 'bank' else ''} | {len(none)} | | | {share(none):.0%} | "
          + ", ".join(f"{k} {v}" for k, v in Counter(source_name(r['file']) for r in none).most_common()) + " | must match nothing |")
        A("")
        A(MATCH_HINTS[mkey])
        A("")
        A("Items per month (all sources; an item mentioning two touchpoints counts for both):")
        A("")
        A("| card id | " + " | ".join(month_keys()) + " | total |")
        A("|---|" + "---|" * (len(month_keys()) + 1))
        for tpk in maps[mkey]:
            mine = [r for r in mrows if tpk in r["touchpoints"].split()]
            cnt = Counter(r["created_at_utc"][:7] for r in mine)
            A(f"| `{tpk}` | " + " | ".join(str(cnt[m]) for m in month_keys()) + f" | {len(mine)} |")
        A("")
    # ---- phrase rule analysis
    A("## Matching with the maps' own rules")
    A("")
    A("What the `Phrase` rules already on the map cards catch in this data, measured on the customer text of each "
      "item (title excluded). *Recall* = share of the touchpoint's items whose text contains one of its phrases; "
      "*false hits* = items of other touchpoints (or none) that contain one. Two ways of matching: plain "
      "case-insensitive substring, and whole words (phrase not preceded or followed by a letter or digit).")
    A("")
    A("| map | card id | phrases | items | recall (substring) | false hits (substring) | recall (whole words) | false hits (whole words) |")
    A("|---|---|---|---|---|---|---|---|")
    for mkey, C in CONTENT.items():
        mrows = [r for r in rows if r["mkey"] == mkey and r["text"]]
        for tpk, card in maps[mkey].items():
            phrases = [ru["value"] for ru in card.get("rules", []) if ru["kind"] == "Phrase"]
            if not phrases:
                continue
            mine = [r for r in mrows if tpk in r["touchpoints"].split()]
            other = [r for r in mrows if tpk not in r["touchpoints"].split()]
            res = []
            for word in (False, True):
                rec = sum(1 for r in mine if any(phrase_hits(r["text"], p, word) for p in phrases))
                fal = sum(1 for r in other if any(phrase_hits(r["text"], p, word) for p in phrases))
                res += [f"{rec / len(mine):.0%}" if mine else "–", str(fal)]
            A(f"| {C['map']} | `{tpk}` | " + ", ".join(f"`{p}`" for p in phrases) + f" | {len(mine)} | " + " | ".join(res) + " |")
    A("")
    A(TRAPS)
    A("")
    A(TRUTH_DOC)
    return "\n".join(L) + "\n"


def source_name(path):
    return {"bank/survey-qualtrics": "survey CSV", "bank/appstore-ios": "App Store", "bank/reviews-jsonld": "JSON-LD reviews",
            "bank/webhooks": "webhooks", "saas/reviews-microdata": "microdata reviews", "saas/api": "JSON API",
            "saas/cs-tracker": "UTF-16 tracker", "saas/webhooks": "webhooks", "broadband/support-csat": "cp1252 CSAT",
            "broadband/reviews-html": "HTML reviews", "broadband/community-rss": "RSS forum", "broadband/appstore-ios": "App Store",
            "broadband/webhooks": "webhooks"}.get("/".join(path.split("/")[:2]), path)


def folder_size(path):
    return sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(path) for f in fs)


# ==============================================================================================
# README prose (figures are filled in from the generated data)
# ==============================================================================================
FILE_SECTIONS = """## The files one by one

### `bank/survey-qualtrics/account-opening-survey.csv`: survey-tool CSV export
{bank_survey}. Map `bank-current-account`. Export of an in-app/web intercept and e-mail survey about opening an
account, as a Qualtrics-style *CSV, use choice text* download.

* **Encoding** UTF-8 with BOM (EF BB BF); delimiter `,`; rows end CRLF; RFC 4180 quoting: comments contain commas,
  doubled double quotes (`""image too dark""`) and line breaks (LF or CRLF) inside quoted fields.
* **Three header rows**: row 1 column ids (use these), row 2 question text, row 3 JSON import ids
  (`{{"ImportId":"QID1"}}`; the three date columns say `"timeZone":"Europe/London"`). Data starts on row 4.
* **Columns**: `StartDate`, `EndDate`, `RecordedDate` (`YYYY-MM-DD HH:MM:SS`, **Europe/London local time, no offset**:
  BST until 2026-10-25, then GMT) · `Status` (`IP Address` = real response, `Survey Preview` = the author testing:
  2 rows, skip) · `IPAddress` · `Progress` · `Duration (in seconds)` · `Finished` (`True`/`False`) · `ResponseId`
  (**external id**, `R_` + 15 characters) · `RecipientLastName`, `RecipientFirstName`, `RecipientEmail`,
  `ExternalReference` (filled only when `DistributionChannel` = `email`) · `LocationLatitude`, `LocationLongitude` ·
  `DistributionChannel` (`anonymous` = intercept link, `email`, `preview`) · `UserLanguage` ·
  `Q1` **NPS 0–10** (the score used in `truth.csv`) · `Q1_NPS_GROUP` (Promoter/Passive/Detractor) ·
  `Q2` **CSAT as a label**: `Very dissatisfied`, `Dissatisfied`, `Neither satisfied nor dissatisfied`, `Satisfied`,
  `Very satisfied` (= 1…5; blank for some) · `Q3` which step the respondent is telling us about (choice text; the
  labels per touchpoint are listed in the map section below; `Something else (please tell us)` with free text in
  `Q3_11_TEXT`; blank for some) · `Q4` **the comment** (blank on {survey_blank} of rows) · `Q5` consent to follow-up
  (`Yes, you can contact me` / `No, thank you` / blank) · `Q6` contact e-mail when they said yes · embedded data
  `channel` (`iOS app`, `Android app`, `Web`, `Email invite`), `PageURL` (the page or app screen where the intercept
  fired; blank for e-mailed surveys), `AppVersion` (app channels only).
* **Partial responses** (`Finished` = `False`, `Progress` 33/50/67): NPS only, no step, no comment; Qualtrics records
  them when the session expires, so `RecordedDate` is 7 days after `StartDate`. They are feedback without a
  touchpoint (in `truth.csv` with an empty touchpoint list).
* Rows are in `RecordedDate` order, oldest first.

### `bank/appstore-ios/page-N.xml`: App Store customer reviews, Atom
{bank_appstore}; {bank_appstore_pages} pages of 50, newest first. Map `bank-current-account`, app *Northwind Bank*.

* Atom 1.0 (`http://www.w3.org/2005/Atom`) with Apple's `im:` namespace (`http://itunes.apple.com/rss`), as served
  by `…/gb/rss/customerreviews/page=N/id=…/sortby=mostrecent/xml`. Links `self`, `first`, `last`, `previous`,
  `next` are relative (`page-2.xml`); the last page has no `next`.
* **Page 1 starts with an entry describing the app itself** (`im:name`, `im:image`, `im:price`, no `im:rating`):
  not a review, skip entries without `im:rating`.
* Review entry: `id` (numeric, **external id**), `updated` (**US Pacific time with offset**, e.g.
  `2026-07-14T02:32:11-07:00`), `title`, `content type="text"` (**the review**), a second `content type="html"` with
  the same text inside Apple's table markup (ignore it), `im:rating` **1–5 stars**, `im:version` (app version the
  reviewer ran: the ID-check fix shipped in **5.16.0** on 2026-08-15), `author/name` (nickname), `im:voteSum`,
  `im:voteCount`, `link rel="related"`.
* The real Apple feed stops after 10 pages (500 reviews); this demo keeps all pages so the whole period is there.

### `bank/reviews-jsonld/page-N.html`: review site with schema.org JSON-LD
{bank_reviews}; {bank_reviews_pages} pages of 20, newest first. Map `bank-current-account`; site *Reviewsphere*
(Trustpilot-like).

* One `<script type="application/ld+json">` per page holding `{{"@context":"https://schema.org","@graph":[…]}}`:
  an `Organization` (the review site), a `BreadcrumbList`, the business (`BankOrCreditUnion` with `aggregateRating`)
  and **one `Review` node per review** on the page. Use the `Review` nodes: `@id` (a URL, **external id**),
  `datePublished` (UTC, `2026-07-14T08:32:11.000Z`), `author.name`, `headline` (title), `reviewBody` (paragraphs
  separated by a blank line), `reviewRating.ratingValue` (**a string** `"1"`…`"5"`, with `bestRating` `"5"`,
  `worstRating` `"1"`), `inLanguage`.
* Strings are escaped the way many sites do to keep `</script>` out: `<`, `>`, `&` appear as `\\u003c`, `\\u003e`,
  `\\u0026` (plain JSON, any parser decodes it).
* **Business replies are not feedback**: a Review may carry a nested `"comment": {{"@type":"Comment", "author":
  {{"@type":"Organization","name":"Northwind Bank"}}, …}}`, and the visible page shows it as `.reply` inside
  `article.review-card`. Replies deliberately repeat the touchpoint's words ("sorry the selfie ID check let you down").
* The same reviews are visible as `article.review-card[data-review-id]` (the id is the last segment of `@id`),
  with `.review-rating[data-rating]`, `time[datetime]`, `.review-title`, `.review-body`: a CSS fallback.
* Paging: `<link rel="next" href="page-2.html">` in `<head>` and `<a rel="next">` in `nav.pagination`.

### `bank/webhooks/qualtrics-postcontact-NN.json`: survey-tool webhook bodies
{bank_webhooks}. Map `bank-current-account`. What a survey tool's workflow posts (`POST`, `Content-Type:
application/json`) when a customer completes the short survey sent after a card-helpline call (SMS link) or an in-app
chat. One file = one delivery.

* Top level mirrors Qualtrics event subscriptions: `Topic` (`surveyengine.completedResponse.SV_…`), `Status`,
  `SurveyID`, `ResponseID` (**external id**), `CompletedDate` (UTC, `YYYY-MM-DD HH:MM:SS`, no zone), `BrandID`.
* `response.values`: `QID1` **CSAT 1–5** (the score in `truth.csv`; `response.labels.QID1` has its text),
  `QID2` **CES 1–7, 1 = very easy**, `QID3_TEXT` the comment, `QID4` 1 = contact me (then `contactEmail`),
  `contactChannel` `Phone` or `Chat`, `queue`, `caseId`, plus `startDate`/`endDate`/`recordedDate` (ISO UTC `Z`).

### `saas/reviews-microdata/page-N.html`: software review site with schema.org microdata
{saas_reviews}; {saas_reviews_pages} pages of 15, newest first. Map `saas-trial-to-paid`; site *SoftwareCritic*
(G2/Capterra-like).

* `main[itemscope][itemtype="https://schema.org/SoftwareApplication"]` holds the product and, per review,
  `div[itemprop=review][itemscope][itemtype="https://schema.org/Review"][itemid=…]` (`itemid` = **external id**).
* Review properties: `author` (a `Person` item → `name`), `reviewRating` (a `Rating` item; `ratingValue` in
  `<meta content>`: **half stars allowed**, e.g. `4.5`; `bestRating` 5, `worstRating` 1), `datePublished` on
  `time[datetime]` (**date only**, `YYYY-MM-DD`), `name` (the title, in curly quotes), `reviewBody` (HTML with two
  headed halves *What do you like best about Northwind Boards?* / *What do you dislike about Northwind Boards?*), `url`.
* **Vendor responses are not feedback**: nested `div.vendor-response[itemprop=comment][itemscope]
  [itemtype="https://schema.org/Comment"]` with its own `author` (Organization), `dateCreated`, `text`. A parser
  that scopes microdata properly keeps them apart; a naive `[itemprop=name]` query inside a review finds the
  reviewer's name before the title, and `[itemprop=text]` is always the vendor's.
* The touchpoint's words are in the *like* half of a positive review and in the *dislike* half of a negative or
  neutral one; the other half is a generic remark about the product.
* Paging: `<link rel="next">` in `<head>`, `a.pagination__next[rel=next]`.

### `saas/api/feedback/page-N.json`: JSON API (in-app feedback and support conversations)
{saas_api}; {saas_api_pages} pages of 100, newest first. Map `saas-trial-to-paid`. What
`GET /api/feedback?page=N` of an Intercom-like tool returns, saved per page.

* Page: `object` (`list`), `page`, `per_page`, `total_count`, `total_pages`, `items`, **`next`** (relative URL of
  the next page, `"page-2.json"`; `null` on the last page), `previous`.
* Item: `id` (**external id**, `fb_…`) · `type`: `feedback` (in-app widget, always rated), `conversation`
  (chat/e-mail support), `article_feedback` (blog article rating) · `created_at`, `updated_at` (UTC ISO `Z`) ·
  `channel`: `in_app`, `chat`, `email`, `web` · `subject` (conversations) · `body` (**HTML** `<p>…</p>` when
  `body_format` = `html`, i.e. conversations; plain text otherwise) · `rating`: `null` (not rated: {saas_api_unrated}
  items, sentiment needed) or `{{"value": 1–5, "scale": 5, "remark": …, "rated_at": …}}` · `customer.id`,
  `customer.name`, `customer.email`, `customer.company.{{name, workspace, plan, seats}}` · `context.page_url`,
  `context.widget` (`import_wizard`, `automations`, `getting_started`, `article_rating`, `general`),
  `context.app_version` · `tags` (the support team's label; first tag per touchpoint listed below) · `assignee` ·
  `state`.
* **Duplicate**: page 4 starts with the last item of page 3 again (offset paging while new items arrived).
  De-duplicate by `id`.

### `saas/cs-tracker/cs-feedback-tracker.txt`: Excel "Unicode Text" export
{saas_tracker}. Map `saas-trial-to-paid`. The Customer Success team's spreadsheet of feedback from calls, QBRs,
renewals and purchases, saved with Excel's *Unicode Text (\\*.txt)*.

* **UTF-16 LE with BOM** (FF FE); TAB-separated; rows end CRLF; a cell is quoted only if it contains a tab, a quote
  or a line break (quotes doubled). Comments may contain emoji (surrogate pairs in UTF-16).
* **Row 1 is a title** in the first cell, **row 2 is empty**, **row 3 is the header**, data from row 4; every row
  has all 13 cells (trailing empty ones included).
* Columns: `Ref` (**external id**, `CS-0001`…, oldest first) · `Date` (**dd/mm/yyyy**, UK date, no time) ·
  `Company` · `Contact name` · `Contact email` · `Plan` · `Seats` · `Touchpoint` (the team's own label, table
  below) · `Likelihood to recommend (0-10)` (**NPS**; blank on about 10% of rows) · `CSAT (1-5)` (blank on many
  rows; always present when NPS is blank) · `Verbatim` (the comment) · `CSM` · `Follow-up needed`.
  `truth.csv` uses NPS when present, otherwise CSAT.

### `saas/webhooks/delighted-NN.json`: in-app NPS webhook bodies
{saas_webhooks}. Map `saas-trial-to-paid`. Delighted-like `survey_response.created` events.

* `event_type`, `event_id`, `event_data.id` (**external id**), `event_data.person.{{id, name, email, created_at,
  last_sent_at}}`, `survey_type` (`nps`), **`score` 0–10**, `comment`, `permalink`, `created_at` / `updated_at`
  (**Unix seconds**), `person_properties.{{Plan, Workspace, Seats, Touchpoint}}`, `notes`, `tags`,
  `additional_answers`.
* **`delighted-05-retry-of-03.json` is a redelivery of `delighted-03.json`** (same `event_id` and `event_data.id`
  after a timeout): it must not create a second item.

### `broadband/support-csat/csat-export.csv`: support-desk CSAT export from European Excel
{bb_support}. Map `broadband-moving-home`. The support desk's *satisfaction ratings* report, opened and re-saved
by Excel set to a European locale.

* **Windows-1252** (no BOM), delimiter **`;`**, rows end CRLF, quotes only where needed. Reading it as UTF-8 fails
  and as ISO-8859-1 garbles 0x80–0x9F: `£` (A3), `é ü ö ñ å ó á ë` in names, curly apostrophes `’` (92), en dash
  `–` (96), ellipsis `…` (85). Names with letters Windows-1252 lacks (Ł, ś, Ş, ł) were written by Excel as `?`
  (`?ukasz Nowak`, `Elif ?ahin`): that is what the real file contains.
* Columns: `Ticket ID` (**external id**; rows in id order, oldest first) · `Created`, `Solved` (**dd/mm/yyyy HH:MM**,
  Europe/London local) · `Requester`, `Requester email` · `Assignee` · `Group` (team) · `Channel` (`Phone`,
  `Chat`, `WhatsApp`, `Email`, `Web form`) · `Subject` · `Rating status` (`rated`, or **`offered` = survey sent,
  never answered: no score, no comment, not feedback**) · `Satisfaction (1-5)` (**CSAT**, the score in
  `truth.csv`) · `Customer effort (1-7)` (**CES, 1 = very easy**, blank on some rated rows) · `Comment` (blank on
  {support_blank} of rated rows) · `Full resolution time (hrs)` (**decimal comma**, `3,5`) · `Tags` (space-separated).

### `broadband/reviews-html/page-N.html`: review site without schema (CSS selectors)
{bb_reviews}; {bb_reviews_pages} pages of 20, newest first. Map `broadband-moving-home`; site *SwitchWise*.

* No JSON-LD, no microdata. Selectors: review `div.review[data-review-id]` (**external id**, `sw-…`);
  `.reviewer-name`; `.reviewer-location`; stars `.stars[data-rating]` (1–5); date `.review-head time[datetime]`
  (UTC ISO `Z`); `.review-title`; text `.review-text` (paragraphs); `.review-tags li`.
* **Business replies are not feedback**: `div.business-reply` sits *inside* `div.review` with its own `time` and
  `.reply-text`; selectors such as `.review p` or `.review time` would pick them up.
* **Duplicate**: page 1 has `section.featured-review` with `div.review.review--featured` repeating a review from
  page 3 (same `data-review-id`). De-duplicate by id.
* Paging: `<link rel="next">` in `<head>` and `<a rel="next">Older reviews »</a>` in `.pager`.

### `broadband/community-rss/page-N.xml`: community forum, RSS 2.0
{bb_forum}; {bb_forum_pages} pages of 25, newest first. Map `broadband-moving-home`.

* RSS 2.0 with `atom:link` `self` / `next` / `previous` (relative). Item: `title`, `link`, `guid
  isPermaLink="true"` (**external id**), `pubDate` (RFC 822, **UK local time with offset**, `+0100`/`+0000`),
  `dc:creator`, `category` (board: *Moving home*, *Installation & engineers*, *Hubs & Wi-Fi*, *Faults & speed*,
  *Bills, contracts & prices*, *My Northwind app*, *General chat*), `description` (**HTML in CDATA**: strip tags).
* **No score at all**: sentiment must come from the words (`truth.csv` gives their polarity).
* **Staff replies are not feedback**: titles starting `Re: `, `dc:creator` ending `_NF`, an extra
  `<category>Community Team</category>`, `link` with `/m-p/`.

### `broadband/appstore-ios/page-N.xml`: App Store customer reviews, Atom
{bb_appstore}; {bb_appstore_pages} pages of 50, newest first. Map `broadband-moving-home`, app *My Northwind*.
Same format and quirks as the bank's App Store feed (app entry first on page 1, Pacific times, two `content` elements).

### `broadband/webhooks/typeform-NN.json`: form-tool webhook bodies
{bb_webhooks}. Map `broadband-moving-home`. Typeform-like `form_response` events from the post-installation survey.

* `event_id`, `event_type`, `form_response.token` (**external id**), `landed_at`, `submitted_at` (UTC ISO `Z`),
  `hidden.{{order_ref, visit_id, postcode_district}}`, `definition.fields[]`, `answers[]`. Find answers by
  `field.ref`, not by position: `nps` (`number` 0–10, the score in `truth.csv`), `visit_rating` (`number` 1–5),
  `step` (`choice.label`: *The engineer visit*, *Booking the installation date*, *Router delivery*), `comment`
  (`text`), `email` (only when the customer agreed to contact).
"""

CHEAT_SHEET = """## Importer cheat sheet

Start URL = the first page or the file; every paged source is followed through its `next` link until there is none.

| source | one item is | external id | time | score (scale) | text (title) | not feedback: skip |
|---|---|---|---|---|---|---|
| `bank/survey-qualtrics/account-opening-survey.csv` | a row from row 4 (header = row 1) | `ResponseId` | `RecordedDate` (Europe/London, no offset) | `Q1` (NPS 0–10); also `Q2` CSAT label | `Q4` | `Status` = `Survey Preview` |
| `bank/appstore-ios/page-1.xml`, `broadband/appstore-ios/page-1.xml` | `entry` with `im:rating` | `id` | `updated` (Pacific, with offset) | `im:rating` (1–5) | `content[@type='text']` (`title`) | the entry without `im:rating` |
| `bank/reviews-jsonld/page-1.html` | `@graph` node with `@type` `Review` | `@id` | `datePublished` (UTC) | `reviewRating.ratingValue` (1–5, a string) | `reviewBody` (`headline`) | the nested `comment` |
| `bank/webhooks/*.json` | the body | `ResponseID` | `CompletedDate` (UTC, no zone) | `response.values.QID1` (CSAT 1–5) | `response.values.QID3_TEXT` | – |
| `saas/reviews-microdata/page-1.html` | item `https://schema.org/Review` | `itemid` | `datePublished` (`time@datetime`, a date) | `reviewRating` → `ratingValue` (1–5 in halves) | `reviewBody` (`name`) | the nested `Comment` item |
| `saas/api/feedback/page-1.json` | `items[]` | `id` | `created_at` (UTC) | `rating.value` (1–5) or `null` | `body` (HTML when `body_format` = `html`) (`subject`) | an `id` seen before |
| `saas/cs-tracker/cs-feedback-tracker.txt` | a row from row 4 (header = row 3) | `Ref` | `Date` (dd/mm/yyyy) | NPS column (0–10), else CSAT (1–5) | `Verbatim` | – |
| `saas/webhooks/*.json` | `event_data` | `event_data.id` | `event_data.created_at` (Unix seconds) | `event_data.score` (NPS 0–10) | `event_data.comment` | an `event_data.id` seen before |
| `broadband/support-csat/csat-export.csv` | a row (header = row 1) | `Ticket ID` | `Solved` (dd/mm/yyyy HH:MM, Europe/London; the survey goes out on solve) | `Satisfaction (1-5)`; also `Customer effort (1-7)` | `Comment` (`Subject` is the agent's) | `Rating status` = `offered` |
| `broadband/reviews-html/page-1.html` | `div.review[data-review-id]` | `data-review-id` | `.review-head time@datetime` (UTC) | `.stars@data-rating` (1–5) | `.review-text` (`.review-title`) | `.business-reply`; an id seen before |
| `broadband/community-rss/page-1.xml` | `item` | `guid` | `pubDate` (RFC 822 with offset) | none: sentiment | `description` HTML (`title`) | `category` = `Community Team` |
| `broadband/webhooks/*.json` | `form_response` | `form_response.token` | `form_response.submitted_at` (UTC) | answer with `field.ref` = `nps` (0–10) | answer with `field.ref` = `comment` | – |
"""

MATCH_HINTS = {
    "bank": """Besides the text, these fields tie bank items to cards (a `FieldEquals` or `UrlPattern` rule can use them):

| card id | survey `Q3` choice | survey `PageURL` (intercepts) | other clues |
|---|---|---|---|
| `t-aw-social` | Hearing about Northwind (ads, referral links) | `…northwindbank.co.uk/open?utm_source=instagram…` | "instagram ad", "10 minutes", "reel" |
| `t-aw-referral` | Hearing about Northwind (ads, referral links) | `…northwindbank.co.uk/refer*` | "referral", "switching bonus", "£100" |
| `t-co-web` | Comparing accounts on our website | `www.northwindbank.co.uk/current-account`, `/eligibility`, `/fees` | "eligibility checker", "hidden fees", "fee table" |
| `t-co-overdraft` | Comparing accounts on our website | `…/borrowing/overdraft-calculator` | "overdraft", "interest rate" |
| `t-co-sales` | Chatting to an adviser before applying | `…/current-account?chat=sales`, `…/eligibility?chat=sales` | "adviser", "sales chat" |
| `t-ap-form` | Filling in the application | `app.northwindbank.co.uk/apply/step-1` … `step-11` | "application form", "address lookup" |
| `t-ap-save` | Filling in the application | `app.northwindbank.co.uk/apply/resume` | "continue later", "link expired" |
| `t-ve-id` | Verifying my identity (passport and selfie) | `app.northwindbank.co.uk/verify/identity*` | "selfie", "ID check", "verify my identity", "face not detected"; App Store `im:version` < 5.16.0 before the fix |
| `t-ve-poa` | Proving my address | `app.northwindbank.co.uk/verify/address-proof` | "proof of address", "utility bill", "rejected my", "e-statement" |
| `t-ve-credit` | Getting a decision | `app.northwindbank.co.uk/decision` | "credit check", "declined", "referred" |
| `t-on-welcome` | Welcome email and account details | (e-mailed surveys only) | "welcome email", "sort code" |
| `t-on-card` | Getting my card, Apple Pay or Google Pay | `app.northwindbank.co.uk/onboarding/card`, `/onboarding/wallet` | "Apple Pay", "card arrived", "card didn't arrive", "physical card" |
| `t-on-switch` | Switching my salary and Direct Debits | `app.northwindbank.co.uk/onboarding/switch` | "switch", "direct debit" |
| `t-us-app` | – | – | App Store; "spending insights", "savings pot" |
| `t-us-notif` | – | – | App Store; "notification", "low balance" |
| `t-su-chat` | – | – | webhooks `contactChannel` = `Chat`; "chatbot", "live chat" |
| `t-su-phone` | – | – | webhooks `contactChannel` = `Phone`; "on hold", "card blocked", "helpline" |
| `t-su-complaint` | – | – | reviews only; "complaint", "final response" |

Channels: the survey's `channel` column holds `iOS app`, `Android app`, `Web`, `Email invite` (so the map's
`Channel Email` rule on `t-ve-credit` matches nothing unless a source sets channel `Email`); the App Store feed is
one channel, `App Store`, which the map's `Channel App Store` rule on `t-ap-form` would attach wholesale.""",
    "saas": """Besides the text, these fields tie SaaS items to cards:

| card id | API `tags[0]` | API `context` | tracker `Touchpoint` | other clues |
|---|---|---|---|---|
| `t-di-reviews` | – | – | – | review site only; "compared to trello" |
| `t-di-blog` | `blog` | `type` `article_feedback`, `page_url` `https://www.northwindboards.com/blog/…` | – | "blog post" |
| `t-ev-pricing` | `pricing` | `channel` `chat`, `page_url` `https://www.northwindboards.com/pricing` | Pricing | "pricing", "per seat", "expensive", "SSO" |
| `t-ev-demo` | – | – | Demo request | "demo", "sales call", "pushy" |
| `t-su-signup` | `signup` | `widget` `getting_started`, `page_url` `…/signup*` | – | "sign up", "no credit card", "easy to start" |
| `t-su-invite` | `invite` | `page_url` `…/settings/members` | – | "invite", "junk folder", "never got the email" |
| `t-on-import` | `import` | `widget` `import_wizard`, `page_url` `…/import/csv` or `/import/xlsx` | Import | "import", "CSV", "Excel", "dates" |
| `t-on-emails` | `emails` | `channel` `email`, subjects `Re: Day 3 …`, `Re: Your trial …` | – | "onboarding emails", "too many emails" |
| `t-ad-automation` | `automation` | `widget` `automations`, `page_url` `…/automations` | – | "automation", "Slack integration" |
| `t-ad-csm` | – | – | Day-7 CSM call | "customer success", "onboarding call" |
| `t-bu-quote` | `quote` | `channel` `email` | Quote / order form | "quote", "purchase order", "account executive" |
| `t-bu-legal` | `legal` | `channel` `email` | DPA & security review | "DPA", "security questionnaire", "GDPR" |
| `t-bu-checkout` | `checkout` | `page_url` `…/billing/checkout` | Checkout / billing | "checkout", "invoice", "VAT" |
| `t-sp-chat` | `chat` | `type` `conversation`, `channel` `chat` | – | "support team", "help centre" |
| `t-sp-status` | `status` | – | – | "outage", "status page", "down again" |
| `t-re-notice` | `notice` | `channel` `email` | Renewal notice | "renewal", "auto-renew", "price increase"; Delighted `person_properties.Touchpoint` |
| `t-re-review` | – | – | Account review (QBR) | "account review", "roadmap" |

App paths in `context.page_url` are `https://app.northwindboards.com/<workspace>/…`. The map's `Channel Chat` rule
on `t-sp-chat` would take every API conversation with `channel` `chat` (pricing, import and invite chats too), and its
`Channel G2`/`Channel Capterra` rules on `t-di-reviews` would take every review from the microdata site if that
source is registered with one of those channels.""",
    "broadband": """Besides the text, these fields tie broadband items to cards:

| card id | support `Group` / `Channel` / `Tags` | forum `category` | other clues |
|---|---|---|---|
| `t-pl-web` | – | Moving home | "availability checker", "postcode" |
| `t-pl-app` | – | My Northwind app | App Store; "moving soon", "app banner" |
| `t-or-phone` | Home Move Team / Phone / `home_move order` | – | "moving team", "transferred" |
| `t-or-online` | Home Move Team / Web form / `home_move web_form` | Moving home | "online form", "home move form" |
| `t-or-contract` | Home Move Team / Email, Phone / `home_move contract` | Bills, contracts & prices | "contract summary", "18 months", "new contract" |
| `t-sc-slot` | Field Scheduling / `home_move scheduling` | Installation & engineers | "install date", "engineer appointment", "earliest date"; Typeform `step` *Booking the installation date* |
| `t-sc-sms` | – | Installation & engineers | "text message", "track my engineer" |
| `t-mv-engineer` | Field Scheduling / `home_move field_visit` | Installation & engineers | "engineer", "didn't turn up", "installation"; Typeform `step` *The engineer visit*; review tag *Installation* |
| `t-mv-router` | Logistics / `home_move hardware` | Hubs & Wi-Fi | "router", "delivery"; Typeform `step` *Router delivery* |
| `t-se-app` | – | – | App Store; "speed test", "parental controls" |
| `t-se-bill` | Billing / `billing first_bill home_move` | – | "first bill", "charged twice", "refund"; review tag *Billing* |
| `t-su-chat` | Customer Support / WhatsApp, Chat / `support messaging` | – | "whatsapp", "chat" |
| `t-su-fault` | Faults / Phone / `fault speed` | Faults & speed | "line test", "slow speeds", "keeps dropping" |
| `t-re-notice` | – | Bills, contracts & prices | "end of contract", "best tariff", "price rise" |
| `t-re-retention` | Retention / Phone / `retention contract_end` | – | "retention", "loyalty offer", "cancel" |

No source carries a `northwindfibre.co.uk/moving*` URL, so the `UrlPattern` rule on `t-pl-web` finds nothing here.
The map's `Channel Phone` rule on `t-or-phone` would also take every phone ticket of Faults, Retention, Billing and
Field Scheduling; its `Channel Chat` rule on `t-su-chat` every chat ticket; `Channel App Store` on `t-se-app` every
App Store review (also those about the moving banner, bills or engineer tracking).""",
}

TRAPS = """Deliberate traps in the words (plain substring matching falls into them; whole-word matching avoids the
first group but not the rest):

* **substrings**: `excel` in *excellent*, `import` in *important*, `VAT` in *private*, *innovative* (SaaS review
  halves), `switch` in *switching bonus* (bank), `chat` in *chatbot*, `invite` in *invited*, `cancel` in
  *cancelled* (engineer visits, broadband), `quote` in *quotes elsewhere* (SaaS renewals);
* **real overlaps between cards**: `engineer` inside *engineer appointment* and *track my engineer*; `router` in
  fault and app complaints (*restart the router*, *router swap*); `declined`/`direct debit` inside complaints;
  `line test` in chat complaints; about 6% of items genuinely talk about two touchpoints (`truth.csv` lists both);
* **typography**: a third of the broadband support comments were typed on phones with curly apostrophes
  (`didn’t turn up`), which a phrase written with `'` misses unless both sides are normalised; a few app-store,
  forum and survey texts have common typos (`realy`, `becuase`, `mins`), some app reviews are all lower case;
* **not customer feedback but full of the same words**: business replies (bank JSON-LD `comment`, SaaS microdata
  `Comment`, broadband `.business-reply`), forum staff posts, survey previews, the App Store app entry, `offered`
  support rows, and the duplicated items (API page 4, featured review, webhook retry)."""

TRUTH_DOC = """## `truth.csv`

One row per customer feedback item (UTF-8, `,`, LF), sorted by map, file and time. Columns: `file` (path under
this folder: the page the item is on), `external_id` (as described per file), `map` (map key), `touchpoints`
(space-separated card ids; first = the main one; empty for general remarks and score-only survey rows),
`polarity` (`neg`/`neu`/`pos`: what the words say), `raw_score` and `scale` (`nps` 0–10, `five` 1–5, `half`
1–5 in halves; empty for unscored items), `normalised` ([−1, 1], formula above), `created_at_utc`.
Business replies, staff posts, previews, the App Store app entry, `offered` rows and duplicates are **not** in it."""


# ==============================================================================================
# Check: re-parse every file as an importer would and count
# ==============================================================================================
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def classes(self):
        return (self.attrs.get("class") or "").split()


class Dom(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: (v if v is not None else "") for k, v in attrs}, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def microdata_props(item):
    """Properties of one microdata item, not descending into nested items (which are values)."""
    props = defaultdict(list)

    def visit(node):
        for c in node.children:
            if not isinstance(c, Node):
                continue
            if "itemprop" in c.attrs:
                if "itemscope" in c.attrs:
                    val = c
                elif c.tag == "meta":
                    val = c.attrs.get("content", "")
                elif c.tag == "time":
                    val = c.attrs.get("datetime", c.text())
                elif c.tag in ("a", "link"):
                    val = c.attrs.get("href", "")
                else:
                    val = c.text()
                for name in c.attrs["itemprop"].split():
                    props[name].append(val)
            if "itemscope" not in c.attrs:
                visit(c)
    visit(item)
    return props


def crawl(folder, first, next_of):
    """Follow rel=next from the first page like an importer; returns the list of page paths."""
    seen, order, cur = set(), [], first
    while cur:
        path = os.path.normpath(os.path.join(OUT, folder, cur))
        if path in seen:
            raise RuntimeError("paging loop at " + path)
        seen.add(path)
        order.append(path)
        nxt = next_of(path)
        cur = os.path.relpath(os.path.normpath(os.path.join(os.path.dirname(path), nxt)), os.path.join(OUT, folder)) if nxt else None
    on_disk = {os.path.normpath(os.path.join(OUT, folder, f)) for f in os.listdir(os.path.join(OUT, folder))}
    if on_disk != seen:
        raise RuntimeError(f"{folder}: pages not reachable through next links: {sorted(on_disk - seen)}")
    return order


def html_next(path):
    with open(path, encoding="utf-8") as f:
        dom = Dom(f.read())
    for n in dom.root.walk():
        if n.tag in ("link", "a") and "next" in n.attrs.get("rel", "").split():
            return n.attrs["href"]
    return None


ATOM = "{http://www.w3.org/2005/Atom}"
IM = "{http://itunes.apple.com/rss}"


def atom_next(path):
    root = ET.parse(path).getroot()
    for link in root.findall(ATOM + "link"):
        if link.get("rel") == "next":
            return link.get("href")
    return None


def rss_next(path):
    ch = ET.parse(path).getroot().find("channel")
    for link in ch.findall(ATOM + "link"):
        if link.get("rel") == "next":
            return link.get("href")
    return None


def json_next(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["next"]


def src_of(file):
    """The source a file belongs to: its folder for paged sources and webhooks, else the file itself."""
    return os.path.dirname(file) if ("/page-" in file or "/webhooks/" in file) else file


def check():
    with open(os.path.join(OUT, "truth.csv"), encoding="utf-8", newline="") as f:
        truth = list(csv.DictReader(f))
    tkey = {(src_of(r["file"]), r["external_id"]): r for r in truth}
    found = {}          # (file, id) -> parsed fields
    notes = []
    problems = []

    def got(file, ext, score_raw, when, text):
        k = (src_of(file), str(ext))
        if k in found:
            return False
        found[k] = {"score": score_raw, "when": when, "text": text}
        return True

    counts = Counter()
    dups = Counter()
    skipped = Counter()

    # 1. survey CSV (UTF-8 BOM, 3 header rows)
    rel = "bank/survey-qualtrics/account-opening-survey.csv"
    with open(os.path.join(OUT, rel), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    assert rows[2][head.index("Q1")] == '{"ImportId":"QID1"}', "third header row"
    for r in rows[3:]:
        d = dict(zip(head, r))
        if d["Status"] == "Survey Preview":
            skipped[rel] += 1
            continue
        if got(rel, d["ResponseId"], d["Q1"], d["RecordedDate"], d["Q4"]):
            counts[rel] += 1

    # 2. Atom app-store feeds
    for folder in ("bank/appstore-ios", "broadband/appstore-ios"):
        for path in crawl(folder, "page-1.xml", atom_next):
            rel = os.path.relpath(path, OUT)
            for e in ET.parse(path).getroot().findall(ATOM + "entry"):
                if e.find(IM + "rating") is None:
                    skipped[folder] += 1
                    continue
                text = [c.text for c in e.findall(ATOM + "content") if c.get("type") == "text"][0]
                if got(rel, e.find(ATOM + "id").text, e.find(IM + "rating").text, e.find(ATOM + "updated").text, text):
                    counts[folder] += 1

    # 3. JSON-LD review pages
    folder = "bank/reviews-jsonld"
    for path in crawl(folder, "page-1.html", html_next):
        rel = os.path.relpath(path, OUT)
        with open(path, encoding="utf-8") as f:
            dom = Dom(f.read())
        for n in dom.root.walk():
            if n.tag == "script" and n.attrs.get("type") == "application/ld+json":
                for node in json.loads(n.text())["@graph"]:
                    if node["@type"] == "Review":
                        if "comment" in node:
                            skipped[folder] += 1
                        if got(rel, node["@id"], node["reviewRating"]["ratingValue"], node["datePublished"], node["reviewBody"]):
                            counts[folder] += 1

    # 4. microdata review pages
    folder = "saas/reviews-microdata"
    for path in crawl(folder, "page-1.html", html_next):
        rel = os.path.relpath(path, OUT)
        with open(path, encoding="utf-8") as f:
            dom = Dom(f.read())
        for n in dom.root.walk():
            if "itemscope" in n.attrs and n.attrs.get("itemtype") == "https://schema.org/Review":
                p = microdata_props(n)
                rating = microdata_props(p["reviewRating"][0])["ratingValue"][0]
                author = microdata_props(p["author"][0])["name"][0]
                if p.get("comment"):
                    skipped[folder] += 1
                assert author and p["name"][0].startswith("“")
                if got(rel, n.attrs["itemid"], rating, p["datePublished"][0], p["reviewBody"][0]):
                    counts[folder] += 1

    # 5. plain HTML review pages (CSS-selector logic)
    folder = "broadband/reviews-html"
    for path in crawl(folder, "page-1.html", html_next):
        rel = os.path.relpath(path, OUT)
        with open(path, encoding="utf-8") as f:
            dom = Dom(f.read())
        for n in dom.root.walk():
            if "review" in n.classes() and "data-review-id" in n.attrs:
                sub = list(n.walk())
                stars = [s for s in sub if "stars" in s.classes()][0].attrs["data-rating"]
                head_time = [s for s in sub if s.tag == "time" and "review-head" in s.parent.classes()][0].attrs["datetime"]
                text = [s for s in sub if "review-text" in s.classes()][0].text()
                if any("business-reply" in s.classes() for s in sub):
                    skipped[folder] += 1
                if got(rel, n.attrs["data-review-id"], stars, head_time, text):
                    counts[folder] += 1
                else:
                    dups[folder] += 1

    # 6. RSS forum
    folder = "broadband/community-rss"
    for path in crawl(folder, "page-1.xml", rss_next):
        rel = os.path.relpath(path, OUT)
        for item in ET.parse(path).getroot().find("channel").findall("item"):
            cats = [c.text for c in item.findall("category")]
            if "Community Team" in cats:
                skipped[folder] += 1
                continue
            if got(rel, item.find("guid").text, None, item.find("pubDate").text, re.sub(r"<[^>]+>", " ", item.find("description").text)):
                counts[folder] += 1

    # 7. JSON API pages
    folder = "saas/api/feedback"
    seen_ids = set()
    for path in crawl(folder, "page-1.json", json_next):
        rel = os.path.relpath(path, OUT)
        with open(path, encoding="utf-8") as f:
            page = json.load(f)
        for it in page["items"]:
            if it["id"] in seen_ids:
                dups[folder] += 1
                continue
            seen_ids.add(it["id"])
            if got(rel, it["id"], it["rating"]["value"] if it["rating"] else None, it["created_at"], it["body"]):
                counts[folder] += 1

    # 8. UTF-16 Excel Unicode text
    rel = "saas/cs-tracker/cs-feedback-tracker.txt"
    with open(os.path.join(OUT, rel), "rb") as f:
        assert f.read(2) == b"\xff\xfe", "UTF-16 LE BOM"
    with open(os.path.join(OUT, rel), encoding="utf-16", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    head = rows[2]
    assert rows[0][0].startswith("Northwind Boards") and not any(rows[1])
    for r in rows[3:]:
        d = dict(zip(head, r))
        if got(rel, d["Ref"], d["Likelihood to recommend (0-10)"] or d["CSAT (1-5)"], d["Date"], d["Verbatim"]):
            counts[rel] += 1

    # 9. Windows-1252 support export
    rel = "broadband/support-csat/csat-export.csv"
    with open(os.path.join(OUT, rel), "rb") as f:
        raw = f.read()
    try:
        raw.decode("utf-8")
        problems.append("support export unexpectedly decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    with open(os.path.join(OUT, rel), encoding="cp1252", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    head = rows[0]
    for r in rows[1:]:
        d = dict(zip(head, r))
        if d["Rating status"] != "rated":
            skipped[rel] += 1
            continue
        if got(rel, d["Ticket ID"], d["Satisfaction (1-5)"], d["Created"], d["Comment"]):
            counts[rel] += 1

    # 10. webhooks
    for folder in ("bank/webhooks", "saas/webhooks", "broadband/webhooks"):
        ids = set()
        for fn in sorted(os.listdir(os.path.join(OUT, folder))):
            rel = f"{folder}/{fn}"
            with open(os.path.join(OUT, rel), encoding="utf-8") as f:
                b = json.load(f)
            if "ResponseID" in b:
                ext, sc, when, text = b["ResponseID"], b["response"]["values"]["QID1"], b["CompletedDate"], b["response"]["values"]["QID3_TEXT"]
            elif "event_data" in b:
                ext, sc, when, text = b["event_data"]["id"], b["event_data"]["score"], b["event_data"]["created_at"], b["event_data"]["comment"]
            else:
                fr = b["form_response"]
                ans = {a["field"]["ref"]: a for a in fr["answers"]}
                ext, sc, when, text = fr["token"], ans["nps"]["number"], fr["submitted_at"], ans["comment"]["text"]
            if ext in ids:
                dups[folder] += 1
                continue
            ids.add(ext)
            if got(rel, ext, sc, when, text):
                counts[folder] += 1

    # compare with truth
    missing = [k for k in tkey if k not in found]
    extra = [k for k in found if k not in tkey]
    for k in found:
        if k in tkey:
            t = tkey[k]
            s = found[k]["score"]
            if t["raw_score"] != ("" if s is None else str(s)):
                problems.append(f"score differs for {k}: file {s!r} truth {t['raw_score']!r}")
    print(f"{'file / folder':58s} {'items':>6s} {'dups':>5s} {'non-feedback parts seen':>24s}")
    for k in sorted(set(counts) | set(skipped)):
        print(f"{k:58s} {counts[k]:6d} {dups[k]:5d} {skipped[k]:24d}")
    print(f"{'TOTAL':58s} {sum(counts.values()):6d}")
    print(f"truth rows {len(truth)}; parsed items {len(found)}; missing from files {len(missing)}; not in truth {len(extra)}")
    for p in problems[:10]:
        print("PROBLEM:", p)
    # per touchpoint per month, from what was parsed
    months = month_keys()
    for mkey, C in CONTENT.items():
        print(f"\n{C['map']}: items per touchpoint per month (parsed files joined to truth.csv)")
        print(f"{'touchpoint':16s}" + "".join(f"{m[5:]:>6s}" for m in months) + f"{'total':>7s}{'neg%':>6s}")
        per = defaultdict(Counter)
        neg = Counter()
        tot = Counter()
        for k in found:
            t = tkey.get(k)
            if not t or t["map"] != C["map"]:
                continue
            tps = t["touchpoints"].split() or ["(none)"]
            for tp in tps:
                per[tp][t["created_at_utc"][:7]] += 1
                tot[tp] += 1
                n = t["normalised"]
                if (float(n) < 0) if n else t["polarity"] == "neg":
                    neg[tp] += 1
        for tp in list(C["tps"].keys()) + ["(none)"]:
            print(f"{tp:16s}" + "".join(f"{per[tp][m]:6d}" for m in months) + f"{tot[tp]:7d}{(neg[tp] / tot[tp] if tot[tp] else 0):6.0%}")
    ok = not missing and not extra and not problems
    print("\nCHECK", "OK" if ok else "FAILED")
    return ok


def main():
    if "--check" not in sys.argv:
        rows = build()
        print(f"wrote {len(rows)} feedback items to {OUT} ({folder_size(OUT) / 1e6:.1f} MB)")
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
