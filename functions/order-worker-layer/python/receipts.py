"""Receipt lines, shared by functions through a Lambda layer (its python/ folder is on the path)."""


def line(order_id, amount):
    return "order %s: %.2f" % (order_id, amount)
