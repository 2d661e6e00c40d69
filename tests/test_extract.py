"""What the extractor finds in sentences the team wrote, grouped by where the case comes from.

Each row: an id, a sentence, and every figure expected in it as
``(mention text, value, low, high, bound, unit)``. One parametrized test runs them all; known gaps
are rows marked ``xfail(strict=True)`` so that fixing one is noticed.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

import claimtrack

Row = tuple[str, float | None, float | None, float | None, str, str]
Case = Any  # a pytest.param


def case(case_id: str, sentence: str, *figures: Row, gap: str | None = None) -> Case:
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(sentence, list(figures), id=case_id, marks=marks)


DIGITS = [
    case("thousands-comma", "The ministry counted 4,500 schools in the region.",
         ("4,500 schools", 4500, 4500, 4500, "=", "school")),
    case("decimal", "Farmers planted 12.5 hectares of barley.",
         ("12.5 hectares", 12.5, 12.5, 12.5, "=", "hectare")),
    case("space-grouping", "The port moved 1 250 000 tonnes of grain.",
         ("1 250 000 tonnes", 1.25e6, 1.25e6, 1.25e6, "=", "metric_ton")),
    case("thin-space-grouping", "The fund lent 40\u2009000 euros.",
         ("40\u2009000 euros", 40000, 40000, 40000, "=", "EUR")),
    case("year-then-number-apart", "In 2020 300 nurses joined.",
         ("300 nurses", 300, 300, 300, "=", "nurse")),
    case("european-grouping", "A depot in Velden stores 520.000 litres of diesel.",
         ("520.000 litres", 520000, 520000, 520000, "=", "liter")),
    case("mixed-fraction", "The bridge is 2 1/2 miles long.",
         ("2 1/2 miles", 2.5, 2.5, 2.5, "=", "mile")),
    case("lone-fraction-unit", "The shelter is 1/4 mile from the shore.",
         ("1/4 mile", 0.25, 0.25, 0.25, "=", "mile")),
    case("negative", "Officials recorded -3 degrees Celsius overnight.",
         ("-3 degrees Celsius", -3, -3, -3, "=", "degree_Celsius")),
    case("minus-word", "Nights fell to minus 12 degrees Celsius.",
         ("minus 12 degrees Celsius", -12, -12, -12, "=", "degree_Celsius")),
    case("minus-word-number", "Growth was minus two percent.",
         ("minus two percent", -2, -2, -2, "=", "percent")),
    case("vulgar-fraction", "Add 2½ cups of flour and ½ teaspoon of salt.",
         ("2½ cups", 2.5, 2.5, 2.5, "=", "cup"), ("½ teaspoon", 0.5, 0.5, 0.5, "=", "teaspoon")),
    case("e-notation", "The sample held 3.2e6 cells.", ("3.2e6 cells", 3.2e6, 3.2e6, 3.2e6, "=", "cell")),
    case("power-too-large", "A reading of 12e512 was logged."),
    case("times-ten-power", "The ratio was 1.5×10−4 in the lab.",
         ("1.5×10−4", 1.5e-4, 1.5e-4, 1.5e-4, "=", "dimensionless")),
    case("glued-m-is-metres", "The new sea wall is 4.5m high.",
         ("4.5m", 4.5, 4.5, 4.5, "=", "meter")),
    case("glued-m-counts-millions", "The app reached 4.5m users.",
         ("4.5m users", 4.5e6, 4.5e6, 4.5e6, "=", "user")),
    case("bracketed-unit", "Each crate weighs 40 (kg) when full.",
         ("40 (kg)", 40, 40, 40, "=", "kilogram")),
]  # fmt: skip

WORDS = [
    case("teen", "Thirteen ambassadors attended the summit.",
         ("Thirteen ambassadors", 13, 13, 13, "=", "ambassador")),
    case("hundred-and", "Two hundred and forty-five volunteers joined.",
         ("Two hundred and forty-five volunteers", 245, 245, 245, "=", "volunteer")),
    case("hyphenated-tens", "The council approved twenty-five new buses.",
         ("twenty-five new buses", 25, 25, 25, "=", "bus")),
    case("word-unit", "The convoy drove about ten miles inland.",
         ("about ten miles", 10, 10, 10, "~", "mile")),
    case("compound-adjective", "The six-mile road reopened.",
         ("six-mile", 6, 6, 6, "=", "mile")),
    case("digit-fraction-of", "Only 1/5 of the loan was repaid.",
         ("1/5", 0.2, 0.2, 0.2, "=", "dimensionless")),
    case("fraction-of", "Two thirds of the council voted yes.",
         ("Two thirds", 2 / 3, 2 / 3, 2 / 3, "=", "dimensionless")),
    case("half-a-unit", "The depot is half a mile away.", ("half a mile", 0.5, 0.5, 0.5, "=", "mile")),
    case("a-quarter-of", "A quarter of the seats changed hands.",
         ("A quarter", 0.25, 0.25, 0.25, "=", "dimensionless")),
    case("a-third-term-is-a-rank", "She won a third term.", ("third term", 3, 3, 3, "=", "term")),
    case("and-a-half", "The hike is two and a half miles.",
         ("two and a half miles", 2.5, 2.5, 2.5, "=", "mile")),
    case("fraction-scale", "Some three quarters billion euros went unspent.",
         ("Some three quarters billion euros", 7.5e8, 7.5e8, 7.5e8, "~", "EUR")),
    case("quarters-as-periods", "Output grew for two quarters in a row.",
         ("two quarters", 2, 2, 2, "=", "quarter")),
    case("one-of-them", "She owns one of them."),
    case("one-time", "They made a one-time payment."),
]  # fmt: skip

SCALES = [
    case("billion-dollars", "The fund holds 3.2 billion dollars.",
         ("3.2 billion dollars", 3.2e9, 3.2e9, 3.2e9, "=", "USD")),
    case("half-a-million", "Half a million doses arrived on Tuesday.",
         ("Half a million doses", 5e5, 5e5, 5e5, "=", "dose")),
    case("glued-bn", "Revenue reached $1.2bn last year.",
         ("$1.2bn", 1.2e9, 1.2e9, 1.2e9, "=", "USD")),
    case("glued-k", "The firm hired 10k workers.",
         ("10k workers", 1e4, 1e4, 1e4, "=", "worker")),
    case("lakh", "The grant is worth 35 lakh rupees.",
         ("35 lakh rupees", 3.5e6, 3.5e6, 3.5e6, "=", "INR")),
    case("bare-scaled-words", "The town's budget is now four million.",
         ("four million", 4e6, 4e6, 4e6, "=", "dimensionless")),
]  # fmt: skip

ROMANCE = [  # Spanish and Portuguese figures, read with the same grammar from their data files
    case("pt-hundreds-and-tens", "A escola recebeu trezentos e quarenta e dois alunos.",
         ("trezentos e quarenta e dois alunos", 342, 342, 342, "=", "aluno")),
    case("pt-scale-decimal-comma", "O porto movimentou 1,8 milhões de contentores.",
         ("1,8 milhões de contentores", 1.8e6, 1.8e6, 1.8e6, "=", "contentor")),
    case("pt-reais-hedge", "A obra custou cerca de 3,5 bilhões de reais.",
         ("cerca de 3,5 bilhões de reais", 3.5e9, 3.5e9, 3.5e9, "~", "BRL")),
    case("es-hundreds-and-tens", "Llegaron doscientos cincuenta y tres mil turistas.",
         ("doscientos cincuenta y tres mil turistas", 253000, 253000, 253000, "=", "turista")),
    case("es-dot-groups", "La cosecha fue de 4.350 toneladas, un 2,5% menos.",
         ("4.350 toneladas", 4350, 4350, 4350, "=", "metric_ton"),
         ("2,5%", 2.5, 2.5, 2.5, "=", "percent")),
]  # fmt: skip

VAGUE = [
    case("tens-of-millions", "Tens of millions of people watched.",
         ("Tens of millions of people", None, 1e7, 1e8, "=", "person")),
    case("dozens", "Dozens of volunteers helped.",
         ("Dozens of volunteers", None, 24, 144, "=", "volunteer")),
    case("hundreds", "Hundreds of homes were flooded.",
         ("Hundreds of homes", None, 100, 1000, "=", "home")),
    case("a-few-hundred", "A few hundred protesters gathered.",
         ("A few hundred protesters", None, 200, 1000, "=", "protester")),
]  # fmt: skip

HEDGES = [
    case("almost", "Almost 400 million doses were shipped.",
         ("Almost 400 million doses", 4e8, None, 4e8, "<", "dose")),
    case("more-than", "More than 300 billion US dollars was traded.",
         ("More than 300 billion US dollars", 3e11, 3e11, None, ">", "USD")),
    case("up-to-currency", "Up to $8 million will be spent.",
         ("Up to $8 million", 8e6, None, 8e6, "<=", "USD")),
    case("at-least", "At least 74 mph winds hit the coast.",
         ("At least 74 mph", 74, 74, None, ">=", "mile / hour")),
    case("about", "About 3 million tourists came.",
         ("About 3 million tourists", 3e6, 3e6, 3e6, "~", "tourist")),
    case("nearly", "Nearly 19 countries signed.",
         ("Nearly 19 countries", 19, None, 19, "<", "country")),
    case("hedge-ends-a-line", "The agency shipped almost\n400 million doses.",
         ("almost\n400 million doses", 4e8, None, 4e8, "<", "dose")),
]  # fmt: skip

RANGES = [
    case("between-and", "Inflation was between 10 and 12% in the period.",
         ("10 and 12%", None, 10, 12, "=", "percent")),
    case("from-to", "The trail runs from 252 to 287 miles.",
         ("252 to 287 miles", None, 252, 287, "=", "mile")),
    case("hyphen", "Prices rose 10-12% this spring.",
         ("10-12%", None, 10, 12, "=", "percent")),
    case("units-both-ends", "Doses of 44 mg to 50 mg were given.",
         ("44 mg to 50 mg", None, 44, 50, "=", "milligram")),
    case("range-spaced-dash", "The zoom covers 24 -70mm.", ("24 -70mm", None, 24, 70, "=", "millimeter")),
    case("range-hyphen-units", "A 8- to 16-meter mirror was proposed.",
         ("8- to 16-meter", None, 8, 16, "=", "meter")),
]  # fmt: skip

CHANGE = [
    case("rose-percent", "Exports rose 5% in March.", ("5%", 5, 5, 5, "=", "percent")),
    case("percentage-points", "Output fell by 2.5 percentage points.",
         ("2.5 percentage points", 2.5, 2.5, 2.5, "=", "percentage_point")),
    case("dropped-by-money", "Sales dropped by $3 million.",
         ("$3 million", 3e6, 3e6, 3e6, "=", "USD")),
]  # fmt: skip

CURRENCIES = [
    case("pound-sign", "The loan was worth £45 million.",
         ("£45 million", 4.5e7, 4.5e7, 4.5e7, "=", "GBP")),
    case("euro-sign", "A ticket costs €20.", ("€20", 20, 20, 20, "=", "EUR")),
    case("rupee-prefix", "Rs 500 buys a meal.", ("Rs 500", 500, 500, 500, "=", "INR")),
    case("yen-name", "He paid 2,000 yen for it.", ("2,000 yen", 2000, 2000, 2000, "=", "JPY")),
    case("swiss-francs", "Bonds worth 250 million Swiss francs were issued.",
         ("250 million Swiss francs", 2.5e8, 2.5e8, 2.5e8, "=", "CHF")),
    case("symbol-after", "The fee is 15 € per visit.", ("15 €", 15, 15, 15, "=", "EUR")),
    case("symbol-glued-after", "Lunch was 12€ there.", ("12€", 12, 12, 12, "=", "EUR")),
    case("cents", "A stamp costs 85 cents.", ("85 cents", 0.85, 0.85, 0.85, "=", "USD")),
    case("hyphened-currency-name", "She kept a ten-dollar note and a 50-euro one.",
         ("ten-dollar", 10, 10, 10, "=", "USD"), ("50-euro", 50, 50, 50, "=", "EUR")),
    case("hyphened-pound-is-mass", "He carried a 25-pound sack.",
         ("25-pound", 25, 25, 25, "=", "pound")),
    case("pence", "Shares closed at 212 pence.", ("212 pence", 2.12, 2.12, 2.12, "=", "GBP")),
    case("dollars-and-cents", "The fare is 4 dollars and 75 cents.",
         ("4 dollars and 75 cents", 4.75, 4.75, 4.75, "=", "USD")),
    case("code-then-cents", "The upgrade costs 12 USD 40.", ("12 USD 40", 12.4, 12.4, 12.4, "=", "USD")),
    case("two-units-per", "Berths cost 3 dollars and 20 cents per hour.",
         ("3 dollars and 20 cents per hour", 3.2, 3.2, 3.2, "=", "USD / hour")),
    case("dollars-and-a-count", "Tickets were $15 and 20 sold out.",
         ("$15", 15, 15, 15, "=", "USD"), ("20", 20, 20, 20, "=", "dimensionless")),
    case("dollars-and-a-share", "Seats cost $15 and 20 of them were empty.",
         ("$15", 15, 15, 15, "=", "USD"), ("20", 20, 20, 20, "=", "dimensionless")),
    case("scale-after-code", "Losses reached 40 EUR million.",
         ("40 EUR million", 4e7, 4e7, 4e7, "=", "EUR")),
    case("scale-letter-code", "The budget is 12 MUSD and KEUR 300 more.",
         ("12 MUSD", 1.2e7, 1.2e7, 1.2e7, "=", "USD"), ("KEUR 300", 3e5, 3e5, 3e5, "=", "EUR")),
    case("glued-code", "Vouchers worth USD25 were handed out.",
         ("USD25", 25, 25, 25, "=", "USD")),
    case("spanish-millones-de", "El fondo recibió 320 millones de dólares en 2021.",
         ("320 millones de dólares", 3.2e8, 3.2e8, 3.2e8, "=", "USD")),
    case("decimal-comma", "El pasaje cuesta $ 12,50, dijo.", ("$ 12,50", 12.5, 12.5, 12.5, "=", "USD")),
    case("spanish-amount", "Cuesta 7 euros con 20 céntimos.",
         ("7 euros con 20 céntimos", 7.2, 7.2, 7.2, "=", "EUR")),
    case("uruguay-dollar-sign", "La obra costó U$S 40 millones.",
         ("U$S 40 millones", 4e7, 4e7, 4e7, "=", "USD")),
    case("de-needs-a-scale", "El 5 de junio llegaron 300 millones de dosis.",
         ("300 millones de dosis", 3e8, 3e8, 3e8, "=", "dose")),
    case("symbol-then-next-figure", "Costs: $ 20.50 $ 31.25 in March.",
         ("$ 20.50", 20.5, 20.5, 20.5, "=", "USD"), ("$ 31.25", 31.25, 31.25, 31.25, "=", "USD")),
]  # fmt: skip

UNITS = [
    case("per-day", "The pipeline carries 500,000 barrels per day.",
         ("500,000 barrels per day", 5e5, 5e5, 5e5, "=", "oil_barrel / day")),
    case("speed", "Wind reached 120 km/h.", ("120 km/h", 120, 120, 120, "=", "kilometer / hour")),
    case("area", "The lake covers 4,500 km2.",
         ("4,500 km2", 4500, 4500, 4500, "=", "kilometer ** 2")),
    case("volume-cubic", "The reservoir holds 3 cubic kilometres of water.",
         ("3 cubic kilometres", 3, 3, 3, "=", "kilometer ** 3")),
    case("frequency", "The chip runs at 2.8 GHz.", ("2.8 GHz", 2.8, 2.8, 2.8, "=", "gigahertz")),
    case("temperature-f", "The temperature hit 98.6 degrees F.",
         ("98.6 degrees F", 98.6, 98.6, 98.6, "=", "degree_Fahrenheit")),
    case("per-capita", "Income was $12,000 per person.",
         ("$12,000 per person", 12000, 12000, 12000, "=", "USD / person")),
    case("rate-then-from", "The port ships 2 million barrels a day from its new pier.",
         ("2 million barrels a day", 2e6, 2e6, 2e6, "=", "oil_barrel / day")),
    case("slash-rate-then-on", "Smog reached 35 µg/m3 on Monday.",
         ("35 µg/m3", 35, 35, 35, "=", "microgram / (meter ** 3)")),
    case("a-year-earlier", "Sales were $4 million a year earlier.",
         ("$4 million", 4e6, 4e6, 4e6, "=", "USD")),
    case("hyphen-unit", "A 5,000-hectare farm was sold.",
         ("5,000-hectare", 5000, 5000, 5000, "=", "hectare")),
    case("inch-before-dimension", "The slab is 2 1/2 in thick.",
         ("2 1/2 in", 2.5, 2.5, 2.5, "=", "inch")),
    case("in-is-a-preposition", "Prices rose 2 in March and 3 in 10 shops closed.",
         ("2", 2, 2, 2, "=", "dimensionless"), ("3 in 10", 0.3, 0.3, 0.3, "=", "dimensionless")),
    case("negative-range-down", "Lows ran from -5 °C to -12 °C overnight.",
         ("-5 °C to -12 °C", None, -12, -5, "=", "degree_Celsius")),
    case("one-then-a-verb", "That one costs 3 dimes.", ("3 dimes", 0.3, 0.3, 0.3, "=", "USD")),
    case("range-to-one", "The ministry counted 0.5-1 ships a day.",
         ("0.5-1 ships", None, 0.5, 1, "=", "ship")),
    case("feet-and-inches", "The keeper is 6 ft 3 in tall.",
         ("6 ft 3 in", 6.25, 6.25, 6.25, "=", "foot")),
    case("feet-and-inches-words", "The post stands 4 feet and 6 inches high.",
         ("4 feet and 6 inches", 4.5, 4.5, 4.5, "=", "foot")),
    case("shared-unit", "Trials used 20 and 40 mg doses.",
         ("20", 20, 20, 20, "=", "milligram"), ("40 mg", 40, 40, 40, "=", "milligram")),
    case("shared-unit-list", "Flats with 2, 3 or 4 rooms were built.",
         ("2", 2, 2, 2, "=", "room"), ("3", 3, 3, 3, "=", "room"), ("4 rooms", 4, 4, 4, "=", "room")),
    case("margin-of-error", "Support stood at 38% ± 2% in the poll.",
         ("38% ± 2%", 38, 38, 38, "~", "percent")),
    case("margin-after-upper-bound", "The cargo weighed at most 1,200.5 ± 0.5 tonnes.",
         ("at most 1,200.5 ± 0.5 tonnes", 1200.5, None, 1201, "<=", "metric_ton")),
    case("margin-after-lower-bound", "Each crate holds at least 40 ± 2 kg.",
         ("at least 40 ± 2 kg", 40, 38, None, ">=", "kilogram")),
    case("margin-as-large-as-figure", "The reading was 1 ± 1 units.",
         ("1", 1, 1, 1, "=", "dimensionless"), ("1 units", 1, 1, 1, "=", "unit")),
    case("unit-before-model-number", "Order part 4410 L-7 today.",
         ("4410", 4410, 4410, 4410, "=", "dimensionless")),
    case("power-hyphen", "The pulsar spins at 7e2 s-1 today.",
         ("7e2 s-1", 700, 700, 700, "=", "second ** -1")),
    case("power-minus-sign", "The run collected 12 fb−1 of data.",
         ("12 fb−1", 12, 12, 12, "=", "femtobarn ** -1")),
    case("power-caret-and-two-rates", "Panels absorb 40 J/m^2 per day.",
         ("40 J/m^2 per day", 40, 40, 40, "=", "(joule / (meter ** 2)) / day")),
    case("power-glued-after-slash", "The probe slowed at 3.5 m/s2 before landing.",
         ("3.5 m/s2", 3.5, 3.5, 3.5, "=", "meter / (second ** 2)")),
    case("fb-is-no-unit-alone", "The page has 5,000 FB followers.",
         ("5,000 FB followers", 5000, 5000, 5000, "=", "follower")),
    case("model-name-no-power", "Crews took 5 T-3 trucks and a 9 L-2 pump.",
         ("5 T-3 trucks", 5, 5, 5, "=", "truck"), ("9", 9, 9, 9, "=", "dimensionless")),
    case("picometre-not-time", "The lattice spacing is 3.4 pm across.",
         ("3.4 pm", 3.4, 3.4, 3.4, "=", "picometer")),
    case("spaced-unit-glued-is-no-unit", "Fans in their 30s waited 40 s at the gate.",
         ("40 s", 40, 40, 40, "=", "second")),
    case("megayears", "The crater formed 35 Ma ago.", ("35 Ma", 35, 35, 35, "=", "megayear")),
    case("per-word-needs-a-blank", "Winners take 500 € as a prize.",
         ("500 €", 500, 500, 500, "=", "EUR")),
    case("power-of-ten-then-metres", "The gap is 4.2x10^-3 m wide.",
         ("4.2x10^-3 m", 0.0042, 0.0042, 0.0042, "=", "meter")),
    case("frequency", "The ferry sails six times a week in summer.",
         ("six times a week", 6, 6, 6, "=", "1 / week")),
    case("times-without-rate", "Fares rose 3 times in two years and tripled four times over.",
         ("3", 3, 3, 3, "=", "dimensionless"), ("two years", 2, 2, 2, "=", "year")),
    case("power-of-two", "The buffer holds 4x2^10 bytes.",
         ("4x2^10 bytes", 4096, 4096, 4096, "=", "byte")),
]  # fmt: skip

COUNTS = [
    case("experts", "19 experts flew to Rivoli.", ("19 experts", 19, 19, 19, "=", "expert")),
    case("two-counts", "Nine children and 12 teachers were evacuated.",
         ("Nine children", 9, 9, 9, "=", "child"), ("12 teachers", 12, 12, 12, "=", "teacher")),
    case("teu", "The port handled 3 million TEU.",
         ("3 million TEU", 3e6, 3e6, 3e6, "=", "TEU")),
]  # fmt: skip

ORDINALS = [
    case("ordinal-word", "Ostmark is the fifth largest exporter.",
         ("fifth largest exporter", 5, 5, 5, "=", "exporter")),
    case("ordinal-no-noun", "She finished 21st in the race."),
    case("ordinal-verb-after", "The first vaccine arrived on time.",
         ("first vaccine", 1, 1, 1, "=", "vaccine")),
    case("ordinal-present-verb", "The first metro line carries 40,000 riders.",
         ("first metro line", 1, 1, 1, "=", "line"), ("40,000 riders", 40000, 40000, 40000, "=", "rider")),
]  # fmt: skip

NOT_FIGURES = [
    case("date-ordinal-day", "The report was published on June 5th."),
    case("year", "In 2021 the plan was revised."),
    case("year-range", "From 2017 to 2021 the fund grew."),
    case("iso-date", "On 2021-07-28 the deal was signed."),
    case("slash-date", "It happened on 7/28/2021."),
    case("url", "Visit https://example.org/page/2021 for details."),
    case("disease-name", "COVID-19 cases fell."),
    case("name-with-digits", "The G20 summit opened."),
    case("list-marker", "1. We will review the plan."),
    case("phone", "Call 555-123-4567 today."),
    case("time-of-day", "The meeting starts at 10:30 am."),
    case("time-pm", "Doors open at 3 pm."),
    case("email", "Write to info2021@example.org for a copy."),
    case("decade", "The 1990s were different."),
    case("round-the-clock", "The desk is staffed 24/7."),
    case("fiscal-year", "Output doubled in 2019-20."),
    case("spanish-date", "La planta abrió el 5 de junio de 2021."),
    case("dotted-time", "The polls closed at 9.30 pm."),
    case("code-with-digits", "Sensor 4B7 failed twice."),
    case("catalogue-designation", "The survey imaged quasar PKS J0405.3+2215 twice."),
]  # fmt: skip

ALL = [
    *DIGITS, *WORDS, *SCALES, *ROMANCE, *VAGUE, *HEDGES, *RANGES, *CHANGE, *CURRENCIES, *UNITS, *COUNTS,
    *ORDINALS, *NOT_FIGURES,
]  # fmt: skip


def _same(a: float | None, b: float | None) -> bool:
    return a is None if b is None else a is not None and math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(("sentence", "figures"), ALL)
def test_extract(sentence: str, figures: list[Row]) -> None:
    claims = claimtrack.extract(sentence)
    got = [(c.text, c.quantity.value, c.quantity.low, c.quantity.high, c.quantity.bound,
            c.quantity.unit) for c in claims]  # fmt: skip
    assert len(got) == len(figures), got
    for have, want in zip(got, figures, strict=True):
        assert have[0] == want[0], got
        assert all(_same(h, w) for h, w in zip(have[1:4], want[1:4], strict=True)), got
        assert have[4:] == want[4:], got


def test_spans_index_the_document_text() -> None:
    doc = claimtrack.Document(text="Exports rose 5% to $1.2bn, and 40 ships left.")
    for claim in claimtrack.extract(doc):
        assert doc.text[slice(*claim.span)] == claim.text


@pytest.mark.parametrize(
    ("sentence", "unit", "counted"),
    [
        ("Nine Nordic airports closed.", "airport", "Nordic airport"),
        ("The clinic did 14 knee replacements.", "replacement", "knee replacement"),
        ("Rangers counted 40 grey wolves.", "wolf", "grey wolf"),
        ("The lab ran 300 analyses.", "analysis", "analysis"),
        ("Millions of doses arrived.", "dose", "dose"),
    ],
)
def test_counted_is_the_phrase_with_its_noun_in_the_singular(
    sentence: str, unit: str, counted: str
) -> None:
    (claim,) = claimtrack.extract(sentence)
    assert (claim.quantity.unit, claim.quantity.counted) == (unit, counted)
