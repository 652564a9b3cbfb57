// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.invoicing;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An invoice unit is a set of mutually exclusive account that correspond to your business entity.
 * Invoice units allow you separate AWS account costs and configures your invoice for each business
 * entity going forward.
 *
 * <p>CloudFormation type {@code AWS::Invoicing::InvoiceUnit}.
 */
public final class InvoiceUnit extends Resource<InvoiceUnit> {
  private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::InvoiceUnit")
      .required("InvoiceReceiver", "Name", "Rule")
      .constrain("Description", Constraint.of().pattern("^[\\S\\s]*$").minLength(0).maxLength(500))
      .constrain("InvoiceReceiver", Constraint.of().pattern("^\\d{12}$").minLength(12).maxLength(12))
      .constrain("Name", Constraint.of().pattern("^(?! )[\\p{L}\\p{N}\\p{Z}-_]*(?<! )$").minLength(1).maxLength(50))
      .refYields("InvoiceUnitArn")
      .attributes("InvoiceUnitArn", "LastModified")
      .tags("ResourceTags", Schema.TagForm.LIST)
      .build();

  public InvoiceUnit(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The assigned description for an invoice unit. This information can't be modified or deleted.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
   * {@code Description}.
   */
  public InvoiceUnit description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public InvoiceUnit description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The account that receives invoices related to the invoice unit.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^&#92;d{12}$}. CloudFormation property {@code InvoiceReceiver}.
   */
  public InvoiceUnit invoiceReceiver(String value) {
    return set("InvoiceReceiver", Value.of(value));
  }

  /** Sets {@code InvoiceReceiver} to this value; see {@link #invoiceReceiver(String)}. */
  public InvoiceUnit invoiceReceiver(Value<String> value) {
    return set("InvoiceReceiver", value);
  }

  /**
   * A unique name that is distinctive within your AWS .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^(?! )[&#92;p{L}&#92;p{N}&#92;p{Z}-_]*(?&lt;! )$}. CloudFormation property {@code Name}.
   */
  public InvoiceUnit name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InvoiceUnit name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public InvoiceUnit resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public InvoiceUnit resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public InvoiceUnit resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * Sets {@code ResourceTags} to the tags, as a list of Key and Value; see {@link
   * #resourceTags(List)}.
   */
  public InvoiceUnit resourceTags(Tags tags) {
    return set("ResourceTags", tags);
  }

  /**
   * An <code>InvoiceUnitRule</code> object used the categorize invoice units.
   *
   * <p>Required. CloudFormation property {@code Rule}.
   */
  public InvoiceUnit rule(Value<Rule> value) {
    return set("Rule", value);
  }

  /**
   * Whether the invoice unit based tax inheritance is/ should be enabled or disabled.
   *
   * <p>CloudFormation property {@code TaxInheritanceDisabled}.
   */
  public InvoiceUnit taxInheritanceDisabled(boolean value) {
    return set("TaxInheritanceDisabled", Value.of(value));
  }

  /**
   * Sets {@code TaxInheritanceDisabled} to this value; see {@link
   * #taxInheritanceDisabled(boolean)}.
   */
  public InvoiceUnit taxInheritanceDisabled(Value<Boolean> value) {
    return set("TaxInheritanceDisabled", value);
  }

  /**
   * The ARN to identify an invoice unit. This information can't be modified or deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InvoiceUnitArn}.
   */
  public Value<String> invoiceUnitArn() {
    return getAtt("InvoiceUnitArn");
  }

  /**
   * The last time the invoice unit was updated. This is important to determine the version of
   * invoice unit configuration used to create the invoices. Any invoice created after this modified
   * time will use this invoice unit configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModified}.
   */
  public Value<Double> lastModified() {
    return getAtt("LastModified");
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>Property type {@code AWS::Invoicing::InvoiceUnit.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::InvoiceUnit.ResourceTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().minLength(0).maxLength(200))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The object key of your of your resource tag.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The specific value of the resource tag.
     *
     * <p>Required. Length: 0 to 200 characters. CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>InvoiceUnitRule</code> object used to update invoice units.
   *
   * <p>Property type {@code AWS::Invoicing::InvoiceUnit.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::InvoiceUnit.Rule")
        .required("LinkedAccounts")
        .constrain("LinkedAccounts", Constraint.of().pattern("^\\d{12}$").minLength(12).maxLength(12))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The list of <code>LINKED_ACCOUNT</code> IDs where charges are included within the invoice
     * unit.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code ^&#92;d{12}$}. CloudFormation
     * property {@code LinkedAccounts}.
     */
    public Rule linkedAccounts(List<String> value) {
      return set("LinkedAccounts", Value.listOf(value));
    }

    /** Sets {@code LinkedAccounts} to this value; see {@link #linkedAccounts(List)}. */
    public Rule linkedAccounts(Value<List<String>> value) {
      return set("LinkedAccounts", value);
    }
  }
}
