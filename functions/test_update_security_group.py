"""Tests of the security group update function, run by `make test`."""

import io
import json

import update_security_group as function

IP_RANGES = {"prefixes": [
    {"ip_prefix": "3.0.0.0/24", "service": "CLOUDFRONT_ORIGIN_FACING"},
    {"ip_prefix": "1.0.0.0/24", "service": "CLOUDFRONT_ORIGIN_FACING"},
    {"ip_prefix": "1.0.0.0/24", "service": "CLOUDFRONT_ORIGIN_FACING"},
    {"ip_prefix": "9.0.0.0/24", "service": "CLOUDFRONT"},
    {"ip_prefix": "8.0.0.0/24", "service": "EC2"},
]}


class FakeEc2:
    def __init__(self, cidrs):
        self.cidrs = set(cidrs)
        self.calls = []

    def describe_security_groups(self, GroupIds):
        ranges = [{"CidrIp": c} for c in sorted(self.cidrs)]
        return {"SecurityGroups": [{"IpPermissions": [{"FromPort": 80, "IpRanges": ranges}]}]}

    def revoke_security_group_ingress(self, GroupId, IpPermissions):
        self.calls.append(("revoke", [r["CidrIp"] for r in IpPermissions[0]["IpRanges"]]))

    def authorize_security_group_ingress(self, GroupId, IpPermissions):
        self.calls.append(("authorize", [r["CidrIp"] for r in IpPermissions[0]["IpRanges"]]))


def test_only_origin_facing_ranges_count():
    assert function.cloudfront_ranges(IP_RANGES) == ["1.0.0.0/24", "3.0.0.0/24"]


def test_changes_make_the_group_exact():
    assert function.changes(["1.0.0.0/24", "7.0.0.0/24"], ["1.0.0.0/24", "3.0.0.0/24"]) == (
        ["3.0.0.0/24"], ["7.0.0.0/24"])


def test_only_aws_own_address_is_fetched():
    def notification(url):
        return {"Records": [{"Sns": {"Message": json.dumps({"url": url})}}]}

    assert function.source_url(notification("https://evil.example/ip.json")) == function.IP_RANGES_URL
    assert function.source_url({"key1": "hello world"}) == function.IP_RANGES_URL


def test_handler_revokes_stale_and_authorizes_new_ranges(monkeypatch):
    monkeypatch.setenv("SECURITY_GROUP_ID", "sg-1")
    monkeypatch.setenv("PORT", "80")
    monkeypatch.setattr(function.urllib.request, "urlopen",
                        lambda url, timeout: io.StringIO(json.dumps(IP_RANGES)))
    ec2 = FakeEc2(["1.0.0.0/24", "7.0.0.0/24"])
    result = function.handler({}, None, ec2=ec2)
    assert ec2.calls == [("revoke", ["7.0.0.0/24"]), ("authorize", ["3.0.0.0/24"])]
    assert result == {"added": 1, "removed": 1, "total": 2}
