// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new email archive resource for storing and retaining emails.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerArchive}.
 */
public final class MailManagerArchive extends Resource<MailManagerArchive> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerArchive")
      .constrain("ArchiveName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*[a-zA-Z0-9]$").minLength(1).maxLength(64))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws(|-cn|-us-gov|-eusc):kms:[a-z0-9-]{1,20}:[0-9]{12}:(key|alias)/.+$").format("AWS::KMS::Key.Arn"))
      .refYields("ArchiveId")
      .attributes("ArchiveArn", "ArchiveId", "ArchiveState")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerArchive(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique name for the new archive.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*[a-zA-Z0-9]$}.
   * CloudFormation property {@code ArchiveName}.
   */
  public MailManagerArchive archiveName(String value) {
    return set("ArchiveName", Value.of(value));
  }

  /** Sets {@code ArchiveName} to this value; see {@link #archiveName(String)}. */
  public MailManagerArchive archiveName(Value<String> value) {
    return set("ArchiveName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the KMS key for encrypting emails in the archive.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws(|-cn|-us-gov|-eusc):kms:[a-z0-9-]{1,20}:[0-9]{12}:(key|alias)/.+$}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public MailManagerArchive kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public MailManagerArchive kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * The period for retaining emails in the archive before automatic deletion.
   *
   * <p>CloudFormation property {@code Retention}.
   */
  public MailManagerArchive retention(Value<ArchiveRetention> value) {
    return set("Retention", value);
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerArchive tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerArchive tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerArchive tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the archive.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ArchiveArn}.
   */
  public Value<String> archiveArn() {
    return getAtt("ArchiveArn");
  }

  /**
   * The unique identifier of the archive.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ArchiveId}.
   */
  public Value<String> archiveId() {
    return getAtt("ArchiveId");
  }

  /**
   * The current state of the archive:
   *
   * <ul> <li><code>ACTIVE</code> – The archive is ready and available for use.
   * <li><code>PENDING_DELETION</code> – The archive has been marked for deletion and will be
   * permanently deleted in 30 days. No further modifications can be made in this state. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ArchiveState}.
   */
  public Value<String> archiveState() {
    return getAtt("ArchiveState");
  }

  /**
   * The retention policy for an email archive that specifies how long emails are kept before being
   * automatically deleted.
   *
   * <p>Property type {@code AWS::SES::MailManagerArchive.ArchiveRetention}.
   */
  public static final class ArchiveRetention extends Struct<ArchiveRetention> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerArchive.ArchiveRetention")
        .required("RetentionPeriod")
        .allowed("RetentionPeriod", "THREE_MONTHS", "SIX_MONTHS", "NINE_MONTHS", "ONE_YEAR",
            "EIGHTEEN_MONTHS", "TWO_YEARS", "THIRTY_MONTHS", "THREE_YEARS", "FOUR_YEARS",
            "FIVE_YEARS", "SIX_YEARS", "SEVEN_YEARS", "EIGHT_YEARS", "NINE_YEARS", "TEN_YEARS",
            "PERMANENT")
        .build();

    public ArchiveRetention() {
      super(SCHEMA);
    }

    /**
     * The enum value sets the period for retaining emails in an archive.
     *
     * <p>Required. Allowed values: {@code THREE_MONTHS}, {@code SIX_MONTHS}, {@code NINE_MONTHS},
     * {@code ONE_YEAR}, {@code EIGHTEEN_MONTHS}, {@code TWO_YEARS}, {@code THIRTY_MONTHS}, {@code
     * THREE_YEARS}, {@code FOUR_YEARS}, {@code FIVE_YEARS}, {@code SIX_YEARS}, {@code SEVEN_YEARS},
     * {@code EIGHT_YEARS}, {@code NINE_YEARS}, {@code TEN_YEARS}, {@code PERMANENT}. CloudFormation
     * property {@code RetentionPeriod}.
     */
    public ArchiveRetention retentionPeriod(String value) {
      return set("RetentionPeriod", Value.of(value));
    }

    /** Sets {@code RetentionPeriod} to this value; see {@link #retentionPeriod(String)}. */
    public ArchiveRetention retentionPeriod(Value<String> value) {
      return set("RetentionPeriod", value);
    }
  }
}
