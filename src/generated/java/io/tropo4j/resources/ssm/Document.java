// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSM::Document</code> resource creates a Systems Manager (SSM) document in AWS
 * Systems Manager . This document defines the actions that Systems Manager performs on your AWS
 * resources.
 *
 * <p>This resource does not support CloudFormation drift detection.
 *
 * <p>CloudFormation type {@code AWS::SSM::Document}.
 */
public final class Document extends Resource<Document> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::Document")
      .required("Content")
      .constrain("Content", Constraint.of().minLength(1))
      .allowed("DocumentFormat", "YAML", "JSON", "TEXT")
      .allowed("DocumentType", "ApplicationConfiguration", "ApplicationConfigurationSchema",
          "Automation", "Automation.ChangeTemplate", "AutoApprovalPolicy", "ChangeCalendar",
          "CloudFormation", "Command", "DeploymentStrategy", "ManualApprovalPolicy", "Package",
          "Policy", "ProblemAnalysis", "ProblemAnalysisTemplate", "Session")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,128}$"))
      .constrain("TargetType", Constraint.of().pattern("^\\/[\\w\\.\\-\\:\\/]*$").minLength(0).maxLength(200))
      .allowed("UpdateMethod", "Replace", "NewVersion")
      .constrain("VersionName", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{1,128}$"))
      .refYields("Name")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Document(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of key-value pairs that describe attachments to a version of a document.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code Attachments}.
   */
  public Document attachments(List<AttachmentsSource> value) {
    return set("Attachments", Value.listOf(value));
  }

  /** Sets {@code Attachments} to this value; see {@link #attachments(List)}. */
  public Document attachments(Value<List<AttachmentsSource>> value) {
    return set("Attachments", value);
  }

  /** Sets {@code Attachments} to a list of these; see {@link #attachments(List)}. */
  public Document attachments(AttachmentsSource... values) {
    return set("Attachments", Value.list(values));
  }

  /**
   * The content for the new SSM document in JSON or YAML. For more information about the schemas
   * for SSM document content, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/document-schemas-features.html">SSM
   * document schema features and examples</a> in the <em>AWS Systems Manager User Guide</em> .
   *
   * <p>This parameter also supports <code>String</code> data types.
   *
   * <p>Required. Changing it may replace the resource. Length: at least 1 characters.
   * CloudFormation property {@code Content}.
   */
  public Document content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public Document content(Value<String> value) {
    return set("Content", value);
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public Document content(Json value) {
    return set("Content", value);
  }

  /**
   * Specify the document format for the request. <code>JSON</code> is the default format.
   *
   * <p>Changing it may replace the resource. Allowed values: {@code YAML}, {@code JSON}, {@code
   * TEXT}. Default: {@code "JSON"}. CloudFormation property {@code DocumentFormat}.
   */
  public Document documentFormat(String value) {
    return set("DocumentFormat", Value.of(value));
  }

  /** Sets {@code DocumentFormat} to this value; see {@link #documentFormat(String)}. */
  public Document documentFormat(Value<String> value) {
    return set("DocumentFormat", value);
  }

  /**
   * The type of document to create.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ApplicationConfiguration}, {@code
   * ApplicationConfigurationSchema}, {@code Automation}, {@code Automation.ChangeTemplate}, {@code
   * AutoApprovalPolicy}, {@code ChangeCalendar}, {@code CloudFormation}, {@code Command}, {@code
   * DeploymentStrategy}, {@code ManualApprovalPolicy}, {@code Package}, {@code Policy}, {@code
   * ProblemAnalysis}, {@code ProblemAnalysisTemplate}, {@code Session}. CloudFormation property
   * {@code DocumentType}.
   */
  public Document documentType(String value) {
    return set("DocumentType", Value.of(value));
  }

  /** Sets {@code DocumentType} to this value; see {@link #documentType(String)}. */
  public Document documentType(Value<String> value) {
    return set("DocumentType", value);
  }

  /**
   * A name for the SSM document.
   *
   * <p>You can't use the following strings as document name prefixes. These are reserved by AWS for
   * use as document name prefixes: - <code>aws</code> - <code>amazon</code> - <code>amzn</code> -
   * <code>AWSEC2</code> - <code>AWSConfigRemediation</code> - <code>AWSSupport</code>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,128}$}.
   * CloudFormation property {@code Name}.
   */
  public Document name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Document name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of SSM documents required by a document. This parameter is used exclusively by AWS
   * AppConfig . When a user creates an AWS AppConfig configuration in an SSM document, the user
   * must also specify a required document for validation purposes. In this case, an
   * <code>ApplicationConfiguration</code> document requires an
   * <code>ApplicationConfigurationSchema</code> document for validation purposes. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html">What is
   * AWS AppConfig ?</a> in the <em>AWS AppConfig User Guide</em> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code Requires}.
   */
  public Document requires(List<DocumentRequires> value) {
    return set("Requires", Value.listOf(value));
  }

  /** Sets {@code Requires} to this value; see {@link #requires(List)}. */
  public Document requires(Value<List<DocumentRequires>> value) {
    return set("Requires", value);
  }

  /** Sets {@code Requires} to a list of these; see {@link #requires(List)}. */
  public Document requires(DocumentRequires... values) {
    return set("Requires", Value.list(values));
  }

  /**
   * AWS CloudFormation resource tags to apply to the document. Use tags to help you identify and
   * categorize resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Document tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Document tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Document tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specify a target type to define the kinds of resources the document can run on. For example, to
   * run a document on EC2 instances, specify the following value: <code>/AWS::EC2::Instance</code>
   * . If you specify a value of '/' the document can run on all types of resources. If you don't
   * specify a value, the document can't run on any resources. For a list of valid resource types,
   * see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html">AWS
   * resource and property types reference</a> in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>Changing it may replace the resource. Length: 0 to 200 characters. Pattern: {@code
   * ^&#92;/[&#92;w&#92;.&#92;-&#92;:&#92;/]*$}. CloudFormation property {@code TargetType}.
   */
  public Document targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public Document targetType(Value<String> value) {
    return set("TargetType", value);
  }

  /**
   * If the document resource you specify in your template already exists, this parameter determines
   * whether a new version of the existing document is created, or the existing document is
   * replaced. <code>Replace</code> is the default method. If you specify <code>NewVersion</code>
   * for the <code>UpdateMethod</code> parameter, and the <code>Name</code> of the document does not
   * match an existing resource, a new document is created. When you specify <code>NewVersion</code>
   * , the default version of the document is changed to the newly created version.
   *
   * <p>Allowed values: {@code Replace}, {@code NewVersion}. Default: {@code "Replace"}.
   * CloudFormation property {@code UpdateMethod}.
   */
  public Document updateMethod(String value) {
    return set("UpdateMethod", Value.of(value));
  }

  /** Sets {@code UpdateMethod} to this value; see {@link #updateMethod(String)}. */
  public Document updateMethod(Value<String> value) {
    return set("UpdateMethod", value);
  }

  /**
   * An optional field specifying the version of the artifact you are creating with the document.
   * For example, <code>Release12.1</code> . This value is unique across all versions of a document,
   * and can't be changed.
   *
   * <p>Changing it may replace the resource. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{1,128}$}.
   * CloudFormation property {@code VersionName}.
   */
  public Document versionName(String value) {
    return set("VersionName", Value.of(value));
  }

  /** Sets {@code VersionName} to this value; see {@link #versionName(String)}. */
  public Document versionName(Value<String> value) {
    return set("VersionName", value);
  }

  /**
   * Identifying information about a document attachment, including the file name and a key-value
   * pair that identifies the location of an attachment to a document.
   *
   * <p>Property type {@code AWS::SSM::Document.AttachmentsSource}.
   */
  public static final class AttachmentsSource extends Struct<AttachmentsSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::Document.AttachmentsSource")
        .allowed("Key", "SourceUrl", "S3FileUrl", "AttachmentReference")
        .constrain("Name", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Values", Constraint.of().minLength(1).maxLength(100000))
        .build();

    public AttachmentsSource() {
      super(SCHEMA);
    }

    /**
     * The key of a key-value pair that identifies the location of an attachment to a document.
     *
     * <p>Changing it may replace the resource. Allowed values: {@code SourceUrl}, {@code
     * S3FileUrl}, {@code AttachmentReference}. CloudFormation property {@code Key}.
     */
    public AttachmentsSource key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AttachmentsSource key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The name of the document attachment file.
     *
     * <p>Changing it may replace the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Name}.
     */
    public AttachmentsSource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AttachmentsSource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of a key-value pair that identifies the location of an attachment to a document.
     * The format for <em>Value</em> depends on the type of key you specify.
     *
     * <ul> <li>For the key <em>SourceUrl</em> , the value is an S3 bucket location. For example:
     * </ul>
     *
     * <p><code>"Values": [ "s3://amzn-s3-demo-bucket/my-prefix" ]</code>
     *
     * <ul> <li>For the key <em>S3FileUrl</em> , the value is a file in an S3 bucket. For example:
     * </ul>
     *
     * <p><code>"Values": [ "s3://amzn-s3-demo-bucket/my-prefix/my-file.py" ]</code>
     *
     * <ul> <li>For the key <em>AttachmentReference</em> , the value is constructed from the name of
     * another SSM document in your account, a version number of that document, and a file attached
     * to that document version that you want to reuse. For example: </ul>
     *
     * <p><code>"Values": [ "MyOtherDocument/3/my-other-file.py" ]</code>
     *
     * <p>However, if the SSM document is shared with you from another account, the full SSM
     * document ARN must be specified instead of the document name only. For example:
     *
     * <p><code>"Values": [
     * "arn:aws:ssm:us-east-2:111122223333:document/OtherAccountDocument/3/their-file.py" ]</code>
     *
     * <p>Changing it may replace the resource. Length: 1 to 100000 characters. CloudFormation
     * property {@code Values}.
     */
    public AttachmentsSource values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public AttachmentsSource values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * An SSM document required by the current document.
   *
   * <p>Property type {@code AWS::SSM::Document.DocumentRequires}.
   */
  public static final class DocumentRequires extends Struct<DocumentRequires> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::Document.DocumentRequires")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.:/]{3,200}$").maxLength(200))
        .constrain("Version", Constraint.of().pattern("([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)").maxLength(8))
        .build();

    public DocumentRequires() {
      super(SCHEMA);
    }

    /**
     * The name of the required SSM document. The name can be an Amazon Resource Name (ARN).
     *
     * <p>Changing it may replace the resource. Length: at most 200 characters. Pattern: {@code
     * ^[a-zA-Z0-9_&#92;-.:/]{3,200}$}. CloudFormation property {@code Name}.
     */
    public DocumentRequires name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DocumentRequires name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The document version required by the current document.
     *
     * <p>Changing it may replace the resource. Length: at most 8 characters. Pattern: {@code
     * ([$]LATEST|[$]DEFAULT|^[1-9][0-9]*$)}. CloudFormation property {@code Version}.
     */
    public DocumentRequires version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public DocumentRequires version(Value<String> value) {
      return set("Version", value);
    }
  }
}
