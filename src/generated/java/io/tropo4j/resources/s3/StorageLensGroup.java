// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3::StorageLensGroup</code> resource creates an S3 Storage Lens group. A Storage
 * Lens group is a custom grouping of objects that include filters for prefixes, suffixes, object
 * tags, object size, or object age. You can create an S3 Storage Lens group that includes a single
 * filter or multiple filter conditions. To specify multiple filter conditions, you use
 * <code>AND</code> or <code>OR</code> logical operators. For more information about S3 Storage Lens
 * groups, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-lens-groups-overview.html">Working
 * with S3 Storage Lens groups</a> .
 *
 * <p>CloudFormation type {@code AWS::S3::StorageLensGroup}.
 */
public final class StorageLensGroup extends Resource<StorageLensGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLensGroup")
      .required("Filter", "Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(64))
      .refYields("Name")
      .attributes("StorageLensGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StorageLensGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This property contains the criteria for the Storage Lens group data that is displayed
   *
   * <p>Required. CloudFormation property {@code Filter}.
   */
  public StorageLensGroup filter(Value<Filter> value) {
    return set("Filter", value);
  }

  /**
   * This property contains the Storage Lens group name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-_]+$}. CloudFormation property {@code Name}.
   */
  public StorageLensGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StorageLensGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * This property contains the AWS resource tags that you're adding to your Storage Lens group.
   * This parameter is optional.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public StorageLensGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StorageLensGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StorageLensGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN for the Amazon S3 Storage Lens Group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StorageLensGroupArn}.
   */
  public Value<String> storageLensGroupArn() {
    return getAtt("StorageLensGroupArn");
  }

  /**
   * This resource is a logical operator that allows multiple filter conditions to be joined for
   * more complex comparisons of Storage Lens group data. Objects must match all of the listed
   * filter conditions that are joined by the <code>And</code> logical operator. Only one of each
   * filter condition is allowed.
   *
   * <p>Property type {@code AWS::S3::StorageLensGroup.And}.
   */
  public static final class And extends Struct<And> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLensGroup.And")
        .constrain("MatchAnyPrefix", Constraint.of().maxLength(1024))
        .constrain("MatchAnySuffix", Constraint.of().maxLength(1024))
        .build();

    public And() {
      super(SCHEMA);
    }

    /**
     * This property contains a list of prefixes. At least one prefix must be specified. Up to 10
     * prefixes are allowed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code MatchAnyPrefix}.
     */
    public And matchAnyPrefix(List<String> value) {
      return set("MatchAnyPrefix", Value.listOf(value));
    }

    /** Sets {@code MatchAnyPrefix} to this value; see {@link #matchAnyPrefix(List)}. */
    public And matchAnyPrefix(Value<List<String>> value) {
      return set("MatchAnyPrefix", value);
    }

    /**
     * This property contains a list of suffixes. At least one suffix must be specified. Up to 10
     * suffixes are allowed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code MatchAnySuffix}.
     */
    public And matchAnySuffix(List<String> value) {
      return set("MatchAnySuffix", Value.listOf(value));
    }

    /** Sets {@code MatchAnySuffix} to this value; see {@link #matchAnySuffix(List)}. */
    public And matchAnySuffix(Value<List<String>> value) {
      return set("MatchAnySuffix", value);
    }

    /**
     * This property contains the list of object tags. At least one object tag must be specified. Up
     * to 10 object tags are allowed.
     *
     * <p>CloudFormation property {@code MatchAnyTag}.
     */
    public And matchAnyTag(List<Tag> value) {
      return set("MatchAnyTag", Value.listOf(value));
    }

    /** Sets {@code MatchAnyTag} to this value; see {@link #matchAnyTag(List)}. */
    public And matchAnyTag(Value<List<Tag>> value) {
      return set("MatchAnyTag", value);
    }

    /**
     * This property contains <code>DaysGreaterThan</code> and <code>DaysLessThan</code> properties
     * to define the object age range (minimum and maximum number of days).
     *
     * <p>CloudFormation property {@code MatchObjectAge}.
     */
    public And matchObjectAge(Value<MatchObjectAge> value) {
      return set("MatchObjectAge", value);
    }

    /**
     * This property contains <code>BytesGreaterThan</code> and <code>BytesLessThan</code> to define
     * the object size range (minimum and maximum number of Bytes).
     *
     * <p>CloudFormation property {@code MatchObjectSize}.
     */
    public And matchObjectSize(Value<MatchObjectSize> value) {
      return set("MatchObjectSize", value);
    }
  }

  /**
   * This resource sets the criteria for the Storage Lens group data that is displayed. For multiple
   * filter conditions, the <code>AND</code> or <code>OR</code> logical operator is used.
   *
   * <p>Property type {@code AWS::S3::StorageLensGroup.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLensGroup.Filter")
        .constrain("MatchAnyPrefix", Constraint.of().maxLength(1024))
        .constrain("MatchAnySuffix", Constraint.of().maxLength(1024))
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * This property contains the <code>And</code> logical operator, which allows multiple filter
     * conditions to be joined for more complex comparisons of Storage Lens group data. Objects must
     * match all of the listed filter conditions that are joined by the <code>And</code> logical
     * operator. Only one of each filter condition is allowed.
     *
     * <p>CloudFormation property {@code And}.
     */
    public Filter and(Value<And> value) {
      return set("And", value);
    }

    /**
     * This property contains a list of prefixes. At least one prefix must be specified. Up to 10
     * prefixes are allowed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code MatchAnyPrefix}.
     */
    public Filter matchAnyPrefix(List<String> value) {
      return set("MatchAnyPrefix", Value.listOf(value));
    }

    /** Sets {@code MatchAnyPrefix} to this value; see {@link #matchAnyPrefix(List)}. */
    public Filter matchAnyPrefix(Value<List<String>> value) {
      return set("MatchAnyPrefix", value);
    }

    /**
     * This property contains a list of suffixes. At least one suffix must be specified. Up to 10
     * suffixes are allowed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code MatchAnySuffix}.
     */
    public Filter matchAnySuffix(List<String> value) {
      return set("MatchAnySuffix", Value.listOf(value));
    }

    /** Sets {@code MatchAnySuffix} to this value; see {@link #matchAnySuffix(List)}. */
    public Filter matchAnySuffix(Value<List<String>> value) {
      return set("MatchAnySuffix", value);
    }

    /**
     * This property contains the list of S3 object tags. At least one object tag must be specified.
     * Up to 10 object tags are allowed.
     *
     * <p>CloudFormation property {@code MatchAnyTag}.
     */
    public Filter matchAnyTag(List<Tag> value) {
      return set("MatchAnyTag", Value.listOf(value));
    }

    /** Sets {@code MatchAnyTag} to this value; see {@link #matchAnyTag(List)}. */
    public Filter matchAnyTag(Value<List<Tag>> value) {
      return set("MatchAnyTag", value);
    }

    /**
     * This property contains <code>DaysGreaterThan</code> and <code>DaysLessThan</code> to define
     * the object age range (minimum and maximum number of days).
     *
     * <p>CloudFormation property {@code MatchObjectAge}.
     */
    public Filter matchObjectAge(Value<MatchObjectAge> value) {
      return set("MatchObjectAge", value);
    }

    /**
     * This property contains <code>BytesGreaterThan</code> and <code>BytesLessThan</code> to define
     * the object size range (minimum and maximum number of Bytes).
     *
     * <p>CloudFormation property {@code MatchObjectSize}.
     */
    public Filter matchObjectSize(Value<MatchObjectSize> value) {
      return set("MatchObjectSize", value);
    }

    /**
     * This property contains the <code>Or</code> logical operator, which allows multiple filter
     * conditions to be joined. Objects can match any of the listed filter conditions, which are
     * joined by the <code>Or</code> logical operator. Only one of each filter condition is allowed.
     *
     * <p>CloudFormation property {@code Or}.
     */
    public Filter or(Value<Or> value) {
      return set("Or", value);
    }
  }

  /**
   * This resource contains <code>DaysGreaterThan</code> and <code>DaysLessThan</code> to define the
   * object age range (minimum and maximum number of days).
   *
   * <p>Property type {@code AWS::S3::StorageLensGroup.MatchObjectAge}.
   */
  public static final class MatchObjectAge extends Struct<MatchObjectAge> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLensGroup.MatchObjectAge")
        .constrain("DaysGreaterThan", Constraint.of().minimum(1))
        .constrain("DaysLessThan", Constraint.of().minimum(1))
        .build();

    public MatchObjectAge() {
      super(SCHEMA);
    }

    /**
     * This property indicates the minimum object age in days.
     *
     * <p>Range: at least 1. CloudFormation property {@code DaysGreaterThan}.
     */
    public MatchObjectAge daysGreaterThan(int value) {
      return set("DaysGreaterThan", Value.of(value));
    }

    /** Sets {@code DaysGreaterThan} to this value; see {@link #daysGreaterThan(int)}. */
    public MatchObjectAge daysGreaterThan(Value<Integer> value) {
      return set("DaysGreaterThan", value);
    }

    /**
     * This property indicates the maximum object age in days.
     *
     * <p>Range: at least 1. CloudFormation property {@code DaysLessThan}.
     */
    public MatchObjectAge daysLessThan(int value) {
      return set("DaysLessThan", Value.of(value));
    }

    /** Sets {@code DaysLessThan} to this value; see {@link #daysLessThan(int)}. */
    public MatchObjectAge daysLessThan(Value<Integer> value) {
      return set("DaysLessThan", value);
    }
  }

  /**
   * This resource filters objects that match the specified object size range.
   *
   * <p>Property type {@code AWS::S3::StorageLensGroup.MatchObjectSize}.
   */
  public static final class MatchObjectSize extends Struct<MatchObjectSize> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLensGroup.MatchObjectSize")
        .constrain("BytesGreaterThan", Constraint.of().minimum(1).format("int64"))
        .constrain("BytesLessThan", Constraint.of().minimum(1).format("int64"))
        .build();

    public MatchObjectSize() {
      super(SCHEMA);
    }

    /**
     * This property specifies the minimum object size in bytes. The value must be a positive
     * number, greater than 0 and less than 5 TB.
     *
     * <p>Range: at least 1. Format: {@code int64}. CloudFormation property {@code
     * BytesGreaterThan}.
     */
    public MatchObjectSize bytesGreaterThan(int value) {
      return set("BytesGreaterThan", Value.of(value));
    }

    /** Sets {@code BytesGreaterThan} to this value; see {@link #bytesGreaterThan(int)}. */
    public MatchObjectSize bytesGreaterThan(Value<Integer> value) {
      return set("BytesGreaterThan", value);
    }

    /**
     * This property specifies the maximum object size in bytes. The value must be a positive
     * number, greater than the minimum object size and less than 5 TB.
     *
     * <p>Range: at least 1. Format: {@code int64}. CloudFormation property {@code BytesLessThan}.
     */
    public MatchObjectSize bytesLessThan(int value) {
      return set("BytesLessThan", Value.of(value));
    }

    /** Sets {@code BytesLessThan} to this value; see {@link #bytesLessThan(int)}. */
    public MatchObjectSize bytesLessThan(Value<Integer> value) {
      return set("BytesLessThan", value);
    }
  }

  /**
   * This resource contains the <code>Or</code> logical operator, which allows multiple filter
   * conditions to be joined for more complex comparisons of Storage Lens group data. Objects can
   * match any of the listed filter conditions that are joined by the <code>Or</code> logical
   * operator. Only one of each filter condition is allowed.
   *
   * <p>Property type {@code AWS::S3::StorageLensGroup.Or}.
   */
  public static final class Or extends Struct<Or> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3::StorageLensGroup.Or")
        .constrain("MatchAnyPrefix", Constraint.of().maxLength(1024))
        .constrain("MatchAnySuffix", Constraint.of().maxLength(1024))
        .build();

    public Or() {
      super(SCHEMA);
    }

    /**
     * This property contains a list of prefixes. At least one prefix must be specified. Up to 10
     * prefixes are allowed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code MatchAnyPrefix}.
     */
    public Or matchAnyPrefix(List<String> value) {
      return set("MatchAnyPrefix", Value.listOf(value));
    }

    /** Sets {@code MatchAnyPrefix} to this value; see {@link #matchAnyPrefix(List)}. */
    public Or matchAnyPrefix(Value<List<String>> value) {
      return set("MatchAnyPrefix", value);
    }

    /**
     * This property contains the list of suffixes. At least one suffix must be specified. Up to 10
     * suffixes are allowed.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code MatchAnySuffix}.
     */
    public Or matchAnySuffix(List<String> value) {
      return set("MatchAnySuffix", Value.listOf(value));
    }

    /** Sets {@code MatchAnySuffix} to this value; see {@link #matchAnySuffix(List)}. */
    public Or matchAnySuffix(Value<List<String>> value) {
      return set("MatchAnySuffix", value);
    }

    /**
     * This property contains the list of S3 object tags. At least one object tag must be specified.
     * Up to 10 object tags are allowed.
     *
     * <p>CloudFormation property {@code MatchAnyTag}.
     */
    public Or matchAnyTag(List<Tag> value) {
      return set("MatchAnyTag", Value.listOf(value));
    }

    /** Sets {@code MatchAnyTag} to this value; see {@link #matchAnyTag(List)}. */
    public Or matchAnyTag(Value<List<Tag>> value) {
      return set("MatchAnyTag", value);
    }

    /**
     * This property filters objects that match the specified object age range.
     *
     * <p>CloudFormation property {@code MatchObjectAge}.
     */
    public Or matchObjectAge(Value<MatchObjectAge> value) {
      return set("MatchObjectAge", value);
    }

    /**
     * This property contains the <code>BytesGreaterThan</code> and <code>BytesLessThan</code>
     * values to define the object size range (minimum and maximum number of Bytes).
     *
     * <p>CloudFormation property {@code MatchObjectSize}.
     */
    public Or matchObjectSize(Value<MatchObjectSize> value) {
      return set("MatchObjectSize", value);
    }
  }
}
