// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::MediaConnect::FlowEntitlement</code> resource defines the permission that an AWS
 * account grants to another AWS account to allow access to the content in a specific AWS Elemental
 * MediaConnect flow. The content originator grants an entitlement to a specific AWS account (the
 * subscriber). When an entitlement is granted, the subscriber can create a flow using the
 * originator's flow as the source. Each flow can have up to 50 entitlements.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::FlowEntitlement}.
 */
public final class FlowEntitlement extends Resource<FlowEntitlement> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowEntitlement")
      .required("Description", "FlowArn", "Name", "Subscribers")
      .allowed("EntitlementStatus", "ENABLED", "DISABLED")
      .refYields("EntitlementArn")
      .attributes("EntitlementArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FlowEntitlement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The percentage of the entitlement data transfer fee that you want the subscriber to be
   * responsible for.
   *
   * <p>Changing it replaces the resource. Default: {@code 0}. CloudFormation property {@code
   * DataTransferSubscriberFeePercent}.
   */
  public FlowEntitlement dataTransferSubscriberFeePercent(int value) {
    return set("DataTransferSubscriberFeePercent", Value.of(value));
  }

  /**
   * Sets {@code DataTransferSubscriberFeePercent} to this value; see {@link
   * #dataTransferSubscriberFeePercent(int)}.
   */
  public FlowEntitlement dataTransferSubscriberFeePercent(Value<Integer> value) {
    return set("DataTransferSubscriberFeePercent", value);
  }

  /**
   * A description of the entitlement. This description appears only on the MediaConnect console and
   * is not visible outside of the current AWS account.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public FlowEntitlement description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FlowEntitlement description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Encryption information.
   *
   * <p>CloudFormation property {@code Encryption}.
   */
  public FlowEntitlement encryption(Value<Encryption> value) {
    return set("Encryption", value);
  }

  /**
   * An indication of whether the new entitlement should be enabled or disabled as soon as it is
   * created. If you don’t specify the entitlementStatus field in your request, MediaConnect sets it
   * to ENABLED.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * EntitlementStatus}.
   */
  public FlowEntitlement entitlementStatus(String value) {
    return set("EntitlementStatus", Value.of(value));
  }

  /** Sets {@code EntitlementStatus} to this value; see {@link #entitlementStatus(String)}. */
  public FlowEntitlement entitlementStatus(Value<String> value) {
    return set("EntitlementStatus", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code FlowArn}.
   */
  public FlowEntitlement flowArn(String value) {
    return set("FlowArn", Value.of(value));
  }

  /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
  public FlowEntitlement flowArn(Value<String> value) {
    return set("FlowArn", value);
  }

  /**
   * The name of the entitlement. This value must be unique within the current flow.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public FlowEntitlement name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FlowEntitlement name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The AWS account IDs that you want to share your content with. The receiving accounts
   * (subscribers) will be allowed to create their own flows using your content as the source.
   *
   * <p>Required. CloudFormation property {@code Subscribers}.
   */
  public FlowEntitlement subscribers(List<String> value) {
    return set("Subscribers", Value.listOf(value));
  }

  /** Sets {@code Subscribers} to this value; see {@link #subscribers(List)}. */
  public FlowEntitlement subscribers(Value<List<String>> value) {
    return set("Subscribers", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this flow entitlement.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowEntitlement tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FlowEntitlement tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FlowEntitlement tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The entitlement ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EntitlementArn}.
   */
  public Value<String> entitlementArn() {
    return getAtt("EntitlementArn");
  }

  /**
   * Encryption information.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowEntitlement.Encryption}.
   */
  public static final class Encryption extends Struct<Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowEntitlement.Encryption")
        .required("Algorithm", "RoleArn")
        .allowed("Algorithm", "aes128", "aes192", "aes256")
        .allowed("KeyType", "speke", "static-key")
        .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$").format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+$"))
        .build();

    public Encryption() {
      super(SCHEMA);
    }

    /**
     * The type of algorithm that is used for static key encryption (such as aes128, aes192, or
     * aes256). If you are using SPEKE or SRT-password encryption, this property must be left blank.
     *
     * <p>Required. Allowed values: {@code aes128}, {@code aes192}, {@code aes256}. CloudFormation
     * property {@code Algorithm}.
     */
    public Encryption algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public Encryption algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /**
     * A 128-bit, 16-byte hex value represented by a 32-character string, to be used with the key
     * for encrypting content. This parameter is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code ConstantInitializationVector}.
     */
    public Encryption constantInitializationVector(String value) {
      return set("ConstantInitializationVector", Value.of(value));
    }

    /**
     * Sets {@code ConstantInitializationVector} to this value; see {@link
     * #constantInitializationVector(String)}.
     */
    public Encryption constantInitializationVector(Value<String> value) {
      return set("ConstantInitializationVector", value);
    }

    /**
     * The value of one of the devices that you configured with your digital rights management (DRM)
     * platform key provider. This parameter is required for SPEKE encryption and is not valid for
     * static key encryption.
     *
     * <p>CloudFormation property {@code DeviceId}.
     */
    public Encryption deviceId(String value) {
      return set("DeviceId", Value.of(value));
    }

    /** Sets {@code DeviceId} to this value; see {@link #deviceId(String)}. */
    public Encryption deviceId(Value<String> value) {
      return set("DeviceId", value);
    }

    /**
     * The type of key that is used for the encryption. If you don't specify a <code>keyType</code>
     * value, the service uses the default setting ( <code>static-key</code> ). Valid key types are:
     * <code>static-key</code> , <code>speke</code> , and <code>srt-password</code> .
     *
     * <p>Allowed values: {@code speke}, {@code static-key}. Default: {@code "static-key"}.
     * CloudFormation property {@code KeyType}.
     */
    public Encryption keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public Encryption keyType(Value<String> value) {
      return set("KeyType", value);
    }

    /**
     * The AWS Region that the API Gateway proxy endpoint was created in. This parameter is required
     * for SPEKE encryption and is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public Encryption region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public Encryption region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * An identifier for the content. The service sends this value to the key server to identify the
     * current endpoint. The resource ID is also known as the content ID. This parameter is required
     * for SPEKE encryption and is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public Encryption resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public Encryption resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The ARN of the role that you created during setup (when you set up MediaConnect as a trusted
     * entity).
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.&#64;-]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public Encryption roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public Encryption roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ARN of the secret that you created in AWS Secrets Manager to store the encryption key.
     * This parameter is required for static key encryption and is not valid for SPEKE encryption.
     *
     * <p>Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.&#64;-]+$}.
     * CloudFormation property {@code SecretArn}.
     */
    public Encryption secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public Encryption secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The URL from the API Gateway proxy that you set up to talk to your key server. This parameter
     * is required for SPEKE encryption and is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public Encryption url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public Encryption url(Value<String> value) {
      return set("Url", value);
    }
  }
}
