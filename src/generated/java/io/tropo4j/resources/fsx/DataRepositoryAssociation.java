// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fsx;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon FSx for Lustre data repository association (DRA). A data repository association
 * is a link between a directory on the file system and an Amazon S3 bucket or prefix. You can have
 * a maximum of 8 data repository associations on a file system. Data repository associations are
 * supported on all FSx for Lustre 2.12 and newer file systems, excluding <code>scratch_1</code>
 * deployment type.
 *
 * <p>Each data repository association must have a unique Amazon FSx file system directory and a
 * unique S3 bucket or prefix associated with it. You can configure a data repository association
 * for automatic import only, for automatic export only, or for both. To learn more about linking a
 * data repository to your file system, see <a
 * href="https://docs.aws.amazon.com/fsx/latest/LustreGuide/create-dra-linked-data-repo.html">Linking
 * your file system to an S3 bucket</a> .
 *
 * <p>CloudFormation type {@code AWS::FSx::DataRepositoryAssociation}.
 */
public final class DataRepositoryAssociation extends Resource<DataRepositoryAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::FSx::DataRepositoryAssociation")
      .required("DataRepositoryPath", "FileSystemId", "FileSystemPath")
      .constrain("DataRepositoryPath", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{3,4357}$").minLength(3).maxLength(4357))
      .constrain("FileSystemId", Constraint.of().pattern("^(fs-[0-9a-f]{8,})$").minLength(11).maxLength(21))
      .constrain("FileSystemPath", Constraint.of().pattern("^[^\\u0000\\u0085\\u2028\\u2029\\r\\n]{1,4096}$").minLength(1).maxLength(4096))
      .constrain("ImportedFileChunkSize", Constraint.of().minimum(1).maximum(512000))
      .refYields("AssociationId")
      .attributes("AssociationId", "ResourceARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataRepositoryAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A boolean flag indicating whether an import data repository task to import metadata should run
   * after the data repository association is created. The task runs if this flag is set to
   * <code>true</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * BatchImportMetaDataOnCreate}.
   */
  public DataRepositoryAssociation batchImportMetaDataOnCreate(boolean value) {
    return set("BatchImportMetaDataOnCreate", Value.of(value));
  }

  /**
   * Sets {@code BatchImportMetaDataOnCreate} to this value; see {@link
   * #batchImportMetaDataOnCreate(boolean)}.
   */
  public DataRepositoryAssociation batchImportMetaDataOnCreate(Value<Boolean> value) {
    return set("BatchImportMetaDataOnCreate", value);
  }

  /**
   * The path to the Amazon S3 data repository that will be linked to the file system. The path can
   * be an S3 bucket or prefix in the format <code>s3://myBucket/myPrefix/</code> . This path
   * specifies where in the S3 data repository files will be imported from or exported to.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 4357 characters. Pattern: {@code
   * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{3,4357}$}. CloudFormation property
   * {@code DataRepositoryPath}.
   */
  public DataRepositoryAssociation dataRepositoryPath(String value) {
    return set("DataRepositoryPath", Value.of(value));
  }

  /** Sets {@code DataRepositoryPath} to this value; see {@link #dataRepositoryPath(String)}. */
  public DataRepositoryAssociation dataRepositoryPath(Value<String> value) {
    return set("DataRepositoryPath", value);
  }

  /**
   * The ID of the file system on which the data repository association is configured.
   *
   * <p>Required. Changing it replaces the resource. Length: 11 to 21 characters. Pattern: {@code
   * ^(fs-[0-9a-f]{8,})$}. CloudFormation property {@code FileSystemId}.
   */
  public DataRepositoryAssociation fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public DataRepositoryAssociation fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /**
   * A path on the Amazon FSx for Lustre file system that points to a high-level directory (such as
   * <code>/ns1/</code> ) or subdirectory (such as <code>/ns1/subdir/</code> ) that will be mapped
   * 1-1 with <code>DataRepositoryPath</code> . The leading forward slash in the name is required.
   * Two data repository associations cannot have overlapping file system paths. For example, if a
   * data repository is associated with file system path <code>/ns1/</code> , then you cannot link
   * another data repository with file system path <code>/ns1/ns2</code> .
   *
   * <p>This path specifies where in your file system files will be exported from or imported to.
   * This file system directory can be linked to only one Amazon S3 bucket, and no other S3 bucket
   * can be linked to the directory.
   *
   * <p>If you specify only a forward slash ( <code>/</code> ) as the file system path, you can link
   * only one data repository to the file system. You can only specify "/" as the file system path
   * for the first data repository associated with a file system.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 4096 characters. Pattern: {@code
   * ^[^&#92;u0000&#92;u0085&#92;u2028&#92;u2029&#92;r&#92;n]{1,4096}$}. CloudFormation property
   * {@code FileSystemPath}.
   */
  public DataRepositoryAssociation fileSystemPath(String value) {
    return set("FileSystemPath", Value.of(value));
  }

  /** Sets {@code FileSystemPath} to this value; see {@link #fileSystemPath(String)}. */
  public DataRepositoryAssociation fileSystemPath(Value<String> value) {
    return set("FileSystemPath", value);
  }

  /**
   * For files imported from a data repository, this value determines the stripe count and maximum
   * amount of data per file (in MiB) stored on a single physical disk. The maximum number of disks
   * that a single file can be striped across is limited by the total number of disks that make up
   * the file system or cache.
   *
   * <p>The default chunk size is 1,024 MiB (1 GiB) and can go as high as 512,000 MiB (500 GiB).
   * Amazon S3 objects have a maximum size of 5 TB.
   *
   * <p>Range: 1 to 512000. CloudFormation property {@code ImportedFileChunkSize}.
   */
  public DataRepositoryAssociation importedFileChunkSize(int value) {
    return set("ImportedFileChunkSize", Value.of(value));
  }

  /** Sets {@code ImportedFileChunkSize} to this value; see {@link #importedFileChunkSize(int)}. */
  public DataRepositoryAssociation importedFileChunkSize(Value<Integer> value) {
    return set("ImportedFileChunkSize", value);
  }

  /**
   * The configuration for an Amazon S3 data repository linked to an Amazon FSx Lustre file system
   * with a data repository association. The configuration defines which file events (new, changed,
   * or deleted files or directories) are automatically imported from the linked data repository to
   * the file system or automatically exported from the file system to the data repository.
   *
   * <p>CloudFormation property {@code S3}.
   */
  public DataRepositoryAssociation s3(Value<S3> value) {
    return set("S3", value);
  }

  /**
   * A list of <code>Tag</code> values, with a maximum of 50 elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataRepositoryAssociation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataRepositoryAssociation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataRepositoryAssociation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the data repository association's system generated Association ID.
   *
   * <p>Example: <code>dra-abcdef0123456789d</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationId}.
   */
  public Value<String> associationId() {
    return getAtt("AssociationId");
  }

  /**
   * Returns the data repository association's Amazon Resource Name (ARN).
   *
   * <p>Example:
   * <code>arn:aws:fsx:us-east-1:111122223333:association/fs-abc012345def6789a/dra-abcdef0123456789b</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * Describes a data repository association's automatic export policy. The
   * <code>AutoExportPolicy</code> defines the types of updated objects on the file system that will
   * be automatically exported to the data repository. As you create, modify, or delete files,
   * Amazon FSx for Lustre automatically exports the defined changes asynchronously once your
   * application finishes modifying the file.
   *
   * <p>The <code>AutoExportPolicy</code> is only supported on Amazon FSx for Lustre file systems
   * with a data repository association.
   *
   * <p>Property type {@code AWS::FSx::DataRepositoryAssociation.AutoExportPolicy}.
   */
  public static final class AutoExportPolicy extends Struct<AutoExportPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::DataRepositoryAssociation.AutoExportPolicy")
        .required("Events")
        .allowed("Events", "NEW", "CHANGED", "DELETED")
        .build();

    public AutoExportPolicy() {
      super(SCHEMA);
    }

    /**
     * The <code>AutoExportPolicy</code> can have the following event values:
     *
     * <ul> <li><code>NEW</code> - New files and directories are automatically exported to the data
     * repository as they are added to the file system. <li><code>CHANGED</code> - Changes to files
     * and directories on the file system are automatically exported to the data repository.
     * <li><code>DELETED</code> - Files and directories are automatically deleted on the data
     * repository when they are deleted on the file system. </ul>
     *
     * <p>You can define any combination of event types for your <code>AutoExportPolicy</code> .
     *
     * <p>Required. Allowed values: {@code NEW}, {@code CHANGED}, {@code DELETED}. CloudFormation
     * property {@code Events}.
     */
    public AutoExportPolicy events(List<String> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public AutoExportPolicy events(Value<List<String>> value) {
      return set("Events", value);
    }
  }

  /**
   * Describes the data repository association's automatic import policy. The AutoImportPolicy
   * defines how Amazon FSx keeps your file metadata and directory listings up to date by importing
   * changes to your Amazon FSx for Lustre file system as you modify objects in a linked S3 bucket.
   *
   * <p>The <code>AutoImportPolicy</code> is only supported on Amazon FSx for Lustre file systems
   * with a data repository association.
   *
   * <p>Property type {@code AWS::FSx::DataRepositoryAssociation.AutoImportPolicy}.
   */
  public static final class AutoImportPolicy extends Struct<AutoImportPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::FSx::DataRepositoryAssociation.AutoImportPolicy")
        .required("Events")
        .allowed("Events", "NEW", "CHANGED", "DELETED")
        .build();

    public AutoImportPolicy() {
      super(SCHEMA);
    }

    /**
     * The <code>AutoImportPolicy</code> can have the following event values:
     *
     * <ul> <li><code>NEW</code> - Amazon FSx automatically imports metadata of files added to the
     * linked S3 bucket that do not currently exist in the FSx file system. <li><code>CHANGED</code>
     * - Amazon FSx automatically updates file metadata and invalidates existing file content on the
     * file system as files change in the data repository. <li><code>DELETED</code> - Amazon FSx
     * automatically deletes files on the file system as corresponding files are deleted in the data
     * repository. </ul>
     *
     * <p>You can define any combination of event types for your <code>AutoImportPolicy</code> .
     *
     * <p>Required. Allowed values: {@code NEW}, {@code CHANGED}, {@code DELETED}. CloudFormation
     * property {@code Events}.
     */
    public AutoImportPolicy events(List<String> value) {
      return set("Events", Value.listOf(value));
    }

    /** Sets {@code Events} to this value; see {@link #events(List)}. */
    public AutoImportPolicy events(Value<List<String>> value) {
      return set("Events", value);
    }
  }

  /**
   * The configuration for an Amazon S3 data repository linked to an Amazon FSx Lustre file system
   * with a data repository association. The configuration defines which file events (new, changed,
   * or deleted files or directories) are automatically imported from the linked data repository to
   * the file system or automatically exported from the file system to the data repository.
   *
   * <p>Property type {@code AWS::FSx::DataRepositoryAssociation.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.of("AWS::FSx::DataRepositoryAssociation.S3");

    public S3() {
      super(SCHEMA);
    }

    /**
     * Describes a data repository association's automatic export policy. The
     * <code>AutoExportPolicy</code> defines the types of updated objects on the file system that
     * will be automatically exported to the data repository. As you create, modify, or delete
     * files, Amazon FSx for Lustre automatically exports the defined changes asynchronously once
     * your application finishes modifying the file.
     *
     * <p>The <code>AutoExportPolicy</code> is only supported on Amazon FSx for Lustre file systems
     * with a data repository association.
     *
     * <p>CloudFormation property {@code AutoExportPolicy}.
     */
    public S3 autoExportPolicy(Value<AutoExportPolicy> value) {
      return set("AutoExportPolicy", value);
    }

    /**
     * Describes the data repository association's automatic import policy. The AutoImportPolicy
     * defines how Amazon FSx keeps your file metadata and directory listings up to date by
     * importing changes to your Amazon FSx for Lustre file system as you modify objects in a linked
     * S3 bucket.
     *
     * <p>The <code>AutoImportPolicy</code> is only supported on Amazon FSx for Lustre file systems
     * with a data repository association.
     *
     * <p>CloudFormation property {@code AutoImportPolicy}.
     */
    public S3 autoImportPolicy(Value<AutoImportPolicy> value) {
      return set("AutoImportPolicy", value);
    }
  }
}
