// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a managed prefix list. You can add one or more entries to the prefix list. Each entry
 * consists of a CIDR block and an optional description.
 *
 * <p>CloudFormation type {@code AWS::EC2::PrefixList}.
 */
public final class PrefixList extends Resource<PrefixList> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::PrefixList")
      .required("AddressFamily", "PrefixListName")
      .allowed("AddressFamily", "IPv4", "IPv6")
      .constrain("MaxEntries", Constraint.of().minimum(1))
      .constrain("PrefixListName", Constraint.of().minLength(1).maxLength(255))
      .refYields("PrefixListId")
      .attributes("Arn", "OwnerId", "PrefixListId", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PrefixList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IP address type.
   *
   * <p>Valid Values: <code>IPv4</code> | <code>IPv6</code>
   *
   * <p>Required. Allowed values: {@code IPv4}, {@code IPv6}. CloudFormation property {@code
   * AddressFamily}.
   */
  public PrefixList addressFamily(String value) {
    return set("AddressFamily", Value.of(value));
  }

  /** Sets {@code AddressFamily} to this value; see {@link #addressFamily(String)}. */
  public PrefixList addressFamily(Value<String> value) {
    return set("AddressFamily", value);
  }

  /**
   * The entries for the prefix list.
   *
   * <p>CloudFormation property {@code Entries}.
   */
  public PrefixList entries(List<Entry> value) {
    return set("Entries", Value.listOf(value));
  }

  /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
  public PrefixList entries(Value<List<Entry>> value) {
    return set("Entries", value);
  }

  /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
  public PrefixList entries(Entry... values) {
    return set("Entries", Value.list(values));
  }

  /**
   * The maximum number of entries for the prefix list. You can't modify the entries and the size of
   * a prefix list at the same time.
   *
   * <p>This property is required when you create a prefix list.
   *
   * <p>Range: at least 1. CloudFormation property {@code MaxEntries}.
   */
  public PrefixList maxEntries(int value) {
    return set("MaxEntries", Value.of(value));
  }

  /** Sets {@code MaxEntries} to this value; see {@link #maxEntries(int)}. */
  public PrefixList maxEntries(Value<Integer> value) {
    return set("MaxEntries", value);
  }

  /**
   * A name for the prefix list.
   *
   * <p>Constraints: Up to 255 characters in length. The name cannot start with
   * <code>com.amazonaws</code> .
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code PrefixListName}.
   */
  public PrefixList prefixListName(String value) {
    return set("PrefixListName", Value.of(value));
  }

  /** Sets {@code PrefixListName} to this value; see {@link #prefixListName(String)}. */
  public PrefixList prefixListName(Value<String> value) {
    return set("PrefixListName", value);
  }

  /**
   * The tags for the prefix list.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PrefixList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PrefixList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PrefixList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the prefix list. For example,
   * <code>arn:aws:ec2:us-east-1:123456789012:prefix-list/pl-0123123123123abcd</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the owner of the prefix list. For example, <code>123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The ID of the prefix list. For example, <code>pl-0123123123123abcd</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrefixListId}.
   */
  public Value<String> prefixListId() {
    return getAtt("PrefixListId");
  }

  /**
   * The version of the prefix list. For example, <code>1</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }

  /**
   * An entry for a prefix list.
   *
   * <p>Property type {@code AWS::EC2::PrefixList.Entry}.
   */
  public static final class Entry extends Struct<Entry> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::PrefixList.Entry")
        .required("Cidr")
        .constrain("Description", Constraint.of().minLength(0).maxLength(255))
        .build();

    public Entry() {
      super(SCHEMA);
    }

    /**
     * The CIDR block.
     *
     * <p>Required. CloudFormation property {@code Cidr}.
     */
    public Entry cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public Entry cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * A description for the entry.
     *
     * <p>Constraints: Up to 255 characters in length.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
     */
    public Entry description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Entry description(Value<String> value) {
      return set("Description", value);
    }
  }
}
