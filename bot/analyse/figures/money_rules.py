"""The measure rules for sums of money: each reads a sum's measure one way (what it is in, who
earns it, what it pays for, the price of what is sold, the money a clause describes) and gives
"" for any other quantity."""

from __future__ import annotations

import re

from bot.analyse.figures.measures import before_qualifier
from bot.analyse.figures.numbers import Quantity
from bot.analyse.figures.sums import (
    bought,
    currency_to,
    earner,
    money_held,
    money_in,
    payment,
    price,
)

_MONEY = re.compile(r"[A-Z]{3}(?: per .*)?")  # ISO 4217 codes, maybe with a rate


def is_money(quantity: Quantity) -> bool:
    return _MONEY.fullmatch(quantity.unit) is not None or quantity.unit in {"cent", "pence"}


def counted_in(plain: str, quantity: Quantity) -> str:
    return money_in(plain, quantity.end) if is_money(quantity) else ""


def earned(plain: str, quantity: Quantity) -> str:
    return earner(plain, before_qualifier(plain, quantity.start)) if is_money(quantity) else ""


def paid(plain: str, quantity: Quantity) -> str:
    return payment(plain, before_qualifier(plain, quantity.start)) if is_money(quantity) else ""


def paid_for(plain: str, quantity: Quantity) -> str:
    start = before_qualifier(plain, quantity.start)  # "spending nearly $3m on art"
    return bought(plain, start, quantity.end) if is_money(quantity) else ""


def currency_moved(plain: str, quantity: Quantity) -> str:
    return currency_to(plain, before_qualifier(plain, quantity.start)) if is_money(quantity) else ""


def priced(plain: str, quantity: Quantity) -> str:
    return price(plain, quantity.start) if is_money(quantity) else ""


def held(plain: str, quantity: Quantity) -> str:
    return money_held(plain, quantity.start, quantity.end) if is_money(quantity) else ""
