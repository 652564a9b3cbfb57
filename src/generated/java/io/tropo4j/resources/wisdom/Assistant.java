// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wisdom;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an Connect Customer Wisdom assistant.
 *
 * <p>CloudFormation type {@code AWS::Wisdom::Assistant}.
 */
public final class Assistant extends Resource<Assistant> {
  private static final Schema SCHEMA = Schema.builder("AWS::Wisdom::Assistant")
      .required("Name", "Type")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\s_.,-]+").minLength(1).maxLength(255))
      .allowed("Type", "AGENT")
      .refYields("AssistantId")
      .attributes("AssistantArn", "AssistantId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Assistant(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the assistant.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Description}.
   */
  public Assistant description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Assistant description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the assistant.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;s_.,-]+}. CloudFormation property {@code Name}.
   */
  public Assistant name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Assistant name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The configuration information for the customer managed key used for encryption. The customer
   * managed key must have a policy that allows <code>kms:CreateGrant</code> and
   * <code>kms:DescribeKey</code> permissions to the IAM identity using the key to invoke Wisdom. To
   * use Wisdom with chat, the key policy must also allow <code>kms:Decrypt</code> ,
   * <code>kms:GenerateDataKey*</code> , and <code>kms:DescribeKey</code> permissions to the
   * <code>connect.amazonaws.com</code> service principal. For more information about setting up a
   * customer managed key for Wisdom, see <a
   * href="https://docs.aws.amazon.com/connect/latest/adminguide/enable-wisdom.html">Enable Connect
   * Customer Wisdom for your instance</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ServerSideEncryptionConfiguration}.
   */
  public Assistant serverSideEncryptionConfiguration(Value<ServerSideEncryptionConfiguration> value) {
    return set("ServerSideEncryptionConfiguration", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Assistant tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Assistant tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Assistant tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of assistant.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code AGENT}. CloudFormation
   * property {@code Type}.
   */
  public Assistant typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Assistant typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the assistant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantArn}.
   */
  public Value<String> assistantArn() {
    return getAtt("AssistantArn");
  }

  /**
   * The ID of the Wisdom assistant.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssistantId}.
   */
  public Value<String> assistantId() {
    return getAtt("AssistantId");
  }

  /**
   * The configuration information for the customer managed key used for encryption.
   *
   * <p>Property type {@code AWS::Wisdom::Assistant.ServerSideEncryptionConfiguration}.
   */
  public static final class ServerSideEncryptionConfiguration extends Struct<ServerSideEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Wisdom::Assistant.ServerSideEncryptionConfiguration");

    public ServerSideEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The customer managed key used for encryption. The customer managed key must have a policy
     * that allows <code>kms:CreateGrant</code> and <code>kms:DescribeKey</code> permissions to the
     * IAM identity using the key to invoke Wisdom. To use Wisdom with chat, the key policy must
     * also allow <code>kms:Decrypt</code> , <code>kms:GenerateDataKey*</code> , and
     * <code>kms:DescribeKey</code> permissions to the <code>connect.amazonaws.com</code> service
     * principal. For more information about setting up a customer managed key for Wisdom, see <a
     * href="https://docs.aws.amazon.com/connect/latest/adminguide/enable-wisdom.html">Enable
     * Connect Customer Wisdom for your instance</a> . For information about valid ID values, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id">Key
     * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public ServerSideEncryptionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public ServerSideEncryptionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }
}
