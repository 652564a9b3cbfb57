// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cases;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a layout in the Cases domain. Layouts define the following configuration in the top
 * section and More Info tab of the Cases user interface:
 *
 * <ul> <li>Fields to display to the users <li>Field ordering </ul>
 *
 * <p>Title and Status fields cannot be part of layouts since they are not configurable.
 *
 * <p>CloudFormation type {@code AWS::Cases::Layout}.
 */
public final class Layout extends Resource<Layout> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cases::Layout")
      .required("Content", "Name")
      .constrain("DomainId", Constraint.of().minLength(1).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^.*[\\S]$").minLength(1).maxLength(100))
      .refYields("LayoutArn")
      .attributes("CreatedTime", "LastModifiedTime", "LayoutArn", "LayoutId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Layout(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Object to store union of different versions of layout content.
   *
   * <p>Required. CloudFormation property {@code Content}.
   */
  public Layout content(Value<LayoutContent> value) {
    return set("Content", value);
  }

  /**
   * The unique identifier of the Cases domain.
   *
   * <p>Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation property
   * {@code DomainId}.
   */
  public Layout domainId(String value) {
    return set("DomainId", Value.of(value));
  }

  /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
  public Layout domainId(Value<String> value) {
    return set("DomainId", value);
  }

  /**
   * The name of the layout.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code ^.*[&#92;S]$}. CloudFormation
   * property {@code Name}.
   */
  public Layout name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Layout name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Layout tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Layout tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Layout tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Timestamp at which the resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Timestamp at which the resource was created or last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Name (ARN) of the newly created layout.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LayoutArn}.
   */
  public Value<String> layoutArn() {
    return getAtt("LayoutArn");
  }

  /**
   * The unique identifier of the layout.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LayoutId}.
   */
  public Value<String> layoutId() {
    return getAtt("LayoutId");
  }

  /**
   * Content specific to <code>BasicLayout</code> type. It configures fields in the top panel and
   * More Info tab of agent application.
   *
   * <p>Property type {@code AWS::Cases::Layout.BasicLayout}.
   */
  public static final class BasicLayout extends Struct<BasicLayout> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::Layout.BasicLayout");

    public BasicLayout() {
      super(SCHEMA);
    }

    /**
     * This represents sections in a tab of the page layout.
     *
     * <p>CloudFormation property {@code MoreInfo}.
     */
    public BasicLayout moreInfo(Value<LayoutSections> value) {
      return set("MoreInfo", value);
    }

    /**
     * This represents sections in a panel of the page layout.
     *
     * <p>CloudFormation property {@code TopPanel}.
     */
    public BasicLayout topPanel(Value<LayoutSections> value) {
      return set("TopPanel", value);
    }
  }

  /**
   * Object for a group of fields and associated properties.
   *
   * <p>Property type {@code AWS::Cases::Layout.FieldGroup}.
   */
  public static final class FieldGroup extends Struct<FieldGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Layout.FieldGroup")
        .required("Fields")
        .build();

    public FieldGroup() {
      super(SCHEMA);
    }

    /**
     * Represents an ordered list containing field related information.
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public FieldGroup fields(List<FieldItem> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public FieldGroup fields(Value<List<FieldItem>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public FieldGroup fields(FieldItem... values) {
      return set("Fields", Value.list(values));
    }

    /**
     * Name of the field group.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public FieldGroup name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldGroup name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Object for field related information.
   *
   * <p>Property type {@code AWS::Cases::Layout.FieldItem}.
   */
  public static final class FieldItem extends Struct<FieldItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Layout.FieldItem")
        .required("Id")
        .build();

    public FieldItem() {
      super(SCHEMA);
    }

    /**
     * Unique identifier of a field.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public FieldItem id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public FieldItem id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * Object to store union of different versions of layout content.
   *
   * <p>Property type {@code AWS::Cases::Layout.LayoutContent}.
   */
  public static final class LayoutContent extends Struct<LayoutContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Layout.LayoutContent")
        .required("Basic")
        .build();

    public LayoutContent() {
      super(SCHEMA);
    }

    /**
     * Content specific to <code>BasicLayout</code> type. It configures fields in the top panel and
     * More Info tab of agent application.
     *
     * <p>Required. CloudFormation property {@code Basic}.
     */
    public LayoutContent basic(Value<BasicLayout> value) {
      return set("Basic", value);
    }
  }

  /**
   * Ordered list containing different kinds of sections that can be added. A LayoutSections object
   * can only contain one section.
   *
   * <p>Property type {@code AWS::Cases::Layout.LayoutSections}.
   */
  public static final class LayoutSections extends Struct<LayoutSections> {
    private static final Schema SCHEMA = Schema.of("AWS::Cases::Layout.LayoutSections");

    public LayoutSections() {
      super(SCHEMA);
    }

    /**
     * Ordered list containing different kinds of sections that can be added. A LayoutSections
     * object can only contain one section.
     *
     * <p>CloudFormation property {@code Sections}.
     */
    public LayoutSections sections(List<Section> value) {
      return set("Sections", Value.listOf(value));
    }

    /** Sets {@code Sections} to this value; see {@link #sections(List)}. */
    public LayoutSections sections(Value<List<Section>> value) {
      return set("Sections", value);
    }

    /** Sets {@code Sections} to a list of these; see {@link #sections(List)}. */
    public LayoutSections sections(Section... values) {
      return set("Sections", Value.list(values));
    }
  }

  /**
   * This represents a sections within a panel or tab of the page layout.
   *
   * <p>Property type {@code AWS::Cases::Layout.Section}.
   */
  public static final class Section extends Struct<Section> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cases::Layout.Section")
        .required("FieldGroup")
        .build();

    public Section() {
      super(SCHEMA);
    }

    /**
     * Consists of a group of fields and associated properties.
     *
     * <p>Required. CloudFormation property {@code FieldGroup}.
     */
    public Section fieldGroup(Value<FieldGroup> value) {
      return set("FieldGroup", value);
    }
  }
}
