// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.comprehend;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource creates and trains a document classifier to categorize documents. You provide a set
 * of training documents that are labeled with the categories that you want to identify. After the
 * classifier is trained you can use it to categorize a set of labeled documents into the
 * categories. For more information, see <a
 * href="https://docs.aws.amazon.com/comprehend/latest/dg/how-document-classification.html">Document
 * Classification</a> in the Comprehend Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Comprehend::DocumentClassifier}.
 */
public final class DocumentClassifier extends Resource<DocumentClassifier> {
  private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier")
      .required("DataAccessRoleArn", "DocumentClassifierName", "InputDataConfig", "LanguageCode")
      .constrain("DataAccessRoleArn", Constraint.of().pattern("arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("DocumentClassifierName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .allowed("LanguageCode", "en", "es", "fr", "it", "de", "pt")
      .allowed("Mode", "MULTI_CLASS", "MULTI_LABEL")
      .constrain("ModelPolicy", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+").minLength(1).maxLength(20000))
      .constrain("VersionName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(63))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DocumentClassifier(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that grants Amazon Comprehend read access to
   * your input data.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * arn:aws(-[^:]+)?:iam::[0-9]{12}:role/.+}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code DataAccessRoleArn}.
   */
  public DocumentClassifier dataAccessRoleArn(String value) {
    return set("DataAccessRoleArn", Value.of(value));
  }

  /** Sets {@code DataAccessRoleArn} to this value; see {@link #dataAccessRoleArn(String)}. */
  public DocumentClassifier dataAccessRoleArn(Value<String> value) {
    return set("DataAccessRoleArn", value);
  }

  /**
   * The name of the document classifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code DocumentClassifierName}.
   */
  public DocumentClassifier documentClassifierName(String value) {
    return set("DocumentClassifierName", Value.of(value));
  }

  /**
   * Sets {@code DocumentClassifierName} to this value; see {@link #documentClassifierName(String)}.
   */
  public DocumentClassifier documentClassifierName(Value<String> value) {
    return set("DocumentClassifierName", value);
  }

  /**
   * Specifies the format and location of the input data for the job.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InputDataConfig}.
   */
  public DocumentClassifier inputDataConfig(Value<DocumentClassifierInputDataConfig> value) {
    return set("InputDataConfig", value);
  }

  /**
   * The language of the input documents. You can specify any of the languages supported by Amazon
   * Comprehend. All documents must be in the same language.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code en}, {@code es}, {@code
   * fr}, {@code it}, {@code de}, {@code pt}. CloudFormation property {@code LanguageCode}.
   */
  public DocumentClassifier languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public DocumentClassifier languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * Indicates the mode in which the classifier will be trained. The classifier can be trained in
   * multi-class (single-label) mode or multi-label mode. Multi-class mode identifies a single class
   * label for each document and multi-label mode identifies one or more class labels for each
   * document. Multiple labels for an individual document are separated by a delimiter. The default
   * delimiter between labels is a pipe (|).
   *
   * <p>Changing it replaces the resource. Allowed values: {@code MULTI_CLASS}, {@code MULTI_LABEL}.
   * CloudFormation property {@code Mode}.
   */
  public DocumentClassifier mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public DocumentClassifier mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * ID for the AWS key that Amazon Comprehend uses to encrypt trained custom models. The
   * ModelKmsKeyId can be either of the following formats:
   *
   * <ul> <li>KMS Key ID: <code>"1234abcd-12ab-34cd-56ef-1234567890ab"</code> <li>Amazon Resource
   * Name (ARN) of a KMS Key:
   * <code>"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"</code>
   * </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ModelKmsKeyId}.
   */
  public DocumentClassifier modelKmsKeyId(String value) {
    return set("ModelKmsKeyId", Value.of(value));
  }

  /** Sets {@code ModelKmsKeyId} to this value; see {@link #modelKmsKeyId(String)}. */
  public DocumentClassifier modelKmsKeyId(Value<String> value) {
    return set("ModelKmsKeyId", value);
  }

  /**
   * The resource-based policy to attach to your custom document classifier model. You can use this
   * policy to allow another AWS account to import your custom model.
   *
   * <p>Provide your policy as a JSON body that you enter as a UTF-8 encoded string without line
   * breaks. To provide valid JSON, enclose the attribute names and values in double quotes. If the
   * JSON body is also enclosed in double quotes, then you must escape the double quotes that are
   * inside the policy:
   *
   * <p><code>"{&#92;"attribute&#92;": &#92;"value&#92;", &#92;"attribute&#92;":
   * [&#92;"value&#92;"]}"</code>
   *
   * <p>To avoid escaping quotes, you can use single quotes to enclose the policy and double quotes
   * to enclose the JSON names and values:
   *
   * <p><code>'{"attribute": "value", "attribute": ["value"]}'</code>
   *
   * <p>Length: 1 to 20000 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+}. CloudFormation property {@code
   * ModelPolicy}.
   */
  public DocumentClassifier modelPolicy(String value) {
    return set("ModelPolicy", Value.of(value));
  }

  /** Sets {@code ModelPolicy} to this value; see {@link #modelPolicy(String)}. */
  public DocumentClassifier modelPolicy(Value<String> value) {
    return set("ModelPolicy", value);
  }

  /**
   * Provides output results configuration parameters for custom classifier jobs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OutputDataConfig}.
   */
  public DocumentClassifier outputDataConfig(Value<DocumentClassifierOutputDataConfig> value) {
    return set("OutputDataConfig", value);
  }

  /**
   * Tags to associate with the document classifier. A tag is a key-value pair that adds as a
   * metadata to a resource used by Amazon Comprehend. For example, a tag with "Sales" as the key
   * might be added to a resource to indicate its use by the sales department.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DocumentClassifier tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DocumentClassifier tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DocumentClassifier tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The version name given to the newly created classifier. Version names can have a maximum of 256
   * characters. Alphanumeric characters, hyphens (-) and underscores (_) are allowed. The version
   * name must be unique among all models with the same classifier name in the AWS account / AWS
   * Region .
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code VersionName}.
   */
  public DocumentClassifier versionName(String value) {
    return set("VersionName", Value.of(value));
  }

  /** Sets {@code VersionName} to this value; see {@link #versionName(String)}. */
  public DocumentClassifier versionName(Value<String> value) {
    return set("VersionName", value);
  }

  /**
   * ID for the AWS Key Management Service (KMS) key that Amazon Comprehend uses to encrypt data on
   * the storage volume attached to the ML compute instance(s) that process the analysis job. The
   * VolumeKmsKeyId can be either of the following formats:
   *
   * <ul> <li>KMS Key ID: <code>"1234abcd-12ab-34cd-56ef-1234567890ab"</code> <li>Amazon Resource
   * Name (ARN) of a KMS Key:
   * <code>"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"</code>
   * </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VolumeKmsKeyId}.
   */
  public DocumentClassifier volumeKmsKeyId(String value) {
    return set("VolumeKmsKeyId", Value.of(value));
  }

  /** Sets {@code VolumeKmsKeyId} to this value; see {@link #volumeKmsKeyId(String)}. */
  public DocumentClassifier volumeKmsKeyId(Value<String> value) {
    return set("VolumeKmsKeyId", value);
  }

  /**
   * Configuration parameters for a private Virtual Private Cloud (VPC) containing the resources you
   * are using for your custom classifier. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html">Amazon VPC</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpcConfig}.
   */
  public DocumentClassifier vpcConfig(Value<VpcConfig> value) {
    return set("VpcConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the document classifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * An augmented manifest file that provides training data for your custom model. An augmented
   * manifest file is a labeled dataset that is produced by Amazon SageMaker Ground Truth.
   *
   * <p>Property type {@code AWS::Comprehend::DocumentClassifier.AugmentedManifestsListItem}.
   */
  public static final class AugmentedManifestsListItem extends Struct<AugmentedManifestsListItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier.AugmentedManifestsListItem")
        .required("AttributeNames", "S3Uri")
        .constrain("AttributeNames", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*").minLength(1).maxLength(63))
        .constrain("S3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .allowed("Split", "TRAIN", "TEST")
        .build();

    public AugmentedManifestsListItem() {
      super(SCHEMA);
    }

    /**
     * The JSON attribute that contains the annotations for your training documents. The number of
     * attribute names that you specify depends on whether your augmented manifest file is the
     * output of a single labeling job or a chained labeling job.
     *
     * <p>If your file is the output of a single labeling job, specify the LabelAttributeName key
     * that was used when the job was created in Ground Truth.
     *
     * <p>If your file is the output of a chained labeling job, specify the LabelAttributeName key
     * for one or more jobs in the chain. Each LabelAttributeName key provides the annotations from
     * an individual job.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
     * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*}. CloudFormation property {@code AttributeNames}.
     */
    public AugmentedManifestsListItem attributeNames(List<String> value) {
      return set("AttributeNames", Value.listOf(value));
    }

    /** Sets {@code AttributeNames} to this value; see {@link #attributeNames(List)}. */
    public AugmentedManifestsListItem attributeNames(Value<List<String>> value) {
      return set("AttributeNames", value);
    }

    /**
     * The Amazon S3 location of the augmented manifest file.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * S3Uri}.
     */
    public AugmentedManifestsListItem s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public AugmentedManifestsListItem s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * The purpose of the data you've provided in the augmented manifest. You can either train or
     * test this data. If you don't specify, the default is train.
     *
     * <p>TRAIN - all of the documents in the manifest will be used for training. If no test
     * documents are provided, Amazon Comprehend will automatically reserve a portion of the
     * training documents for testing.
     *
     * <p>TEST - all of the documents in the manifest will be used for testing.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code TRAIN}, {@code TEST}.
     * CloudFormation property {@code Split}.
     */
    public AugmentedManifestsListItem split(String value) {
      return set("Split", Value.of(value));
    }

    /** Sets {@code Split} to this value; see {@link #split(String)}. */
    public AugmentedManifestsListItem split(Value<String> value) {
      return set("Split", value);
    }
  }

  /**
   * The location of the training documents. This parameter is required in a request to create a
   * semi-structured document classification model.
   *
   * <p>Property type {@code AWS::Comprehend::DocumentClassifier.DocumentClassifierDocuments}.
   */
  public static final class DocumentClassifierDocuments extends Struct<DocumentClassifierDocuments> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier.DocumentClassifierDocuments")
        .required("S3Uri")
        .constrain("S3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .constrain("TestS3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .build();

    public DocumentClassifierDocuments() {
      super(SCHEMA);
    }

    /**
     * The S3 URI location of the training documents specified in the S3Uri CSV file.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * S3Uri}.
     */
    public DocumentClassifierDocuments s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public DocumentClassifierDocuments s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * The S3 URI location of the test documents included in the TestS3Uri CSV file. This field is
     * not required if you do not specify a test CSV file.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * TestS3Uri}.
     */
    public DocumentClassifierDocuments testS3Uri(String value) {
      return set("TestS3Uri", Value.of(value));
    }

    /** Sets {@code TestS3Uri} to this value; see {@link #testS3Uri(String)}. */
    public DocumentClassifierDocuments testS3Uri(Value<String> value) {
      return set("TestS3Uri", value);
    }
  }

  /**
   * The input properties for training a document classifier.
   *
   * <p>For more information on how the input file is formatted, see <a
   * href="https://docs.aws.amazon.com/comprehend/latest/dg/prep-classifier-data.html">Preparing
   * training data</a> in the Comprehend Developer Guide.
   *
   * <p>Property type {@code AWS::Comprehend::DocumentClassifier.DocumentClassifierInputDataConfig}.
   */
  public static final class DocumentClassifierInputDataConfig extends Struct<DocumentClassifierInputDataConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier.DocumentClassifierInputDataConfig")
        .allowed("DataFormat", "COMPREHEND_CSV", "AUGMENTED_MANIFEST")
        .allowed("DocumentType", "PLAIN_TEXT_DOCUMENT", "SEMI_STRUCTURED_DOCUMENT")
        .constrain("LabelDelimiter", Constraint.of().pattern("^[ ~!@#$%^*\\-_+=|\\\\:;\\t>?/]$").minLength(1).maxLength(1))
        .constrain("S3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .constrain("TestS3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .build();

    public DocumentClassifierInputDataConfig() {
      super(SCHEMA);
    }

    /**
     * A list of augmented manifest files that provide training data for your custom model. An
     * augmented manifest file is a labeled dataset that is produced by Amazon SageMaker Ground
     * Truth.
     *
     * <p>This parameter is required if you set <code>DataFormat</code> to
     * <code>AUGMENTED_MANIFEST</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AugmentedManifests}.
     */
    public DocumentClassifierInputDataConfig augmentedManifests(List<AugmentedManifestsListItem> value) {
      return set("AugmentedManifests", Value.listOf(value));
    }

    /** Sets {@code AugmentedManifests} to this value; see {@link #augmentedManifests(List)}. */
    public DocumentClassifierInputDataConfig augmentedManifests(Value<List<AugmentedManifestsListItem>> value) {
      return set("AugmentedManifests", value);
    }

    /**
     * Sets {@code AugmentedManifests} to a list of these; see {@link #augmentedManifests(List)}.
     */
    public DocumentClassifierInputDataConfig augmentedManifests(AugmentedManifestsListItem... values) {
      return set("AugmentedManifests", Value.list(values));
    }

    /**
     * The format of your training data:
     *
     * <ul> <li><code>COMPREHEND_CSV</code> : A two-column CSV file, where labels are provided in
     * the first column, and documents are provided in the second. If you use this value, you must
     * provide the <code>S3Uri</code> parameter in your request. <li><code>AUGMENTED_MANIFEST</code>
     * : A labeled dataset that is produced by Amazon SageMaker Ground Truth. This file is in JSON
     * lines format. Each line is a complete JSON object that contains a training document and its
     * associated labels. </ul>
     *
     * <p>If you use this value, you must provide the <code>AugmentedManifests</code> parameter in
     * your request.
     *
     * <p>If you don't specify a value, Amazon Comprehend uses <code>COMPREHEND_CSV</code> as the
     * default.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code COMPREHEND_CSV}, {@code
     * AUGMENTED_MANIFEST}. CloudFormation property {@code DataFormat}.
     */
    public DocumentClassifierInputDataConfig dataFormat(String value) {
      return set("DataFormat", Value.of(value));
    }

    /** Sets {@code DataFormat} to this value; see {@link #dataFormat(String)}. */
    public DocumentClassifierInputDataConfig dataFormat(Value<String> value) {
      return set("DataFormat", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code DocumentReaderConfig}. */
    public DocumentClassifierInputDataConfig documentReaderConfig(Value<DocumentReaderConfig> value) {
      return set("DocumentReaderConfig", value);
    }

    /**
     * The type of input documents for training the model. Provide plain-text documents to create a
     * plain-text model, and provide semi-structured documents to create a native document model.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code PLAIN_TEXT_DOCUMENT}, {@code
     * SEMI_STRUCTURED_DOCUMENT}. CloudFormation property {@code DocumentType}.
     */
    public DocumentClassifierInputDataConfig documentType(String value) {
      return set("DocumentType", Value.of(value));
    }

    /** Sets {@code DocumentType} to this value; see {@link #documentType(String)}. */
    public DocumentClassifierInputDataConfig documentType(Value<String> value) {
      return set("DocumentType", value);
    }

    /**
     * The S3 location of the training documents. This parameter is required in a request to create
     * a native document model.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Documents}.
     */
    public DocumentClassifierInputDataConfig documents(Value<DocumentClassifierDocuments> value) {
      return set("Documents", value);
    }

    /**
     * Indicates the delimiter used to separate each label for training a multi-label classifier.
     * The default delimiter between labels is a pipe (|). You can use a different character as a
     * delimiter (if it's an allowed character) by specifying it under Delimiter for labels. If the
     * training documents use a delimiter other than the default or the delimiter you specify, the
     * labels on that line will be combined to make a single unique label, such as LABELLABELLABEL.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1 characters. Pattern: {@code ^[
     * ~!&#64;#$%^*&#92;-_+=|&#92;&#92;:;&#92;t&gt;?/]$}. CloudFormation property {@code
     * LabelDelimiter}.
     */
    public DocumentClassifierInputDataConfig labelDelimiter(String value) {
      return set("LabelDelimiter", Value.of(value));
    }

    /** Sets {@code LabelDelimiter} to this value; see {@link #labelDelimiter(String)}. */
    public DocumentClassifierInputDataConfig labelDelimiter(Value<String> value) {
      return set("LabelDelimiter", value);
    }

    /**
     * The Amazon S3 URI for the input data. The S3 bucket must be in the same Region as the API
     * endpoint that you are calling. The URI can point to a single input file or it can provide the
     * prefix for a collection of input files.
     *
     * <p>For example, if you use the URI <code>S3://bucketName/prefix</code> , if the prefix is a
     * single file, Amazon Comprehend uses that file as input. If more than one file begins with the
     * prefix, Amazon Comprehend uses all of them as input.
     *
     * <p>This parameter is required if you set <code>DataFormat</code> to
     * <code>COMPREHEND_CSV</code> .
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * S3Uri}.
     */
    public DocumentClassifierInputDataConfig s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public DocumentClassifierInputDataConfig s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }

    /**
     * This specifies the Amazon S3 location that contains the test annotations for the document
     * classifier. The URI must be in the same AWS Region as the API endpoint that you are calling.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * TestS3Uri}.
     */
    public DocumentClassifierInputDataConfig testS3Uri(String value) {
      return set("TestS3Uri", Value.of(value));
    }

    /** Sets {@code TestS3Uri} to this value; see {@link #testS3Uri(String)}. */
    public DocumentClassifierInputDataConfig testS3Uri(Value<String> value) {
      return set("TestS3Uri", value);
    }
  }

  /**
   * Provide the location for output data from a custom classifier job. This field is mandatory if
   * you are training a native document model.
   *
   * <p>Property type {@code
   * AWS::Comprehend::DocumentClassifier.DocumentClassifierOutputDataConfig}.
   */
  public static final class DocumentClassifierOutputDataConfig extends Struct<DocumentClassifierOutputDataConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier.DocumentClassifierOutputDataConfig")
        .constrain("S3Uri", Constraint.of().pattern("s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?").minLength(0).maxLength(1024))
        .build();

    public DocumentClassifierOutputDataConfig() {
      super(SCHEMA);
    }

    /**
     * ID for the AWS Key Management Service (KMS) key that Amazon Comprehend uses to encrypt the
     * output results from an analysis job. The KmsKeyId can be one of the following formats:
     *
     * <ul> <li>KMS Key ID: <code>"1234abcd-12ab-34cd-56ef-1234567890ab"</code> <li>Amazon Resource
     * Name (ARN) of a KMS Key:
     * <code>"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"</code>
     * <li>KMS Key Alias: <code>"alias/ExampleAlias"</code> <li>ARN of a KMS Key Alias:
     * <code>"arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias"</code> </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public DocumentClassifierOutputDataConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public DocumentClassifierOutputDataConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * When you use the <code>OutputDataConfig</code> object while creating a custom classifier, you
     * specify the Amazon S3 location where you want to write the confusion matrix and other output
     * files. The URI must be in the same Region as the API endpoint that you are calling. The
     * location is used as the prefix for the actual location of this output file.
     *
     * <p>When the custom classifier job is finished, the service creates the output file in a
     * directory specific to the job. The <code>S3Uri</code> field contains the location of the
     * output file, called <code>output.tar.gz</code> . It is a compressed archive that contains the
     * confusion matrix.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
     * s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?}. CloudFormation property {@code
     * S3Uri}.
     */
    public DocumentClassifierOutputDataConfig s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public DocumentClassifierOutputDataConfig s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * Provides configuration parameters to override the default actions for extracting text from PDF
   * documents and image files.
   *
   * <p>By default, Amazon Comprehend performs the following actions to extract text from files,
   * based on the input file type:
   *
   * <ul> <li><em>Word files</em> - Amazon Comprehend parser extracts the text. <li><em>Digital PDF
   * files</em> - Amazon Comprehend parser extracts the text. <li><em>Image files and scanned PDF
   * files</em> - Amazon Comprehend uses the Amazon Textract <code>DetectDocumentText</code> API to
   * extract the text. </ul>
   *
   * <p><code>DocumentReaderConfig</code> does not apply to plain text files or Word files.
   *
   * <p>For image files and PDF documents, you can override these default actions using the fields
   * listed below. For more information, see <a
   * href="https://docs.aws.amazon.com/comprehend/latest/dg/idp-set-textract-options.html">Setting
   * text extraction options</a> in the Comprehend Developer Guide.
   *
   * <p>Property type {@code AWS::Comprehend::DocumentClassifier.DocumentReaderConfig}.
   */
  public static final class DocumentReaderConfig extends Struct<DocumentReaderConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier.DocumentReaderConfig")
        .required("DocumentReadAction")
        .allowed("DocumentReadAction", "TEXTRACT_DETECT_DOCUMENT_TEXT", "TEXTRACT_ANALYZE_DOCUMENT")
        .allowed("DocumentReadMode", "SERVICE_DEFAULT", "FORCE_DOCUMENT_READ_ACTION")
        .allowed("FeatureTypes", "TABLES", "FORMS")
        .build();

    public DocumentReaderConfig() {
      super(SCHEMA);
    }

    /**
     * This field defines the Amazon Textract API operation that Amazon Comprehend uses to extract
     * text from PDF files and image files. Enter one of the following values:
     *
     * <ul> <li><code>TEXTRACT_DETECT_DOCUMENT_TEXT</code> - The Amazon Comprehend service uses the
     * <code>DetectDocumentText</code> API operation. <li><code>TEXTRACT_ANALYZE_DOCUMENT</code> -
     * The Amazon Comprehend service uses the <code>AnalyzeDocument</code> API operation. </ul>
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code
     * TEXTRACT_DETECT_DOCUMENT_TEXT}, {@code TEXTRACT_ANALYZE_DOCUMENT}. CloudFormation property
     * {@code DocumentReadAction}.
     */
    public DocumentReaderConfig documentReadAction(String value) {
      return set("DocumentReadAction", Value.of(value));
    }

    /** Sets {@code DocumentReadAction} to this value; see {@link #documentReadAction(String)}. */
    public DocumentReaderConfig documentReadAction(Value<String> value) {
      return set("DocumentReadAction", value);
    }

    /**
     * Determines the text extraction actions for PDF files. Enter one of the following values:
     *
     * <ul> <li><code>SERVICE_DEFAULT</code> - use the Amazon Comprehend service defaults for PDF
     * files. <li><code>FORCE_DOCUMENT_READ_ACTION</code> - Amazon Comprehend uses the Textract API
     * specified by DocumentReadAction for all PDF files, including digital PDF files. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SERVICE_DEFAULT}, {@code
     * FORCE_DOCUMENT_READ_ACTION}. CloudFormation property {@code DocumentReadMode}.
     */
    public DocumentReaderConfig documentReadMode(String value) {
      return set("DocumentReadMode", Value.of(value));
    }

    /** Sets {@code DocumentReadMode} to this value; see {@link #documentReadMode(String)}. */
    public DocumentReaderConfig documentReadMode(Value<String> value) {
      return set("DocumentReadMode", value);
    }

    /**
     * Specifies the type of Amazon Textract features to apply. If you chose
     * <code>TEXTRACT_ANALYZE_DOCUMENT</code> as the read action, you must specify one or both of
     * the following values:
     *
     * <ul> <li><code>TABLES</code> - Returns additional information about any tables that are
     * detected in the input document. <li><code>FORMS</code> - Returns additional information about
     * any forms that are detected in the input document. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code TABLES}, {@code FORMS}.
     * CloudFormation property {@code FeatureTypes}.
     */
    public DocumentReaderConfig featureTypes(List<String> value) {
      return set("FeatureTypes", Value.listOf(value));
    }

    /** Sets {@code FeatureTypes} to this value; see {@link #featureTypes(List)}. */
    public DocumentReaderConfig featureTypes(Value<List<String>> value) {
      return set("FeatureTypes", value);
    }
  }

  /**
   * Configuration parameters for an optional private Virtual Private Cloud (VPC) containing the
   * resources you are using for the job. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html">Amazon VPC</a>
   * .
   *
   * <p>Property type {@code AWS::Comprehend::DocumentClassifier.VpcConfig}.
   */
  public static final class VpcConfig extends Struct<VpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Comprehend::DocumentClassifier.VpcConfig")
        .required("SecurityGroupIds", "Subnets")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(1).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().pattern("[-0-9a-zA-Z]+").minLength(1).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcConfig() {
      super(SCHEMA);
    }

    /**
     * The ID number for a security group on an instance of your private VPC. Security groups on
     * your VPC function serve as a virtual firewall to control inbound and outbound traffic and
     * provides security for the resources that you’ll be accessing on the VPC. This ID number is
     * preceded by "sg-", for instance: "sg-03b388029b0a285ea". For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_SecurityGroups.html">Security
     * Groups for your VPC</a> .
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
     * [-0-9a-zA-Z]+}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcConfig securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfig securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The ID for each subnet being used in your private VPC. This subnet is a subset of the a range
     * of IPv4 addresses used by the VPC and is specific to a given availability zone in the VPC’s
     * Region. This ID number is preceded by "subnet-", for instance: "subnet-04ccf456919e69055".
     * For more information, see <a
     * href="https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html">VPCs and Subnets</a>
     * .
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
     * [-0-9a-zA-Z]+}. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
     */
    public VpcConfig subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public VpcConfig subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }
}
