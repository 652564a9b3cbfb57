package io.tropo4j.stacks;

import io.tropo4j.core.Template;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.elasticloadbalancingv2.Listener;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;

/** The listener pieces the load-balanced stacks share: HTTPS with a current TLS policy, and HTTP sent there. */
final class LoadBalancing {
  /** TLS 1.3 and 1.2 only, with forward secrecy: the policy AWS recommends for new listeners. */
  static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

  private LoadBalancing() {}

  /** A public load balancer's group: HTTPS from anywhere, and HTTP only so the listener can redirect it. */
  static SecurityGroup publicWebGroup(String logicalId, Value<String> vpcId) {
    return Justified.publicWebEntrance(new SecurityGroup(logicalId)
        .groupDescription("HTTP and HTTPS from anywhere to the load balancer").vpcId(vpcId)
        .securityGroupIngress(
            new SecurityGroup.Ingress().description("HTTP, redirected to HTTPS").ipProtocol("tcp")
                .fromPort(80).toPort(80).cidrIp("0.0.0.0/0"),
            new SecurityGroup.Ingress().description("HTTPS").ipProtocol("tcp")
                .fromPort(443).toPort(443).cidrIp("0.0.0.0/0")));
  }

  static LoadBalancer.LoadBalancerAttribute attribute(String key, Value<String> value) {
    return new LoadBalancer.LoadBalancerAttribute().key(key).value(value);
  }

  static LoadBalancer.LoadBalancerAttribute attribute(String key, String value) {
    return new LoadBalancer.LoadBalancerAttribute().key(key).value(value);
  }

  /** Requests with header names that are not valid HTTP are dropped rather than passed to the targets. */
  static LoadBalancer.LoadBalancerAttribute dropInvalidHeaders() {
    return attribute("routing.http.drop_invalid_header_fields.enabled", "true");
  }

  static Listener.Action forward(TargetGroup targets) {
    return new Listener.Action().type("forward").targetGroupArn(targets);
  }

  /** A permanent redirect to the same host and path over HTTPS. */
  static Listener.Action redirectToHttps() {
    return new Listener.Action().type("redirect").redirectConfig(new Listener.RedirectConfig()
        .protocol("HTTPS").port("443").statusCode("HTTP_301"));
  }

  static Listener https(Template t, String logicalId, LoadBalancer lb, Value<String> certificateArn, TargetGroup targets) {
    return t.add(new Listener(logicalId).loadBalancerArn(lb).protocol("HTTPS").port(443)
        .sslPolicy(TLS_POLICY)
        .certificates(new Listener.Certificate().certificateArn(certificateArn))
        .defaultActions(forward(targets)));
  }
}
