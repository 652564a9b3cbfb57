// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a legal hold on recovery points (backups). A legal hold prevents backups from being
 * deleted while under hold.
 *
 * <p>CloudFormation type {@code AWS::Backup::LegalHold}.
 */
public final class LegalHold extends Resource<LegalHold> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::LegalHold")
      .required("Description", "RecoveryPointSelection", "Title")
      .refYields("Arn")
      .attributes("Arn", "CreationDate", "LegalHoldId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LegalHold(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the legal hold.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public LegalHold description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LegalHold description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The criteria to assign a set of resources, such as resource types or backup vaults.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RecoveryPointSelection}.
   */
  public LegalHold recoveryPointSelection(Value<RecoveryPointSelection> value) {
    return set("RecoveryPointSelection", value);
  }

  /**
   * Optional tags to include.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LegalHold tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LegalHold tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public LegalHold tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LegalHold tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The title of the legal hold.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Title}.
   */
  public LegalHold title(String value) {
    return set("Title", Value.of(value));
  }

  /** Sets {@code Title} to this value; see {@link #title(String)}. */
  public LegalHold title(Value<String> value) {
    return set("Title", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the legal hold.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time when the legal hold was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationDate}.
   */
  public Value<String> creationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The ID of the legal hold.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LegalHoldId}.
   */
  public Value<String> legalHoldId() {
    return getAtt("LegalHoldId");
  }

  /**
   * The status of the legal hold.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A date range for filtering recovery points.
   *
   * <p>Property type {@code AWS::Backup::LegalHold.DateRange}.
   */
  public static final class DateRange extends Struct<DateRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::LegalHold.DateRange")
        .required("FromDate", "ToDate")
        .constrain("FromDate", Constraint.of().format("date-time"))
        .constrain("ToDate", Constraint.of().format("date-time"))
        .build();

    public DateRange() {
      super(SCHEMA);
    }

    /**
     * The beginning date, inclusive. ISO 8601 date-time.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code FromDate}.
     */
    public DateRange fromDate(String value) {
      return set("FromDate", Value.of(value));
    }

    /** Sets {@code FromDate} to this value; see {@link #fromDate(String)}. */
    public DateRange fromDate(Value<String> value) {
      return set("FromDate", value);
    }

    /**
     * The end date, inclusive. ISO 8601 date-time.
     *
     * <p>Required. Format: {@code date-time}. CloudFormation property {@code ToDate}.
     */
    public DateRange toDate(String value) {
      return set("ToDate", Value.of(value));
    }

    /** Sets {@code ToDate} to this value; see {@link #toDate(String)}. */
    public DateRange toDate(Value<String> value) {
      return set("ToDate", value);
    }
  }

  /**
   * The criteria to assign a set of resources, such as resource types or backup vaults.
   *
   * <p>Property type {@code AWS::Backup::LegalHold.RecoveryPointSelection}.
   */
  public static final class RecoveryPointSelection extends Struct<RecoveryPointSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::Backup::LegalHold.RecoveryPointSelection");

    public RecoveryPointSelection() {
      super(SCHEMA);
    }

    /**
     * A date range for filtering recovery points.
     *
     * <p>CloudFormation property {@code DateRange}.
     */
    public RecoveryPointSelection dateRange(Value<DateRange> value) {
      return set("DateRange", value);
    }

    /**
     * The resources included in the resource selection.
     *
     * <p>CloudFormation property {@code ResourceIdentifiers}.
     */
    public RecoveryPointSelection resourceIdentifiers(List<String> value) {
      return set("ResourceIdentifiers", Value.listOf(value));
    }

    /** Sets {@code ResourceIdentifiers} to this value; see {@link #resourceIdentifiers(List)}. */
    public RecoveryPointSelection resourceIdentifiers(Value<List<String>> value) {
      return set("ResourceIdentifiers", value);
    }

    /**
     * The names of the vaults in which the selected recovery points are contained.
     *
     * <p>CloudFormation property {@code VaultNames}.
     */
    public RecoveryPointSelection vaultNames(List<String> value) {
      return set("VaultNames", Value.listOf(value));
    }

    /** Sets {@code VaultNames} to this value; see {@link #vaultNames(List)}. */
    public RecoveryPointSelection vaultNames(Value<List<String>> value) {
      return set("VaultNames", value);
    }
  }

  /** Property type {@code AWS::Backup::LegalHold.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::LegalHold.TagsItems")
        .required("Key", "Value")
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
