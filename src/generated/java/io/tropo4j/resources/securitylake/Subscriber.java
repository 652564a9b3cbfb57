// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securitylake;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a subscriber for accounts that are already enabled in Amazon Security Lake. You can
 * create a subscriber with access to data in the current AWS Region.
 *
 * <p>CloudFormation type {@code AWS::SecurityLake::Subscriber}.
 */
public final class Subscriber extends Resource<Subscriber> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::Subscriber")
      .required("AccessTypes", "DataLakeArn", "Sources", "SubscriberIdentity", "SubscriberName")
      .allowed("AccessTypes", "LAKEFORMATION", "S3")
      .constrain("DataLakeArn", Constraint.of().minLength(1).maxLength(256))
      .constrain("SubscriberDescription", Constraint.of().pattern("^[\\\\\\w\\s\\-_:/,.@=+]*$"))
      .constrain("SubscriberName", Constraint.of().pattern("^[\\\\\\w\\s\\-_:/,.@=+]*$").minLength(1).maxLength(64))
      .refYields("SubscriberArn")
      .attributes("ResourceShareArn", "ResourceShareName", "S3BucketArn", "SubscriberArn",
          "SubscriberRoleArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Subscriber(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * You can choose to notify subscribers of new objects with an Amazon Simple Queue Service (Amazon
   * SQS) queue or through messaging to an HTTPS endpoint provided by the subscriber.
   *
   * <p>Subscribers can consume data by directly querying AWS Lake Formation tables in your Amazon
   * S3 bucket through services like Amazon Athena. This subscription type is defined as
   * <code>LAKEFORMATION</code> .
   *
   * <p>Required. Allowed values: {@code LAKEFORMATION}, {@code S3}. CloudFormation property {@code
   * AccessTypes}.
   */
  public Subscriber accessTypes(List<String> value) {
    return set("AccessTypes", Value.listOf(value));
  }

  /** Sets {@code AccessTypes} to this value; see {@link #accessTypes(List)}. */
  public Subscriber accessTypes(Value<List<String>> value) {
    return set("AccessTypes", value);
  }

  /**
   * The Amazon Resource Name (ARN) used to create the data lake.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code DataLakeArn}.
   */
  public Subscriber dataLakeArn(String value) {
    return set("DataLakeArn", Value.of(value));
  }

  /** Sets {@code DataLakeArn} to this value; see {@link #dataLakeArn(String)}. */
  public Subscriber dataLakeArn(Value<String> value) {
    return set("DataLakeArn", value);
  }

  /**
   * Amazon Security Lake supports log and event collection for natively supported AWS services .
   * For more information, see the <a
   * href="https://docs.aws.amazon.com//security-lake/latest/userguide/source-management.html">Amazon
   * Security Lake User Guide</a> .
   *
   * <p>Required. CloudFormation property {@code Sources}.
   */
  public Subscriber sources(List<Source> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public Subscriber sources(Value<List<Source>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public Subscriber sources(Source... values) {
    return set("Sources", Value.list(values));
  }

  /**
   * The subscriber descriptions for a subscriber account. The description for a subscriber includes
   * <code>subscriberName</code> , <code>accountID</code> , <code>externalID</code> , and
   * <code>subscriberId</code> .
   *
   * <p>Pattern: {@code ^[&#92;&#92;&#92;w&#92;s&#92;-_:/,.&#64;=+]*$}. CloudFormation property
   * {@code SubscriberDescription}.
   */
  public Subscriber subscriberDescription(String value) {
    return set("SubscriberDescription", Value.of(value));
  }

  /**
   * Sets {@code SubscriberDescription} to this value; see {@link #subscriberDescription(String)}.
   */
  public Subscriber subscriberDescription(Value<String> value) {
    return set("SubscriberDescription", value);
  }

  /**
   * The AWS identity used to access your data.
   *
   * <p>Required. CloudFormation property {@code SubscriberIdentity}.
   */
  public Subscriber subscriberIdentity(Value<SubscriberIdentity> value) {
    return set("SubscriberIdentity", value);
  }

  /**
   * The name of your Amazon Security Lake subscriber account.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;&#92;&#92;w&#92;s&#92;-_:/,.&#64;=+]*$}. CloudFormation property {@code SubscriberName}.
   */
  public Subscriber subscriberName(String value) {
    return set("SubscriberName", Value.of(value));
  }

  /** Sets {@code SubscriberName} to this value; see {@link #subscriberName(String)}. */
  public Subscriber subscriberName(Value<String> value) {
    return set("SubscriberName", value);
  }

  /**
   * An array of objects, one for each tag to associate with the subscriber. For each tag, you must
   * specify both a tag key and a tag value. A tag value cannot be null, but it can be an empty
   * string.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Subscriber tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Subscriber tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Subscriber tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Security Lake subscriber.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceShareArn}.
   */
  public Value<String> resourceShareArn() {
    return getAtt("ResourceShareArn");
  }

  /**
   * The ARN name of the Amazon Security Lake subscriber.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceShareName}.
   */
  public Value<String> resourceShareName() {
    return getAtt("ResourceShareName");
  }

  /**
   * The Amazon Resource Name (ARN) of the S3 bucket.
   *
   * <p>{@code Fn::GetAtt} attribute {@code S3BucketArn}.
   */
  public Value<String> s3BucketArn() {
    return getAtt("S3BucketArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the Security Lake subscriber.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscriberArn}.
   */
  public Value<String> subscriberArn() {
    return getAtt("SubscriberArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the role used to create the Security Lake subscriber.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscriberRoleArn}.
   */
  public Value<String> subscriberRoleArn() {
    return getAtt("SubscriberRoleArn");
  }

  /**
   * Adds a natively supported AWS service as an Amazon Security Lake source. Enables source types
   * for member accounts in required AWS Regions, based on the parameters you specify. You can
   * choose any source type in any Region for either accounts that are part of a trusted
   * organization or standalone accounts. Once you add an AWS service as a source, Security Lake
   * starts collecting logs and events from it.
   *
   * <p>Property type {@code AWS::SecurityLake::Subscriber.AwsLogSource}.
   */
  public static final class AwsLogSource extends Struct<AwsLogSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::Subscriber.AwsLogSource")
        .constrain("SourceVersion", Constraint.of().pattern("^(latest|[0-9]\\.[0-9])$"))
        .build();

    public AwsLogSource() {
      super(SCHEMA);
    }

    /**
     * Source name of the natively supported AWS service that is supported as an Amazon Security
     * Lake source. For the list of sources supported by Amazon Security Lake see <a
     * href="https://docs.aws.amazon.com//security-lake/latest/userguide/internal-sources.html">Collecting
     * data from AWS services</a> in the Amazon Security Lake User Guide.
     *
     * <p>CloudFormation property {@code SourceName}.
     */
    public AwsLogSource sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public AwsLogSource sourceName(Value<String> value) {
      return set("SourceName", value);
    }

    /**
     * Source version of the natively supported AWS service that is supported as an Amazon Security
     * Lake source. For more details about source versions supported by Amazon Security Lake see <a
     * href="https://docs.aws.amazon.com//security-lake/latest/userguide/open-cybersecurity-schema-framework.html#ocsf-source-identification">OCSF
     * source identification</a> in the Amazon Security Lake User Guide.
     *
     * <p>Pattern: {@code ^(latest|[0-9]&#92;.[0-9])$}. CloudFormation property {@code
     * SourceVersion}.
     */
    public AwsLogSource sourceVersion(String value) {
      return set("SourceVersion", Value.of(value));
    }

    /** Sets {@code SourceVersion} to this value; see {@link #sourceVersion(String)}. */
    public AwsLogSource sourceVersion(Value<String> value) {
      return set("SourceVersion", value);
    }
  }

  /**
   * Third-party custom log source that meets the requirements to be added to Amazon Security Lake .
   * For more details, see <a
   * href="https://docs.aws.amazon.com//security-lake/latest/userguide/custom-sources.html#iam-roles-custom-sources">Custom
   * log source</a> in the <em>Amazon Security Lake User Guide</em> .
   *
   * <p>Property type {@code AWS::SecurityLake::Subscriber.CustomLogSource}.
   */
  public static final class CustomLogSource extends Struct<CustomLogSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::Subscriber.CustomLogSource")
        .constrain("SourceName", Constraint.of().pattern("^[\\\\\\w\\-_:/.]*$").minLength(1).maxLength(64))
        .constrain("SourceVersion", Constraint.of().pattern("^[A-Za-z0-9\\-\\.\\_]*$").minLength(1).maxLength(32))
        .build();

    public CustomLogSource() {
      super(SCHEMA);
    }

    /**
     * The name of the custom log source.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[&#92;&#92;&#92;w&#92;-_:/.]*$}.
     * CloudFormation property {@code SourceName}.
     */
    public CustomLogSource sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public CustomLogSource sourceName(Value<String> value) {
      return set("SourceName", value);
    }

    /**
     * The source version of the custom log source.
     *
     * <p>Length: 1 to 32 characters. Pattern: {@code ^[A-Za-z0-9&#92;-&#92;.&#92;_]*$}.
     * CloudFormation property {@code SourceVersion}.
     */
    public CustomLogSource sourceVersion(String value) {
      return set("SourceVersion", Value.of(value));
    }

    /** Sets {@code SourceVersion} to this value; see {@link #sourceVersion(String)}. */
    public CustomLogSource sourceVersion(Value<String> value) {
      return set("SourceVersion", value);
    }
  }

  /**
   * Sources are logs and events generated from a single system that match a specific event class in
   * the Open Cybersecurity Schema Framework (OCSF) schema. Amazon Security Lake can collect logs
   * and events from a variety of sources, including natively supported AWS services and third-party
   * custom sources.
   *
   * <p>Property type {@code AWS::SecurityLake::Subscriber.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityLake::Subscriber.Source");

    public Source() {
      super(SCHEMA);
    }

    /**
     * The natively supported AWS service which is used a Amazon Security Lake source to collect
     * logs and events from.
     *
     * <p>CloudFormation property {@code AwsLogSource}.
     */
    public Source awsLogSource(Value<AwsLogSource> value) {
      return set("AwsLogSource", value);
    }

    /**
     * The custom log source AWS which is used a Amazon Security Lake source to collect logs and
     * events from.
     *
     * <p>CloudFormation property {@code CustomLogSource}.
     */
    public Source customLogSource(Value<CustomLogSource> value) {
      return set("CustomLogSource", value);
    }
  }

  /**
   * Specify the AWS account ID and external ID that the subscriber will use to access source data.
   *
   * <p>Property type {@code AWS::SecurityLake::Subscriber.SubscriberIdentity}.
   */
  public static final class SubscriberIdentity extends Struct<SubscriberIdentity> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::Subscriber.SubscriberIdentity")
        .required("ExternalId", "Principal")
        .constrain("ExternalId", Constraint.of().pattern("^[\\w+=,.@:/-]*$").minLength(2).maxLength(1224))
        .constrain("Principal", Constraint.of().pattern("^([0-9]{12}|[a-z0-9\\.\\-]*\\.(amazonaws|amazon)\\.com)$"))
        .build();

    public SubscriberIdentity() {
      super(SCHEMA);
    }

    /**
     * The external ID is a unique identifier that the subscriber provides to you.
     *
     * <p>Required. Length: 2 to 1224 characters. Pattern: {@code ^[&#92;w+=,.&#64;:/-]*$}.
     * CloudFormation property {@code ExternalId}.
     */
    public SubscriberIdentity externalId(String value) {
      return set("ExternalId", Value.of(value));
    }

    /** Sets {@code ExternalId} to this value; see {@link #externalId(String)}. */
    public SubscriberIdentity externalId(Value<String> value) {
      return set("ExternalId", value);
    }

    /**
     * Principals can include accounts, users, roles, federated users, or AWS services.
     *
     * <p>Required. Pattern: {@code
     * ^([0-9]{12}|[a-z0-9&#92;.&#92;-]*&#92;.(amazonaws|amazon)&#92;.com)$}. CloudFormation
     * property {@code Principal}.
     */
    public SubscriberIdentity principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public SubscriberIdentity principal(Value<String> value) {
      return set("Principal", value);
    }
  }
}
