package io.tropo4j.stacks;

import io.tropo4j.core.Parameter;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.certificatemanager.Certificate;
import io.tropo4j.resources.route53.RecordSet;
import java.util.ArrayList;
import java.util.List;

/** What the stacks with a domain share: a certificate validated in their hosted zone, and alias records. */
final class Dns {
  /** The hosted zone of every CloudFront distribution, for alias records. */
  static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

  private Dns() {}

  /**
   * A public certificate for the names, validated through DNS records that CloudFormation writes in
   * the hosted zone itself, so the stack needs no manual step.
   */
  @SafeVarargs
  static Certificate certificate(Template t, String logicalId, Parameter<String> zone, Value<String> name,
      Value<String>... alternativeNames) {
    List<Certificate.DomainValidationOption> validations = new ArrayList<>();
    validations.add(new Certificate.DomainValidationOption().domainName(name).hostedZoneId(zone.ref()));
    List<Value<String>> alternatives = new ArrayList<>();
    for (Value<String> alternative : alternativeNames) {
      validations.add(new Certificate.DomainValidationOption().domainName(alternative).hostedZoneId(zone.ref()));
      alternatives.add(alternative);
    }
    Certificate certificate = new Certificate(logicalId).domainName(name).validationMethod("DNS")
        .domainValidationOptions(validations);
    if (!alternatives.isEmpty()) {
      certificate.subjectAlternativeNames(Value.list(alternatives));
    }
    return t.add(certificate);
  }

  /** An A record in the zone that aliases a distribution, whose zone is CloudFront's. */
  static RecordSet alias(Template t, String logicalId, Parameter<String> zone, Value<String> name,
      Value<String> targetDnsName, String targetZone) {
    return alias(t, logicalId, zone, name, targetDnsName, Value.of(targetZone));
  }

  /** An A record in the zone that aliases a load balancer or distribution. */
  static RecordSet alias(Template t, String logicalId, Parameter<String> zone, Value<String> name,
      Value<String> targetDnsName, Value<String> targetZone) {
    return t.add(new RecordSet(logicalId).hostedZoneId(zone.ref()).name(name).typeProperty("A")
        .aliasTarget(new RecordSet.AliasTarget().dnsName(targetDnsName).hostedZoneId(targetZone)));
  }
}
