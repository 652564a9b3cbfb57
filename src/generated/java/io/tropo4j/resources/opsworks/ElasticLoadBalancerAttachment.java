// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-elbattachment.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::ElasticLoadBalancerAttachment}.
 */
public final class ElasticLoadBalancerAttachment extends Resource<ElasticLoadBalancerAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::ElasticLoadBalancerAttachment")
      .required("ElasticLoadBalancerName", "LayerId")
      .build();

  public ElasticLoadBalancerAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Elastic Load Balancing instance name.
   *
   * <p>Required. CloudFormation property {@code ElasticLoadBalancerName}.
   */
  public ElasticLoadBalancerAttachment elasticLoadBalancerName(String value) {
    return set("ElasticLoadBalancerName", Value.of(value));
  }

  /**
   * Sets {@code ElasticLoadBalancerName} to this value; see {@link
   * #elasticLoadBalancerName(String)}.
   */
  public ElasticLoadBalancerAttachment elasticLoadBalancerName(Value<String> value) {
    return set("ElasticLoadBalancerName", value);
  }

  /**
   * The OpsWorks layer ID to which the Elastic Load Balancing load balancer is attached.
   *
   * <p>Required. CloudFormation property {@code LayerId}.
   */
  public ElasticLoadBalancerAttachment layerId(String value) {
    return set("LayerId", Value.of(value));
  }

  /** Sets {@code LayerId} to this value; see {@link #layerId(String)}. */
  public ElasticLoadBalancerAttachment layerId(Value<String> value) {
    return set("LayerId", value);
  }
}
