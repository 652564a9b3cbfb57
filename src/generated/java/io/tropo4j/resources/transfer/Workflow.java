// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * Allows you to create a workflow with specified steps and step details the workflow invokes after
 * file transfer completes. After creating a workflow, you can associate the workflow created with
 * any transfer servers by specifying the <code>workflow-details</code> field in
 * <code>CreateServer</code> and <code>UpdateServer</code> operations.
 *
 * <p>CloudFormation type {@code AWS::Transfer::Workflow}.
 */
public final class Workflow extends Resource<Workflow> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow")
      .required("Steps")
      .constrain("Description", Constraint.of().pattern("^[\\w\\- ]*$").minLength(0).maxLength(256))
      .refYields("WorkflowId")
      .attributes("Arn", "WorkflowId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workflow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the text description for the workflow.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[&#92;w&#92;- ]*$}. CloudFormation property {@code Description}.
   */
  public Workflow description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workflow description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies the steps (actions) to take if errors are encountered during execution of the
   * workflow.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OnExceptionSteps}.
   */
  public Workflow onExceptionSteps(List<WorkflowStep> value) {
    return set("OnExceptionSteps", Value.listOf(value));
  }

  /** Sets {@code OnExceptionSteps} to this value; see {@link #onExceptionSteps(List)}. */
  public Workflow onExceptionSteps(Value<List<WorkflowStep>> value) {
    return set("OnExceptionSteps", value);
  }

  /** Sets {@code OnExceptionSteps} to a list of these; see {@link #onExceptionSteps(List)}. */
  public Workflow onExceptionSteps(WorkflowStep... values) {
    return set("OnExceptionSteps", Value.list(values));
  }

  /**
   * Specifies the details for the steps that are in the specified workflow.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Steps}.
   */
  public Workflow steps(List<WorkflowStep> value) {
    return set("Steps", Value.listOf(value));
  }

  /** Sets {@code Steps} to this value; see {@link #steps(List)}. */
  public Workflow steps(Value<List<WorkflowStep>> value) {
    return set("Steps", value);
  }

  /** Sets {@code Steps} to a list of these; see {@link #steps(List)}. */
  public Workflow steps(WorkflowStep... values) {
    return set("Steps", Value.list(values));
  }

  /**
   * Key-value pairs that can be used to group and search for workflows. Tags are metadata attached
   * to workflows for any purpose.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workflow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workflow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workflow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the unique Amazon Resource Name (ARN) for the workflow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A unique identifier for a workflow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkflowId}.
   */
  public Value<String> workflowId() {
    return getAtt("WorkflowId");
  }

  /**
   * Details for a step that performs a file copy.
   *
   * <p>Consists of the following values:
   *
   * <ul> <li>A description <li>An Amazon S3 location for the destination of the file copy. <li>A
   * flag that indicates whether to overwrite an existing file of the same name. The default is
   * <code>FALSE</code> . </ul>
   *
   * <p>Property type {@code AWS::Transfer::Workflow.CopyStepDetails}.
   */
  public static final class CopyStepDetails extends Struct<CopyStepDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.CopyStepDetails")
        .constrain("Name", Constraint.of().pattern("^[\\w-]*$").minLength(0).maxLength(30))
        .allowed("OverwriteExisting", "TRUE", "FALSE")
        .constrain("SourceFileLocation", Constraint.of().pattern("^\\$\\{(\\w+.)+\\w+\\}$").minLength(0).maxLength(256))
        .build();

    public CopyStepDetails() {
      super(SCHEMA);
    }

    /**
     * Specifies the location for the file being copied. Use <code>${Transfer:UserName}</code> or
     * <code>${Transfer:UploadDate}</code> in this field to parametrize the destination prefix by
     * username or uploaded date.
     *
     * <ul> <li>Set the value of <code>DestinationFileLocation</code> to
     * <code>${Transfer:UserName}</code> to copy uploaded files to an Amazon S3 bucket that is
     * prefixed with the name of the Transfer Family user that uploaded the file. <li>Set the value
     * of <code>DestinationFileLocation</code> to <code>${Transfer:UploadDate}</code> to copy
     * uploaded files to an Amazon S3 bucket that is prefixed with the date of the upload. </ul>
     *
     * <p>The system resolves <code>UploadDate</code> to a date format of <em>YYYY-MM-DD</em> ,
     * based on the date the file is uploaded in UTC.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * DestinationFileLocation}.
     */
    public CopyStepDetails destinationFileLocation(Value<S3FileLocation> value) {
      return set("DestinationFileLocation", value);
    }

    /**
     * The name of the step, used as an identifier.
     *
     * <p>Changing it replaces the resource. Length: 0 to 30 characters. Pattern: {@code
     * ^[&#92;w-]*$}. CloudFormation property {@code Name}.
     */
    public CopyStepDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CopyStepDetails name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A flag that indicates whether to overwrite an existing file of the same name. The default is
     * <code>FALSE</code> .
     *
     * <p>If the workflow is processing a file that has the same name as an existing file, the
     * behavior is as follows:
     *
     * <ul> <li>If <code>OverwriteExisting</code> is <code>TRUE</code> , the existing file is
     * replaced with the file being processed. <li>If <code>OverwriteExisting</code> is
     * <code>FALSE</code> , nothing happens, and the workflow processing stops. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code TRUE}, {@code FALSE}.
     * CloudFormation property {@code OverwriteExisting}.
     */
    public CopyStepDetails overwriteExisting(String value) {
      return set("OverwriteExisting", Value.of(value));
    }

    /** Sets {@code OverwriteExisting} to this value; see {@link #overwriteExisting(String)}. */
    public CopyStepDetails overwriteExisting(Value<String> value) {
      return set("OverwriteExisting", value);
    }

    /**
     * Specifies which file to use as input to the workflow step: either the output from the
     * previous step, or the originally uploaded file for the workflow.
     *
     * <ul> <li>To use the previous file as the input, enter <code>${previous.file}</code> . In this
     * case, this workflow step uses the output file from the previous workflow step as input. This
     * is the default value. <li>To use the originally uploaded file location as input for this
     * step, enter <code>${original.file}</code> . </ul>
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^&#92;$&#92;{(&#92;w+.)+&#92;w+&#92;}$}. CloudFormation property {@code SourceFileLocation}.
     */
    public CopyStepDetails sourceFileLocation(String value) {
      return set("SourceFileLocation", Value.of(value));
    }

    /** Sets {@code SourceFileLocation} to this value; see {@link #sourceFileLocation(String)}. */
    public CopyStepDetails sourceFileLocation(Value<String> value) {
      return set("SourceFileLocation", value);
    }
  }

  /**
   * Details for a step that invokes an AWS Lambda function.
   *
   * <p>Consists of the Lambda function's name, target, and timeout (in seconds).
   *
   * <p>Property type {@code AWS::Transfer::Workflow.CustomStepDetails}.
   */
  public static final class CustomStepDetails extends Struct<CustomStepDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.CustomStepDetails")
        .constrain("Name", Constraint.of().pattern("^[\\w-]*$").minLength(0).maxLength(30))
        .constrain("SourceFileLocation", Constraint.of().pattern("^\\$\\{(\\w+.)+\\w+\\}$").minLength(0).maxLength(256))
        .constrain("Target", Constraint.of().pattern("arn:[a-z-]+:lambda:.*$").minLength(0).maxLength(170))
        .references("Target", "AWS::Lambda::Function.Arn")
        .constrain("TimeoutSeconds", Constraint.of().minimum(1).maximum(1800))
        .build();

    public CustomStepDetails() {
      super(SCHEMA);
    }

    /**
     * The name of the step, used as an identifier.
     *
     * <p>Changing it replaces the resource. Length: 0 to 30 characters. Pattern: {@code
     * ^[&#92;w-]*$}. CloudFormation property {@code Name}.
     */
    public CustomStepDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CustomStepDetails name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies which file to use as input to the workflow step: either the output from the
     * previous step, or the originally uploaded file for the workflow.
     *
     * <ul> <li>To use the previous file as the input, enter <code>${previous.file}</code> . In this
     * case, this workflow step uses the output file from the previous workflow step as input. This
     * is the default value. <li>To use the originally uploaded file location as input for this
     * step, enter <code>${original.file}</code> . </ul>
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^&#92;$&#92;{(&#92;w+.)+&#92;w+&#92;}$}. CloudFormation property {@code SourceFileLocation}.
     */
    public CustomStepDetails sourceFileLocation(String value) {
      return set("SourceFileLocation", Value.of(value));
    }

    /** Sets {@code SourceFileLocation} to this value; see {@link #sourceFileLocation(String)}. */
    public CustomStepDetails sourceFileLocation(Value<String> value) {
      return set("SourceFileLocation", value);
    }

    /**
     * The ARN for the Lambda function that is being called.
     *
     * <p>Changing it replaces the resource. Length: 0 to 170 characters. Pattern: {@code
     * arn:[a-z-]+:lambda:.*$}. CloudFormation property {@code Target}.
     */
    public CustomStepDetails target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public CustomStepDetails target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * Sets {@code Target} to the Arn of {@code AWS::Lambda::Function}; see {@link #target(String)}.
     */
    public CustomStepDetails target(Function resource) {
      return set("Target", resource.arn());
    }

    /**
     * Timeout, in seconds, for the step.
     *
     * <p>Changing it replaces the resource. Range: 1 to 1800. CloudFormation property {@code
     * TimeoutSeconds}.
     */
    public CustomStepDetails timeoutSeconds(int value) {
      return set("TimeoutSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutSeconds} to this value; see {@link #timeoutSeconds(int)}. */
    public CustomStepDetails timeoutSeconds(Value<Integer> value) {
      return set("TimeoutSeconds", value);
    }
  }

  /**
   * Details for a step that decrypts an encrypted file.
   *
   * <p>Consists of the following values:
   *
   * <ul> <li>A descriptive name <li>An Amazon S3 or Amazon Elastic File System (Amazon EFS)
   * location for the source file to decrypt. <li>An S3 or Amazon EFS location for the destination
   * of the file decryption. <li>A flag that indicates whether to overwrite an existing file of the
   * same name. The default is <code>FALSE</code> . <li>The type of encryption that's used.
   * Currently, only PGP encryption is supported. </ul>
   *
   * <p>Property type {@code AWS::Transfer::Workflow.DecryptStepDetails}.
   */
  public static final class DecryptStepDetails extends Struct<DecryptStepDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.DecryptStepDetails")
        .required("DestinationFileLocation", "Type")
        .constrain("Name", Constraint.of().pattern("^[\\w-]*$").minLength(0).maxLength(30))
        .allowed("OverwriteExisting", "TRUE", "FALSE")
        .constrain("SourceFileLocation", Constraint.of().pattern("^\\$\\{(\\w+.)+\\w+\\}$").minLength(0).maxLength(256))
        .allowed("Type", "PGP")
        .build();

    public DecryptStepDetails() {
      super(SCHEMA);
    }

    /**
     * Specifies the location for the file being decrypted. Use <code>${Transfer:UserName}</code> or
     * <code>${Transfer:UploadDate}</code> in this field to parametrize the destination prefix by
     * username or uploaded date.
     *
     * <ul> <li>Set the value of <code>DestinationFileLocation</code> to
     * <code>${Transfer:UserName}</code> to decrypt uploaded files to an Amazon S3 bucket that is
     * prefixed with the name of the Transfer Family user that uploaded the file. <li>Set the value
     * of <code>DestinationFileLocation</code> to <code>${Transfer:UploadDate}</code> to decrypt
     * uploaded files to an Amazon S3 bucket that is prefixed with the date of the upload. </ul>
     *
     * <p>The system resolves <code>UploadDate</code> to a date format of <em>YYYY-MM-DD</em> ,
     * based on the date the file is uploaded in UTC.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * DestinationFileLocation}.
     */
    public DecryptStepDetails destinationFileLocation(Value<InputFileLocation> value) {
      return set("DestinationFileLocation", value);
    }

    /**
     * The name of the step, used as an identifier.
     *
     * <p>Changing it replaces the resource. Length: 0 to 30 characters. Pattern: {@code
     * ^[&#92;w-]*$}. CloudFormation property {@code Name}.
     */
    public DecryptStepDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DecryptStepDetails name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A flag that indicates whether to overwrite an existing file of the same name. The default is
     * <code>FALSE</code> .
     *
     * <p>If the workflow is processing a file that has the same name as an existing file, the
     * behavior is as follows:
     *
     * <ul> <li>If <code>OverwriteExisting</code> is <code>TRUE</code> , the existing file is
     * replaced with the file being processed. <li>If <code>OverwriteExisting</code> is
     * <code>FALSE</code> , nothing happens, and the workflow processing stops. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code TRUE}, {@code FALSE}.
     * CloudFormation property {@code OverwriteExisting}.
     */
    public DecryptStepDetails overwriteExisting(String value) {
      return set("OverwriteExisting", Value.of(value));
    }

    /** Sets {@code OverwriteExisting} to this value; see {@link #overwriteExisting(String)}. */
    public DecryptStepDetails overwriteExisting(Value<String> value) {
      return set("OverwriteExisting", value);
    }

    /**
     * Specifies which file to use as input to the workflow step: either the output from the
     * previous step, or the originally uploaded file for the workflow.
     *
     * <ul> <li>To use the previous file as the input, enter <code>${previous.file}</code> . In this
     * case, this workflow step uses the output file from the previous workflow step as input. This
     * is the default value. <li>To use the originally uploaded file location as input for this
     * step, enter <code>${original.file}</code> . </ul>
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^&#92;$&#92;{(&#92;w+.)+&#92;w+&#92;}$}. CloudFormation property {@code SourceFileLocation}.
     */
    public DecryptStepDetails sourceFileLocation(String value) {
      return set("SourceFileLocation", Value.of(value));
    }

    /** Sets {@code SourceFileLocation} to this value; see {@link #sourceFileLocation(String)}. */
    public DecryptStepDetails sourceFileLocation(Value<String> value) {
      return set("SourceFileLocation", value);
    }

    /**
     * The type of encryption used. Currently, this value must be <code>PGP</code> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code PGP}. CloudFormation
     * property {@code Type}.
     */
    public DecryptStepDetails type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DecryptStepDetails type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An object that contains the name and file location for a file being deleted by a workflow.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.DeleteStepDetails}.
   */
  public static final class DeleteStepDetails extends Struct<DeleteStepDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.DeleteStepDetails")
        .constrain("Name", Constraint.of().pattern("^[\\w-]*$").minLength(0).maxLength(30))
        .constrain("SourceFileLocation", Constraint.of().pattern("^\\$\\{(\\w+.)+\\w+\\}$").minLength(0).maxLength(256))
        .build();

    public DeleteStepDetails() {
      super(SCHEMA);
    }

    /**
     * The name of the step, used as an identifier.
     *
     * <p>Changing it replaces the resource. Length: 0 to 30 characters. Pattern: {@code
     * ^[&#92;w-]*$}. CloudFormation property {@code Name}.
     */
    public DeleteStepDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DeleteStepDetails name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies which file to use as input to the workflow step: either the output from the
     * previous step, or the originally uploaded file for the workflow.
     *
     * <ul> <li>To use the previous file as the input, enter <code>${previous.file}</code> . In this
     * case, this workflow step uses the output file from the previous workflow step as input. This
     * is the default value. <li>To use the originally uploaded file location as input for this
     * step, enter <code>${original.file}</code> . </ul>
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^&#92;$&#92;{(&#92;w+.)+&#92;w+&#92;}$}. CloudFormation property {@code SourceFileLocation}.
     */
    public DeleteStepDetails sourceFileLocation(String value) {
      return set("SourceFileLocation", Value.of(value));
    }

    /** Sets {@code SourceFileLocation} to this value; see {@link #sourceFileLocation(String)}. */
    public DeleteStepDetails sourceFileLocation(Value<String> value) {
      return set("SourceFileLocation", value);
    }
  }

  /**
   * Specifies the Amazon EFS identifier and the path for the file being used.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.EfsInputFileLocation}.
   */
  public static final class EfsInputFileLocation extends Struct<EfsInputFileLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.EfsInputFileLocation")
        .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:(access-point/fsap|file-system/fs)-[0-9a-f]{8,40}|fs(ap)?-[0-9a-f]{8,40})$").minLength(0).maxLength(128))
        .constrain("Path", Constraint.of().pattern("^[^\\x00]+$").minLength(1).maxLength(65536))
        .build();

    public EfsInputFileLocation() {
      super(SCHEMA);
    }

    /**
     * The identifier of the file system, assigned by Amazon EFS.
     *
     * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
     * ^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:(access-point/fsap|file-system/fs)-[0-9a-f]{8,40}|fs(ap)?-[0-9a-f]{8,40})$}.
     * CloudFormation property {@code FileSystemId}.
     */
    public EfsInputFileLocation fileSystemId(String value) {
      return set("FileSystemId", Value.of(value));
    }

    /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
    public EfsInputFileLocation fileSystemId(Value<String> value) {
      return set("FileSystemId", value);
    }

    /**
     * The pathname for the folder being used by a workflow.
     *
     * <p>Changing it replaces the resource. Length: 1 to 65536 characters. Pattern: {@code
     * ^[^&#92;x00]+$}. CloudFormation property {@code Path}.
     */
    public EfsInputFileLocation path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public EfsInputFileLocation path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * Specifies the location for the file that's being processed.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.InputFileLocation}.
   */
  public static final class InputFileLocation extends Struct<InputFileLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::Transfer::Workflow.InputFileLocation");

    public InputFileLocation() {
      super(SCHEMA);
    }

    /**
     * Specifies the details for the Amazon Elastic File System (Amazon EFS) file that's being
     * decrypted.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EfsFileLocation}.
     */
    public InputFileLocation efsFileLocation(Value<EfsInputFileLocation> value) {
      return set("EfsFileLocation", value);
    }

    /**
     * Specifies the details for the Amazon S3 file that's being copied or decrypted.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code S3FileLocation}.
     */
    public InputFileLocation s3FileLocation(Value<S3InputFileLocation> value) {
      return set("S3FileLocation", value);
    }

    /**
     * Sets {@code S3FileLocation} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #s3FileLocation(Value)}.
     */
    public InputFileLocation s3FileLocation(Asset asset) {
      return set("S3FileLocation", new S3InputFileLocation().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Specifies the S3 details for the file being used, such as bucket, ETag, and so forth.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.S3FileLocation}.
   */
  public static final class S3FileLocation extends Struct<S3FileLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::Transfer::Workflow.S3FileLocation");

    public S3FileLocation() {
      super(SCHEMA);
    }

    /**
     * Specifies the details for the file location for the file that's being used in the workflow.
     * Only applicable if you are using Amazon S3 storage.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code S3FileLocation}.
     */
    public S3FileLocation s3FileLocation(Value<S3InputFileLocation> value) {
      return set("S3FileLocation", value);
    }

    /**
     * Sets {@code S3FileLocation} to the asset's bucket and key, where the deployer uploads it; see
     * {@link #s3FileLocation(Value)}.
     */
    public S3FileLocation s3FileLocation(Asset asset) {
      return set("S3FileLocation", new S3InputFileLocation().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Specifies the details for the Amazon S3 location for an input file to a workflow.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.S3InputFileLocation}.
   */
  public static final class S3InputFileLocation extends Struct<S3InputFileLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.S3InputFileLocation")
        .constrain("Bucket", Constraint.of().pattern("^[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]$").minLength(3).maxLength(63))
        .constrain("Key", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
        .build();

    public S3InputFileLocation() {
      super(SCHEMA);
    }

    /**
     * Specifies the S3 bucket for the customer input file.
     *
     * <p>Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]$}. CloudFormation property {@code Bucket}.
     */
    public S3InputFileLocation bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3InputFileLocation bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The name assigned to the file when it was created in Amazon S3. You use the object key to
     * retrieve the object.
     *
     * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code .*}.
     * CloudFormation property {@code Key}.
     */
    public S3InputFileLocation key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3InputFileLocation key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * Specifies the key-value pair that are assigned to a file during the execution of a Tagging
   * step.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.S3Tag}.
   */
  public static final class S3Tag extends Struct<S3Tag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.S3Tag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
        .build();

    public S3Tag() {
      super(SCHEMA);
    }

    /**
     * The name assigned to the tag that you create.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
     */
    public S3Tag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Tag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value that corresponds to the key.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public S3Tag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public S3Tag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Details for a step that creates one or more tags.
   *
   * <p>You specify one or more tags. Each tag contains a key-value pair.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.TagStepDetails}.
   */
  public static final class TagStepDetails extends Struct<TagStepDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.TagStepDetails")
        .constrain("Name", Constraint.of().pattern("^[\\w-]*$").minLength(0).maxLength(30))
        .constrain("SourceFileLocation", Constraint.of().pattern("^\\$\\{(\\w+.)+\\w+\\}$").minLength(0).maxLength(256))
        .build();

    public TagStepDetails() {
      super(SCHEMA);
    }

    /**
     * The name of the step, used as an identifier.
     *
     * <p>Changing it replaces the resource. Length: 0 to 30 characters. Pattern: {@code
     * ^[&#92;w-]*$}. CloudFormation property {@code Name}.
     */
    public TagStepDetails name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TagStepDetails name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies which file to use as input to the workflow step: either the output from the
     * previous step, or the originally uploaded file for the workflow.
     *
     * <ul> <li>To use the previous file as the input, enter <code>${previous.file}</code> . In this
     * case, this workflow step uses the output file from the previous workflow step as input. This
     * is the default value. <li>To use the originally uploaded file location as input for this
     * step, enter <code>${original.file}</code> . </ul>
     *
     * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
     * ^&#92;$&#92;{(&#92;w+.)+&#92;w+&#92;}$}. CloudFormation property {@code SourceFileLocation}.
     */
    public TagStepDetails sourceFileLocation(String value) {
      return set("SourceFileLocation", Value.of(value));
    }

    /** Sets {@code SourceFileLocation} to this value; see {@link #sourceFileLocation(String)}. */
    public TagStepDetails sourceFileLocation(Value<String> value) {
      return set("SourceFileLocation", value);
    }

    /**
     * Array that contains from 1 to 10 key/value pairs.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
     */
    public TagStepDetails tags(List<S3Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagStepDetails tags(Value<List<S3Tag>> value) {
      return set("Tags", value);
    }

    /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
    public TagStepDetails tags(S3Tag... values) {
      return set("Tags", Value.list(values));
    }
  }

  /**
   * The basic building block of a workflow.
   *
   * <p>Property type {@code AWS::Transfer::Workflow.WorkflowStep}.
   */
  public static final class WorkflowStep extends Struct<WorkflowStep> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Workflow.WorkflowStep")
        .allowed("Type", "COPY", "CUSTOM", "DECRYPT", "DELETE", "TAG")
        .build();

    public WorkflowStep() {
      super(SCHEMA);
    }

    /**
     * Details for a step that performs a file copy.
     *
     * <p>Consists of the following values:
     *
     * <ul> <li>A description <li>An Amazon S3 location for the destination of the file copy. <li>A
     * flag that indicates whether to overwrite an existing file of the same name. The default is
     * <code>FALSE</code> . </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CopyStepDetails}.
     */
    public WorkflowStep copyStepDetails(Value<CopyStepDetails> value) {
      return set("CopyStepDetails", value);
    }

    /**
     * Details for a step that invokes an AWS Lambda function.
     *
     * <p>Consists of the Lambda function's name, target, and timeout (in seconds).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code CustomStepDetails}.
     */
    public WorkflowStep customStepDetails(Value<CustomStepDetails> value) {
      return set("CustomStepDetails", value);
    }

    /**
     * Details for a step that decrypts an encrypted file.
     *
     * <p>Consists of the following values:
     *
     * <ul> <li>A descriptive name <li>An Amazon S3 or Amazon Elastic File System (Amazon EFS)
     * location for the source file to decrypt. <li>An S3 or Amazon EFS location for the destination
     * of the file decryption. <li>A flag that indicates whether to overwrite an existing file of
     * the same name. The default is <code>FALSE</code> . <li>The type of encryption that's used.
     * Currently, only PGP encryption is supported. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DecryptStepDetails}.
     */
    public WorkflowStep decryptStepDetails(Value<DecryptStepDetails> value) {
      return set("DecryptStepDetails", value);
    }

    /**
     * Details for a step that deletes the file.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeleteStepDetails}.
     */
    public WorkflowStep deleteStepDetails(Value<DeleteStepDetails> value) {
      return set("DeleteStepDetails", value);
    }

    /**
     * Details for a step that creates one or more tags.
     *
     * <p>You specify one or more tags. Each tag contains a key-value pair.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TagStepDetails}.
     */
    public WorkflowStep tagStepDetails(Value<TagStepDetails> value) {
      return set("TagStepDetails", value);
    }

    /**
     * Currently, the following step types are supported.
     *
     * <ul> <li><em><code>COPY</code></em> - Copy the file to another location.
     * <li><em><code>CUSTOM</code></em> - Perform a custom step with an AWS Lambda function target.
     * <li><em><code>DECRYPT</code></em> - Decrypt a file that was encrypted before it was uploaded.
     * <li><em><code>DELETE</code></em> - Delete the file. <li><em><code>TAG</code></em> - Add a tag
     * to the file. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code COPY}, {@code CUSTOM}, {@code
     * DECRYPT}, {@code DELETE}, {@code TAG}. CloudFormation property {@code Type}.
     */
    public WorkflowStep type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public WorkflowStep type(Value<String> value) {
      return set("Type", value);
    }
  }
}
