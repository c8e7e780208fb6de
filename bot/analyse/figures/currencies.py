"""Currencies written next to numbers, as ISO 4217 codes or, for rarer ones, their English name."""

from __future__ import annotations

import re

# Symbols and prefixes written before the number ("US$5", "£1.5bn", "HK $3.7 billion").
_PREFIXES: tuple[tuple[str, str], ...] = (
    (r"(?i:US|U\.S\.|USD)\s?\$|\$\s?US|USD(?![A-Za-z])", "USD"),
    (r"(?i:HK|HKD)\s?\$|HKD(?![A-Za-z])", "HKD"),
    (r"(?i:C|CAD)\s?\$|CA\$|Can\$|CAD(?![A-Za-z])", "CAD"),
    (r"(?i:AU|AUD|AUS)\s?\$|A\$|\$A|AUD(?![A-Za-z])", "AUD"),  # "A $5,000 fine" is no A$
    (r"(?i:NZ|NZD)\s?\$|NZD(?![A-Za-z])", "NZD"),
    (r"(?i:S|SGD)\$|SGD(?![A-Za-z])", "SGD"),
    (r"(?i:MXN|Mex)\s?\$|MXN(?![A-Za-z])", "MXN"),
    (r"R\$|BRL(?![A-Za-z])", "BRL"),
    # the South African rand, only before a scaled amount: "R5.2 billion", "R300m"
    (r"R(?=\d+(?:[.,]\d+)*\s?(?:bn|billion|m|million|trillion|tn)\b)", "ZAR"),
    (r"NT\s?\$|TWD(?![A-Za-z])", "TWD"),
    (r"(?:KSh|Ksh|KES)\s?|Sh(?=\d)", "KES"),
    (r"Dh\s?(?=\d)|AED(?![A-Za-z])", "AED"),
    (r"Rp\s?(?=\d)|IDR(?![A-Za-z])", "IDR"),
    (r"NIS(?![A-Za-z])|₪|ILS(?![A-Za-z])", "ILS"),
    (r"₩|KRW(?![A-Za-z])", "KRW"),
    (r"₦|NGN(?![A-Za-z])", "NGN"),
    (r"\$", "USD"),
    (r"£|GBP(?![A-Za-z])", "GBP"),
    (
        r"PS(?=\d+(?:[.,]\d+)*\s?(?:m|bn|k|million|billion)\b|\d{1,3}(?:,\d{3})+|\d+\.\d)",
        "GBP",
    ),  # "£" mangled to "PS"
    (r"€|EUR(?![A-Za-z])", "EUR"),
    (r"¥|Y=|JPY(?![A-Za-z])", "JPY"),
    (r"CNY(?![A-Za-z])|RMB|Rmb(?=\s?\d)", "CNY"),
    (r"₹|Rs\.?|INR(?![A-Za-z])", "INR"),
    (r"₽|RUB(?![A-Za-z])", "RUB"),
    (r"RM(?=\d)", "MYR"),
    (r"CHF(?![A-Za-z])|SFr\.?\s?(?=\d)", "CHF"),
    # the Scandinavian crowns as some papers write them: "Skr3bn", "Nkr12bn", "Dkr4bn"
    (r"Skr\.?\s?(?=\d)", "SEK"),
    (r"Nkr\.?\s?(?=\d)", "NOK"),
    (r"Dkr\.?\s?(?=\d)", "DKK"),
    (r"₿|BTC(?![A-Za-z])", "BTC"),
)
# Codes written before the number that the list above leaves out ("SEK 2.5 billion"); codes
# outside the common set get the name CQE's unit list gives them.
CODE_NAMES = {
    "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "ZAR": "ZAR", "MYR": "MYR",
    "TRY": "turkish lira", "CZK": "czech koruna", "HUF": "hungarian forint",
    "THB": "thai baht", "PHP": "philippine peso", "EGP": "egyptian pound", "SAR": "saudi riyal",
    "QAR": "qatari riyal", "PKR": "pakistani rupee", "ARS": "argentine peso",
    "VND": "vietnamese đồng", "UAH": "ukrainian hryvnia",
}  # fmt: skip
_PREFIXES += tuple((rf"{code}(?![A-Za-z])", name) for code, name in CODE_NAMES.items())
# Millions written into the code, before or after the number: "MSEK 120", "120 MEUR".
SCALED_CODES = ("USD", "EUR", "GBP", "SEK", "NOK", "DKK", "CHF", "AUD", "CAD", "JPY")
_PREFIXES = tuple((rf"M{code}(?![A-Za-z])", code) for code in SCALED_CODES) + _PREFIXES
# Signs of currencies without a code in our list, named the way CQE's unit list names them.
SIGN_NAMES = {
    "₡": "costa rican colón", "₾": "georgian lari", "₭": "lao kip", "₫": "vietnamese đồng",
    "₱": "philippine peso", "₴": "ukrainian hryvnia", "₺": "turkish lira", "฿": "thai baht",
    "₸": "kazakhstani tenge", "₼": "azerbaijani manat", "৳": "bangladeshi taka",
    "₵": "ghanaian cedi", "₲": "paraguayan guaraní", "ரூ": "sri lankan rupee",
}  # fmt: skip
_SIGNS = "|".join(SIGN_NAMES)
_PREFIXES += tuple((sign, name) for sign, name in SIGN_NAMES.items())
PREFIX = "(?<![A-Za-z])(?:" + "|".join(p for p, _ in _PREFIXES) + ")"
_PREFIX_EACH = tuple((re.compile(p), code) for p, code in _PREFIXES)

# Currency words written after the number ("9 billion shekels", "7,199 Chinese yuan").
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (r"(?:US|U\.S\.|American)\s+dollars?|USD\b|US\b(?!\s+[A-Z])", "USD"),
    (r"Australian\s+dollars?|AUD\b", "AUD"),
    (r"Canadian\s+dollars?|CAD\b", "CAD"),
    (r"Hong\s+Kong\s+dollars?|HKD\b", "HKD"),
    (r"New\s+Zealand\s+dollars?|NZD\b", "NZD"),
    (r"Singapore\s+dollars?", "SGD"),
    (r"dollars?\b|bucks\b", "USD"),
    (r"euros?\b|EUR\b", "EUR"),
    (r"(?:British\s+)?pounds?\s+sterling\b|British\s+pounds?\b|sterling\b|GBP\b|quid\b", "GBP"),
    (r"(?:Japanese\s+)?yen\b|YEN\b|JPY\b", "JPY"),
    (r"(?:Chinese\s+)?(?:yuan|renminbi)\b|CNY\b|RMB\b", "CNY"),
    (r"(?:Israeli\s+)?shekels?\b|ILS\b", "ILS"),
    (r"(?:Indian\s+)?rupees?\b|INR\b", "INR"),
    (r"(?:Russian\s+)?(?:roubles?|rubles?)\b|RUB\b", "RUB"),
    (r"Danish\s+(?:crowns?|kroner?)\b|DKK\b", "DKK"),
    (r"Swedish\s+(?:crowns?|kronor|krona)\b|kronor\b|SEK\b", "SEK"),
    (r"Norwegian\s+(?:crowns?|kroner?)\b|NOK\b", "NOK"),
    (r"(?:Malaysian\s+)?ringgit\b", "MYR"),
    (r"(?:Swiss\s+)?francs?\b|CHF\b", "CHF"),
    # a sign before another number is that number's: "by 2008 £60bn" is no £2,008
    (rf"(?:€|£|¥|元|\$)(?!\s?\d)|{_SIGNS}", "SYMBOL"),
    (r"(?:South\s+African\s+)?rand\b", "ZAR"),
    (r"Brazilian\s+(?:reais|reals?)\b|reais\b", "BRL"),  # "one real horse" is no money
    (r"(?:Mexican\s+)?pesos?\b", "MXN"),
    # "won" is far more often the verb: only a won followed by a bracket, a rate or the end
    (
        r"(?:South\s+Korean\s+)?won\b(?=\s*(?:[.,;:)]|$)|\s+(?:\(|per\b|each\b|apiece\b))",
        "KRW",
    ),
    (r"(?:Polish\s+)?(?:zlotys?|złotys?)\b|zł|PLN\b", "PLN"),
    (r"(?:Indonesian\s+)?rupiah\b|IDR\b", "IDR"),
    (r"(?:Nigerian\s+)?nairas?\b|NGN\b", "NGN"),
    (r"(?:UAE|Emirati)\s+dirhams?\b|AED\b", "AED"),
    (r"bitcoins?\b|BTC\b", "BTC"),
    (r"(?:Cambodian\s+)?riels?\b|KHR\b", "KHR"),
    # a currency name many countries share, with its country: "Egyptian pounds", "Argentine pesos"
    (r"(?-i:[A-Z][a-z]+)\s+(?:pounds?|pesos?|rupees?|dollars?|francs?|korunas?)\b", "NAME"),
    (r"(?:Czech|Slovak|Estonian|Icelandic)\s+crowns?\b", "NAME"),
    (r"(?-i:[A-Z][a-z]+\s+)?(?:" + "|".join(
        ("liras?", "lire", "markkas?", "guilders?", "dinars?", "dirhams?", "rials?", "riyals?",
         "forints?", "baht", "cedis?", "shillings?", "kwachas?",
         "drachmas?", "escudos?", "pesetas?", "hryvnias?", "tenge", "kunas?", "levs?", "leva",
         "lei", "leus?", "takas?", "kyats?", "quetzals?", "bolivars?", "dongs?", "krona", "krone",
         "korunas?", "zlotys?",
         "kroner", "kronur", "satoshis?", "ether")
    ) + r")\b", "NAME"),
)  # fmt: skip
# Codes written after the number ("20.7 million PKR", "R 500 ZAR"), in capitals; in lower case
# too where the code is no English word ("20.7 million pkr", never "20 try").
_WORD_CODES = {"TRY", "PHP", "SAR", "ARS"}
_SUFFIXES += tuple(
    (rf"(?-i:{code}|{code.lower()})\b" if code not in _WORD_CODES else rf"(?-i:{code})\b", name)
    for code, name in {
        **{code: CODE_NAMES[code] for code in CODE_NAMES if code not in {"SEK", "NOK", "DKK"}},
        **{"SGD": "SGD", "MXN": "MXN", "BRL": "BRL", "TWD": "TWD", "KES": "KES", "KRW": "KRW"},
    }.items()
)
SUFFIX_CURRENCY = re.compile(
    "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_SUFFIXES)), re.IGNORECASE
)
_SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "$": "USD"}
# Plural spellings of the named currencies that do not end in a plain "s".
_NAME_SINGULAR = {"lire": "lira", "leva": "lev", "lei": "leu", "kroner": "krone",
                  "kronor": "krona", "kronur": "krona"}  # fmt: skip


def is_currency_code(unit: str) -> bool:
    """True for a unit that is a currency: every currency is stored by its three-letter ISO 4217
    code (`USD`, `GBP`), and no other unit is written in three capitals."""
    return len(unit) == 3 and unit.isupper()


def prefix_currency(surface: str) -> str:
    """The ISO code of a currency prefix as written ("HK $" -> "HKD")."""
    for pattern, code in _PREFIX_EACH:
        if pattern.match(surface):
            return code
    return "USD"


def suffix_currency(match: re.Match[str]) -> str:
    """The currency of a matched word or symbol after the number ("15 €", "10 Turkish lira")."""
    code = _SUFFIXES[int(str(match.lastgroup)[1:])][1]
    if code == "SYMBOL":
        sign = match.group().strip()
        return _SYMBOLS.get(sign) or SIGN_NAMES[sign]
    return _currency_name(match.group()) if code == "NAME" else code


def _currency_name(surface: str) -> str:
    """A named currency, lower case and singular: "Turkish liras" -> "turkish lira"."""
    *nationality, noun = surface.lower().split()
    noun = _NAME_SINGULAR.get(noun, noun)
    return " ".join([*nationality, noun[:-1] if noun.endswith("s") else noun])


_CODES = "|".join(SCALED_CODES)
_SCALED_CODE_AFTER = re.compile(
    rf"\s?(?:(?P<m>M)(?P<code>{_CODES})\b|(?P<plain>{_CODES})\s+(?P<scale>million|billion|bn)\b)"
)
_FACTORS = {"million": 1e6, "billion": 1e9, "bn": 1e9}


def scaled_code_at(text: str, pos: int) -> tuple[str, float, int] | None:
    """A code after a number with its scale in it or after it ("120 MEUR", "75 USD million"):
    the code, the factor and where it ends."""
    match = _SCALED_CODE_AFTER.match(text, pos)
    if match is None:
        return None
    if match.group("m"):
        return match.group("code"), 1e6, match.end()
    return match.group("plain"), _FACTORS[match.group("scale")], match.end()


def scaled_prefix(surface: str) -> float:
    """The factor of a code with millions written into it ("MSEK 120" -> 1e6), else 1.0."""
    return 1e6 if re.match(rf"M(?:{_CODES})", surface) else 1.0
