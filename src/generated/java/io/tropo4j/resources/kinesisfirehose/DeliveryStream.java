// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisfirehose;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.glue.Database;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kinesis.Stream;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.logs.LogStream;
import io.tropo4j.resources.opensearchservice.Domain;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::KinesisFirehose::DeliveryStream</code> resource specifies an Amazon Kinesis Data
 * Firehose (Kinesis Data Firehose) delivery stream that delivers real-time streaming data to an
 * Amazon Simple Storage Service (Amazon S3), Amazon Redshift, or Amazon Elasticsearch Service
 * (Amazon ES) destination. For more information, see <a
 * href="https://docs.aws.amazon.com/firehose/latest/dev/basic-create.html">Creating an Amazon
 * Kinesis Data Firehose Delivery Stream</a> in the <em>Amazon Kinesis Data Firehose Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::KinesisFirehose::DeliveryStream}.
 */
public final class DeliveryStream extends Resource<DeliveryStream> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream")
      .constrain("DeliveryStreamName", Constraint.of().pattern("[a-zA-Z0-9._-]+").minLength(1).maxLength(64))
      .references("DeliveryStreamName", "AWS::Kinesis::Stream.Ref")
      .allowed("DeliveryStreamType", "DatabaseAsSource", "DirectPut", "KinesisStreamAsSource",
          "MSKAsSource")
      .refYields("DeliveryStreamName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DeliveryStream(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes the configuration of a destination in the Serverless offering for Amazon OpenSearch
   * Service.
   *
   * <p>CloudFormation property {@code AmazonOpenSearchServerlessDestinationConfiguration}.
   */
  public DeliveryStream amazonOpenSearchServerlessDestinationConfiguration(Value<AmazonOpenSearchServerlessDestinationConfiguration> value) {
    return set("AmazonOpenSearchServerlessDestinationConfiguration", value);
  }

  /**
   * The destination in Amazon OpenSearch Service. You can specify only one destination.
   *
   * <p>CloudFormation property {@code AmazonopensearchserviceDestinationConfiguration}.
   */
  public DeliveryStream amazonopensearchserviceDestinationConfiguration(Value<AmazonopensearchserviceDestinationConfiguration> value) {
    return set("AmazonopensearchserviceDestinationConfiguration", value);
  }

  /**
   * The top level object for configuring streams with database as a source.
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DatabaseSourceConfiguration}.
   */
  public DeliveryStream databaseSourceConfiguration(Value<DatabaseSourceConfiguration> value) {
    return set("DatabaseSourceConfiguration", value);
  }

  /**
   * Specifies the type and Amazon Resource Name (ARN) of the CMK to use for Server-Side Encryption
   * (SSE).
   *
   * <p>CloudFormation property {@code DeliveryStreamEncryptionConfigurationInput}.
   */
  public DeliveryStream deliveryStreamEncryptionConfigurationInput(Value<DeliveryStreamEncryptionConfigurationInput> value) {
    return set("DeliveryStreamEncryptionConfigurationInput", value);
  }

  /**
   * The name of the Firehose stream.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9._-]+}. CloudFormation property {@code DeliveryStreamName}.
   */
  public DeliveryStream deliveryStreamName(String value) {
    return set("DeliveryStreamName", Value.of(value));
  }

  /** Sets {@code DeliveryStreamName} to this value; see {@link #deliveryStreamName(String)}. */
  public DeliveryStream deliveryStreamName(Value<String> value) {
    return set("DeliveryStreamName", value);
  }

  /**
   * Sets {@code DeliveryStreamName} to the Ref of {@code AWS::Kinesis::Stream}; see {@link
   * #deliveryStreamName(String)}.
   */
  public DeliveryStream deliveryStreamName(Stream resource) {
    return set("DeliveryStreamName", resource.ref());
  }

  /**
   * The Firehose stream type. This can be one of the following values:
   *
   * <ul> <li><code>DirectPut</code> : Provider applications access the Firehose stream directly.
   * <li><code>KinesisStreamAsSource</code> : The Firehose stream uses a Kinesis data stream as a
   * source. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DatabaseAsSource}, {@code
   * DirectPut}, {@code KinesisStreamAsSource}, {@code MSKAsSource}. CloudFormation property {@code
   * DeliveryStreamType}.
   */
  public DeliveryStream deliveryStreamType(String value) {
    return set("DeliveryStreamType", Value.of(value));
  }

  /** Sets {@code DeliveryStreamType} to this value; see {@link #deliveryStreamType(String)}. */
  public DeliveryStream deliveryStreamType(Value<String> value) {
    return set("DeliveryStreamType", value);
  }

  /**
   * The structure that configures parameters such as <code>ThroughputHintInMBs</code> for a stream
   * configured with Direct PUT as a source.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * DirectPutSourceConfiguration}.
   */
  public DeliveryStream directPutSourceConfiguration(Value<DirectPutSourceConfiguration> value) {
    return set("DirectPutSourceConfiguration", value);
  }

  /**
   * An Amazon ES destination for the delivery stream.
   *
   * <p>Conditional. You must specify only one destination configuration.
   *
   * <p>If you change the delivery stream destination from an Amazon ES destination to an Amazon S3
   * or Amazon Redshift destination, update requires <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-some-interrupt">some
   * interruptions</a> .
   *
   * <p>CloudFormation property {@code ElasticsearchDestinationConfiguration}.
   */
  public DeliveryStream elasticsearchDestinationConfiguration(Value<ElasticsearchDestinationConfiguration> value) {
    return set("ElasticsearchDestinationConfiguration", value);
  }

  /**
   * An Amazon S3 destination for the delivery stream.
   *
   * <p>Conditional. You must specify only one destination configuration.
   *
   * <p>If you change the delivery stream destination from an Amazon Extended S3 destination to an
   * Amazon ES destination, update requires <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-some-interrupt">some
   * interruptions</a> .
   *
   * <p>CloudFormation property {@code ExtendedS3DestinationConfiguration}.
   */
  public DeliveryStream extendedS3DestinationConfiguration(Value<ExtendedS3DestinationConfiguration> value) {
    return set("ExtendedS3DestinationConfiguration", value);
  }

  /**
   * Enables configuring Kinesis Firehose to deliver data to any HTTP endpoint destination. You can
   * specify only one destination.
   *
   * <p>CloudFormation property {@code HttpEndpointDestinationConfiguration}.
   */
  public DeliveryStream httpEndpointDestinationConfiguration(Value<HttpEndpointDestinationConfiguration> value) {
    return set("HttpEndpointDestinationConfiguration", value);
  }

  /**
   * Specifies the destination configure settings for Apache Iceberg Table.
   *
   * <p>CloudFormation property {@code IcebergDestinationConfiguration}.
   */
  public DeliveryStream icebergDestinationConfiguration(Value<IcebergDestinationConfiguration> value) {
    return set("IcebergDestinationConfiguration", value);
  }

  /**
   * When a Kinesis stream is used as the source for the delivery stream, a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisfirehose-deliverystream-kinesisstreamsourceconfiguration.html">KinesisStreamSourceConfiguration</a>
   * containing the Kinesis stream ARN and the role ARN for the source stream.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * KinesisStreamSourceConfiguration}.
   */
  public DeliveryStream kinesisStreamSourceConfiguration(Value<KinesisStreamSourceConfiguration> value) {
    return set("KinesisStreamSourceConfiguration", value);
  }

  /**
   * The configuration for the Amazon MSK cluster to be used as the source for a delivery stream.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MSKSourceConfiguration}.
   */
  public DeliveryStream mskSourceConfiguration(Value<MSKSourceConfiguration> value) {
    return set("MSKSourceConfiguration", value);
  }

  /**
   * An Amazon Redshift destination for the delivery stream.
   *
   * <p>Conditional. You must specify only one destination configuration.
   *
   * <p>If you change the delivery stream destination from an Amazon Redshift destination to an
   * Amazon ES destination, update requires <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-some-interrupt">some
   * interruptions</a> .
   *
   * <p>CloudFormation property {@code RedshiftDestinationConfiguration}.
   */
  public DeliveryStream redshiftDestinationConfiguration(Value<RedshiftDestinationConfiguration> value) {
    return set("RedshiftDestinationConfiguration", value);
  }

  /**
   * The <code>S3DestinationConfiguration</code> property type specifies an Amazon Simple Storage
   * Service (Amazon S3) destination to which Amazon Kinesis Data Firehose (Kinesis Data Firehose)
   * delivers data.
   *
   * <p>Conditional. You must specify only one destination configuration.
   *
   * <p>If you change the delivery stream destination from an Amazon S3 destination to an Amazon ES
   * destination, update requires <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-some-interrupt">some
   * interruptions</a> .
   *
   * <p>CloudFormation property {@code S3DestinationConfiguration}.
   */
  public DeliveryStream s3DestinationConfiguration(Value<S3DestinationConfiguration> value) {
    return set("S3DestinationConfiguration", value);
  }

  /**
   * Configure Snowflake destination
   *
   * <p>CloudFormation property {@code SnowflakeDestinationConfiguration}.
   */
  public DeliveryStream snowflakeDestinationConfiguration(Value<SnowflakeDestinationConfiguration> value) {
    return set("SnowflakeDestinationConfiguration", value);
  }

  /**
   * The configuration of a destination in Splunk for the delivery stream.
   *
   * <p>CloudFormation property {@code SplunkDestinationConfiguration}.
   */
  public DeliveryStream splunkDestinationConfiguration(Value<SplunkDestinationConfiguration> value) {
    return set("SplunkDestinationConfiguration", value);
  }

  /**
   * A set of tags to assign to the Firehose stream. A tag is a key-value pair that you can define
   * and assign to AWS resources. Tags are metadata. For example, you can add friendly names and
   * descriptions or other types of information that can help you distinguish the Firehose stream.
   * For more information about tags, see <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html">Using
   * Cost Allocation Tags</a> in the AWS Billing and Cost Management User Guide.
   *
   * <p>You can specify up to 50 tags when creating a Firehose stream.
   *
   * <p>If you specify tags in the <code>CreateDeliveryStream</code> action, Amazon Data Firehose
   * performs an additional authorization on the <code>firehose:TagDeliveryStream</code> action to
   * verify if users have permissions to create tags. If you do not provide this permission,
   * requests to create new Firehose streams with IAM resource tags will fail with an
   * <code>AccessDeniedException</code> such as following.
   *
   * <p><em>AccessDeniedException</em>
   *
   * <p>User: arn:aws:sts::x:assumed-role/x/x is not authorized to perform:
   * firehose:TagDeliveryStream on resource: arn:aws:firehose:us-east-1:x:deliverystream/x with an
   * explicit deny in an identity-based policy.
   *
   * <p>For an example IAM policy, see <a
   * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_CreateDeliveryStream.html#API_CreateDeliveryStream_Examples">Tag
   * example.</a>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DeliveryStream tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DeliveryStream tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DeliveryStream tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the delivery stream, such as
   * <code>arn:aws:firehose:us-east-2:123456789012:deliverystream/delivery-stream-name</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Describes the buffering to perform before delivering data to the Serverless offering for Amazon
   * OpenSearch Service destination.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessBufferingHints}.
   */
  public static final class AmazonOpenSearchServerlessBufferingHints extends Struct<AmazonOpenSearchServerlessBufferingHints> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessBufferingHints")
        .constrain("IntervalInSeconds", Constraint.of().minimum(0).maximum(900))
        .constrain("SizeInMBs", Constraint.of().minimum(1).maximum(100))
        .build();

    public AmazonOpenSearchServerlessBufferingHints() {
      super(SCHEMA);
    }

    /**
     * Buffer incoming data for the specified period of time, in seconds, before delivering it to
     * the destination. The default value is 300 (5 minutes).
     *
     * <p>Range: 0 to 900. CloudFormation property {@code IntervalInSeconds}.
     */
    public AmazonOpenSearchServerlessBufferingHints intervalInSeconds(int value) {
      return set("IntervalInSeconds", Value.of(value));
    }

    /** Sets {@code IntervalInSeconds} to this value; see {@link #intervalInSeconds(int)}. */
    public AmazonOpenSearchServerlessBufferingHints intervalInSeconds(Value<Integer> value) {
      return set("IntervalInSeconds", value);
    }

    /**
     * Buffer incoming data to the specified size, in MBs, before delivering it to the destination.
     * The default value is 5.
     *
     * <p>We recommend setting this parameter to a value greater than the amount of data you
     * typically ingest into the Firehose stream in 10 seconds. For example, if you typically ingest
     * data at 1 MB/sec, the value should be 10 MB or higher.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code SizeInMBs}.
     */
    public AmazonOpenSearchServerlessBufferingHints sizeInMBs(int value) {
      return set("SizeInMBs", Value.of(value));
    }

    /** Sets {@code SizeInMBs} to this value; see {@link #sizeInMBs(int)}. */
    public AmazonOpenSearchServerlessBufferingHints sizeInMBs(Value<Integer> value) {
      return set("SizeInMBs", value);
    }
  }

  /**
   * Describes the configuration of a destination in the Serverless offering for Amazon OpenSearch
   * Service.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessDestinationConfiguration}.
   */
  public static final class AmazonOpenSearchServerlessDestinationConfiguration extends Struct<AmazonOpenSearchServerlessDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessDestinationConfiguration")
        .required("IndexName", "RoleARN", "S3Configuration")
        .constrain("CollectionEndpoint", Constraint.of().pattern("https:.*").minLength(1).maxLength(512))
        .constrain("IndexName", Constraint.of().minLength(1).maxLength(80))
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .allowed("S3BackupMode", "FailedDocumentsOnly", "AllDocuments")
        .build();

    public AmazonOpenSearchServerlessDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The buffering options. If no value is specified, the default values for
     * AmazonopensearchserviceBufferingHints are used.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public AmazonOpenSearchServerlessDestinationConfiguration bufferingHints(Value<AmazonOpenSearchServerlessBufferingHints> value) {
      return set("BufferingHints", value);
    }

    /** CloudFormation property {@code CloudWatchLoggingOptions}. */
    public AmazonOpenSearchServerlessDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The endpoint to use when communicating with the collection in the Serverless offering for
     * Amazon OpenSearch Service.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code https:.*}. CloudFormation property {@code
     * CollectionEndpoint}.
     */
    public AmazonOpenSearchServerlessDestinationConfiguration collectionEndpoint(String value) {
      return set("CollectionEndpoint", Value.of(value));
    }

    /** Sets {@code CollectionEndpoint} to this value; see {@link #collectionEndpoint(String)}. */
    public AmazonOpenSearchServerlessDestinationConfiguration collectionEndpoint(Value<String> value) {
      return set("CollectionEndpoint", value);
    }

    /**
     * The Serverless offering for Amazon OpenSearch Service index name.
     *
     * <p>Required. Length: 1 to 80 characters. CloudFormation property {@code IndexName}.
     */
    public AmazonOpenSearchServerlessDestinationConfiguration indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public AmazonOpenSearchServerlessDestinationConfiguration indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /** CloudFormation property {@code ProcessingConfiguration}. */
    public AmazonOpenSearchServerlessDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The retry behavior in case Firehose is unable to deliver documents to the Serverless offering
     * for Amazon OpenSearch Service. The default value is 300 (5 minutes).
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public AmazonOpenSearchServerlessDestinationConfiguration retryOptions(Value<AmazonOpenSearchServerlessRetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to be assumed by Firehose for calling the
     * Serverless offering for Amazon OpenSearch Service Configuration API and for indexing
     * documents.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public AmazonOpenSearchServerlessDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public AmazonOpenSearchServerlessDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public AmazonOpenSearchServerlessDestinationConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * Defines how documents should be delivered to Amazon S3. When it is set to
     * FailedDocumentsOnly, Firehose writes any documents that could not be indexed to the
     * configured Amazon S3 destination, with AmazonOpenSearchService-failed/ appended to the key
     * prefix. When set to AllDocuments, Firehose delivers all incoming records to Amazon S3, and
     * also writes failed documents with AmazonOpenSearchService-failed/ appended to the prefix.
     *
     * <p>Allowed values: {@code FailedDocumentsOnly}, {@code AllDocuments}. CloudFormation property
     * {@code S3BackupMode}.
     */
    public AmazonOpenSearchServerlessDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public AmazonOpenSearchServerlessDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /** Required. CloudFormation property {@code S3Configuration}. */
    public AmazonOpenSearchServerlessDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code VpcConfiguration}. */
    public AmazonOpenSearchServerlessDestinationConfiguration vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Configures retry behavior in case Firehose is unable to deliver documents to the Serverless
   * offering for Amazon OpenSearch Service.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessRetryOptions}.
   */
  public static final class AmazonOpenSearchServerlessRetryOptions extends Struct<AmazonOpenSearchServerlessRetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AmazonOpenSearchServerlessRetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public AmazonOpenSearchServerlessRetryOptions() {
      super(SCHEMA);
    }

    /**
     * After an initial failure to deliver to the Serverless offering for Amazon OpenSearch Service,
     * the total amount of time during which Firehose retries delivery (including the first
     * attempt). After this time has elapsed, the failed documents are written to Amazon S3. Default
     * value is 300 seconds (5 minutes). A value of 0 (zero) results in no retries.
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public AmazonOpenSearchServerlessRetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public AmazonOpenSearchServerlessRetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * Describes the buffering to perform before delivering data to the Amazon OpenSearch Service
   * destination.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceBufferingHints}.
   */
  public static final class AmazonopensearchserviceBufferingHints extends Struct<AmazonopensearchserviceBufferingHints> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceBufferingHints")
        .constrain("IntervalInSeconds", Constraint.of().minimum(0).maximum(900))
        .constrain("SizeInMBs", Constraint.of().minimum(1).maximum(100))
        .build();

    public AmazonopensearchserviceBufferingHints() {
      super(SCHEMA);
    }

    /**
     * Buffer incoming data for the specified period of time, in seconds, before delivering it to
     * the destination. The default value is 300 (5 minutes).
     *
     * <p>Range: 0 to 900. CloudFormation property {@code IntervalInSeconds}.
     */
    public AmazonopensearchserviceBufferingHints intervalInSeconds(int value) {
      return set("IntervalInSeconds", Value.of(value));
    }

    /** Sets {@code IntervalInSeconds} to this value; see {@link #intervalInSeconds(int)}. */
    public AmazonopensearchserviceBufferingHints intervalInSeconds(Value<Integer> value) {
      return set("IntervalInSeconds", value);
    }

    /**
     * Buffer incoming data to the specified size, in MBs, before delivering it to the destination.
     * The default value is 5. We recommend setting this parameter to a value greater than the
     * amount of data you typically ingest into the delivery stream in 10 seconds. For example, if
     * you typically ingest data at 1 MB/sec, the value should be 10 MB or higher.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code SizeInMBs}.
     */
    public AmazonopensearchserviceBufferingHints sizeInMBs(int value) {
      return set("SizeInMBs", Value.of(value));
    }

    /** Sets {@code SizeInMBs} to this value; see {@link #sizeInMBs(int)}. */
    public AmazonopensearchserviceBufferingHints sizeInMBs(Value<Integer> value) {
      return set("SizeInMBs", value);
    }
  }

  /**
   * Describes the configuration of a destination in Amazon OpenSearch Service.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceDestinationConfiguration}.
   */
  public static final class AmazonopensearchserviceDestinationConfiguration extends Struct<AmazonopensearchserviceDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceDestinationConfiguration")
        .required("IndexName", "RoleARN", "S3Configuration")
        .constrain("ClusterEndpoint", Constraint.of().pattern("https:.*").minLength(1).maxLength(512))
        .constrain("DomainARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512))
        .references("DomainARN", "AWS::OpenSearchService::Domain.Arn")
        .constrain("IndexName", Constraint.of().minLength(1).maxLength(80))
        .allowed("IndexRotationPeriod", "NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .allowed("S3BackupMode", "FailedDocumentsOnly", "AllDocuments")
        .constrain("TypeName", Constraint.of().minLength(0).maxLength(100))
        .build();

    public AmazonopensearchserviceDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The buffering options. If no value is specified, the default values for
     * AmazonopensearchserviceBufferingHints are used.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public AmazonopensearchserviceDestinationConfiguration bufferingHints(Value<AmazonopensearchserviceBufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * Describes the Amazon CloudWatch logging options for your delivery stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public AmazonopensearchserviceDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The endpoint to use when communicating with the cluster. Specify either this ClusterEndpoint
     * or the DomainARN field.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code https:.*}. CloudFormation property {@code
     * ClusterEndpoint}.
     */
    public AmazonopensearchserviceDestinationConfiguration clusterEndpoint(String value) {
      return set("ClusterEndpoint", Value.of(value));
    }

    /** Sets {@code ClusterEndpoint} to this value; see {@link #clusterEndpoint(String)}. */
    public AmazonopensearchserviceDestinationConfiguration clusterEndpoint(Value<String> value) {
      return set("ClusterEndpoint", value);
    }

    /**
     * Indicates the method for setting up document ID. The supported methods are Firehose generated
     * document ID and OpenSearch Service generated document ID.
     *
     * <p>CloudFormation property {@code DocumentIdOptions}.
     */
    public AmazonopensearchserviceDestinationConfiguration documentIdOptions(Value<DocumentIdOptions> value) {
      return set("DocumentIdOptions", value);
    }

    /**
     * The ARN of the Amazon OpenSearch Service domain.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code arn:.*}. CloudFormation property {@code
     * DomainARN}.
     */
    public AmazonopensearchserviceDestinationConfiguration domainARN(String value) {
      return set("DomainARN", Value.of(value));
    }

    /** Sets {@code DomainARN} to this value; see {@link #domainARN(String)}. */
    public AmazonopensearchserviceDestinationConfiguration domainARN(Value<String> value) {
      return set("DomainARN", value);
    }

    /**
     * Sets {@code DomainARN} to the Arn of {@code AWS::OpenSearchService::Domain}; see {@link
     * #domainARN(String)}.
     */
    public AmazonopensearchserviceDestinationConfiguration domainARN(Domain resource) {
      return set("DomainARN", resource.arn());
    }

    /**
     * The Amazon OpenSearch Service index name.
     *
     * <p>Required. Length: 1 to 80 characters. CloudFormation property {@code IndexName}.
     */
    public AmazonopensearchserviceDestinationConfiguration indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public AmazonopensearchserviceDestinationConfiguration indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * The Amazon OpenSearch Service index rotation period. Index rotation appends a timestamp to
     * the IndexName to facilitate the expiration of old data.
     *
     * <p>Allowed values: {@code NoRotation}, {@code OneHour}, {@code OneDay}, {@code OneWeek},
     * {@code OneMonth}. CloudFormation property {@code IndexRotationPeriod}.
     */
    public AmazonopensearchserviceDestinationConfiguration indexRotationPeriod(String value) {
      return set("IndexRotationPeriod", Value.of(value));
    }

    /** Sets {@code IndexRotationPeriod} to this value; see {@link #indexRotationPeriod(String)}. */
    public AmazonopensearchserviceDestinationConfiguration indexRotationPeriod(Value<String> value) {
      return set("IndexRotationPeriod", value);
    }

    /**
     * Describes a data processing configuration.
     *
     * <p>CloudFormation property {@code ProcessingConfiguration}.
     */
    public AmazonopensearchserviceDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The retry behavior in case Kinesis Data Firehose is unable to deliver documents to Amazon
     * OpenSearch Service. The default value is 300 (5 minutes).
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public AmazonopensearchserviceDestinationConfiguration retryOptions(Value<AmazonopensearchserviceRetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to be assumed by Kinesis Data Firehose for
     * calling the Amazon OpenSearch Service Configuration API and for indexing documents.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public AmazonopensearchserviceDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public AmazonopensearchserviceDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public AmazonopensearchserviceDestinationConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * Defines how documents should be delivered to Amazon S3.
     *
     * <p>Allowed values: {@code FailedDocumentsOnly}, {@code AllDocuments}. CloudFormation property
     * {@code S3BackupMode}.
     */
    public AmazonopensearchserviceDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public AmazonopensearchserviceDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /**
     * Describes the configuration of a destination in Amazon S3.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public AmazonopensearchserviceDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The Amazon OpenSearch Service type name.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code TypeName}.
     */
    public AmazonopensearchserviceDestinationConfiguration typeName(String value) {
      return set("TypeName", Value.of(value));
    }

    /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
    public AmazonopensearchserviceDestinationConfiguration typeName(Value<String> value) {
      return set("TypeName", value);
    }

    /**
     * The details of the VPC of the Amazon OpenSearch Service destination.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfiguration}.
     */
    public AmazonopensearchserviceDestinationConfiguration vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Configures retry behavior in case Kinesis Data Firehose is unable to deliver documents to
   * Amazon OpenSearch Service.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceRetryOptions}.
   */
  public static final class AmazonopensearchserviceRetryOptions extends Struct<AmazonopensearchserviceRetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AmazonopensearchserviceRetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public AmazonopensearchserviceRetryOptions() {
      super(SCHEMA);
    }

    /**
     * After an initial failure to deliver to Amazon OpenSearch Service, the total amount of time
     * during which Kinesis Data Firehose retries delivery (including the first attempt). After this
     * time has elapsed, the failed documents are written to Amazon S3. Default value is 300 seconds
     * (5 minutes). A value of 0 (zero) results in no retries.
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public AmazonopensearchserviceRetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public AmazonopensearchserviceRetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * The authentication configuration of the Amazon MSK cluster.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.AuthenticationConfiguration}.
   */
  public static final class AuthenticationConfiguration extends Struct<AuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.AuthenticationConfiguration")
        .required("Connectivity", "RoleARN")
        .allowed("Connectivity", "PUBLIC", "PRIVATE")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .build();

    public AuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of connectivity used to access the Amazon MSK cluster.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code PUBLIC}, {@code
     * PRIVATE}. CloudFormation property {@code Connectivity}.
     */
    public AuthenticationConfiguration connectivity(String value) {
      return set("Connectivity", Value.of(value));
    }

    /** Sets {@code Connectivity} to this value; see {@link #connectivity(String)}. */
    public AuthenticationConfiguration connectivity(Value<String> value) {
      return set("Connectivity", value);
    }

    /**
     * The ARN of the role used to access the Amazon MSK cluster.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * arn:.*}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public AuthenticationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public AuthenticationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }
  }

  /**
   * The <code>BufferingHints</code> property type specifies how Amazon Kinesis Data Firehose
   * (Kinesis Data Firehose) buffers incoming data before delivering it to the destination. The
   * first buffer condition that is satisfied triggers Kinesis Data Firehose to deliver the data.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.BufferingHints}.
   */
  public static final class BufferingHints extends Struct<BufferingHints> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.BufferingHints")
        .constrain("IntervalInSeconds", Constraint.of().minimum(0).maximum(900))
        .constrain("SizeInMBs", Constraint.of().minimum(1).maximum(128))
        .build();

    public BufferingHints() {
      super(SCHEMA);
    }

    /**
     * The length of time, in seconds, that Kinesis Data Firehose buffers incoming data before
     * delivering it to the destination. For valid values, see the <code>IntervalInSeconds</code>
     * content for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html">BufferingHints</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Range: 0 to 900. CloudFormation property {@code IntervalInSeconds}.
     */
    public BufferingHints intervalInSeconds(int value) {
      return set("IntervalInSeconds", Value.of(value));
    }

    /** Sets {@code IntervalInSeconds} to this value; see {@link #intervalInSeconds(int)}. */
    public BufferingHints intervalInSeconds(Value<Integer> value) {
      return set("IntervalInSeconds", value);
    }

    /**
     * The size of the buffer, in MBs, that Kinesis Data Firehose uses for incoming data before
     * delivering it to the destination. For valid values, see the <code>SizeInMBs</code> content
     * for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html">BufferingHints</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Range: 1 to 128. CloudFormation property {@code SizeInMBs}.
     */
    public BufferingHints sizeInMBs(int value) {
      return set("SizeInMBs", Value.of(value));
    }

    /** Sets {@code SizeInMBs} to this value; see {@link #sizeInMBs(int)}. */
    public BufferingHints sizeInMBs(Value<Integer> value) {
      return set("SizeInMBs", value);
    }
  }

  /**
   * Describes the containers where the destination Apache Iceberg Tables are persisted.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.CatalogConfiguration}.
   */
  public static final class CatalogConfiguration extends Struct<CatalogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.CatalogConfiguration")
        .constrain("CatalogArn", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512))
        .constrain("WarehouseLocation", Constraint.of().pattern("s3:\\/\\/.*").minLength(1).maxLength(2048))
        .build();

    public CatalogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the Glue catalog ARN identifier of the destination Apache Iceberg Tables. You must
     * specify the ARN in the format <code>arn:aws:glue:region:account-id:catalog</code> .
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code arn:.*}. CloudFormation property {@code
     * CatalogArn}.
     */
    public CatalogConfiguration catalogArn(String value) {
      return set("CatalogArn", Value.of(value));
    }

    /** Sets {@code CatalogArn} to this value; see {@link #catalogArn(String)}. */
    public CatalogConfiguration catalogArn(Value<String> value) {
      return set("CatalogArn", value);
    }

    /**
     * The warehouse location for Apache Iceberg tables. You must configure this when schema
     * evolution and table creation is enabled.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code s3:&#92;/&#92;/.*}. CloudFormation property
     * {@code WarehouseLocation}.
     */
    public CatalogConfiguration warehouseLocation(String value) {
      return set("WarehouseLocation", Value.of(value));
    }

    /** Sets {@code WarehouseLocation} to this value; see {@link #warehouseLocation(String)}. */
    public CatalogConfiguration warehouseLocation(Value<String> value) {
      return set("WarehouseLocation", value);
    }
  }

  /**
   * The <code>CloudWatchLoggingOptions</code> property type specifies Amazon CloudWatch Logs
   * (CloudWatch Logs) logging options that Amazon Kinesis Data Firehose (Kinesis Data Firehose)
   * uses for the delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.CloudWatchLoggingOptions}.
   */
  public static final class CloudWatchLoggingOptions extends Struct<CloudWatchLoggingOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.CloudWatchLoggingOptions")
        .constrain("LogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]*$").minLength(0).maxLength(512).format("AWS::Logs::LogGroup.Name"))
        .references("LogGroupName", "AWS::Logs::LogGroup.Ref")
        .constrain("LogStreamName", Constraint.of().pattern("^[^:*]*$").minLength(0).maxLength(512))
        .references("LogStreamName", "AWS::Logs::LogStream.Ref", "AWS::Logs::LogGroup.Ref")
        .build();

    public CloudWatchLoggingOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether CloudWatch Logs logging is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public CloudWatchLoggingOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLoggingOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The name of the CloudWatch Logs log group that contains the log stream that Kinesis Data
     * Firehose will use.
     *
     * <p>Conditional. If you enable logging, you must specify this property.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]*$}. Format:
     * {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
     */
    public CloudWatchLoggingOptions logGroupName(String value) {
      return set("LogGroupName", Value.of(value));
    }

    /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
    public CloudWatchLoggingOptions logGroupName(Value<String> value) {
      return set("LogGroupName", value);
    }

    /**
     * Sets {@code LogGroupName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #logGroupName(String)}.
     */
    public CloudWatchLoggingOptions logGroupName(LogGroup resource) {
      return set("LogGroupName", resource.ref());
    }

    /**
     * The name of the CloudWatch Logs log stream that Kinesis Data Firehose uses to send logs about
     * data delivery.
     *
     * <p>Conditional. If you enable logging, you must specify this property.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code ^[^:*]*$}. CloudFormation property {@code
     * LogStreamName}.
     */
    public CloudWatchLoggingOptions logStreamName(String value) {
      return set("LogStreamName", Value.of(value));
    }

    /** Sets {@code LogStreamName} to this value; see {@link #logStreamName(String)}. */
    public CloudWatchLoggingOptions logStreamName(Value<String> value) {
      return set("LogStreamName", value);
    }

    /**
     * Sets {@code LogStreamName} to the Ref of {@code AWS::Logs::LogStream}; see {@link
     * #logStreamName(String)}.
     */
    public CloudWatchLoggingOptions logStreamName(LogStream resource) {
      return set("LogStreamName", resource.ref());
    }

    /**
     * Sets {@code LogStreamName} to the Ref of {@code AWS::Logs::LogGroup}; see {@link
     * #logStreamName(String)}.
     */
    public CloudWatchLoggingOptions logStreamName(LogGroup resource) {
      return set("LogStreamName", resource.ref());
    }
  }

  /**
   * The <code>CopyCommand</code> property type configures the Amazon Redshift <code>COPY</code>
   * command that Amazon Kinesis Data Firehose (Kinesis Data Firehose) uses to load data into an
   * Amazon Redshift cluster from an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.CopyCommand}.
   */
  public static final class CopyCommand extends Struct<CopyCommand> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.CopyCommand")
        .required("DataTableName")
        .constrain("CopyOptions", Constraint.of().minLength(0).maxLength(204800))
        .constrain("DataTableColumns", Constraint.of().minLength(0).maxLength(204800))
        .constrain("DataTableName", Constraint.of().minLength(1).maxLength(512))
        .build();

    public CopyCommand() {
      super(SCHEMA);
    }

    /**
     * Parameters to use with the Amazon Redshift <code>COPY</code> command. For examples, see the
     * <code>CopyOptions</code> content for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_CopyCommand.html">CopyCommand</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Length: 0 to 204800 characters. CloudFormation property {@code CopyOptions}.
     */
    public CopyCommand copyOptions(String value) {
      return set("CopyOptions", Value.of(value));
    }

    /** Sets {@code CopyOptions} to this value; see {@link #copyOptions(String)}. */
    public CopyCommand copyOptions(Value<String> value) {
      return set("CopyOptions", value);
    }

    /**
     * A comma-separated list of column names.
     *
     * <p>Length: 0 to 204800 characters. CloudFormation property {@code DataTableColumns}.
     */
    public CopyCommand dataTableColumns(String value) {
      return set("DataTableColumns", Value.of(value));
    }

    /** Sets {@code DataTableColumns} to this value; see {@link #dataTableColumns(String)}. */
    public CopyCommand dataTableColumns(Value<String> value) {
      return set("DataTableColumns", value);
    }

    /**
     * The name of the target table. The table must already exist in the database.
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code DataTableName}.
     */
    public CopyCommand dataTableName(String value) {
      return set("DataTableName", Value.of(value));
    }

    /** Sets {@code DataTableName} to this value; see {@link #dataTableName(String)}. */
    public CopyCommand dataTableName(Value<String> value) {
      return set("DataTableName", value);
    }
  }

  /**
   * Specifies that you want Kinesis Data Firehose to convert data from the JSON format to the
   * Parquet or ORC format before writing it to Amazon S3. Kinesis Data Firehose uses the serializer
   * and deserializer that you specify, in addition to the column information from the AWS Glue
   * table, to deserialize your input data from JSON and then serialize it to the Parquet or ORC
   * format. For more information, see <a
   * href="https://docs.aws.amazon.com/firehose/latest/dev/record-format-conversion.html">Kinesis
   * Data Firehose Record Format Conversion</a> .
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.DataFormatConversionConfiguration}.
   */
  public static final class DataFormatConversionConfiguration extends Struct<DataFormatConversionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.DataFormatConversionConfiguration");

    public DataFormatConversionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defaults to <code>true</code> . Set it to <code>false</code> if you want to disable format
     * conversion while preserving the configuration details.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public DataFormatConversionConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DataFormatConversionConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specifies the deserializer that you want Firehose to use to convert the format of your data
     * from JSON. This parameter is required if <code>Enabled</code> is set to true.
     *
     * <p>CloudFormation property {@code InputFormatConfiguration}.
     */
    public DataFormatConversionConfiguration inputFormatConfiguration(Value<InputFormatConfiguration> value) {
      return set("InputFormatConfiguration", value);
    }

    /**
     * Specifies the serializer that you want Firehose to use to convert the format of your data to
     * the Parquet or ORC format. This parameter is required if <code>Enabled</code> is set to true.
     *
     * <p>CloudFormation property {@code OutputFormatConfiguration}.
     */
    public DataFormatConversionConfiguration outputFormatConfiguration(Value<OutputFormatConfiguration> value) {
      return set("OutputFormatConfiguration", value);
    }

    /**
     * Specifies the AWS Glue Data Catalog table that contains the column information. This
     * parameter is required if <code>Enabled</code> is set to true.
     *
     * <p>CloudFormation property {@code SchemaConfiguration}.
     */
    public DataFormatConversionConfiguration schemaConfiguration(Value<SchemaConfiguration> value) {
      return set("SchemaConfiguration", value);
    }
  }

  /** Property type {@code AWS::KinesisFirehose::DeliveryStream.DatabaseColumns}. */
  public static final class DatabaseColumns extends Struct<DatabaseColumns> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DatabaseColumns")
        .constrain("Exclude", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(194))
        .constrain("Include", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(194))
        .build();

    public DatabaseColumns() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 194 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}. CloudFormation
     * property {@code Exclude}.
     */
    public DatabaseColumns exclude(List<String> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public DatabaseColumns exclude(Value<List<String>> value) {
      return set("Exclude", value);
    }

    /**
     * Length: 1 to 194 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}. CloudFormation
     * property {@code Include}.
     */
    public DatabaseColumns include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public DatabaseColumns include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * The structure to configure the authentication methods for Firehose to connect to source
   * database endpoint.
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.DatabaseSourceAuthenticationConfiguration}.
   */
  public static final class DatabaseSourceAuthenticationConfiguration extends Struct<DatabaseSourceAuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DatabaseSourceAuthenticationConfiguration")
        .required("SecretsManagerConfiguration")
        .build();

    public DatabaseSourceAuthenticationConfiguration() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code SecretsManagerConfiguration}. */
    public DatabaseSourceAuthenticationConfiguration secretsManagerConfiguration(Value<SecretsManagerConfiguration> value) {
      return set("SecretsManagerConfiguration", value);
    }
  }

  /**
   * The top level object for configuring streams with database as a source.
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.DatabaseSourceConfiguration}.
   */
  public static final class DatabaseSourceConfiguration extends Struct<DatabaseSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DatabaseSourceConfiguration")
        .required("DatabaseSourceAuthenticationConfiguration", "DatabaseSourceVPCConfiguration",
            "Databases", "Endpoint", "Port", "SnapshotWatermarkTable", "Tables", "Type")
        .constrain("Digest", Constraint.of().pattern(".*").minLength(1).maxLength(512))
        .constrain("Endpoint", Constraint.of().pattern("^(?!\\s*$).+").minLength(1).maxLength(255))
        .constrain("Port", Constraint.of().minimum(0).maximum(65535))
        .constrain("PublicCertificate", Constraint.of().pattern(".*").minLength(1).maxLength(4096))
        .allowed("SSLMode", "Disabled", "Enabled")
        .constrain("SnapshotWatermarkTable", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(129))
        .constrain("SurrogateKeys", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .allowed("Type", "MySQL", "PostgreSQL")
        .build();

    public DatabaseSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of column patterns in source database endpoint for Firehose to read from.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code Columns}.
     */
    public DatabaseSourceConfiguration columns(Value<DatabaseColumns> value) {
      return set("Columns", value);
    }

    /**
     * The structure to configure the authentication methods for Firehose to connect to source
     * database endpoint.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. CloudFormation property {@code DatabaseSourceAuthenticationConfiguration}.
     */
    public DatabaseSourceConfiguration databaseSourceAuthenticationConfiguration(Value<DatabaseSourceAuthenticationConfiguration> value) {
      return set("DatabaseSourceAuthenticationConfiguration", value);
    }

    /**
     * The details of the VPC Endpoint Service which Firehose uses to create a PrivateLink to the
     * database.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. CloudFormation property {@code DatabaseSourceVPCConfiguration}.
     */
    public DatabaseSourceConfiguration databaseSourceVPCConfiguration(Value<DatabaseSourceVPCConfiguration> value) {
      return set("DatabaseSourceVPCConfiguration", value);
    }

    /**
     * The list of database patterns in source database endpoint for Firehose to read from.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. CloudFormation property {@code Databases}.
     */
    public DatabaseSourceConfiguration databases(Value<Databases> value) {
      return set("Databases", value);
    }

    /** Length: 1 to 512 characters. Pattern: {@code .*}. CloudFormation property {@code Digest}. */
    public DatabaseSourceConfiguration digest(String value) {
      return set("Digest", Value.of(value));
    }

    /** Sets {@code Digest} to this value; see {@link #digest(String)}. */
    public DatabaseSourceConfiguration digest(Value<String> value) {
      return set("Digest", value);
    }

    /**
     * The endpoint of the database server.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^(?!&#92;s*$).+}. CloudFormation
     * property {@code Endpoint}.
     */
    public DatabaseSourceConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public DatabaseSourceConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The port of the database. This can be one of the following values.
     *
     * <ul> <li>3306 for MySQL database type <li>5432 for PostgreSQL database type </ul>
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code Port}.
     */
    public DatabaseSourceConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public DatabaseSourceConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * Length: 1 to 4096 characters. Pattern: {@code .*}. CloudFormation property {@code
     * PublicCertificate}.
     */
    public DatabaseSourceConfiguration publicCertificate(String value) {
      return set("PublicCertificate", Value.of(value));
    }

    /** Sets {@code PublicCertificate} to this value; see {@link #publicCertificate(String)}. */
    public DatabaseSourceConfiguration publicCertificate(Value<String> value) {
      return set("PublicCertificate", value);
    }

    /**
     * The mode to enable or disable SSL when Firehose connects to the database endpoint.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
     * SSLMode}.
     */
    public DatabaseSourceConfiguration sslMode(String value) {
      return set("SSLMode", Value.of(value));
    }

    /** Sets {@code SSLMode} to this value; see {@link #sslMode(String)}. */
    public DatabaseSourceConfiguration sslMode(Value<String> value) {
      return set("SSLMode", value);
    }

    /**
     * The fully qualified name of the table in source database endpoint that Firehose uses to track
     * snapshot progress.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. Length: 1 to 129 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}.
     * CloudFormation property {@code SnapshotWatermarkTable}.
     */
    public DatabaseSourceConfiguration snapshotWatermarkTable(String value) {
      return set("SnapshotWatermarkTable", Value.of(value));
    }

    /**
     * Sets {@code SnapshotWatermarkTable} to this value; see {@link
     * #snapshotWatermarkTable(String)}.
     */
    public DatabaseSourceConfiguration snapshotWatermarkTable(Value<String> value) {
      return set("SnapshotWatermarkTable", value);
    }

    /**
     * The optional list of table and column names used as unique key columns when taking snapshot
     * if the tables don’t have primary keys configured.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * SurrogateKeys}.
     */
    public DatabaseSourceConfiguration surrogateKeys(List<String> value) {
      return set("SurrogateKeys", Value.listOf(value));
    }

    /** Sets {@code SurrogateKeys} to this value; see {@link #surrogateKeys(List)}. */
    public DatabaseSourceConfiguration surrogateKeys(Value<List<String>> value) {
      return set("SurrogateKeys", value);
    }

    /**
     * The list of table patterns in source database endpoint for Firehose to read from.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. CloudFormation property {@code Tables}.
     */
    public DatabaseSourceConfiguration tables(Value<DatabaseTables> value) {
      return set("Tables", value);
    }

    /**
     * The type of database engine. This can be one of the following values.
     *
     * <ul> <li>MySQL <li>PostgreSQL </ul>
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. Allowed values: {@code MySQL}, {@code PostgreSQL}. CloudFormation property
     * {@code Type}.
     */
    public DatabaseSourceConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DatabaseSourceConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The structure for details of the VPC Endpoint Service which Firehose uses to create a
   * PrivateLink to the database.
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.DatabaseSourceVPCConfiguration}.
   */
  public static final class DatabaseSourceVPCConfiguration extends Struct<DatabaseSourceVPCConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DatabaseSourceVPCConfiguration")
        .required("VpcEndpointServiceName")
        .constrain("VpcEndpointServiceName", Constraint.of().pattern("([a-zA-Z0-9\\-\\_]+\\.){2,3}vpce\\.[a-zA-Z0-9\\-]*\\.vpce-svc\\-[a-zA-Z0-9\\-]{17}$").minLength(47).maxLength(255))
        .build();

    public DatabaseSourceVPCConfiguration() {
      super(SCHEMA);
    }

    /**
     * The VPC endpoint service name which Firehose uses to create a PrivateLink to the database.
     * The endpoint service must have the Firehose service principle
     * <code>firehose.amazonaws.com</code> as an allowed principal on the VPC endpoint service. The
     * VPC endpoint service name is a string that looks like
     * <code>com.amazonaws.vpce.&lt;region&gt;.&lt;vpc-endpoint-service-id&gt;</code> .
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. Length: 47 to 255 characters. Pattern: {@code
     * ([a-zA-Z0-9&#92;-&#92;_]+&#92;.){2,3}vpce&#92;.[a-zA-Z0-9&#92;-]*&#92;.vpce-svc&#92;-[a-zA-Z0-9&#92;-]{17}$}.
     * CloudFormation property {@code VpcEndpointServiceName}.
     */
    public DatabaseSourceVPCConfiguration vpcEndpointServiceName(String value) {
      return set("VpcEndpointServiceName", Value.of(value));
    }

    /**
     * Sets {@code VpcEndpointServiceName} to this value; see {@link
     * #vpcEndpointServiceName(String)}.
     */
    public DatabaseSourceVPCConfiguration vpcEndpointServiceName(Value<String> value) {
      return set("VpcEndpointServiceName", value);
    }
  }

  /** Property type {@code AWS::KinesisFirehose::DeliveryStream.DatabaseTables}. */
  public static final class DatabaseTables extends Struct<DatabaseTables> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DatabaseTables")
        .constrain("Exclude", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(129))
        .constrain("Include", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(129))
        .build();

    public DatabaseTables() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 129 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}. CloudFormation
     * property {@code Exclude}.
     */
    public DatabaseTables exclude(List<String> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public DatabaseTables exclude(Value<List<String>> value) {
      return set("Exclude", value);
    }

    /**
     * Length: 1 to 129 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}. CloudFormation
     * property {@code Include}.
     */
    public DatabaseTables include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public DatabaseTables include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /** Property type {@code AWS::KinesisFirehose::DeliveryStream.Databases}. */
  public static final class Databases extends Struct<Databases> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.Databases")
        .constrain("Exclude", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(64))
        .constrain("Include", Constraint.of().pattern("[\\u0001-\\uFFFF]*").minLength(1).maxLength(64))
        .build();

    public Databases() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 64 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}. CloudFormation
     * property {@code Exclude}.
     */
    public Databases exclude(List<String> value) {
      return set("Exclude", Value.listOf(value));
    }

    /** Sets {@code Exclude} to this value; see {@link #exclude(List)}. */
    public Databases exclude(Value<List<String>> value) {
      return set("Exclude", value);
    }

    /**
     * Length: 1 to 64 characters. Pattern: {@code [&#92;u0001-&#92;uFFFF]*}. CloudFormation
     * property {@code Include}.
     */
    public Databases include(List<String> value) {
      return set("Include", Value.listOf(value));
    }

    /** Sets {@code Include} to this value; see {@link #include(List)}. */
    public Databases include(Value<List<String>> value) {
      return set("Include", value);
    }
  }

  /**
   * Specifies the type and Amazon Resource Name (ARN) of the CMK to use for Server-Side Encryption
   * (SSE).
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.DeliveryStreamEncryptionConfigurationInput}.
   */
  public static final class DeliveryStreamEncryptionConfigurationInput extends Struct<DeliveryStreamEncryptionConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DeliveryStreamEncryptionConfigurationInput")
        .required("KeyType")
        .constrain("KeyARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512))
        .references("KeyARN", "AWS::KMS::Key.Arn")
        .allowed("KeyType", "AWS_OWNED_CMK", "CUSTOMER_MANAGED_CMK")
        .build();

    public DeliveryStreamEncryptionConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * If you set <code>KeyType</code> to <code>CUSTOMER_MANAGED_CMK</code> , you must specify the
     * Amazon Resource Name (ARN) of the CMK. If you set <code>KeyType</code> to <code>AWS
     * _OWNED_CMK</code> , Firehose uses a service-account CMK.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code arn:.*}. CloudFormation property {@code
     * KeyARN}.
     */
    public DeliveryStreamEncryptionConfigurationInput keyARN(String value) {
      return set("KeyARN", Value.of(value));
    }

    /** Sets {@code KeyARN} to this value; see {@link #keyARN(String)}. */
    public DeliveryStreamEncryptionConfigurationInput keyARN(Value<String> value) {
      return set("KeyARN", value);
    }

    /** Sets {@code KeyARN} to the Arn of {@code AWS::KMS::Key}; see {@link #keyARN(String)}. */
    public DeliveryStreamEncryptionConfigurationInput keyARN(Key resource) {
      return set("KeyARN", resource.arn());
    }

    /**
     * Indicates the type of customer master key (CMK) to use for encryption. The default setting is
     * <code>AWS_OWNED_CMK</code> . For more information about CMKs, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#master_keys">Customer
     * Master Keys (CMKs)</a> .
     *
     * <p>You can use a CMK of type CUSTOMER_MANAGED_CMK to encrypt up to 500 delivery streams.
     *
     * <p>To encrypt your delivery stream, use symmetric CMKs. Kinesis Data Firehose doesn't support
     * asymmetric CMKs. For information about symmetric and asymmetric CMKs, see <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-concepts.html">About
     * Symmetric and Asymmetric CMKs</a> in the AWS Key Management Service developer guide.
     *
     * <p>Required. Allowed values: {@code AWS_OWNED_CMK}, {@code CUSTOMER_MANAGED_CMK}.
     * CloudFormation property {@code KeyType}.
     */
    public DeliveryStreamEncryptionConfigurationInput keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public DeliveryStreamEncryptionConfigurationInput keyType(Value<String> value) {
      return set("KeyType", value);
    }
  }

  /**
   * The deserializer you want Kinesis Data Firehose to use for converting the input data from JSON.
   * Kinesis Data Firehose then serializes the data to its final format using the
   * <code>Serializer</code> . Kinesis Data Firehose supports two types of deserializers: the <a
   * href="https://docs.aws.amazon.com/https://cwiki.apache.org/confluence/display/Hive/LanguageManual+DDL#LanguageManualDDL-JSON">Apache
   * Hive JSON SerDe</a> and the <a
   * href="https://docs.aws.amazon.com/https://github.com/rcongiu/Hive-JSON-Serde">OpenX JSON
   * SerDe</a> .
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.Deserializer}.
   */
  public static final class Deserializer extends Struct<Deserializer> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.Deserializer");

    public Deserializer() {
      super(SCHEMA);
    }

    /**
     * The native Hive / HCatalog JsonSerDe. Used by Firehose for deserializing data, which means
     * converting it from the JSON format in preparation for serializing it to the Parquet or ORC
     * format. This is one of two deserializers you can choose, depending on which one offers the
     * functionality you need. The other option is the OpenX SerDe.
     *
     * <p>CloudFormation property {@code HiveJsonSerDe}.
     */
    public Deserializer hiveJsonSerDe(Value<HiveJsonSerDe> value) {
      return set("HiveJsonSerDe", value);
    }

    /**
     * The OpenX SerDe. Used by Firehose for deserializing data, which means converting it from the
     * JSON format in preparation for serializing it to the Parquet or ORC format. This is one of
     * two deserializers you can choose, depending on which one offers the functionality you need.
     * The other option is the native Hive / HCatalog JsonSerDe.
     *
     * <p>CloudFormation property {@code OpenXJsonSerDe}.
     */
    public Deserializer openXJsonSerDe(Value<OpenXJsonSerDe> value) {
      return set("OpenXJsonSerDe", value);
    }
  }

  /**
   * Describes the configuration of a destination in Apache Iceberg Tables. This section is only
   * needed for tables where you want to update or delete data.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.DestinationTableConfiguration}.
   */
  public static final class DestinationTableConfiguration extends Struct<DestinationTableConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DestinationTableConfiguration")
        .required("DestinationDatabaseName", "DestinationTableName")
        .constrain("DestinationDatabaseName", Constraint.of().pattern("^[a-zA-Z0-9\\.\\_]+$").minLength(1).maxLength(512))
        .constrain("DestinationTableName", Constraint.of().pattern("^[a-zA-Z0-9\\.\\_]+$").minLength(1).maxLength(512))
        .constrain("S3ErrorOutputPrefix", Constraint.of().minLength(1).maxLength(1024))
        .constrain("UniqueKeys", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(512))
        .build();

    public DestinationTableConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the Apache Iceberg database.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;_]+$}.
     * CloudFormation property {@code DestinationDatabaseName}.
     */
    public DestinationTableConfiguration destinationDatabaseName(String value) {
      return set("DestinationDatabaseName", Value.of(value));
    }

    /**
     * Sets {@code DestinationDatabaseName} to this value; see {@link
     * #destinationDatabaseName(String)}.
     */
    public DestinationTableConfiguration destinationDatabaseName(Value<String> value) {
      return set("DestinationDatabaseName", value);
    }

    /**
     * Specifies the name of the Apache Iceberg Table.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[a-zA-Z0-9&#92;.&#92;_]+$}.
     * CloudFormation property {@code DestinationTableName}.
     */
    public DestinationTableConfiguration destinationTableName(String value) {
      return set("DestinationTableName", Value.of(value));
    }

    /**
     * Sets {@code DestinationTableName} to this value; see {@link #destinationTableName(String)}.
     */
    public DestinationTableConfiguration destinationTableName(Value<String> value) {
      return set("DestinationTableName", value);
    }

    /**
     * The partition spec configuration for a table that is used by automatic table creation.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code PartitionSpec}.
     */
    public DestinationTableConfiguration partitionSpec(Value<PartitionSpec> value) {
      return set("PartitionSpec", value);
    }

    /**
     * The table specific S3 error output prefix. All the errors that occurred while delivering to
     * this table will be prefixed with this value in S3 destination.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code S3ErrorOutputPrefix}.
     */
    public DestinationTableConfiguration s3ErrorOutputPrefix(String value) {
      return set("S3ErrorOutputPrefix", Value.of(value));
    }

    /** Sets {@code S3ErrorOutputPrefix} to this value; see {@link #s3ErrorOutputPrefix(String)}. */
    public DestinationTableConfiguration s3ErrorOutputPrefix(Value<String> value) {
      return set("S3ErrorOutputPrefix", value);
    }

    /**
     * A list of unique keys for a given Apache Iceberg table. Firehose will use these for running
     * Create, Update, or Delete operations on the given Iceberg table.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * UniqueKeys}.
     */
    public DestinationTableConfiguration uniqueKeys(List<String> value) {
      return set("UniqueKeys", Value.listOf(value));
    }

    /** Sets {@code UniqueKeys} to this value; see {@link #uniqueKeys(List)}. */
    public DestinationTableConfiguration uniqueKeys(Value<List<String>> value) {
      return set("UniqueKeys", value);
    }
  }

  /**
   * The structure that configures parameters such as <code>ThroughputHintInMBs</code> for a stream
   * configured with Direct PUT as a source.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.DirectPutSourceConfiguration}.
   */
  public static final class DirectPutSourceConfiguration extends Struct<DirectPutSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DirectPutSourceConfiguration")
        .constrain("ThroughputHintInMBs", Constraint.of().minimum(1).maximum(100))
        .build();

    public DirectPutSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The value that you configure for this parameter is for information purpose only and does not
     * affect Firehose delivery throughput limit. You can use the <a
     * href="https://docs.aws.amazon.com/https://support.console.aws.amazon.com/support/home#/case/create%3FissueType=service-limit-increase%26limitType=kinesis-firehose-limits">Firehose
     * Limits form</a> to request a throughput limit increase.
     *
     * <p>Range: 1 to 100. CloudFormation property {@code ThroughputHintInMBs}.
     */
    public DirectPutSourceConfiguration throughputHintInMBs(int value) {
      return set("ThroughputHintInMBs", Value.of(value));
    }

    /** Sets {@code ThroughputHintInMBs} to this value; see {@link #throughputHintInMBs(int)}. */
    public DirectPutSourceConfiguration throughputHintInMBs(Value<Integer> value) {
      return set("ThroughputHintInMBs", value);
    }
  }

  /**
   * Indicates the method for setting up document ID. The supported methods are Firehose generated
   * document ID and OpenSearch Service generated document ID.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.DocumentIdOptions}.
   */
  public static final class DocumentIdOptions extends Struct<DocumentIdOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.DocumentIdOptions")
        .required("DefaultDocumentIdFormat")
        .allowed("DefaultDocumentIdFormat", "FIREHOSE_DEFAULT", "NO_DOCUMENT_ID")
        .build();

    public DocumentIdOptions() {
      super(SCHEMA);
    }

    /**
     * When the <code>FIREHOSE_DEFAULT</code> option is chosen, Firehose generates a unique document
     * ID for each record based on a unique internal identifier. The generated document ID is stable
     * across multiple delivery attempts, which helps prevent the same record from being indexed
     * multiple times with different document IDs.
     *
     * <p>When the <code>NO_DOCUMENT_ID</code> option is chosen, Firehose does not include any
     * document IDs in the requests it sends to the Amazon OpenSearch Service. This causes the
     * Amazon OpenSearch Service domain to generate document IDs. In case of multiple delivery
     * attempts, this may cause the same record to be indexed more than once with different document
     * IDs. This option enables write-heavy operations, such as the ingestion of logs and
     * observability data, to consume less resources in the Amazon OpenSearch Service domain,
     * resulting in improved performance.
     *
     * <p>Required. Allowed values: {@code FIREHOSE_DEFAULT}, {@code NO_DOCUMENT_ID}. CloudFormation
     * property {@code DefaultDocumentIdFormat}.
     */
    public DocumentIdOptions defaultDocumentIdFormat(String value) {
      return set("DefaultDocumentIdFormat", Value.of(value));
    }

    /**
     * Sets {@code DefaultDocumentIdFormat} to this value; see {@link
     * #defaultDocumentIdFormat(String)}.
     */
    public DocumentIdOptions defaultDocumentIdFormat(Value<String> value) {
      return set("DefaultDocumentIdFormat", value);
    }
  }

  /**
   * The <code>DynamicPartitioningConfiguration</code> property type specifies the configuration of
   * the dynamic partitioning mechanism that creates targeted data sets from the streaming data by
   * partitioning it based on partition keys.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.DynamicPartitioningConfiguration}.
   */
  public static final class DynamicPartitioningConfiguration extends Struct<DynamicPartitioningConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.DynamicPartitioningConfiguration");

    public DynamicPartitioningConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether dynamic partitioning is enabled for this Kinesis Data Firehose delivery
     * stream.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public DynamicPartitioningConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DynamicPartitioningConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specifies the retry behavior in case Kinesis Data Firehose is unable to deliver data to an
     * Amazon S3 prefix.
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public DynamicPartitioningConfiguration retryOptions(Value<RetryOptions> value) {
      return set("RetryOptions", value);
    }
  }

  /**
   * The <code>ElasticsearchBufferingHints</code> property type specifies how Amazon Kinesis Data
   * Firehose (Kinesis Data Firehose) buffers incoming data while delivering it to the destination.
   * The first buffer condition that is satisfied triggers Kinesis Data Firehose to deliver the
   * data.
   *
   * <p>ElasticsearchBufferingHints is the property type for the <code>BufferingHints</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisfirehose-deliverystream-elasticsearchdestinationconfiguration.html">Amazon
   * Kinesis Data Firehose DeliveryStream ElasticsearchDestinationConfiguration</a> property type.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.ElasticsearchBufferingHints}.
   */
  public static final class ElasticsearchBufferingHints extends Struct<ElasticsearchBufferingHints> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.ElasticsearchBufferingHints")
        .constrain("IntervalInSeconds", Constraint.of().minimum(0).maximum(900))
        .constrain("SizeInMBs", Constraint.of().minimum(1).maximum(100))
        .build();

    public ElasticsearchBufferingHints() {
      super(SCHEMA);
    }

    /**
     * The length of time, in seconds, that Kinesis Data Firehose buffers incoming data before
     * delivering it to the destination. For valid values, see the <code>IntervalInSeconds</code>
     * content for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html">BufferingHints</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Range: 0 to 900. CloudFormation property {@code IntervalInSeconds}.
     */
    public ElasticsearchBufferingHints intervalInSeconds(int value) {
      return set("IntervalInSeconds", Value.of(value));
    }

    /** Sets {@code IntervalInSeconds} to this value; see {@link #intervalInSeconds(int)}. */
    public ElasticsearchBufferingHints intervalInSeconds(Value<Integer> value) {
      return set("IntervalInSeconds", value);
    }

    /**
     * The size of the buffer, in MBs, that Kinesis Data Firehose uses for incoming data before
     * delivering it to the destination. For valid values, see the <code>SizeInMBs</code> content
     * for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html">BufferingHints</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Range: 1 to 100. CloudFormation property {@code SizeInMBs}.
     */
    public ElasticsearchBufferingHints sizeInMBs(int value) {
      return set("SizeInMBs", Value.of(value));
    }

    /** Sets {@code SizeInMBs} to this value; see {@link #sizeInMBs(int)}. */
    public ElasticsearchBufferingHints sizeInMBs(Value<Integer> value) {
      return set("SizeInMBs", value);
    }
  }

  /**
   * The <code>ElasticsearchDestinationConfiguration</code> property type specifies an Amazon
   * Elasticsearch Service (Amazon ES) domain that Amazon Kinesis Data Firehose (Kinesis Data
   * Firehose) delivers data to.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.ElasticsearchDestinationConfiguration}.
   */
  public static final class ElasticsearchDestinationConfiguration extends Struct<ElasticsearchDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.ElasticsearchDestinationConfiguration")
        .required("IndexName", "RoleARN", "S3Configuration")
        .constrain("ClusterEndpoint", Constraint.of().pattern("https:.*").minLength(1).maxLength(512))
        .references("DomainARN", "AWS::Elasticsearch::Domain.Arn",
            "AWS::OpenSearchService::Domain.Arn")
        .constrain("IndexName", Constraint.of().minLength(1).maxLength(80))
        .allowed("IndexRotationPeriod", "NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .allowed("S3BackupMode", "FailedDocumentsOnly", "AllDocuments")
        .constrain("TypeName", Constraint.of().minLength(0).maxLength(100))
        .build();

    public ElasticsearchDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configures how Kinesis Data Firehose buffers incoming data while delivering it to the Amazon
     * ES domain.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public ElasticsearchDestinationConfiguration bufferingHints(Value<ElasticsearchBufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * The Amazon CloudWatch Logs logging options for the delivery stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public ElasticsearchDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The endpoint to use when communicating with the cluster. Specify either this
     * <code>ClusterEndpoint</code> or the <code>DomainARN</code> field.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code https:.*}. CloudFormation property {@code
     * ClusterEndpoint}.
     */
    public ElasticsearchDestinationConfiguration clusterEndpoint(String value) {
      return set("ClusterEndpoint", Value.of(value));
    }

    /** Sets {@code ClusterEndpoint} to this value; see {@link #clusterEndpoint(String)}. */
    public ElasticsearchDestinationConfiguration clusterEndpoint(Value<String> value) {
      return set("ClusterEndpoint", value);
    }

    /**
     * Indicates the method for setting up document ID. The supported methods are Firehose generated
     * document ID and OpenSearch Service generated document ID.
     *
     * <p>CloudFormation property {@code DocumentIdOptions}.
     */
    public ElasticsearchDestinationConfiguration documentIdOptions(Value<DocumentIdOptions> value) {
      return set("DocumentIdOptions", value);
    }

    /**
     * The ARN of the Amazon ES domain. The IAM role must have permissions for
     * <code>DescribeElasticsearchDomain</code> , <code>DescribeElasticsearchDomains</code> , and
     * <code>DescribeElasticsearchDomainConfig</code> after assuming the role specified in
     * <em>RoleARN</em> .
     *
     * <p>Specify either <code>ClusterEndpoint</code> or <code>DomainARN</code> .
     *
     * <p>CloudFormation property {@code DomainARN}.
     */
    public ElasticsearchDestinationConfiguration domainARN(String value) {
      return set("DomainARN", Value.of(value));
    }

    /** Sets {@code DomainARN} to this value; see {@link #domainARN(String)}. */
    public ElasticsearchDestinationConfiguration domainARN(Value<String> value) {
      return set("DomainARN", value);
    }

    /**
     * Sets {@code DomainARN} to the Arn of {@code AWS::Elasticsearch::Domain}; see {@link
     * #domainARN(String)}.
     */
    public ElasticsearchDestinationConfiguration domainARN(io.tropo4j.resources.elasticsearch.Domain resource) {
      return set("DomainARN", resource.arn());
    }

    /**
     * The name of the Elasticsearch index to which Kinesis Data Firehose adds data for indexing.
     *
     * <p>Required. Length: 1 to 80 characters. CloudFormation property {@code IndexName}.
     */
    public ElasticsearchDestinationConfiguration indexName(String value) {
      return set("IndexName", Value.of(value));
    }

    /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
    public ElasticsearchDestinationConfiguration indexName(Value<String> value) {
      return set("IndexName", value);
    }

    /**
     * The frequency of Elasticsearch index rotation. If you enable index rotation, Kinesis Data
     * Firehose appends a portion of the UTC arrival timestamp to the specified index name, and
     * rotates the appended timestamp accordingly. For more information, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/dev/basic-deliver.html#es-index-rotation">Index
     * Rotation for the Amazon ES Destination</a> in the <em>Amazon Kinesis Data Firehose Developer
     * Guide</em> .
     *
     * <p>Allowed values: {@code NoRotation}, {@code OneHour}, {@code OneDay}, {@code OneWeek},
     * {@code OneMonth}. CloudFormation property {@code IndexRotationPeriod}.
     */
    public ElasticsearchDestinationConfiguration indexRotationPeriod(String value) {
      return set("IndexRotationPeriod", Value.of(value));
    }

    /** Sets {@code IndexRotationPeriod} to this value; see {@link #indexRotationPeriod(String)}. */
    public ElasticsearchDestinationConfiguration indexRotationPeriod(Value<String> value) {
      return set("IndexRotationPeriod", value);
    }

    /**
     * The data processing configuration for the Kinesis Data Firehose delivery stream.
     *
     * <p>CloudFormation property {@code ProcessingConfiguration}.
     */
    public ElasticsearchDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The retry behavior when Kinesis Data Firehose is unable to deliver data to Amazon ES.
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public ElasticsearchDestinationConfiguration retryOptions(Value<ElasticsearchRetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to be assumed by Kinesis Data Firehose for
     * calling the Amazon ES Configuration API and for indexing documents. For more information, see
     * <a href="https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html">Controlling
     * Access with Amazon Kinesis Data Firehose</a> .
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public ElasticsearchDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public ElasticsearchDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public ElasticsearchDestinationConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * The condition under which Kinesis Data Firehose delivers data to Amazon Simple Storage
     * Service (Amazon S3). You can send Amazon S3 all documents (all data) or only the documents
     * that Kinesis Data Firehose could not deliver to the Amazon ES destination. For more
     * information and valid values, see the <code>S3BackupMode</code> content for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_ElasticsearchDestinationConfiguration.html">ElasticsearchDestinationConfiguration</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Allowed values: {@code FailedDocumentsOnly}, {@code AllDocuments}. CloudFormation property
     * {@code S3BackupMode}.
     */
    public ElasticsearchDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public ElasticsearchDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /**
     * The S3 bucket where Kinesis Data Firehose backs up incoming data.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public ElasticsearchDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The Elasticsearch type name that Amazon ES adds to documents when indexing data.
     *
     * <p>Length: 0 to 100 characters. CloudFormation property {@code TypeName}.
     */
    public ElasticsearchDestinationConfiguration typeName(String value) {
      return set("TypeName", Value.of(value));
    }

    /** Sets {@code TypeName} to this value; see {@link #typeName(String)}. */
    public ElasticsearchDestinationConfiguration typeName(Value<String> value) {
      return set("TypeName", value);
    }

    /**
     * The details of the VPC of the Amazon ES destination.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfiguration}.
     */
    public ElasticsearchDestinationConfiguration vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * The <code>ElasticsearchRetryOptions</code> property type configures the retry behavior for when
   * Amazon Kinesis Data Firehose (Kinesis Data Firehose) can't deliver data to Amazon Elasticsearch
   * Service (Amazon ES).
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.ElasticsearchRetryOptions}.
   */
  public static final class ElasticsearchRetryOptions extends Struct<ElasticsearchRetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.ElasticsearchRetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public ElasticsearchRetryOptions() {
      super(SCHEMA);
    }

    /**
     * After an initial failure to deliver to Amazon ES, the total amount of time during which
     * Kinesis Data Firehose re-attempts delivery (including the first attempt). If Kinesis Data
     * Firehose can't deliver the data within the specified time, it writes the data to the backup
     * S3 bucket. For valid values, see the <code>DurationInSeconds</code> content for the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_ElasticsearchRetryOptions.html">ElasticsearchRetryOptions</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public ElasticsearchRetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public ElasticsearchRetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * The <code>EncryptionConfiguration</code> property type specifies the encryption settings that
   * Amazon Kinesis Data Firehose (Kinesis Data Firehose) uses when delivering data to Amazon Simple
   * Storage Service (Amazon S3).
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.EncryptionConfiguration}.
   */
  public static final class EncryptionConfiguration extends Struct<EncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.EncryptionConfiguration")
        .allowed("NoEncryptionConfig", "NoEncryption")
        .build();

    public EncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The AWS Key Management Service ( AWS KMS) encryption key that Amazon S3 uses to encrypt your
     * data.
     *
     * <p>CloudFormation property {@code KMSEncryptionConfig}.
     */
    public EncryptionConfiguration kmsEncryptionConfig(Value<KMSEncryptionConfig> value) {
      return set("KMSEncryptionConfig", value);
    }

    /**
     * Disables encryption. For valid values, see the <code>NoEncryptionConfig</code> content for
     * the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_EncryptionConfiguration.html">EncryptionConfiguration</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Allowed values: {@code NoEncryption}. CloudFormation property {@code NoEncryptionConfig}.
     */
    public EncryptionConfiguration noEncryptionConfig(String value) {
      return set("NoEncryptionConfig", Value.of(value));
    }

    /** Sets {@code NoEncryptionConfig} to this value; see {@link #noEncryptionConfig(String)}. */
    public EncryptionConfiguration noEncryptionConfig(Value<String> value) {
      return set("NoEncryptionConfig", value);
    }
  }

  /**
   * The <code>ExtendedS3DestinationConfiguration</code> property type configures an Amazon S3
   * destination for an Amazon Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.ExtendedS3DestinationConfiguration}.
   */
  public static final class ExtendedS3DestinationConfiguration extends Struct<ExtendedS3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.ExtendedS3DestinationConfiguration")
        .required("BucketARN", "RoleARN")
        .constrain("BucketARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(2048))
        .references("BucketARN", "AWS::S3::Bucket.Arn")
        .allowed("CompressionFormat", "UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY")
        .constrain("CustomTimeZone", Constraint.of().pattern("^$|[a-zA-Z/_]+$").minLength(0).maxLength(50))
        .constrain("ErrorOutputPrefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("FileExtension", Constraint.of().pattern("^$|\\.[0-9a-z!\\-_.*'()]+").minLength(0).maxLength(128))
        .constrain("Prefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .allowed("S3BackupMode", "Disabled", "Enabled")
        .build();

    public ExtendedS3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 bucket. For constraints, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_ExtendedS3DestinationConfiguration.html">ExtendedS3DestinationConfiguration</a>
     * in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code arn:.*}. CloudFormation property
     * {@code BucketARN}.
     */
    public ExtendedS3DestinationConfiguration bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public ExtendedS3DestinationConfiguration bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }

    /**
     * Sets {@code BucketARN} to the Arn of {@code AWS::S3::Bucket}; see {@link #bucketARN(String)}.
     */
    public ExtendedS3DestinationConfiguration bucketARN(Bucket resource) {
      return set("BucketARN", resource.arn());
    }

    /**
     * The buffering option.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public ExtendedS3DestinationConfiguration bufferingHints(Value<BufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * The Amazon CloudWatch logging options for your Firehose stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public ExtendedS3DestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The compression format. If no value is specified, the default is <code>UNCOMPRESSED</code> .
     *
     * <p>Allowed values: {@code UNCOMPRESSED}, {@code GZIP}, {@code ZIP}, {@code Snappy}, {@code
     * HADOOP_SNAPPY}. CloudFormation property {@code CompressionFormat}.
     */
    public ExtendedS3DestinationConfiguration compressionFormat(String value) {
      return set("CompressionFormat", Value.of(value));
    }

    /** Sets {@code CompressionFormat} to this value; see {@link #compressionFormat(String)}. */
    public ExtendedS3DestinationConfiguration compressionFormat(Value<String> value) {
      return set("CompressionFormat", value);
    }

    /**
     * The time zone you prefer. UTC is the default.
     *
     * <p>Length: 0 to 50 characters. Pattern: {@code ^$|[a-zA-Z/_]+$}. CloudFormation property
     * {@code CustomTimeZone}.
     */
    public ExtendedS3DestinationConfiguration customTimeZone(String value) {
      return set("CustomTimeZone", Value.of(value));
    }

    /** Sets {@code CustomTimeZone} to this value; see {@link #customTimeZone(String)}. */
    public ExtendedS3DestinationConfiguration customTimeZone(Value<String> value) {
      return set("CustomTimeZone", value);
    }

    /**
     * The serializer, deserializer, and schema for converting data from the JSON format to the
     * Parquet or ORC format before writing it to Amazon S3.
     *
     * <p>CloudFormation property {@code DataFormatConversionConfiguration}.
     */
    public ExtendedS3DestinationConfiguration dataFormatConversionConfiguration(Value<DataFormatConversionConfiguration> value) {
      return set("DataFormatConversionConfiguration", value);
    }

    /**
     * The configuration of the dynamic partitioning mechanism that creates targeted data sets from
     * the streaming data by partitioning it based on partition keys.
     *
     * <p>CloudFormation property {@code DynamicPartitioningConfiguration}.
     */
    public ExtendedS3DestinationConfiguration dynamicPartitioningConfiguration(Value<DynamicPartitioningConfiguration> value) {
      return set("DynamicPartitioningConfiguration", value);
    }

    /**
     * The encryption configuration for the Kinesis Data Firehose delivery stream. The default value
     * is <code>NoEncryption</code> .
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public ExtendedS3DestinationConfiguration encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * A prefix that Kinesis Data Firehose evaluates and adds to failed records before writing them
     * to S3. This prefix appears immediately following the bucket name. For information about how
     * to specify this prefix, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/dev/s3-prefixes.html">Custom Prefixes for
     * Amazon S3 Objects</a> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code ErrorOutputPrefix}.
     */
    public ExtendedS3DestinationConfiguration errorOutputPrefix(String value) {
      return set("ErrorOutputPrefix", Value.of(value));
    }

    /** Sets {@code ErrorOutputPrefix} to this value; see {@link #errorOutputPrefix(String)}. */
    public ExtendedS3DestinationConfiguration errorOutputPrefix(Value<String> value) {
      return set("ErrorOutputPrefix", value);
    }

    /**
     * Specify a file extension. It will override the default file extension
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code ^$|&#92;.[0-9a-z!&#92;-_.*'()]+}.
     * CloudFormation property {@code FileExtension}.
     */
    public ExtendedS3DestinationConfiguration fileExtension(String value) {
      return set("FileExtension", Value.of(value));
    }

    /** Sets {@code FileExtension} to this value; see {@link #fileExtension(String)}. */
    public ExtendedS3DestinationConfiguration fileExtension(Value<String> value) {
      return set("FileExtension", value);
    }

    /**
     * The <code>YYYY/MM/DD/HH</code> time format prefix is automatically used for delivered Amazon
     * S3 files. For more information, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_ExtendedS3DestinationConfiguration.html">ExtendedS3DestinationConfiguration</a>
     * in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Prefix}.
     */
    public ExtendedS3DestinationConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public ExtendedS3DestinationConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The data processing configuration for the Kinesis Data Firehose delivery stream.
     *
     * <p>CloudFormation property {@code ProcessingConfiguration}.
     */
    public ExtendedS3DestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS credentials. For constraints, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_ExtendedS3DestinationConfiguration.html">ExtendedS3DestinationConfiguration</a>
     * in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public ExtendedS3DestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public ExtendedS3DestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public ExtendedS3DestinationConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * The configuration for backup in Amazon S3.
     *
     * <p>CloudFormation property {@code S3BackupConfiguration}.
     */
    public ExtendedS3DestinationConfiguration s3BackupConfiguration(Value<S3DestinationConfiguration> value) {
      return set("S3BackupConfiguration", value);
    }

    /**
     * The Amazon S3 backup mode. After you create a Firehose stream, you can update it to enable
     * Amazon S3 backup if it is disabled. If backup is enabled, you can't update the Firehose
     * stream to disable it.
     *
     * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
     * S3BackupMode}.
     */
    public ExtendedS3DestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public ExtendedS3DestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }
  }

  /**
   * The native Hive / HCatalog JsonSerDe. Used by Firehose for deserializing data, which means
   * converting it from the JSON format in preparation for serializing it to the Parquet or ORC
   * format. This is one of two deserializers you can choose, depending on which one offers the
   * functionality you need. The other option is the OpenX SerDe.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.HiveJsonSerDe}.
   */
  public static final class HiveJsonSerDe extends Struct<HiveJsonSerDe> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.HiveJsonSerDe")
        .constrain("TimestampFormats", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(1024))
        .build();

    public HiveJsonSerDe() {
      super(SCHEMA);
    }

    /**
     * Indicates how you want Firehose to parse the date and timestamps that may be present in your
     * input data JSON. To specify these format strings, follow the pattern syntax of JodaTime's
     * DateTimeFormat format strings. For more information, see <a
     * href="https://docs.aws.amazon.com/https://www.joda.org/joda-time/apidocs/org/joda/time/format/DateTimeFormat.html">Class
     * DateTimeFormat</a> . You can also use the special value <code>millis</code> to parse
     * timestamps in epoch milliseconds. If you don't specify a format, Firehose uses
     * <code>java.sql.Timestamp::valueOf</code> by default.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation property
     * {@code TimestampFormats}.
     */
    public HiveJsonSerDe timestampFormats(List<String> value) {
      return set("TimestampFormats", Value.listOf(value));
    }

    /** Sets {@code TimestampFormats} to this value; see {@link #timestampFormats(List)}. */
    public HiveJsonSerDe timestampFormats(Value<List<String>> value) {
      return set("TimestampFormats", value);
    }
  }

  /**
   * Describes the metadata that's delivered to the specified HTTP endpoint destination. Kinesis
   * Firehose supports any custom HTTP endpoint or HTTP endpoints owned by supported third-party
   * service providers, including Datadog, MongoDB, and New Relic.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.HttpEndpointCommonAttribute}.
   */
  public static final class HttpEndpointCommonAttribute extends Struct<HttpEndpointCommonAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.HttpEndpointCommonAttribute")
        .required("AttributeName", "AttributeValue")
        .constrain("AttributeName", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(256))
        .constrain("AttributeValue", Constraint.of().minLength(0).maxLength(1024))
        .build();

    public HttpEndpointCommonAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the HTTP endpoint common attribute.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation
     * property {@code AttributeName}.
     */
    public HttpEndpointCommonAttribute attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public HttpEndpointCommonAttribute attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * The value of the HTTP endpoint common attribute.
     *
     * <p>Required. Length: 0 to 1024 characters. CloudFormation property {@code AttributeValue}.
     */
    public HttpEndpointCommonAttribute attributeValue(String value) {
      return set("AttributeValue", Value.of(value));
    }

    /** Sets {@code AttributeValue} to this value; see {@link #attributeValue(String)}. */
    public HttpEndpointCommonAttribute attributeValue(Value<String> value) {
      return set("AttributeValue", value);
    }
  }

  /**
   * Describes the configuration of the HTTP endpoint to which Kinesis Firehose delivers data.
   * Kinesis Firehose supports any custom HTTP endpoint or HTTP endpoints owned by supported
   * third-party service providers, including Datadog, MongoDB, and New Relic.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.HttpEndpointConfiguration}.
   */
  public static final class HttpEndpointConfiguration extends Struct<HttpEndpointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.HttpEndpointConfiguration")
        .required("Url")
        .constrain("AccessKey", Constraint.of().minLength(0).maxLength(4096))
        .constrain("Name", Constraint.of().pattern("^(?!\\s*$).+$").minLength(1).maxLength(256))
        .constrain("Url", Constraint.of().pattern("^https://").minLength(1).maxLength(1000))
        .build();

    public HttpEndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The access key required for Kinesis Firehose to authenticate with the HTTP endpoint selected
     * as the destination.
     *
     * <p>Length: 0 to 4096 characters. CloudFormation property {@code AccessKey}.
     */
    public HttpEndpointConfiguration accessKey(String value) {
      return set("AccessKey", Value.of(value));
    }

    /** Sets {@code AccessKey} to this value; see {@link #accessKey(String)}. */
    public HttpEndpointConfiguration accessKey(Value<String> value) {
      return set("AccessKey", value);
    }

    /**
     * The name of the HTTP endpoint selected as the destination.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^(?!&#92;s*$).+$}. CloudFormation property
     * {@code Name}.
     */
    public HttpEndpointConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public HttpEndpointConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The URL of the HTTP endpoint selected as the destination.
     *
     * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^https://}. CloudFormation
     * property {@code Url}.
     */
    public HttpEndpointConfiguration url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HttpEndpointConfiguration url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Describes the configuration of the HTTP endpoint destination. Kinesis Firehose supports any
   * custom HTTP endpoint or HTTP endpoints owned by supported third-party service providers,
   * including Datadog, MongoDB, and New Relic.
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.HttpEndpointDestinationConfiguration}.
   */
  public static final class HttpEndpointDestinationConfiguration extends Struct<HttpEndpointDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.HttpEndpointDestinationConfiguration")
        .required("EndpointConfiguration", "S3Configuration")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .allowed("S3BackupMode", "AllData", "FailedDataOnly")
        .build();

    public HttpEndpointDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The buffering options that can be used before data is delivered to the specified destination.
     * Kinesis Data Firehose treats these options as hints, and it might choose to use more optimal
     * values. The SizeInMBs and IntervalInSeconds parameters are optional. However, if you specify
     * a value for one of them, you must also provide a value for the other.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public HttpEndpointDestinationConfiguration bufferingHints(Value<BufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * Describes the Amazon CloudWatch logging options for your delivery stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public HttpEndpointDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The configuration of the HTTP endpoint selected as the destination.
     *
     * <p>Required. CloudFormation property {@code EndpointConfiguration}.
     */
    public HttpEndpointDestinationConfiguration endpointConfiguration(Value<HttpEndpointConfiguration> value) {
      return set("EndpointConfiguration", value);
    }

    /**
     * Describes the data processing configuration.
     *
     * <p>CloudFormation property {@code ProcessingConfiguration}.
     */
    public HttpEndpointDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The configuration of the request sent to the HTTP endpoint specified as the destination.
     *
     * <p>CloudFormation property {@code RequestConfiguration}.
     */
    public HttpEndpointDestinationConfiguration requestConfiguration(Value<HttpEndpointRequestConfiguration> value) {
      return set("RequestConfiguration", value);
    }

    /**
     * Describes the retry behavior in case Kinesis Data Firehose is unable to deliver data to the
     * specified HTTP endpoint destination, or if it doesn't receive a valid acknowledgment of
     * receipt from the specified HTTP endpoint destination.
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public HttpEndpointDestinationConfiguration retryOptions(Value<RetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * Kinesis Data Firehose uses this IAM role for all the permissions that the delivery stream
     * needs.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleARN}.
     */
    public HttpEndpointDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public HttpEndpointDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /**
     * Describes the S3 bucket backup options for the data that Kinesis Data Firehose delivers to
     * the HTTP endpoint destination. You can back up all documents (AllData) or only the documents
     * that Kinesis Data Firehose could not deliver to the specified HTTP endpoint destination
     * (FailedDataOnly).
     *
     * <p>Allowed values: {@code AllData}, {@code FailedDataOnly}. CloudFormation property {@code
     * S3BackupMode}.
     */
    public HttpEndpointDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public HttpEndpointDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /**
     * Describes the configuration of a destination in Amazon S3.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public HttpEndpointDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The configuration that defines how you access secrets for HTTP Endpoint destination.
     *
     * <p>CloudFormation property {@code SecretsManagerConfiguration}.
     */
    public HttpEndpointDestinationConfiguration secretsManagerConfiguration(Value<SecretsManagerConfiguration> value) {
      return set("SecretsManagerConfiguration", value);
    }
  }

  /**
   * The configuration of the HTTP endpoint request. Kinesis Firehose supports any custom HTTP
   * endpoint or HTTP endpoints owned by supported third-party service providers, including Datadog,
   * MongoDB, and New Relic.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.HttpEndpointRequestConfiguration}.
   */
  public static final class HttpEndpointRequestConfiguration extends Struct<HttpEndpointRequestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.HttpEndpointRequestConfiguration")
        .allowed("ContentEncoding", "NONE", "GZIP")
        .build();

    public HttpEndpointRequestConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the metadata sent to the HTTP endpoint destination.
     *
     * <p>CloudFormation property {@code CommonAttributes}.
     */
    public HttpEndpointRequestConfiguration commonAttributes(List<HttpEndpointCommonAttribute> value) {
      return set("CommonAttributes", Value.listOf(value));
    }

    /** Sets {@code CommonAttributes} to this value; see {@link #commonAttributes(List)}. */
    public HttpEndpointRequestConfiguration commonAttributes(Value<List<HttpEndpointCommonAttribute>> value) {
      return set("CommonAttributes", value);
    }

    /** Sets {@code CommonAttributes} to a list of these; see {@link #commonAttributes(List)}. */
    public HttpEndpointRequestConfiguration commonAttributes(HttpEndpointCommonAttribute... values) {
      return set("CommonAttributes", Value.list(values));
    }

    /**
     * Kinesis Data Firehose uses the content encoding to compress the body of a request before
     * sending the request to the destination. For more information, see Content-Encoding in MDN Web
     * Docs, the official Mozilla documentation.
     *
     * <p>Allowed values: {@code NONE}, {@code GZIP}. CloudFormation property {@code
     * ContentEncoding}.
     */
    public HttpEndpointRequestConfiguration contentEncoding(String value) {
      return set("ContentEncoding", Value.of(value));
    }

    /** Sets {@code ContentEncoding} to this value; see {@link #contentEncoding(String)}. */
    public HttpEndpointRequestConfiguration contentEncoding(Value<String> value) {
      return set("ContentEncoding", value);
    }
  }

  /**
   * Specifies the destination configure settings for Apache Iceberg Table.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.IcebergDestinationConfiguration}.
   */
  public static final class IcebergDestinationConfiguration extends Struct<IcebergDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.IcebergDestinationConfiguration")
        .required("CatalogConfiguration", "RoleARN", "S3Configuration")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .allowed("s3BackupMode", "AllData", "FailedDataOnly")
        .build();

    public IcebergDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether all incoming data for this delivery stream will be append only (inserts
     * only and not for updates and deletes) for Iceberg delivery. This feature is only applicable
     * for Apache Iceberg Tables.
     *
     * <p>The default value is false. If you set this value to true, Firehose automatically
     * increases the throughput limit of a stream based on the throttling levels of the stream. If
     * you set this parameter to true for a stream with updates and deletes, you will see out of
     * order delivery.
     *
     * <p>CloudFormation property {@code AppendOnly}.
     */
    public IcebergDestinationConfiguration appendOnly(boolean value) {
      return set("AppendOnly", Value.of(value));
    }

    /** Sets {@code AppendOnly} to this value; see {@link #appendOnly(boolean)}. */
    public IcebergDestinationConfiguration appendOnly(Value<Boolean> value) {
      return set("AppendOnly", value);
    }

    /** CloudFormation property {@code BufferingHints}. */
    public IcebergDestinationConfiguration bufferingHints(Value<BufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * Configuration describing where the destination Apache Iceberg Tables are persisted.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * CatalogConfiguration}.
     */
    public IcebergDestinationConfiguration catalogConfiguration(Value<CatalogConfiguration> value) {
      return set("CatalogConfiguration", value);
    }

    /** CloudFormation property {@code CloudWatchLoggingOptions}. */
    public IcebergDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * Provides a list of <code>DestinationTableConfigurations</code> which Firehose uses to deliver
     * data to Apache Iceberg Tables. Firehose will write data with insert if table specific
     * configuration is not provided here.
     *
     * <p>CloudFormation property {@code DestinationTableConfigurationList}.
     */
    public IcebergDestinationConfiguration destinationTableConfigurationList(List<DestinationTableConfiguration> value) {
      return set("DestinationTableConfigurationList", Value.listOf(value));
    }

    /**
     * Sets {@code DestinationTableConfigurationList} to this value; see {@link
     * #destinationTableConfigurationList(List)}.
     */
    public IcebergDestinationConfiguration destinationTableConfigurationList(Value<List<DestinationTableConfiguration>> value) {
      return set("DestinationTableConfigurationList", value);
    }

    /**
     * Sets {@code DestinationTableConfigurationList} to a list of these; see {@link
     * #destinationTableConfigurationList(List)}.
     */
    public IcebergDestinationConfiguration destinationTableConfigurationList(DestinationTableConfiguration... values) {
      return set("DestinationTableConfigurationList", Value.list(values));
    }

    /** CloudFormation property {@code ProcessingConfiguration}. */
    public IcebergDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /** CloudFormation property {@code RetryOptions}. */
    public IcebergDestinationConfiguration retryOptions(Value<RetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role to be assumed by Firehose for calling Apache
     * Iceberg Tables.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public IcebergDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public IcebergDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Required. CloudFormation property {@code S3Configuration}. */
    public IcebergDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The configuration to enable automatic schema evolution.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code SchemaEvolutionConfiguration}.
     */
    public IcebergDestinationConfiguration schemaEvolutionConfiguration(Value<SchemaEvolutionConfiguration> value) {
      return set("SchemaEvolutionConfiguration", value);
    }

    /**
     * The configuration to enable automatic table creation.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code TableCreationConfiguration}.
     */
    public IcebergDestinationConfiguration tableCreationConfiguration(Value<TableCreationConfiguration> value) {
      return set("TableCreationConfiguration", value);
    }

    /**
     * Describes how Firehose will backup records. Currently,S3 backup only supports
     * <code>FailedDataOnly</code> .
     *
     * <p>Allowed values: {@code AllData}, {@code FailedDataOnly}. CloudFormation property {@code
     * s3BackupMode}.
     */
    public IcebergDestinationConfiguration s3BackupMode(String value) {
      return set("s3BackupMode", Value.of(value));
    }

    /** Sets {@code s3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public IcebergDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("s3BackupMode", value);
    }
  }

  /**
   * Specifies the deserializer you want to use to convert the format of the input data. This
   * parameter is required if <code>Enabled</code> is set to true.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.InputFormatConfiguration}.
   */
  public static final class InputFormatConfiguration extends Struct<InputFormatConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.InputFormatConfiguration");

    public InputFormatConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies which deserializer to use. You can choose either the Apache Hive JSON SerDe or the
     * OpenX JSON SerDe. If both are non-null, the server rejects the request.
     *
     * <p>CloudFormation property {@code Deserializer}.
     */
    public InputFormatConfiguration deserializer(Value<Deserializer> value) {
      return set("Deserializer", value);
    }
  }

  /**
   * The <code>KMSEncryptionConfig</code> property type specifies the AWS Key Management Service (
   * AWS KMS) encryption key that Amazon Simple Storage Service (Amazon S3) uses to encrypt data
   * delivered by the Amazon Kinesis Data Firehose (Kinesis Data Firehose) stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.KMSEncryptionConfig}.
   */
  public static final class KMSEncryptionConfig extends Struct<KMSEncryptionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.KMSEncryptionConfig")
        .required("AWSKMSKeyARN")
        .constrain("AWSKMSKeyARN", Constraint.of().pattern("^arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:(key|alias)/[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(1).maxLength(512))
        .references("AWSKMSKeyARN", "AWS::KMS::Key.Arn")
        .build();

    public KMSEncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS KMS encryption key that Amazon S3 uses to encrypt
     * data delivered by the Kinesis Data Firehose stream. The key must belong to the same region as
     * the destination S3 bucket.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code
     * ^arn:.*:kms:[a-zA-Z0-9&#92;-]+:&#92;d{12}:(key|alias)/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}.
     * CloudFormation property {@code AWSKMSKeyARN}.
     */
    public KMSEncryptionConfig awskmsKeyARN(String value) {
      return set("AWSKMSKeyARN", Value.of(value));
    }

    /** Sets {@code AWSKMSKeyARN} to this value; see {@link #awskmsKeyARN(String)}. */
    public KMSEncryptionConfig awskmsKeyARN(Value<String> value) {
      return set("AWSKMSKeyARN", value);
    }

    /**
     * Sets {@code AWSKMSKeyARN} to the Arn of {@code AWS::KMS::Key}; see {@link
     * #awskmsKeyARN(String)}.
     */
    public KMSEncryptionConfig awskmsKeyARN(Key resource) {
      return set("AWSKMSKeyARN", resource.arn());
    }
  }

  /**
   * The <code>KinesisStreamSourceConfiguration</code> property type specifies the stream and role
   * Amazon Resource Names (ARNs) for a Kinesis stream used as the source for a delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.KinesisStreamSourceConfiguration}.
   */
  public static final class KinesisStreamSourceConfiguration extends Struct<KinesisStreamSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.KinesisStreamSourceConfiguration")
        .required("KinesisStreamARN", "RoleARN")
        .constrain("KinesisStreamARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512))
        .references("KinesisStreamARN", "AWS::Kinesis::Stream.Arn")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .build();

    public KinesisStreamSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the source Kinesis data stream.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * arn:.*}. CloudFormation property {@code KinesisStreamARN}.
     */
    public KinesisStreamSourceConfiguration kinesisStreamARN(String value) {
      return set("KinesisStreamARN", Value.of(value));
    }

    /** Sets {@code KinesisStreamARN} to this value; see {@link #kinesisStreamARN(String)}. */
    public KinesisStreamSourceConfiguration kinesisStreamARN(Value<String> value) {
      return set("KinesisStreamARN", value);
    }

    /**
     * Sets {@code KinesisStreamARN} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
     * #kinesisStreamARN(String)}.
     */
    public KinesisStreamSourceConfiguration kinesisStreamARN(Stream resource) {
      return set("KinesisStreamARN", resource.arn());
    }

    /**
     * The ARN of the role that provides access to the source Kinesis data stream.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * arn:.*}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public KinesisStreamSourceConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public KinesisStreamSourceConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public KinesisStreamSourceConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }
  }

  /**
   * The configuration for the Amazon MSK cluster to be used as the source for a delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.MSKSourceConfiguration}.
   */
  public static final class MSKSourceConfiguration extends Struct<MSKSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.MSKSourceConfiguration")
        .required("AuthenticationConfiguration", "MSKClusterARN", "TopicName")
        .constrain("MSKClusterARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512))
        .constrain("TopicName", Constraint.of().pattern("[a-zA-Z0-9\\._\\-]+").minLength(1).maxLength(255))
        .build();

    public MSKSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The authentication configuration of the Amazon MSK cluster.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * AuthenticationConfiguration}.
     */
    public MSKSourceConfiguration authenticationConfiguration(Value<AuthenticationConfiguration> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * The ARN of the Amazon MSK cluster.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * arn:.*}. CloudFormation property {@code MSKClusterARN}.
     */
    public MSKSourceConfiguration mskClusterARN(String value) {
      return set("MSKClusterARN", Value.of(value));
    }

    /** Sets {@code MSKClusterARN} to this value; see {@link #mskClusterARN(String)}. */
    public MSKSourceConfiguration mskClusterARN(Value<String> value) {
      return set("MSKClusterARN", value);
    }

    /**
     * The start date and time in UTC for the offset position within your MSK topic from where
     * Firehose begins to read. By default, this is set to timestamp when Firehose becomes Active.
     *
     * <p>If you want to create a Firehose stream with Earliest start position from SDK or CLI, you
     * need to set the <code>ReadFromTimestamp</code> parameter to Epoch (1970-01-01T00:00:00Z).
     *
     * <p>CloudFormation property {@code ReadFromTimestamp}.
     */
    public MSKSourceConfiguration readFromTimestamp(String value) {
      return set("ReadFromTimestamp", Value.of(value));
    }

    /** Sets {@code ReadFromTimestamp} to this value; see {@link #readFromTimestamp(String)}. */
    public MSKSourceConfiguration readFromTimestamp(Value<String> value) {
      return set("ReadFromTimestamp", value);
    }

    /**
     * The topic name within the Amazon MSK cluster.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
     * [a-zA-Z0-9&#92;._&#92;-]+}. CloudFormation property {@code TopicName}.
     */
    public MSKSourceConfiguration topicName(String value) {
      return set("TopicName", Value.of(value));
    }

    /** Sets {@code TopicName} to this value; see {@link #topicName(String)}. */
    public MSKSourceConfiguration topicName(Value<String> value) {
      return set("TopicName", value);
    }
  }

  /**
   * The OpenX SerDe. Used by Firehose for deserializing data, which means converting it from the
   * JSON format in preparation for serializing it to the Parquet or ORC format. This is one of two
   * deserializers you can choose, depending on which one offers the functionality you need. The
   * other option is the native Hive / HCatalog JsonSerDe.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.OpenXJsonSerDe}.
   */
  public static final class OpenXJsonSerDe extends Struct<OpenXJsonSerDe> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.OpenXJsonSerDe");

    public OpenXJsonSerDe() {
      super(SCHEMA);
    }

    /**
     * When set to <code>true</code> , which is the default, Firehose converts JSON keys to
     * lowercase before deserializing them.
     *
     * <p>CloudFormation property {@code CaseInsensitive}.
     */
    public OpenXJsonSerDe caseInsensitive(boolean value) {
      return set("CaseInsensitive", Value.of(value));
    }

    /** Sets {@code CaseInsensitive} to this value; see {@link #caseInsensitive(boolean)}. */
    public OpenXJsonSerDe caseInsensitive(Value<Boolean> value) {
      return set("CaseInsensitive", value);
    }

    /**
     * Maps column names to JSON keys that aren't identical to the column names. This is useful when
     * the JSON contains keys that are Hive keywords. For example, <code>timestamp</code> is a Hive
     * keyword. If you have a JSON key named <code>timestamp</code> , set this parameter to
     * <code>{"ts": "timestamp"}</code> to map this key to a column named <code>ts</code> .
     *
     * <p>CloudFormation property {@code ColumnToJsonKeyMappings}.
     */
    public OpenXJsonSerDe columnToJsonKeyMappings(Map<String, String> value) {
      return set("ColumnToJsonKeyMappings", Value.mapOf(value));
    }

    /**
     * Sets {@code ColumnToJsonKeyMappings} to this value; see {@link
     * #columnToJsonKeyMappings(Map)}.
     */
    public OpenXJsonSerDe columnToJsonKeyMappings(Value<Map<String, String>> value) {
      return set("ColumnToJsonKeyMappings", value);
    }

    /**
     * When set to <code>true</code> , specifies that the names of the keys include dots and that
     * you want Firehose to replace them with underscores. This is useful because Apache Hive does
     * not allow dots in column names. For example, if the JSON contains a key whose name is "a.b",
     * you can define the column name to be "a_b" when using this option.
     *
     * <p>The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code ConvertDotsInJsonKeysToUnderscores}.
     */
    public OpenXJsonSerDe convertDotsInJsonKeysToUnderscores(boolean value) {
      return set("ConvertDotsInJsonKeysToUnderscores", Value.of(value));
    }

    /**
     * Sets {@code ConvertDotsInJsonKeysToUnderscores} to this value; see {@link
     * #convertDotsInJsonKeysToUnderscores(boolean)}.
     */
    public OpenXJsonSerDe convertDotsInJsonKeysToUnderscores(Value<Boolean> value) {
      return set("ConvertDotsInJsonKeysToUnderscores", value);
    }
  }

  /**
   * A serializer to use for converting data to the ORC format before storing it in Amazon S3. For
   * more information, see <a href="https://docs.aws.amazon.com/https://orc.apache.org/docs/">Apache
   * ORC</a> .
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.OrcSerDe}.
   */
  public static final class OrcSerDe extends Struct<OrcSerDe> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.OrcSerDe")
        .constrain("BlockSizeBytes", Constraint.of().minimum(67108864))
        .constrain("BloomFilterColumns", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .constrain("BloomFilterFalsePositiveProbability", Constraint.of().minimum(0).maximum(1))
        .allowed("Compression", "NONE", "SNAPPY", "ZLIB")
        .constrain("DictionaryKeyThreshold", Constraint.of().minimum(0).maximum(1))
        .allowed("FormatVersion", "V0_11", "V0_12")
        .constrain("PaddingTolerance", Constraint.of().minimum(0).maximum(1))
        .constrain("RowIndexStride", Constraint.of().minimum(1000))
        .constrain("StripeSizeBytes", Constraint.of().minimum(8388608))
        .build();

    public OrcSerDe() {
      super(SCHEMA);
    }

    /**
     * The Hadoop Distributed File System (HDFS) block size. This is useful if you intend to copy
     * the data from Amazon S3 to HDFS before querying. The default is 256 MiB and the minimum is 64
     * MiB. Firehose uses this value for padding calculations.
     *
     * <p>Range: at least 67108864. CloudFormation property {@code BlockSizeBytes}.
     */
    public OrcSerDe blockSizeBytes(int value) {
      return set("BlockSizeBytes", Value.of(value));
    }

    /** Sets {@code BlockSizeBytes} to this value; see {@link #blockSizeBytes(int)}. */
    public OrcSerDe blockSizeBytes(Value<Integer> value) {
      return set("BlockSizeBytes", value);
    }

    /**
     * The column names for which you want Firehose to create bloom filters. The default is
     * <code>null</code> .
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * BloomFilterColumns}.
     */
    public OrcSerDe bloomFilterColumns(List<String> value) {
      return set("BloomFilterColumns", Value.listOf(value));
    }

    /** Sets {@code BloomFilterColumns} to this value; see {@link #bloomFilterColumns(List)}. */
    public OrcSerDe bloomFilterColumns(Value<List<String>> value) {
      return set("BloomFilterColumns", value);
    }

    /**
     * The Bloom filter false positive probability (FPP). The lower the FPP, the bigger the Bloom
     * filter. The default value is 0.05, the minimum is 0, and the maximum is 1.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code BloomFilterFalsePositiveProbability}.
     */
    public OrcSerDe bloomFilterFalsePositiveProbability(double value) {
      return set("BloomFilterFalsePositiveProbability", Value.of(value));
    }

    /**
     * Sets {@code BloomFilterFalsePositiveProbability} to this value; see {@link
     * #bloomFilterFalsePositiveProbability(double)}.
     */
    public OrcSerDe bloomFilterFalsePositiveProbability(Value<Double> value) {
      return set("BloomFilterFalsePositiveProbability", value);
    }

    /**
     * The compression code to use over data blocks. The default is <code>SNAPPY</code> .
     *
     * <p>Allowed values: {@code NONE}, {@code SNAPPY}, {@code ZLIB}. CloudFormation property {@code
     * Compression}.
     */
    public OrcSerDe compression(String value) {
      return set("Compression", Value.of(value));
    }

    /** Sets {@code Compression} to this value; see {@link #compression(String)}. */
    public OrcSerDe compression(Value<String> value) {
      return set("Compression", value);
    }

    /**
     * Represents the fraction of the total number of non-null rows. To turn off dictionary
     * encoding, set this fraction to a number that is less than the number of distinct keys in a
     * dictionary. To always use dictionary encoding, set this threshold to 1.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code DictionaryKeyThreshold}.
     */
    public OrcSerDe dictionaryKeyThreshold(double value) {
      return set("DictionaryKeyThreshold", Value.of(value));
    }

    /**
     * Sets {@code DictionaryKeyThreshold} to this value; see {@link
     * #dictionaryKeyThreshold(double)}.
     */
    public OrcSerDe dictionaryKeyThreshold(Value<Double> value) {
      return set("DictionaryKeyThreshold", value);
    }

    /**
     * Set this to <code>true</code> to indicate that you want stripes to be padded to the HDFS
     * block boundaries. This is useful if you intend to copy the data from Amazon S3 to HDFS before
     * querying. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code EnablePadding}.
     */
    public OrcSerDe enablePadding(boolean value) {
      return set("EnablePadding", Value.of(value));
    }

    /** Sets {@code EnablePadding} to this value; see {@link #enablePadding(boolean)}. */
    public OrcSerDe enablePadding(Value<Boolean> value) {
      return set("EnablePadding", value);
    }

    /**
     * The version of the file to write. The possible values are <code>V0_11</code> and
     * <code>V0_12</code> . The default is <code>V0_12</code> .
     *
     * <p>Allowed values: {@code V0_11}, {@code V0_12}. CloudFormation property {@code
     * FormatVersion}.
     */
    public OrcSerDe formatVersion(String value) {
      return set("FormatVersion", Value.of(value));
    }

    /** Sets {@code FormatVersion} to this value; see {@link #formatVersion(String)}. */
    public OrcSerDe formatVersion(Value<String> value) {
      return set("FormatVersion", value);
    }

    /**
     * A number between 0 and 1 that defines the tolerance for block padding as a decimal fraction
     * of stripe size. The default value is 0.05, which means 5 percent of stripe size.
     *
     * <p>For the default values of 64 MiB ORC stripes and 256 MiB HDFS blocks, the default block
     * padding tolerance of 5 percent reserves a maximum of 3.2 MiB for padding within the 256 MiB
     * block. In such a case, if the available size within the block is more than 3.2 MiB, a new,
     * smaller stripe is inserted to fit within that space. This ensures that no stripe crosses
     * block boundaries and causes remote reads within a node-local task.
     *
     * <p>Kinesis Data Firehose ignores this parameter when <code>EnablePadding</code> is
     * <code>false</code> .
     *
     * <p>Range: 0 to 1. CloudFormation property {@code PaddingTolerance}.
     */
    public OrcSerDe paddingTolerance(double value) {
      return set("PaddingTolerance", Value.of(value));
    }

    /** Sets {@code PaddingTolerance} to this value; see {@link #paddingTolerance(double)}. */
    public OrcSerDe paddingTolerance(Value<Double> value) {
      return set("PaddingTolerance", value);
    }

    /**
     * The number of rows between index entries. The default is 10,000 and the minimum is 1,000.
     *
     * <p>Range: at least 1000. CloudFormation property {@code RowIndexStride}.
     */
    public OrcSerDe rowIndexStride(int value) {
      return set("RowIndexStride", Value.of(value));
    }

    /** Sets {@code RowIndexStride} to this value; see {@link #rowIndexStride(int)}. */
    public OrcSerDe rowIndexStride(Value<Integer> value) {
      return set("RowIndexStride", value);
    }

    /**
     * The number of bytes in each stripe. The default is 64 MiB and the minimum is 8 MiB.
     *
     * <p>Range: at least 8388608. CloudFormation property {@code StripeSizeBytes}.
     */
    public OrcSerDe stripeSizeBytes(int value) {
      return set("StripeSizeBytes", Value.of(value));
    }

    /** Sets {@code StripeSizeBytes} to this value; see {@link #stripeSizeBytes(int)}. */
    public OrcSerDe stripeSizeBytes(Value<Integer> value) {
      return set("StripeSizeBytes", value);
    }
  }

  /**
   * Specifies the serializer that you want Firehose to use to convert the format of your data
   * before it writes it to Amazon S3. This parameter is required if <code>Enabled</code> is set to
   * true.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.OutputFormatConfiguration}.
   */
  public static final class OutputFormatConfiguration extends Struct<OutputFormatConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.OutputFormatConfiguration");

    public OutputFormatConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies which serializer to use. You can choose either the ORC SerDe or the Parquet SerDe.
     * If both are non-null, the server rejects the request.
     *
     * <p>CloudFormation property {@code Serializer}.
     */
    public OutputFormatConfiguration serializer(Value<Serializer> value) {
      return set("Serializer", value);
    }
  }

  /**
   * A serializer to use for converting data to the Parquet format before storing it in Amazon S3.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/https://parquet.apache.org/docs/">Apache Parquet</a> .
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.ParquetSerDe}.
   */
  public static final class ParquetSerDe extends Struct<ParquetSerDe> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.ParquetSerDe")
        .constrain("BlockSizeBytes", Constraint.of().minimum(67108864))
        .allowed("Compression", "GZIP", "SNAPPY", "UNCOMPRESSED")
        .constrain("MaxPaddingBytes", Constraint.of().minimum(0))
        .constrain("PageSizeBytes", Constraint.of().minimum(65536))
        .allowed("WriterVersion", "V1", "V2")
        .build();

    public ParquetSerDe() {
      super(SCHEMA);
    }

    /**
     * The Hadoop Distributed File System (HDFS) block size. This is useful if you intend to copy
     * the data from Amazon S3 to HDFS before querying. The default is 256 MiB and the minimum is 64
     * MiB. Firehose uses this value for padding calculations.
     *
     * <p>Range: at least 67108864. CloudFormation property {@code BlockSizeBytes}.
     */
    public ParquetSerDe blockSizeBytes(int value) {
      return set("BlockSizeBytes", Value.of(value));
    }

    /** Sets {@code BlockSizeBytes} to this value; see {@link #blockSizeBytes(int)}. */
    public ParquetSerDe blockSizeBytes(Value<Integer> value) {
      return set("BlockSizeBytes", value);
    }

    /**
     * The compression code to use over data blocks. The possible values are
     * <code>UNCOMPRESSED</code> , <code>SNAPPY</code> , and <code>GZIP</code> , with the default
     * being <code>SNAPPY</code> . Use <code>SNAPPY</code> for higher decompression speed. Use
     * <code>GZIP</code> if the compression ratio is more important than speed.
     *
     * <p>Allowed values: {@code GZIP}, {@code SNAPPY}, {@code UNCOMPRESSED}. CloudFormation
     * property {@code Compression}.
     */
    public ParquetSerDe compression(String value) {
      return set("Compression", Value.of(value));
    }

    /** Sets {@code Compression} to this value; see {@link #compression(String)}. */
    public ParquetSerDe compression(Value<String> value) {
      return set("Compression", value);
    }

    /**
     * Indicates whether to enable dictionary compression.
     *
     * <p>CloudFormation property {@code EnableDictionaryCompression}.
     */
    public ParquetSerDe enableDictionaryCompression(boolean value) {
      return set("EnableDictionaryCompression", Value.of(value));
    }

    /**
     * Sets {@code EnableDictionaryCompression} to this value; see {@link
     * #enableDictionaryCompression(boolean)}.
     */
    public ParquetSerDe enableDictionaryCompression(Value<Boolean> value) {
      return set("EnableDictionaryCompression", value);
    }

    /**
     * The maximum amount of padding to apply. This is useful if you intend to copy the data from
     * Amazon S3 to HDFS before querying. The default is 0.
     *
     * <p>Range: at least 0. CloudFormation property {@code MaxPaddingBytes}.
     */
    public ParquetSerDe maxPaddingBytes(int value) {
      return set("MaxPaddingBytes", Value.of(value));
    }

    /** Sets {@code MaxPaddingBytes} to this value; see {@link #maxPaddingBytes(int)}. */
    public ParquetSerDe maxPaddingBytes(Value<Integer> value) {
      return set("MaxPaddingBytes", value);
    }

    /**
     * The Parquet page size. Column chunks are divided into pages. A page is conceptually an
     * indivisible unit (in terms of compression and encoding). The minimum value is 64 KiB and the
     * default is 1 MiB.
     *
     * <p>Range: at least 65536. CloudFormation property {@code PageSizeBytes}.
     */
    public ParquetSerDe pageSizeBytes(int value) {
      return set("PageSizeBytes", Value.of(value));
    }

    /** Sets {@code PageSizeBytes} to this value; see {@link #pageSizeBytes(int)}. */
    public ParquetSerDe pageSizeBytes(Value<Integer> value) {
      return set("PageSizeBytes", value);
    }

    /**
     * Indicates the version of row format to output. The possible values are <code>V1</code> and
     * <code>V2</code> . The default is <code>V1</code> .
     *
     * <p>Allowed values: {@code V1}, {@code V2}. CloudFormation property {@code WriterVersion}.
     */
    public ParquetSerDe writerVersion(String value) {
      return set("WriterVersion", Value.of(value));
    }

    /** Sets {@code WriterVersion} to this value; see {@link #writerVersion(String)}. */
    public ParquetSerDe writerVersion(Value<String> value) {
      return set("WriterVersion", value);
    }
  }

  /**
   * Represents a single field in a <code>PartitionSpec</code> .
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.PartitionField}.
   */
  public static final class PartitionField extends Struct<PartitionField> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.PartitionField")
        .required("SourceName")
        .constrain("SourceName", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(255))
        .build();

    public PartitionField() {
      super(SCHEMA);
    }

    /**
     * The column name to be configured in partition spec.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property
     * {@code SourceName}.
     */
    public PartitionField sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public PartitionField sourceName(Value<String> value) {
      return set("SourceName", value);
    }
  }

  /**
   * Represents how to produce partition data for a table. Partition data is produced by
   * transforming columns in a table. Each column transform is represented by a named
   * <code>PartitionField</code> .
   *
   * <p>Here is an example of the schema in JSON.
   *
   * <p><code>"partitionSpec": { "identity": [ {"sourceName": "column1"}, {"sourceName": "column2"},
   * {"sourceName": "column3"} ] }</code>
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.PartitionSpec}.
   */
  public static final class PartitionSpec extends Struct<PartitionSpec> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.PartitionSpec");

    public PartitionSpec() {
      super(SCHEMA);
    }

    /**
     * List of identity <a
     * href="https://docs.aws.amazon.com/https://iceberg.apache.org/spec/#partition-transforms">transforms</a>
     * that performs an identity transformation. The transform takes the source value, and does not
     * modify it. Result type is the source type.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code Identity}.
     */
    public PartitionSpec identity(List<PartitionField> value) {
      return set("Identity", Value.listOf(value));
    }

    /** Sets {@code Identity} to this value; see {@link #identity(List)}. */
    public PartitionSpec identity(Value<List<PartitionField>> value) {
      return set("Identity", value);
    }

    /** Sets {@code Identity} to a list of these; see {@link #identity(List)}. */
    public PartitionSpec identity(PartitionField... values) {
      return set("Identity", Value.list(values));
    }
  }

  /**
   * The <code>ProcessingConfiguration</code> property configures data processing for an Amazon
   * Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.ProcessingConfiguration}.
   */
  public static final class ProcessingConfiguration extends Struct<ProcessingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.ProcessingConfiguration");

    public ProcessingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether data processing is enabled (true) or disabled (false).
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ProcessingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ProcessingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The data processors.
     *
     * <p>CloudFormation property {@code Processors}.
     */
    public ProcessingConfiguration processors(List<Processor> value) {
      return set("Processors", Value.listOf(value));
    }

    /** Sets {@code Processors} to this value; see {@link #processors(List)}. */
    public ProcessingConfiguration processors(Value<List<Processor>> value) {
      return set("Processors", value);
    }

    /** Sets {@code Processors} to a list of these; see {@link #processors(List)}. */
    public ProcessingConfiguration processors(Processor... values) {
      return set("Processors", Value.list(values));
    }
  }

  /**
   * The <code>Processor</code> property specifies a data processor for an Amazon Kinesis Data
   * Firehose delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.Processor}.
   */
  public static final class Processor extends Struct<Processor> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.Processor")
        .required("Type")
        .allowed("Type", "RecordDeAggregation", "Decompression", "CloudWatchLogProcessing",
            "Lambda", "MetadataExtraction", "AppendDelimiterToRecord")
        .build();

    public Processor() {
      super(SCHEMA);
    }

    /**
     * The processor parameters.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public Processor parameters(List<ProcessorParameter> value) {
      return set("Parameters", Value.listOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
    public Processor parameters(Value<List<ProcessorParameter>> value) {
      return set("Parameters", value);
    }

    /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
    public Processor parameters(ProcessorParameter... values) {
      return set("Parameters", Value.list(values));
    }

    /**
     * The type of processor. Valid values: <code>Lambda</code> .
     *
     * <p>Required. Allowed values: {@code RecordDeAggregation}, {@code Decompression}, {@code
     * CloudWatchLogProcessing}, {@code Lambda}, {@code MetadataExtraction}, {@code
     * AppendDelimiterToRecord}. CloudFormation property {@code Type}.
     */
    public Processor type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Processor type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The <code>ProcessorParameter</code> property specifies a processor parameter in a data
   * processor for an Amazon Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.ProcessorParameter}.
   */
  public static final class ProcessorParameter extends Struct<ProcessorParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.ProcessorParameter")
        .required("ParameterName", "ParameterValue")
        .allowed("ParameterName", "BufferIntervalInSeconds", "BufferSizeInMBs", "CompressionFormat",
            "DataMessageExtraction", "Delimiter", "JsonParsingEngine", "LambdaArn",
            "MetadataExtractionQuery", "NumberOfRetries", "RoleArn", "SubRecordType")
        .references("ParameterValue", "AWS::Lambda::Function.Arn", "AWS::IAM::Role.Arn")
        .build();

    public ProcessorParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the parameter. Currently the following default values are supported: 3 for
     * <code>NumberOfRetries</code> and 60 for the <code>BufferIntervalInSeconds</code> . The
     * <code>BufferSizeInMBs</code> ranges between 0.2 MB and up to 3MB. The default buffering hint
     * is 1MB for all destinations, except Splunk. For Splunk, the default buffering hint is 256 KB.
     *
     * <p>Required. Allowed values: {@code BufferIntervalInSeconds}, {@code BufferSizeInMBs}, {@code
     * CompressionFormat}, {@code DataMessageExtraction}, {@code Delimiter}, {@code
     * JsonParsingEngine}, {@code LambdaArn}, {@code MetadataExtractionQuery}, {@code
     * NumberOfRetries}, {@code RoleArn}, {@code SubRecordType}. CloudFormation property {@code
     * ParameterName}.
     */
    public ProcessorParameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public ProcessorParameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The parameter value.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public ProcessorParameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public ProcessorParameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }

    /**
     * Sets {@code ParameterValue} to the Arn of {@code AWS::Lambda::Function}; see {@link
     * #parameterValue(String)}.
     */
    public ProcessorParameter parameterValue(Function resource) {
      return set("ParameterValue", resource.arn());
    }

    /**
     * Sets {@code ParameterValue} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #parameterValue(String)}.
     */
    public ProcessorParameter parameterValue(Role resource) {
      return set("ParameterValue", resource.arn());
    }
  }

  /**
   * The <code>RedshiftDestinationConfiguration</code> property type specifies an Amazon Redshift
   * cluster to which Amazon Kinesis Data Firehose (Kinesis Data Firehose) delivers data.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.RedshiftDestinationConfiguration}.
   */
  public static final class RedshiftDestinationConfiguration extends Struct<RedshiftDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.RedshiftDestinationConfiguration")
        .required("ClusterJDBCURL", "CopyCommand", "RoleARN", "S3Configuration")
        .constrain("ClusterJDBCURL", Constraint.of().pattern("^jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?<!-)\\.)+(redshift(-serverless)?)\\.([a-zA-Z0-9\\.\\-]+):\\d{1,5}/[a-zA-Z0-9_$-]+$").minLength(1).maxLength(512))
        .constrain("Password", Constraint.of().minLength(6).maxLength(512))
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .allowed("S3BackupMode", "Disabled", "Enabled")
        .constrain("Username", Constraint.of().minLength(1).maxLength(512))
        .build();

    public RedshiftDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch logging options for your Firehose stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public RedshiftDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The connection string that Kinesis Data Firehose uses to connect to the Amazon Redshift
     * cluster.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code
     * ^jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?&lt;!-)&#92;.)+(redshift(-serverless)?)&#92;.([a-zA-Z0-9&#92;.&#92;-]+):&#92;d{1,5}/[a-zA-Z0-9_$-]+$}.
     * CloudFormation property {@code ClusterJDBCURL}.
     */
    public RedshiftDestinationConfiguration clusterJDBCURL(String value) {
      return set("ClusterJDBCURL", Value.of(value));
    }

    /** Sets {@code ClusterJDBCURL} to this value; see {@link #clusterJDBCURL(String)}. */
    public RedshiftDestinationConfiguration clusterJDBCURL(Value<String> value) {
      return set("ClusterJDBCURL", value);
    }

    /**
     * Configures the Amazon Redshift <code>COPY</code> command that Kinesis Data Firehose uses to
     * load data into the cluster from the Amazon S3 bucket.
     *
     * <p>Required. CloudFormation property {@code CopyCommand}.
     */
    public RedshiftDestinationConfiguration copyCommand(Value<CopyCommand> value) {
      return set("CopyCommand", value);
    }

    /**
     * The password for the Amazon Redshift user that you specified in the <code>Username</code>
     * property.
     *
     * <p>Length: 6 to 512 characters. CloudFormation property {@code Password}.
     */
    public RedshiftDestinationConfiguration password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public RedshiftDestinationConfiguration password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The data processing configuration for the Kinesis Data Firehose delivery stream.
     *
     * <p>CloudFormation property {@code ProcessingConfiguration}.
     */
    public RedshiftDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The retry behavior in case Firehose is unable to deliver documents to Amazon Redshift.
     * Default value is 3600 (60 minutes).
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public RedshiftDestinationConfiguration retryOptions(Value<RedshiftRetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * The ARN of the AWS Identity and Access Management (IAM) role that grants Kinesis Data
     * Firehose access to your Amazon S3 bucket and AWS KMS (if you enable data encryption). For
     * more information, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-rs">Grant
     * Kinesis Data Firehose Access to an Amazon Redshift Destination</a> in the <em>Amazon Kinesis
     * Data Firehose Developer Guide</em> .
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public RedshiftDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public RedshiftDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public RedshiftDestinationConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * The configuration for backup in Amazon S3.
     *
     * <p>CloudFormation property {@code S3BackupConfiguration}.
     */
    public RedshiftDestinationConfiguration s3BackupConfiguration(Value<S3DestinationConfiguration> value) {
      return set("S3BackupConfiguration", value);
    }

    /**
     * The Amazon S3 backup mode. After you create a Firehose stream, you can update it to enable
     * Amazon S3 backup if it is disabled. If backup is enabled, you can't update the Firehose
     * stream to disable it.
     *
     * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
     * S3BackupMode}.
     */
    public RedshiftDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public RedshiftDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /**
     * The S3 bucket where Kinesis Data Firehose first delivers data. After the data is in the
     * bucket, Kinesis Data Firehose uses the <code>COPY</code> command to load the data into the
     * Amazon Redshift cluster. For the Amazon S3 bucket's compression format, don't specify
     * <code>SNAPPY</code> or <code>ZIP</code> because the Amazon Redshift <code>COPY</code> command
     * doesn't support them.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public RedshiftDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The configuration that defines how you access secrets for Amazon Redshift.
     *
     * <p>CloudFormation property {@code SecretsManagerConfiguration}.
     */
    public RedshiftDestinationConfiguration secretsManagerConfiguration(Value<SecretsManagerConfiguration> value) {
      return set("SecretsManagerConfiguration", value);
    }

    /**
     * The Amazon Redshift user that has permission to access the Amazon Redshift cluster. This user
     * must have <code>INSERT</code> privileges for copying data from the Amazon S3 bucket to the
     * cluster.
     *
     * <p>Length: 1 to 512 characters. CloudFormation property {@code Username}.
     */
    public RedshiftDestinationConfiguration username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public RedshiftDestinationConfiguration username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Configures retry behavior in case Firehose is unable to deliver documents to Amazon Redshift.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.RedshiftRetryOptions}.
   */
  public static final class RedshiftRetryOptions extends Struct<RedshiftRetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.RedshiftRetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public RedshiftRetryOptions() {
      super(SCHEMA);
    }

    /**
     * The length of time during which Firehose retries delivery after a failure, starting from the
     * initial request and including the first attempt. The default value is 3600 seconds (60
     * minutes). Firehose does not retry if the value of <code>DurationInSeconds</code> is 0 (zero)
     * or if the first delivery attempt takes longer than the current value.
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public RedshiftRetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public RedshiftRetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * Describes the retry behavior in case Kinesis Data Firehose is unable to deliver data to the
   * specified HTTP endpoint destination, or if it doesn't receive a valid acknowledgment of receipt
   * from the specified HTTP endpoint destination. Kinesis Firehose supports any custom HTTP
   * endpoint or HTTP endpoints owned by supported third-party service providers, including Datadog,
   * MongoDB, and New Relic.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.RetryOptions}.
   */
  public static final class RetryOptions extends Struct<RetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.RetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public RetryOptions() {
      super(SCHEMA);
    }

    /**
     * The total amount of time that Kinesis Data Firehose spends on retries. This duration starts
     * after the initial attempt to send data to the custom destination via HTTPS endpoint fails. It
     * doesn't include the periods during which Kinesis Data Firehose waits for acknowledgment from
     * the specified destination after each attempt.
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public RetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public RetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * The <code>S3DestinationConfiguration</code> property type specifies an Amazon Simple Storage
   * Service (Amazon S3) destination to which Amazon Kinesis Data Firehose (Kinesis Data Firehose)
   * delivers data.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.S3DestinationConfiguration}.
   */
  public static final class S3DestinationConfiguration extends Struct<S3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.S3DestinationConfiguration")
        .required("BucketARN", "RoleARN")
        .constrain("BucketARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(2048))
        .references("BucketARN", "AWS::S3::Bucket.Arn")
        .allowed("CompressionFormat", "UNCOMPRESSED", "GZIP", "ZIP", "Snappy", "HADOOP_SNAPPY")
        .constrain("ErrorOutputPrefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("Prefix", Constraint.of().minLength(0).maxLength(1024))
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .build();

    public S3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 bucket to send data to.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code arn:.*}. CloudFormation property
     * {@code BucketARN}.
     */
    public S3DestinationConfiguration bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public S3DestinationConfiguration bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }

    /**
     * Sets {@code BucketARN} to the Arn of {@code AWS::S3::Bucket}; see {@link #bucketARN(String)}.
     */
    public S3DestinationConfiguration bucketARN(Bucket resource) {
      return set("BucketARN", resource.arn());
    }

    /**
     * Configures how Kinesis Data Firehose buffers incoming data while delivering it to the Amazon
     * S3 bucket.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public S3DestinationConfiguration bufferingHints(Value<BufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * The CloudWatch logging options for your Firehose stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public S3DestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The type of compression that Kinesis Data Firehose uses to compress the data that it delivers
     * to the Amazon S3 bucket. For valid values, see the <code>CompressionFormat</code> content for
     * the <a
     * href="https://docs.aws.amazon.com/firehose/latest/APIReference/API_S3DestinationConfiguration.html">S3DestinationConfiguration</a>
     * data type in the <em>Amazon Kinesis Data Firehose API Reference</em> .
     *
     * <p>Allowed values: {@code UNCOMPRESSED}, {@code GZIP}, {@code ZIP}, {@code Snappy}, {@code
     * HADOOP_SNAPPY}. CloudFormation property {@code CompressionFormat}.
     */
    public S3DestinationConfiguration compressionFormat(String value) {
      return set("CompressionFormat", Value.of(value));
    }

    /** Sets {@code CompressionFormat} to this value; see {@link #compressionFormat(String)}. */
    public S3DestinationConfiguration compressionFormat(Value<String> value) {
      return set("CompressionFormat", value);
    }

    /**
     * Configures Amazon Simple Storage Service (Amazon S3) server-side encryption. Kinesis Data
     * Firehose uses AWS Key Management Service ( AWS KMS) to encrypt the data that it delivers to
     * your Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public S3DestinationConfiguration encryptionConfiguration(Value<EncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * A prefix that Kinesis Data Firehose evaluates and adds to failed records before writing them
     * to S3. This prefix appears immediately following the bucket name. For information about how
     * to specify this prefix, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/dev/s3-prefixes.html">Custom Prefixes for
     * Amazon S3 Objects</a> .
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code ErrorOutputPrefix}.
     */
    public S3DestinationConfiguration errorOutputPrefix(String value) {
      return set("ErrorOutputPrefix", Value.of(value));
    }

    /** Sets {@code ErrorOutputPrefix} to this value; see {@link #errorOutputPrefix(String)}. */
    public S3DestinationConfiguration errorOutputPrefix(Value<String> value) {
      return set("ErrorOutputPrefix", value);
    }

    /**
     * A prefix that Kinesis Data Firehose adds to the files that it delivers to the Amazon S3
     * bucket. The prefix helps you identify the files that Kinesis Data Firehose delivered.
     *
     * <p>Length: 0 to 1024 characters. CloudFormation property {@code Prefix}.
     */
    public S3DestinationConfiguration prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3DestinationConfiguration prefix(Value<String> value) {
      return set("Prefix", value);
    }

    /**
     * The ARN of an AWS Identity and Access Management (IAM) role that grants Kinesis Data Firehose
     * access to your Amazon S3 bucket and AWS KMS (if you enable data encryption). For more
     * information, see <a
     * href="https://docs.aws.amazon.com/firehose/latest/dev/controlling-access.html#using-iam-s3">Grant
     * Kinesis Data Firehose Access to an Amazon S3 Destination</a> in the <em>Amazon Kinesis Data
     * Firehose Developer Guide</em> .
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public S3DestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public S3DestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public S3DestinationConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }
  }

  /**
   * Specifies the schema to which you want Firehose to configure your data before it writes it to
   * Amazon S3. This parameter is required if <code>Enabled</code> is set to true.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SchemaConfiguration}.
   */
  public static final class SchemaConfiguration extends Struct<SchemaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SchemaConfiguration")
        .constrain("CatalogId", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .constrain("DatabaseName", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .references("DatabaseName", "AWS::Glue::Database.Ref")
        .constrain("Region", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .constrain("TableName", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .constrain("VersionId", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .build();

    public SchemaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ID of the AWS Glue Data Catalog. If you don't supply this, the AWS account ID is used by
     * default.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * CatalogId}.
     */
    public SchemaConfiguration catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public SchemaConfiguration catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * Specifies the name of the AWS Glue database that contains the schema for the output data.
     *
     * <p>If the <code>SchemaConfiguration</code> request parameter is used as part of invoking the
     * <code>CreateDeliveryStream</code> API, then the <code>DatabaseName</code> property is
     * required and its value must be specified.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * DatabaseName}.
     */
    public SchemaConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public SchemaConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Sets {@code DatabaseName} to the Ref of {@code AWS::Glue::Database}; see {@link
     * #databaseName(String)}.
     */
    public SchemaConfiguration databaseName(Database resource) {
      return set("DatabaseName", resource.ref());
    }

    /**
     * If you don't specify an AWS Region, the default is the current Region.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * Region}.
     */
    public SchemaConfiguration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public SchemaConfiguration region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The role that Firehose can use to access AWS Glue. This role must be in the same account you
     * use for Firehose. Cross-account roles aren't allowed.
     *
     * <p>If the <code>SchemaConfiguration</code> request parameter is used as part of invoking the
     * <code>CreateDeliveryStream</code> API, then the <code>RoleARN</code> property is required and
     * its value must be specified.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleARN}.
     */
    public SchemaConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public SchemaConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public SchemaConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * Specifies the AWS Glue table that contains the column information that constitutes your data
     * schema.
     *
     * <p>If the <code>SchemaConfiguration</code> request parameter is used as part of invoking the
     * <code>CreateDeliveryStream</code> API, then the <code>TableName</code> property is required
     * and its value must be specified.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * TableName}.
     */
    public SchemaConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public SchemaConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * Specifies the table version for the output data schema. If you don't specify this version ID,
     * or if you set it to <code>LATEST</code> , Firehose uses the most recent version. This means
     * that any updates to the table are automatically picked up.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * VersionId}.
     */
    public SchemaConfiguration versionId(String value) {
      return set("VersionId", Value.of(value));
    }

    /** Sets {@code VersionId} to this value; see {@link #versionId(String)}. */
    public SchemaConfiguration versionId(Value<String> value) {
      return set("VersionId", value);
    }
  }

  /**
   * The configuration to enable schema evolution.
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SchemaEvolutionConfiguration}.
   */
  public static final class SchemaEvolutionConfiguration extends Struct<SchemaEvolutionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.SchemaEvolutionConfiguration");

    public SchemaEvolutionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify whether you want to enable schema evolution.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public SchemaEvolutionConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SchemaEvolutionConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The structure that defines how Firehose accesses the secret.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SecretsManagerConfiguration}.
   */
  public static final class SecretsManagerConfiguration extends Struct<SecretsManagerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SecretsManagerConfiguration")
        .required("Enabled")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .constrain("SecretARN", Constraint.of().pattern("arn:.*:secretsmanager:[a-zA-Z0-9\\-]+:\\d{12}:secret:[a-zA-Z0-9\\-/_+=.@]+").minLength(1).maxLength(2048))
        .build();

    public SecretsManagerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether you want to use the secrets manager feature. When set as <code>True</code>
     * the secrets manager configuration overwrites the existing secrets in the destination
     * configuration. When it's set to <code>False</code> Firehose falls back to the credentials in
     * the destination configuration.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public SecretsManagerConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SecretsManagerConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Specifies the role that Firehose assumes when calling the Secrets Manager API operation. When
     * you provide the role, it overrides any destination specific role defined in the destination
     * configuration. If you do not provide the then we use the destination specific role. This
     * parameter is required for Splunk.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * arn:.*:iam::&#92;d{12}:role/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public SecretsManagerConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public SecretsManagerConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /**
     * The ARN of the secret that stores your credentials. It must be in the same region as the
     * Firehose stream and the role. The secret ARN can reside in a different account than the
     * Firehose stream and role as Firehose supports cross-account secret access. This parameter is
     * required when <em>Enabled</em> is set to <code>True</code> .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * arn:.*:secretsmanager:[a-zA-Z0-9&#92;-]+:&#92;d{12}:secret:[a-zA-Z0-9&#92;-/_+=.&#64;]+}.
     * CloudFormation property {@code SecretARN}.
     */
    public SecretsManagerConfiguration secretARN(String value) {
      return set("SecretARN", Value.of(value));
    }

    /** Sets {@code SecretARN} to this value; see {@link #secretARN(String)}. */
    public SecretsManagerConfiguration secretARN(Value<String> value) {
      return set("SecretARN", value);
    }
  }

  /**
   * The serializer that you want Firehose to use to convert data to the target format before
   * writing it to Amazon S3. Firehose supports two types of serializers: the ORC SerDe and the
   * Parquet SerDe.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.Serializer}.
   */
  public static final class Serializer extends Struct<Serializer> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.Serializer");

    public Serializer() {
      super(SCHEMA);
    }

    /**
     * A serializer to use for converting data to the ORC format before storing it in Amazon S3. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/https://orc.apache.org/docs/">Apache ORC</a> .
     *
     * <p>CloudFormation property {@code OrcSerDe}.
     */
    public Serializer orcSerDe(Value<OrcSerDe> value) {
      return set("OrcSerDe", value);
    }

    /**
     * A serializer to use for converting data to the Parquet format before storing it in Amazon S3.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/https://parquet.apache.org/docs/contribution-guidelines/">Apache
     * Parquet</a> .
     *
     * <p>CloudFormation property {@code ParquetSerDe}.
     */
    public Serializer parquetSerDe(Value<ParquetSerDe> value) {
      return set("ParquetSerDe", value);
    }
  }

  /**
   * Describes the buffering to perform before delivering data to the Snowflake destination. If you
   * do not specify any value, Firehose uses the default values.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SnowflakeBufferingHints}.
   */
  public static final class SnowflakeBufferingHints extends Struct<SnowflakeBufferingHints> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SnowflakeBufferingHints")
        .constrain("IntervalInSeconds", Constraint.of().minimum(0).maximum(900))
        .constrain("SizeInMBs", Constraint.of().minimum(1).maximum(128))
        .build();

    public SnowflakeBufferingHints() {
      super(SCHEMA);
    }

    /**
     * Buffer incoming data for the specified period of time, in seconds, before delivering it to
     * the destination. The default value is 0.
     *
     * <p>Range: 0 to 900. CloudFormation property {@code IntervalInSeconds}.
     */
    public SnowflakeBufferingHints intervalInSeconds(int value) {
      return set("IntervalInSeconds", Value.of(value));
    }

    /** Sets {@code IntervalInSeconds} to this value; see {@link #intervalInSeconds(int)}. */
    public SnowflakeBufferingHints intervalInSeconds(Value<Integer> value) {
      return set("IntervalInSeconds", value);
    }

    /**
     * Buffer incoming data to the specified size, in MBs, before delivering it to the destination.
     * The default value is 128.
     *
     * <p>Range: 1 to 128. CloudFormation property {@code SizeInMBs}.
     */
    public SnowflakeBufferingHints sizeInMBs(int value) {
      return set("SizeInMBs", Value.of(value));
    }

    /** Sets {@code SizeInMBs} to this value; see {@link #sizeInMBs(int)}. */
    public SnowflakeBufferingHints sizeInMBs(Value<Integer> value) {
      return set("SizeInMBs", value);
    }
  }

  /**
   * Configure Snowflake destination
   *
   * <p>Property type {@code
   * AWS::KinesisFirehose::DeliveryStream.SnowflakeDestinationConfiguration}.
   */
  public static final class SnowflakeDestinationConfiguration extends Struct<SnowflakeDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SnowflakeDestinationConfiguration")
        .required("AccountUrl", "Database", "RoleARN", "S3Configuration", "Schema", "Table")
        .constrain("AccountUrl", Constraint.of().pattern(".+?\\.snowflakecomputing\\.com").minLength(24).maxLength(2048))
        .constrain("ContentColumnName", Constraint.of().minLength(1).maxLength(255))
        .allowed("DataLoadingOption", "JSON_MAPPING", "VARIANT_CONTENT_MAPPING",
            "VARIANT_CONTENT_AND_METADATA_MAPPING")
        .constrain("Database", Constraint.of().minLength(1).maxLength(255))
        .constrain("KeyPassphrase", Constraint.of().minLength(7).maxLength(255))
        .constrain("MetaDataColumnName", Constraint.of().minLength(1).maxLength(255))
        .constrain("PrivateKey", Constraint.of().pattern("^(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=)?$").minLength(256).maxLength(4096))
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .allowed("S3BackupMode", "FailedDataOnly", "AllData")
        .constrain("Schema", Constraint.of().minLength(1).maxLength(255))
        .constrain("Table", Constraint.of().minLength(1).maxLength(255))
        .constrain("User", Constraint.of().minLength(1).maxLength(255))
        .build();

    public SnowflakeDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * URL for accessing your Snowflake account. This URL must include your <a
     * href="https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/admin-account-identifier">account
     * identifier</a> . Note that the protocol (https://) and port number are optional.
     *
     * <p>Required. Length: 24 to 2048 characters. Pattern: {@code
     * .+?&#92;.snowflakecomputing&#92;.com}. CloudFormation property {@code AccountUrl}.
     */
    public SnowflakeDestinationConfiguration accountUrl(String value) {
      return set("AccountUrl", Value.of(value));
    }

    /** Sets {@code AccountUrl} to this value; see {@link #accountUrl(String)}. */
    public SnowflakeDestinationConfiguration accountUrl(Value<String> value) {
      return set("AccountUrl", value);
    }

    /**
     * Describes the buffering to perform before delivering data to the Snowflake destination. If
     * you do not specify any value, Firehose uses the default values.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public SnowflakeDestinationConfiguration bufferingHints(Value<SnowflakeBufferingHints> value) {
      return set("BufferingHints", value);
    }

    /** CloudFormation property {@code CloudWatchLoggingOptions}. */
    public SnowflakeDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The name of the record content column.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code ContentColumnName}.
     */
    public SnowflakeDestinationConfiguration contentColumnName(String value) {
      return set("ContentColumnName", Value.of(value));
    }

    /** Sets {@code ContentColumnName} to this value; see {@link #contentColumnName(String)}. */
    public SnowflakeDestinationConfiguration contentColumnName(Value<String> value) {
      return set("ContentColumnName", value);
    }

    /**
     * Choose to load JSON keys mapped to table column names or choose to split the JSON payload
     * where content is mapped to a record content column and source metadata is mapped to a record
     * metadata column.
     *
     * <p>Allowed values: {@code JSON_MAPPING}, {@code VARIANT_CONTENT_MAPPING}, {@code
     * VARIANT_CONTENT_AND_METADATA_MAPPING}. CloudFormation property {@code DataLoadingOption}.
     */
    public SnowflakeDestinationConfiguration dataLoadingOption(String value) {
      return set("DataLoadingOption", Value.of(value));
    }

    /** Sets {@code DataLoadingOption} to this value; see {@link #dataLoadingOption(String)}. */
    public SnowflakeDestinationConfiguration dataLoadingOption(Value<String> value) {
      return set("DataLoadingOption", value);
    }

    /**
     * All data in Snowflake is maintained in databases.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Database}.
     */
    public SnowflakeDestinationConfiguration database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public SnowflakeDestinationConfiguration database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Passphrase to decrypt the private key when the key is encrypted. For information, see <a
     * href="https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-configuration#using-key-pair-authentication-key-rotation">Using
     * Key Pair Authentication &amp; Key Rotation</a> .
     *
     * <p>Length: 7 to 255 characters. CloudFormation property {@code KeyPassphrase}.
     */
    public SnowflakeDestinationConfiguration keyPassphrase(String value) {
      return set("KeyPassphrase", Value.of(value));
    }

    /** Sets {@code KeyPassphrase} to this value; see {@link #keyPassphrase(String)}. */
    public SnowflakeDestinationConfiguration keyPassphrase(Value<String> value) {
      return set("KeyPassphrase", value);
    }

    /**
     * Specify a column name in the table, where the metadata information has to be loaded. When you
     * enable this field, you will see the following column in the snowflake table, which differs
     * based on the source type.
     *
     * <p>For Direct PUT as source
     *
     * <p><code>{ "firehoseDeliveryStreamName" : "streamname", "IngestionTime" : "timestamp"
     * }</code>
     *
     * <p>For Kinesis Data Stream as source
     *
     * <p><code>"kinesisStreamName" : "streamname", "kinesisShardId" : "Id", "kinesisPartitionKey" :
     * "key", "kinesisSequenceNumber" : "1234", "subsequenceNumber" : "2334", "IngestionTime" :
     * "timestamp" }</code>
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetaDataColumnName}.
     */
    public SnowflakeDestinationConfiguration metaDataColumnName(String value) {
      return set("MetaDataColumnName", Value.of(value));
    }

    /** Sets {@code MetaDataColumnName} to this value; see {@link #metaDataColumnName(String)}. */
    public SnowflakeDestinationConfiguration metaDataColumnName(Value<String> value) {
      return set("MetaDataColumnName", value);
    }

    /**
     * The private key used to encrypt your Snowflake client. For information, see <a
     * href="https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/data-load-snowpipe-streaming-configuration#using-key-pair-authentication-key-rotation">Using
     * Key Pair Authentication &amp; Key Rotation</a> .
     *
     * <p>Length: 256 to 4096 characters. Pattern: {@code
     * ^(?:[A-Za-z0-9+&#92;/]{4})*(?:[A-Za-z0-9+&#92;/]{2}==|[A-Za-z0-9+&#92;/]{3}=)?$}.
     * CloudFormation property {@code PrivateKey}.
     */
    public SnowflakeDestinationConfiguration privateKey(String value) {
      return set("PrivateKey", Value.of(value));
    }

    /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
    public SnowflakeDestinationConfiguration privateKey(Value<String> value) {
      return set("PrivateKey", value);
    }

    /** CloudFormation property {@code ProcessingConfiguration}. */
    public SnowflakeDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The time period where Firehose will retry sending data to the chosen HTTP endpoint.
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public SnowflakeDestinationConfiguration retryOptions(Value<SnowflakeRetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Snowflake role
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code arn:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public SnowflakeDestinationConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public SnowflakeDestinationConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /**
     * Choose an S3 backup mode
     *
     * <p>Allowed values: {@code FailedDataOnly}, {@code AllData}. CloudFormation property {@code
     * S3BackupMode}.
     */
    public SnowflakeDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public SnowflakeDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /** Required. CloudFormation property {@code S3Configuration}. */
    public SnowflakeDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * Each database consists of one or more schemas, which are logical groupings of database
     * objects, such as tables and views
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Schema}.
     */
    public SnowflakeDestinationConfiguration schemaProperty(String value) {
      return set("Schema", Value.of(value));
    }

    /** Sets {@code Schema} to this value; see {@link #schemaProperty(String)}. */
    public SnowflakeDestinationConfiguration schemaProperty(Value<String> value) {
      return set("Schema", value);
    }

    /**
     * The configuration that defines how you access secrets for Snowflake.
     *
     * <p>CloudFormation property {@code SecretsManagerConfiguration}.
     */
    public SnowflakeDestinationConfiguration secretsManagerConfiguration(Value<SecretsManagerConfiguration> value) {
      return set("SecretsManagerConfiguration", value);
    }

    /**
     * Optionally configure a Snowflake role. Otherwise the default user role will be used.
     *
     * <p>CloudFormation property {@code SnowflakeRoleConfiguration}.
     */
    public SnowflakeDestinationConfiguration snowflakeRoleConfiguration(Value<SnowflakeRoleConfiguration> value) {
      return set("SnowflakeRoleConfiguration", value);
    }

    /**
     * The VPCE ID for Firehose to privately connect with Snowflake. The ID format is
     * com.amazonaws.vpce.[region].vpce-svc-&lt;[id]&gt;. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/admin-security-privatelink">Amazon
     * PrivateLink &amp; Snowflake</a>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * SnowflakeVpcConfiguration}.
     */
    public SnowflakeDestinationConfiguration snowflakeVpcConfiguration(Value<SnowflakeVpcConfiguration> value) {
      return set("SnowflakeVpcConfiguration", value);
    }

    /**
     * All data in Snowflake is stored in database tables, logically structured as collections of
     * columns and rows.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Table}.
     */
    public SnowflakeDestinationConfiguration table(String value) {
      return set("Table", Value.of(value));
    }

    /** Sets {@code Table} to this value; see {@link #table(String)}. */
    public SnowflakeDestinationConfiguration table(Value<String> value) {
      return set("Table", value);
    }

    /**
     * User login name for the Snowflake account.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code User}.
     */
    public SnowflakeDestinationConfiguration user(String value) {
      return set("User", Value.of(value));
    }

    /** Sets {@code User} to this value; see {@link #user(String)}. */
    public SnowflakeDestinationConfiguration user(Value<String> value) {
      return set("User", value);
    }
  }

  /**
   * Specify how long Firehose retries sending data to the New Relic HTTP endpoint. After sending
   * data, Firehose first waits for an acknowledgment from the HTTP endpoint. If an error occurs or
   * the acknowledgment doesn’t arrive within the acknowledgment timeout period, Firehose starts the
   * retry duration counter. It keeps retrying until the retry duration expires. After that,
   * Firehose considers it a data delivery failure and backs up the data to your Amazon S3 bucket.
   * Every time that Firehose sends data to the HTTP endpoint (either the initial attempt or a
   * retry), it restarts the acknowledgement timeout counter and waits for an acknowledgement from
   * the HTTP endpoint. Even if the retry duration expires, Firehose still waits for the
   * acknowledgment until it receives it or the acknowledgement timeout period is reached. If the
   * acknowledgment times out, Firehose determines whether there's time left in the retry counter.
   * If there is time left, it retries again and repeats the logic until it receives an
   * acknowledgment or determines that the retry time has expired. If you don't want Firehose to
   * retry sending data, set this value to 0.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SnowflakeRetryOptions}.
   */
  public static final class SnowflakeRetryOptions extends Struct<SnowflakeRetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SnowflakeRetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public SnowflakeRetryOptions() {
      super(SCHEMA);
    }

    /**
     * the time period where Firehose will retry sending data to the chosen HTTP endpoint.
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public SnowflakeRetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public SnowflakeRetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * Optionally configure a Snowflake role. Otherwise the default user role will be used.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SnowflakeRoleConfiguration}.
   */
  public static final class SnowflakeRoleConfiguration extends Struct<SnowflakeRoleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SnowflakeRoleConfiguration")
        .constrain("SnowflakeRole", Constraint.of().minLength(1).maxLength(255))
        .build();

    public SnowflakeRoleConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enable Snowflake role
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public SnowflakeRoleConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public SnowflakeRoleConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The Snowflake role you wish to configure
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SnowflakeRole}.
     */
    public SnowflakeRoleConfiguration snowflakeRole(String value) {
      return set("SnowflakeRole", Value.of(value));
    }

    /** Sets {@code SnowflakeRole} to this value; see {@link #snowflakeRole(String)}. */
    public SnowflakeRoleConfiguration snowflakeRole(Value<String> value) {
      return set("SnowflakeRole", value);
    }
  }

  /**
   * Configure a Snowflake VPC
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SnowflakeVpcConfiguration}.
   */
  public static final class SnowflakeVpcConfiguration extends Struct<SnowflakeVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SnowflakeVpcConfiguration")
        .required("PrivateLinkVpceId")
        .constrain("PrivateLinkVpceId", Constraint.of().pattern("([a-zA-Z0-9\\-\\_]+\\.){2,3}vpce\\.[a-zA-Z0-9\\-]*\\.vpce-svc\\-[a-zA-Z0-9\\-]{17}$").minLength(47).maxLength(255))
        .build();

    public SnowflakeVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The VPCE ID for Firehose to privately connect with Snowflake. The ID format is
     * com.amazonaws.vpce.[region].vpce-svc-&lt;[id]&gt;. For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.snowflake.com/en/user-guide/admin-security-privatelink">Amazon
     * PrivateLink &amp; Snowflake</a>
     *
     * <p>Required. Length: 47 to 255 characters. Pattern: {@code
     * ([a-zA-Z0-9&#92;-&#92;_]+&#92;.){2,3}vpce&#92;.[a-zA-Z0-9&#92;-]*&#92;.vpce-svc&#92;-[a-zA-Z0-9&#92;-]{17}$}.
     * CloudFormation property {@code PrivateLinkVpceId}.
     */
    public SnowflakeVpcConfiguration privateLinkVpceId(String value) {
      return set("PrivateLinkVpceId", Value.of(value));
    }

    /** Sets {@code PrivateLinkVpceId} to this value; see {@link #privateLinkVpceId(String)}. */
    public SnowflakeVpcConfiguration privateLinkVpceId(Value<String> value) {
      return set("PrivateLinkVpceId", value);
    }
  }

  /**
   * The buffering options. If no value is specified, the default values for Splunk are used.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SplunkBufferingHints}.
   */
  public static final class SplunkBufferingHints extends Struct<SplunkBufferingHints> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SplunkBufferingHints")
        .constrain("IntervalInSeconds", Constraint.of().minimum(0).maximum(60))
        .constrain("SizeInMBs", Constraint.of().minimum(1).maximum(5))
        .build();

    public SplunkBufferingHints() {
      super(SCHEMA);
    }

    /**
     * Buffer incoming data for the specified period of time, in seconds, before delivering it to
     * the destination. The default value is 60 (1 minute).
     *
     * <p>Range: 0 to 60. CloudFormation property {@code IntervalInSeconds}.
     */
    public SplunkBufferingHints intervalInSeconds(int value) {
      return set("IntervalInSeconds", Value.of(value));
    }

    /** Sets {@code IntervalInSeconds} to this value; see {@link #intervalInSeconds(int)}. */
    public SplunkBufferingHints intervalInSeconds(Value<Integer> value) {
      return set("IntervalInSeconds", value);
    }

    /**
     * Buffer incoming data to the specified size, in MBs, before delivering it to the destination.
     * The default value is 5.
     *
     * <p>Range: 1 to 5. CloudFormation property {@code SizeInMBs}.
     */
    public SplunkBufferingHints sizeInMBs(int value) {
      return set("SizeInMBs", Value.of(value));
    }

    /** Sets {@code SizeInMBs} to this value; see {@link #sizeInMBs(int)}. */
    public SplunkBufferingHints sizeInMBs(Value<Integer> value) {
      return set("SizeInMBs", value);
    }
  }

  /**
   * The <code>SplunkDestinationConfiguration</code> property type specifies the configuration of a
   * destination in Splunk for a Kinesis Data Firehose delivery stream.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SplunkDestinationConfiguration}.
   */
  public static final class SplunkDestinationConfiguration extends Struct<SplunkDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SplunkDestinationConfiguration")
        .required("HECEndpoint", "HECEndpointType", "S3Configuration")
        .constrain("HECAcknowledgmentTimeoutInSeconds", Constraint.of().minimum(180).maximum(600))
        .constrain("HECEndpoint", Constraint.of().minLength(0).maxLength(2048))
        .allowed("HECEndpointType", "Raw", "Event")
        .constrain("HECToken", Constraint.of().minLength(0).maxLength(2048))
        .allowed("S3BackupMode", "AllEvents", "FailedEventsOnly")
        .build();

    public SplunkDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The buffering options. If no value is specified, the default values for Splunk are used.
     *
     * <p>CloudFormation property {@code BufferingHints}.
     */
    public SplunkDestinationConfiguration bufferingHints(Value<SplunkBufferingHints> value) {
      return set("BufferingHints", value);
    }

    /**
     * The Amazon CloudWatch logging options for your Firehose stream.
     *
     * <p>CloudFormation property {@code CloudWatchLoggingOptions}.
     */
    public SplunkDestinationConfiguration cloudWatchLoggingOptions(Value<CloudWatchLoggingOptions> value) {
      return set("CloudWatchLoggingOptions", value);
    }

    /**
     * The amount of time that Firehose waits to receive an acknowledgment from Splunk after it
     * sends it data. At the end of the timeout period, Firehose either tries to send the data again
     * or considers it an error, based on your retry settings.
     *
     * <p>Range: 180 to 600. CloudFormation property {@code HECAcknowledgmentTimeoutInSeconds}.
     */
    public SplunkDestinationConfiguration hecAcknowledgmentTimeoutInSeconds(int value) {
      return set("HECAcknowledgmentTimeoutInSeconds", Value.of(value));
    }

    /**
     * Sets {@code HECAcknowledgmentTimeoutInSeconds} to this value; see {@link
     * #hecAcknowledgmentTimeoutInSeconds(int)}.
     */
    public SplunkDestinationConfiguration hecAcknowledgmentTimeoutInSeconds(Value<Integer> value) {
      return set("HECAcknowledgmentTimeoutInSeconds", value);
    }

    /**
     * The HTTP Event Collector (HEC) endpoint to which Firehose sends your data.
     *
     * <p>Required. Length: 0 to 2048 characters. CloudFormation property {@code HECEndpoint}.
     */
    public SplunkDestinationConfiguration hecEndpoint(String value) {
      return set("HECEndpoint", Value.of(value));
    }

    /** Sets {@code HECEndpoint} to this value; see {@link #hecEndpoint(String)}. */
    public SplunkDestinationConfiguration hecEndpoint(Value<String> value) {
      return set("HECEndpoint", value);
    }

    /**
     * This type can be either <code>Raw</code> or <code>Event</code> .
     *
     * <p>Required. Allowed values: {@code Raw}, {@code Event}. CloudFormation property {@code
     * HECEndpointType}.
     */
    public SplunkDestinationConfiguration hecEndpointType(String value) {
      return set("HECEndpointType", Value.of(value));
    }

    /** Sets {@code HECEndpointType} to this value; see {@link #hecEndpointType(String)}. */
    public SplunkDestinationConfiguration hecEndpointType(Value<String> value) {
      return set("HECEndpointType", value);
    }

    /**
     * This is a GUID that you obtain from your Splunk cluster when you create a new HEC endpoint.
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code HECToken}.
     */
    public SplunkDestinationConfiguration hecToken(String value) {
      return set("HECToken", Value.of(value));
    }

    /** Sets {@code HECToken} to this value; see {@link #hecToken(String)}. */
    public SplunkDestinationConfiguration hecToken(Value<String> value) {
      return set("HECToken", value);
    }

    /**
     * The data processing configuration.
     *
     * <p>CloudFormation property {@code ProcessingConfiguration}.
     */
    public SplunkDestinationConfiguration processingConfiguration(Value<ProcessingConfiguration> value) {
      return set("ProcessingConfiguration", value);
    }

    /**
     * The retry behavior in case Firehose is unable to deliver data to Splunk, or if it doesn't
     * receive an acknowledgment of receipt from Splunk.
     *
     * <p>CloudFormation property {@code RetryOptions}.
     */
    public SplunkDestinationConfiguration retryOptions(Value<SplunkRetryOptions> value) {
      return set("RetryOptions", value);
    }

    /**
     * Defines how documents should be delivered to Amazon S3. When set to
     * <code>FailedEventsOnly</code> , Firehose writes any data that could not be indexed to the
     * configured Amazon S3 destination. When set to <code>AllEvents</code> , Firehose delivers all
     * incoming records to Amazon S3, and also writes failed documents to Amazon S3. The default
     * value is <code>FailedEventsOnly</code> .
     *
     * <p>You can update this backup mode from <code>FailedEventsOnly</code> to
     * <code>AllEvents</code> . You can't update it from <code>AllEvents</code> to
     * <code>FailedEventsOnly</code> .
     *
     * <p>Allowed values: {@code AllEvents}, {@code FailedEventsOnly}. CloudFormation property
     * {@code S3BackupMode}.
     */
    public SplunkDestinationConfiguration s3BackupMode(String value) {
      return set("S3BackupMode", Value.of(value));
    }

    /** Sets {@code S3BackupMode} to this value; see {@link #s3BackupMode(String)}. */
    public SplunkDestinationConfiguration s3BackupMode(Value<String> value) {
      return set("S3BackupMode", value);
    }

    /**
     * The configuration for the backup Amazon S3 location.
     *
     * <p>Required. CloudFormation property {@code S3Configuration}.
     */
    public SplunkDestinationConfiguration s3Configuration(Value<S3DestinationConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * The configuration that defines how you access secrets for Splunk.
     *
     * <p>CloudFormation property {@code SecretsManagerConfiguration}.
     */
    public SplunkDestinationConfiguration secretsManagerConfiguration(Value<SecretsManagerConfiguration> value) {
      return set("SecretsManagerConfiguration", value);
    }
  }

  /**
   * The <code>SplunkRetryOptions</code> property type specifies retry behavior in case Kinesis Data
   * Firehose is unable to deliver documents to Splunk or if it doesn't receive an acknowledgment
   * from Splunk.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.SplunkRetryOptions}.
   */
  public static final class SplunkRetryOptions extends Struct<SplunkRetryOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.SplunkRetryOptions")
        .constrain("DurationInSeconds", Constraint.of().minimum(0).maximum(7200))
        .build();

    public SplunkRetryOptions() {
      super(SCHEMA);
    }

    /**
     * The total amount of time that Firehose spends on retries. This duration starts after the
     * initial attempt to send data to Splunk fails. It doesn't include the periods during which
     * Firehose waits for acknowledgment from Splunk after each attempt.
     *
     * <p>Range: 0 to 7200. CloudFormation property {@code DurationInSeconds}.
     */
    public SplunkRetryOptions durationInSeconds(int value) {
      return set("DurationInSeconds", Value.of(value));
    }

    /** Sets {@code DurationInSeconds} to this value; see {@link #durationInSeconds(int)}. */
    public SplunkRetryOptions durationInSeconds(Value<Integer> value) {
      return set("DurationInSeconds", value);
    }
  }

  /**
   * The configuration to enable automatic table creation.
   *
   * <p>Amazon Data Firehose is in preview release and is subject to change.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.TableCreationConfiguration}.
   */
  public static final class TableCreationConfiguration extends Struct<TableCreationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisFirehose::DeliveryStream.TableCreationConfiguration");

    public TableCreationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify whether you want to enable automatic table creation.
     *
     * <p>Amazon Data Firehose is in preview release and is subject to change.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public TableCreationConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TableCreationConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * The details of the VPC of the Amazon ES destination.
   *
   * <p>Property type {@code AWS::KinesisFirehose::DeliveryStream.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisFirehose::DeliveryStream.VpcConfiguration")
        .required("RoleARN", "SecurityGroupIds", "SubnetIds")
        .constrain("RoleARN", Constraint.of().pattern("arn:.*").minLength(1).maxLength(512).format("AWS::IAM::Role.Arn"))
        .references("RoleARN", "AWS::IAM::Role.Arn")
        .constrain("SecurityGroupIds", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024).format("AWS::EC2::SecurityGroup.Id"))
        .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
        .constrain("SubnetIds", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(1024))
        .references("SubnetIds", "AWS::EC2::Subnet.Ref")
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role that you want the delivery stream to use to create endpoints in the
     * destination VPC. You can use your existing Kinesis Data Firehose delivery role or you can
     * specify a new role. In either case, make sure that the role trusts the Kinesis Data Firehose
     * service principal and that it grants the following permissions:
     *
     * <ul> <li><code>ec2:DescribeVpcs</code> <li><code>ec2:DescribeVpcAttribute</code>
     * <li><code>ec2:DescribeSubnets</code> <li><code>ec2:DescribeSecurityGroups</code>
     * <li><code>ec2:DescribeNetworkInterfaces</code> <li><code>ec2:CreateNetworkInterface</code>
     * <li><code>ec2:CreateNetworkInterfacePermission</code>
     * <li><code>ec2:DeleteNetworkInterface</code> </ul>
     *
     * <p>If you revoke these permissions after you create the delivery stream, Kinesis Data
     * Firehose can't scale out by creating more ENIs when necessary. You might therefore see a
     * degradation in performance.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
     * arn:.*}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
     */
    public VpcConfiguration roleARN(String value) {
      return set("RoleARN", Value.of(value));
    }

    /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
    public VpcConfiguration roleARN(Value<String> value) {
      return set("RoleARN", value);
    }

    /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
    public VpcConfiguration roleARN(Role resource) {
      return set("RoleARN", resource.arn());
    }

    /**
     * The IDs of the security groups that you want Kinesis Data Firehose to use when it creates
     * ENIs in the VPC of the Amazon ES destination. You can use the same security group that the
     * Amazon ES domain uses or different ones. If you specify different security groups here,
     * ensure that they allow outbound HTTPS traffic to the Amazon ES domain's security group. Also
     * ensure that the Amazon ES domain's security group allows HTTPS traffic from the security
     * groups specified here. If you use the same security group for both your delivery stream and
     * the Amazon ES domain, make sure the security group inbound rule allows HTTPS traffic.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
     * ^&#92;S+$}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
     * {@link #securityGroupIds(List)}.
     */
    public VpcConfiguration securityGroupIds(SecurityGroup... resources) {
      return set("SecurityGroupIds", Value.attributes("GroupId", resources));
    }

    /**
     * The IDs of the subnets that Kinesis Data Firehose uses to create ENIs in the VPC of the
     * Amazon ES destination. Make sure that the routing tables and inbound and outbound rules allow
     * traffic to flow from the subnets whose IDs are specified here to the subnets that have the
     * destination Amazon ES endpoints. Kinesis Data Firehose creates at least one ENI in each of
     * the subnets that are specified here. Do not delete or modify these ENIs.
     *
     * <p>The number of ENIs that Kinesis Data Firehose creates in the subnets specified here scales
     * up and down automatically based on throughput. To enable Kinesis Data Firehose to scale up
     * the number of ENIs to match throughput, ensure that you have sufficient quota. To help you
     * calculate the quota you need, assume that Kinesis Data Firehose can create up to three ENIs
     * for this delivery stream for each of the subnets specified here.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
     * ^&#92;S+$}. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }

    /**
     * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
     * #subnetIds(List)}.
     */
    public VpcConfiguration subnetIds(Subnet... resources) {
      return set("SubnetIds", Value.refs(resources));
    }
  }
}
