package io.tropo4j.stacks;

import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Template;
import io.tropo4j.core.Scanner;
import io.tropo4j.core.UpdateReplacePolicy;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.secretsmanager.Secret;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes a load balancer private to CloudFront: its security group admits CloudFront's
 * origin-facing addresses only, and its listener forwards only requests that carry a header whose
 * value is a secret CloudFront adds. Either alone is weaker: the addresses are every CloudFront
 * distribution's, and a header alone does not keep anyone from the listener.
 */
final class CloudFrontOrigin {
  /** The header CloudFront adds to every request it sends the origin. */
  static final String HEADER = "X-Origin-Verify";

  /**
   * The AWS-managed prefix list com.amazonaws.global.cloudfront.origin-facing, by region: a template
   * cannot look a managed prefix list up by name, and its ID differs from region to region. A stack
   * in a region missing here fails at once, naming the mapping.
   */
  static final Map<String, String> PREFIX_LISTS = new TreeMap<>(Map.ofEntries(
      Map.entry("ap-northeast-1", "pl-58a04531"), Map.entry("ap-northeast-2", "pl-22a6434b"),
      Map.entry("ap-south-1", "pl-9aa247f3"), Map.entry("ap-southeast-1", "pl-31a34658"),
      Map.entry("ap-southeast-2", "pl-b8a742d1"), Map.entry("ca-central-1", "pl-38a64351"),
      Map.entry("eu-central-1", "pl-a3a144ca"), Map.entry("eu-north-1", "pl-fab65393"),
      Map.entry("eu-west-1", "pl-4fa04526"), Map.entry("eu-west-2", "pl-93a247fa"),
      Map.entry("eu-west-3", "pl-75b1541c"), Map.entry("sa-east-1", "pl-5da64334"),
      Map.entry("us-east-1", "pl-3b927c52"), Map.entry("us-east-2", "pl-b6a144df"),
      Map.entry("us-west-1", "pl-4ea04527"), Map.entry("us-west-2", "pl-82a045eb")));

  private CloudFrontOrigin() {}

  /** Adds the mapping; the ID of the region's origin-facing prefix list. */
  static Value<String> prefixListId(Template t) {
    Mapping lists = t.add(new Mapping("CloudFrontOriginFacingPrefixLists"));
    for (Map.Entry<String, String> list : PREFIX_LISTS.entrySet()) {
      lists.put(list.getKey(), "PrefixListId", list.getValue());
    }
    return lists.find(Pseudo.REGION, "PrefixListId");
  }

  /**
   * The header's value, made by Secrets Manager when the stack is created: 32 letters and digits
   * (no punctuation, so no character the listener rule would read as a wildcard). It guards nothing
   * once the stack is gone, so it goes with it.
   */
  static Secret secret(Template t, String logicalId) {
    return t.add(new Secret(logicalId)
        .description(Fn.sub("${AWS::StackName}: the header CloudFront adds, which the load balancer requires"))
        .generateSecretString(new Secret.GenerateSecretString().passwordLength(32).excludePunctuation(true))
        .deletionPolicy(DeletionPolicy.DELETE).updateReplacePolicy(UpdateReplacePolicy.DELETE)
        .exempt(Scanner.CHECKOV, "CKV_AWS_149", "A random header token under the AWS-managed key, which no role of "
            + "the stack may read; a customer key would add key management without narrowing who reads it"));
  }

  /** The secret's value as a dynamic reference, which CloudFormation resolves when it deploys; never template text. */
  static Value<String> value(Secret secret) {
    return Fn.sub("{{resolve:secretsmanager:${" + secret.logicalId() + "}:SecretString}}");
  }
}
