// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * A conformance pack is a collection of AWS Config rules and remediation actions that can be easily
 * deployed in an account and a region. ConformancePack creates a service linked role in your
 * account. The service linked role is created only when the role does not exist in your account.
 *
 * <p>CloudFormation type {@code AWS::Config::ConformancePack}.
 */
public final class ConformancePack extends Resource<ConformancePack> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::ConformancePack")
      .required("ConformancePackName")
      .constrain("ConformancePackName", Constraint.of().pattern("[a-zA-Z][-a-zA-Z0-9]*").minLength(1).maxLength(256))
      .constrain("DeliveryS3Bucket", Constraint.of().minLength(0).maxLength(63))
      .references("DeliveryS3Bucket", "AWS::S3::Bucket.Ref")
      .constrain("DeliveryS3KeyPrefix", Constraint.of().minLength(0).maxLength(1024))
      .constrain("TemplateBody", Constraint.of().minLength(1).maxLength(51200))
      .constrain("TemplateS3Uri", Constraint.of().pattern("s3://.*").minLength(1).maxLength(1024))
      .refYields("ConformancePackName")
      .attributes("ConformancePackArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConformancePack(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of ConformancePackInputParameter objects.
   *
   * <p>CloudFormation property {@code ConformancePackInputParameters}.
   */
  public ConformancePack conformancePackInputParameters(List<ConformancePackInputParameter> value) {
    return set("ConformancePackInputParameters", Value.listOf(value));
  }

  /**
   * Sets {@code ConformancePackInputParameters} to this value; see {@link
   * #conformancePackInputParameters(List)}.
   */
  public ConformancePack conformancePackInputParameters(Value<List<ConformancePackInputParameter>> value) {
    return set("ConformancePackInputParameters", value);
  }

  /**
   * Sets {@code ConformancePackInputParameters} to a list of these; see {@link
   * #conformancePackInputParameters(List)}.
   */
  public ConformancePack conformancePackInputParameters(ConformancePackInputParameter... values) {
    return set("ConformancePackInputParameters", Value.list(values));
  }

  /**
   * Name of the conformance pack you want to create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z][-a-zA-Z0-9]*}. CloudFormation property {@code ConformancePackName}.
   */
  public ConformancePack conformancePackName(String value) {
    return set("ConformancePackName", Value.of(value));
  }

  /** Sets {@code ConformancePackName} to this value; see {@link #conformancePackName(String)}. */
  public ConformancePack conformancePackName(Value<String> value) {
    return set("ConformancePackName", value);
  }

  /**
   * The name of the Amazon S3 bucket where AWS Config stores conformance pack templates.
   *
   * <p>Length: 0 to 63 characters. CloudFormation property {@code DeliveryS3Bucket}.
   */
  public ConformancePack deliveryS3Bucket(String value) {
    return set("DeliveryS3Bucket", Value.of(value));
  }

  /** Sets {@code DeliveryS3Bucket} to this value; see {@link #deliveryS3Bucket(String)}. */
  public ConformancePack deliveryS3Bucket(Value<String> value) {
    return set("DeliveryS3Bucket", value);
  }

  /**
   * Sets {@code DeliveryS3Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link
   * #deliveryS3Bucket(String)}.
   */
  public ConformancePack deliveryS3Bucket(Bucket resource) {
    return set("DeliveryS3Bucket", resource.ref());
  }

  /**
   * The prefix for the Amazon S3 bucket.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code DeliveryS3KeyPrefix}.
   */
  public ConformancePack deliveryS3KeyPrefix(String value) {
    return set("DeliveryS3KeyPrefix", Value.of(value));
  }

  /** Sets {@code DeliveryS3KeyPrefix} to this value; see {@link #deliveryS3KeyPrefix(String)}. */
  public ConformancePack deliveryS3KeyPrefix(Value<String> value) {
    return set("DeliveryS3KeyPrefix", value);
  }

  /**
   * The tags for the conformance pack.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConformancePack tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConformancePack tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConformancePack tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A string containing full conformance pack template body. Structure containing the template body
   * with a minimum length of 1 byte and a maximum length of 51,200 bytes.
   *
   * <p>You can only use a YAML template with two resource types: config rule (
   * <code>AWS::Config::ConfigRule</code> ) and a remediation action (
   * <code>AWS::Config::RemediationConfiguration</code> ).
   *
   * <p>Length: 1 to 51200 characters. CloudFormation property {@code TemplateBody}.
   */
  public ConformancePack templateBody(String value) {
    return set("TemplateBody", Value.of(value));
  }

  /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
  public ConformancePack templateBody(Value<String> value) {
    return set("TemplateBody", value);
  }

  /**
   * Location of file containing the template body (s3://bucketname/prefix). The uri must point to
   * the conformance pack template (max size: 300 KB) that is located in an Amazon S3 bucket.
   *
   * <p>You must have access to read Amazon S3 bucket.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code s3://.*}. CloudFormation property {@code
   * TemplateS3Uri}.
   */
  public ConformancePack templateS3Uri(String value) {
    return set("TemplateS3Uri", Value.of(value));
  }

  /** Sets {@code TemplateS3Uri} to this value; see {@link #templateS3Uri(String)}. */
  public ConformancePack templateS3Uri(Value<String> value) {
    return set("TemplateS3Uri", value);
  }

  /**
   * An object that contains the name or Amazon Resource Name (ARN) of the AWS Systems Manager
   * document (SSM document) and the version of the SSM document that is used to create a
   * conformance pack.
   *
   * <p>CloudFormation property {@code TemplateSSMDocumentDetails}.
   */
  public ConformancePack templateSSMDocumentDetails(Value<TemplateSSMDocumentDetails> value) {
    return set("TemplateSSMDocumentDetails", value);
  }

  /**
   * Amazon Resource Name (ARN) of the conformance pack.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConformancePackArn}.
   */
  public Value<String> conformancePackArn() {
    return getAtt("ConformancePackArn");
  }

  /**
   * Input parameters in the form of key-value pairs for the conformance pack, both of which you
   * define. Keys can have a maximum character length of 255 characters, and values can have a
   * maximum length of 4096 characters.
   *
   * <p>Property type {@code AWS::Config::ConformancePack.ConformancePackInputParameter}.
   */
  public static final class ConformancePackInputParameter extends Struct<ConformancePackInputParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConformancePack.ConformancePackInputParameter")
        .required("ParameterName", "ParameterValue")
        .constrain("ParameterName", Constraint.of().minLength(0).maxLength(255))
        .constrain("ParameterValue", Constraint.of().minLength(0).maxLength(4096))
        .build();

    public ConformancePackInputParameter() {
      super(SCHEMA);
    }

    /**
     * One part of a key-value pair.
     *
     * <p>Required. Length: 0 to 255 characters. CloudFormation property {@code ParameterName}.
     */
    public ConformancePackInputParameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public ConformancePackInputParameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * Another part of the key-value pair.
     *
     * <p>Required. Length: 0 to 4096 characters. CloudFormation property {@code ParameterValue}.
     */
    public ConformancePackInputParameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public ConformancePackInputParameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }

  /**
   * This API allows you to create a conformance pack template with an AWS Systems Manager document
   * (SSM document). To deploy a conformance pack using an SSM document, first create an SSM
   * document with conformance pack content, and then provide the <code>DocumentName</code> in the
   * <a
   * href="https://docs.aws.amazon.com/config/latest/APIReference/API_PutConformancePack.html">PutConformancePack
   * API</a> . You can also provide the <code>DocumentVersion</code> .
   *
   * <p>The <code>TemplateSSMDocumentDetails</code> object contains the name of the SSM document and
   * the version of the SSM document.
   *
   * <p>Property type {@code AWS::Config::ConformancePack.TemplateSSMDocumentDetails}.
   */
  public static final class TemplateSSMDocumentDetails extends Struct<TemplateSSMDocumentDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConformancePack.TemplateSSMDocumentDetails")
        .constrain("DocumentName", Constraint.of().pattern("^[a-zA-Z0-9_\\-.:/]{3,200}$").minLength(3).maxLength(128))
        .constrain("DocumentVersion", Constraint.of().pattern("^([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)$").minLength(1).maxLength(128))
        .build();

    public TemplateSSMDocumentDetails() {
      super(SCHEMA);
    }

    /**
     * The name or Amazon Resource Name (ARN) of the SSM document to use to create a conformance
     * pack. If you use the document name, AWS Config checks only your account and AWS Region for
     * the SSM document.
     *
     * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-.:/]{3,200}$}.
     * CloudFormation property {@code DocumentName}.
     */
    public TemplateSSMDocumentDetails documentName(String value) {
      return set("DocumentName", Value.of(value));
    }

    /** Sets {@code DocumentName} to this value; see {@link #documentName(String)}. */
    public TemplateSSMDocumentDetails documentName(Value<String> value) {
      return set("DocumentName", value);
    }

    /**
     * The version of the SSM document to use to create a conformance pack. By default, AWS Config
     * uses the latest version.
     *
     * <p>This field is optional.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)$}.
     * CloudFormation property {@code DocumentVersion}.
     */
    public TemplateSSMDocumentDetails documentVersion(String value) {
      return set("DocumentVersion", Value.of(value));
    }

    /** Sets {@code DocumentVersion} to this value; see {@link #documentVersion(String)}. */
    public TemplateSSMDocumentDetails documentVersion(Value<String> value) {
      return set("DocumentVersion", value);
    }
  }
}
