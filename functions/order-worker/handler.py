"""The order worker: totals each order it receives from the queue and writes its receipt line.

Its dependency (orderlib) travels in the same folder, so the function's zip holds it; the receipt
format comes from the layer (receipts), shared with other functions.
"""
import json

import receipts
from orderlib import total


def main(event, context):
    """An SQS batch: each record's body is an order. A record that is not an order fails alone."""
    lines = []
    failures = []
    for record in event.get("Records", []):
        try:
            order = json.loads(record["body"])
            lines.append(receipts.line(order["id"], total(order)))
        except (KeyError, TypeError, ValueError, ArithmeticError):  # a price Decimal cannot read: InvalidOperation
            failures.append({"itemIdentifier": record.get("messageId", "")})
    for line in lines:
        print(line)
    return {"batchItemFailures": failures, "receipts": lines}
