// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.globalaccelerator;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Create a cross-account attachment in AWS Global Accelerator . You create a cross-account
 * attachment to specify the <em>principals</em> who have permission to work with <em>resources</em>
 * in accelerators in their own account. You specify, in the same attachment, the resources that are
 * shared.
 *
 * <p>A principal can be an AWS account number or the Amazon Resource Name (ARN) for an accelerator.
 * For account numbers that are listed as principals, to work with a resource listed in the
 * attachment, you must sign in to an account specified as a principal. Then, you can work with
 * resources that are listed, with any of your accelerators. If an accelerator ARN is listed in the
 * cross-account attachment as a principal, anyone with permission to make updates to the
 * accelerator can work with resources that are listed in the attachment.
 *
 * <p>Specify each principal and resource separately. To specify two CIDR address pools, list them
 * individually under <code>Resources</code> , and so on. For a command line operation, for example,
 * you might use a statement like the following:
 *
 * <p><code>"Resources": [{"Cidr": "169.254.60.0/24"},{"Cidr": "169.254.59.0/24"}]</code>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/cross-account-resources.html">Working
 * with cross-account attachments and resources in AWS Global Accelerator</a> in the <em>AWS Global
 * Accelerator Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::GlobalAccelerator::CrossAccountAttachment}.
 */
public final class CrossAccountAttachment extends io.tropo4j.core.Resource<CrossAccountAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::CrossAccountAttachment")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]{0,64}$").minLength(1).maxLength(64))
      .constrain("Principals", Constraint.of().pattern("^(^\\d{12}$|arn:.*)$").minLength(0).maxLength(256))
      .refYields("AttachmentArn")
      .attributes("AttachmentArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CrossAccountAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the cross-account attachment.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]{0,64}$}. CloudFormation
   * property {@code Name}.
   */
  public CrossAccountAttachment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CrossAccountAttachment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The principals included in the cross-account attachment.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^(^&#92;d{12}$|arn:.*)$}. CloudFormation
   * property {@code Principals}.
   */
  public CrossAccountAttachment principals(List<String> value) {
    return set("Principals", Value.listOf(value));
  }

  /** Sets {@code Principals} to this value; see {@link #principals(List)}. */
  public CrossAccountAttachment principals(Value<List<String>> value) {
    return set("Principals", value);
  }

  /**
   * The resources included in the cross-account attachment.
   *
   * <p>CloudFormation property {@code Resources}.
   */
  public CrossAccountAttachment resources(List<Resource> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public CrossAccountAttachment resources(Value<List<Resource>> value) {
    return set("Resources", value);
  }

  /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
  public CrossAccountAttachment resources(Resource... values) {
    return set("Resources", Value.list(values));
  }

  /**
   * Add tags for a cross-account attachment.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/tagging-in-global-accelerator.html">Tagging
   * in AWS Global Accelerator</a> in the <em>AWS Global Accelerator Developer Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CrossAccountAttachment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CrossAccountAttachment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CrossAccountAttachment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the cross-account attachment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentArn}.
   */
  public Value<String> attachmentArn() {
    return getAtt("AttachmentArn");
  }

  /**
   * A resource is one of the following: the ARN for an AWS resource that is supported by AWS Global
   * Accelerator to be added as an endpoint, or a CIDR range that specifies a bring your own IP
   * (BYOIP) address pool.
   *
   * <p>Property type {@code AWS::GlobalAccelerator::CrossAccountAttachment.Resource}.
   */
  public static final class Resource extends Struct<Resource> {
    private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::CrossAccountAttachment.Resource")
        .constrain("Cidr", Constraint.of().minLength(0).maxLength(255).format("ipv4-network"))
        .constrain("EndpointId", Constraint.of().minLength(0).maxLength(255))
        .constrain("Region", Constraint.of().minLength(0).maxLength(255))
        .build();

    public Resource() {
      super(SCHEMA);
    }

    /**
     * An IP address range, in CIDR format, that is specified as resource. The address must be
     * provisioned and advertised in AWS Global Accelerator by following the bring your own IP
     * address (BYOIP) process for Global Accelerator
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/using-byoip.html">Bring your
     * own IP addresses (BYOIP)</a> in the AWS Global Accelerator Developer Guide.
     *
     * <p>Length: 0 to 255 characters. Format: {@code ipv4-network}. CloudFormation property {@code
     * Cidr}.
     */
    public Resource cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public Resource cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * The endpoint ID for the endpoint that is specified as a AWS resource.
     *
     * <p>An endpoint ID for the cross-account feature is the ARN of an AWS resource, such as a
     * Network Load Balancer, that Global Accelerator supports as an endpoint for an accelerator.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code EndpointId}.
     */
    public Resource endpointId(String value) {
      return set("EndpointId", Value.of(value));
    }

    /** Sets {@code EndpointId} to this value; see {@link #endpointId(String)}. */
    public Resource endpointId(Value<String> value) {
      return set("EndpointId", value);
    }

    /**
     * The AWS Region where a shared endpoint resource is located.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Region}.
     */
    public Resource region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public Resource region(Value<String> value) {
      return set("Region", value);
    }
  }
}
