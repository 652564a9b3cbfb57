"""Order arithmetic, vendored beside the handler as a dependency would be by pip install --target."""
from decimal import Decimal


def total(order):
    """The order's total: each item's price times its quantity, in cents exact."""
    return sum((Decimal(str(item["price"])) * int(item.get("quantity", 1)) for item in order["items"]),
               Decimal("0"))
