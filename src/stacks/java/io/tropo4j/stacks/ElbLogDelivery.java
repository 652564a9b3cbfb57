package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Template;
import io.tropo4j.fn.ConditionExpr;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Principal;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bucket policy that lets Elastic Load Balancing write access logs. Regions that opened before
 * August 2022 deliver from an Elastic Load Balancing account of the region; later regions from the
 * service principal {@code logdelivery.elasticloadbalancing.amazonaws.com}. The template chooses at
 * deploy time, so one template works in every region.
 */
final class ElbLogDelivery {
  /** The log-delivery accounts of the regions that predate the service principal. */
  static final Map<String, String> LEGACY_ACCOUNTS = new TreeMap<>(Map.ofEntries(
      Map.entry("af-south-1", "098369216593"), Map.entry("ap-east-1", "754344448648"),
      Map.entry("ap-northeast-1", "582318560864"), Map.entry("ap-northeast-2", "600734575887"),
      Map.entry("ap-northeast-3", "383597477331"), Map.entry("ap-south-1", "718504428378"),
      Map.entry("ap-southeast-1", "114774131450"), Map.entry("ap-southeast-2", "783225319266"),
      Map.entry("ap-southeast-3", "589379963580"), Map.entry("ca-central-1", "985666609251"),
      Map.entry("eu-central-1", "054676820928"), Map.entry("eu-north-1", "897822967062"),
      Map.entry("eu-south-1", "635631232127"), Map.entry("eu-west-1", "156460612806"),
      Map.entry("eu-west-2", "652711504416"), Map.entry("eu-west-3", "009996457667"),
      Map.entry("me-south-1", "076674570225"), Map.entry("sa-east-1", "507241528517"),
      Map.entry("us-east-1", "127311923021"), Map.entry("us-east-2", "033677994240"),
      Map.entry("us-gov-east-1", "190560391635"), Map.entry("us-gov-west-1", "048591011584"),
      Map.entry("us-west-1", "027434742980"), Map.entry("us-west-2", "797873946194")));

  private ElbLogDelivery() {}

  /**
   * Adds the mapping, the condition and the policy that lets load balancers write under
   * {@code prefix/AWSLogs/<account>/} of the bucket, and refuses any request not over TLS.
   */
  static BucketPolicy policy(Template t, String logicalId, Bucket bucket, String prefix) {
    Mapping accounts = t.add(new Mapping("ElbLogDeliveryAccounts"));
    List<ConditionExpr> regions = new ArrayList<>();
    for (Map.Entry<String, String> legacyAccount : LEGACY_ACCOUNTS.entrySet()) {
      accounts.put(legacyAccount.getKey(), "AccountId", legacyAccount.getValue());
      regions.add(Fn.equals(Pseudo.REGION, legacyAccount.getKey()));
    }
    Condition legacy = t.add(new Condition("ElbLogDeliveryFromAccount", anyOf(regions)));

    Principal principal = Principal.of(Fn.ifThen(legacy,
        Principal.aws(Fn.sub("arn:${AWS::Partition}:iam::${Account}:root",
            Map.of("Account", accounts.find(Pseudo.REGION, "AccountId")))).json(),
        Principal.service("logdelivery.elasticloadbalancing.amazonaws.com").json()));
    return t.add(new BucketPolicy(logicalId).bucket(bucket).policyDocument(Policy.document(List.of(
        Statement.allow(S3.PUT_OBJECT).sid("LoadBalancerAccessLogs").principal(principal)
            .on(Fn.sub("${" + bucket.logicalId() + ".Arn}/" + prefix + "/AWSLogs/${AWS::AccountId}/*")).json(),
        Buckets.tlsOnly(bucket)))));
  }

  /** The attributes that send a load balancer's access logs under the prefix of the bucket, then the others. */
  static List<LoadBalancer.LoadBalancerAttribute> withAccessLogs(Bucket bucket, String prefix,
      LoadBalancer.LoadBalancerAttribute... others) {
    List<LoadBalancer.LoadBalancerAttribute> attributes = new ArrayList<>(List.of(
        LoadBalancing.attribute("access_logs.s3.enabled", "true"),
        LoadBalancing.attribute("access_logs.s3.bucket", bucket.ref()),
        LoadBalancing.attribute("access_logs.s3.prefix", prefix)));
    attributes.addAll(List.of(others));
    return attributes;
  }

  /** Fn::Or of any number of conditions; Fn::Or itself takes at most ten. */
  static ConditionExpr anyOf(List<ConditionExpr> conditions) {
    if (conditions.size() == 1) {
      return conditions.get(0);
    }
    if (conditions.size() <= 10) {
      return Fn.or(conditions.toArray(new ConditionExpr[0]));
    }
    List<ConditionExpr> groups = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i += 10) {
      groups.add(anyOf(conditions.subList(i, Math.min(i + 10, conditions.size()))));
    }
    return anyOf(groups);
  }
}
