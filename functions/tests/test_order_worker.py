"""The handler as Lambda runs it: the layer's python/ folder on the path beside the function's own."""
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "..", "order-worker"), os.path.join(HERE, "..", "order-worker-layer", "python")]
import handler  # noqa: E402


def record(message_id, body):
    return {"messageId": message_id, "body": body}


class HandlerTest(unittest.TestCase):
    def test_totals_each_order_and_fails_only_what_is_not_an_order(self):
        event = {"Records": [
            record("1", json.dumps({"id": "A-1", "items": [{"price": 2.5, "quantity": 2}, {"price": 0.1}]})),
            record("2", "not json"),
            record("3", json.dumps({"id": "A-3", "items": [{"price": "abc"}]})),
        ]}
        self.assertEqual({"batchItemFailures": [{"itemIdentifier": "2"}, {"itemIdentifier": "3"}],
                          "receipts": ["order A-1: 5.10"]},
                         handler.main(event, None))


if __name__ == "__main__":
    unittest.main()
