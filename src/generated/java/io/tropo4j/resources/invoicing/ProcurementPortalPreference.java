// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.invoicing;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates and manages a procurement portal preference configuration for e-invoice delivery and
 * purchase order retrieval.
 *
 * <p>CloudFormation type {@code AWS::Invoicing::ProcurementPortalPreference}.
 */
public final class ProcurementPortalPreference extends Resource<ProcurementPortalPreference> {
  private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::ProcurementPortalPreference")
      .required("BuyerDomain", "BuyerIdentifier", "Contacts", "EinvoiceDeliveryEnabled",
          "ProcurementPortalName", "PurchaseOrderRetrievalEnabled", "SupplierDomain",
          "SupplierIdentifier")
      .allowed("BuyerDomain", "NetworkID")
      .constrain("BuyerIdentifier", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
      .constrain("ProcurementPortalInstanceEndpoint", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
      .allowed("ProcurementPortalName", "SAP_BUSINESS_NETWORK", "COUPA")
      .constrain("ProcurementPortalSharedSecret", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
      .allowed("SupplierDomain", "NetworkID")
      .constrain("SupplierIdentifier", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
      .refYields("ProcurementPortalPreferenceArn")
      .attributes("AwsAccountId", "CreateDate", "EinvoiceDeliveryPreferenceStatus",
          "LastUpdateDate", "ProcurementPortalPreferenceArn", "PurchaseOrderRetrievalEndpoint",
          "PurchaseOrderRetrievalPreferenceStatus", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ProcurementPortalPreference(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The domain identifier for the buyer in the procurement portal.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code NetworkID}.
   * CloudFormation property {@code BuyerDomain}.
   */
  public ProcurementPortalPreference buyerDomain(String value) {
    return set("BuyerDomain", Value.of(value));
  }

  /** Sets {@code BuyerDomain} to this value; see {@link #buyerDomain(String)}. */
  public ProcurementPortalPreference buyerDomain(Value<String> value) {
    return set("BuyerDomain", value);
  }

  /**
   * The unique identifier for the buyer in the procurement portal.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * ^&#92;S+$}. CloudFormation property {@code BuyerIdentifier}.
   */
  public ProcurementPortalPreference buyerIdentifier(String value) {
    return set("BuyerIdentifier", Value.of(value));
  }

  /** Sets {@code BuyerIdentifier} to this value; see {@link #buyerIdentifier(String)}. */
  public ProcurementPortalPreference buyerIdentifier(Value<String> value) {
    return set("BuyerIdentifier", value);
  }

  /**
   * List of contact information for portal administrators and technical contacts.
   *
   * <p>Required. CloudFormation property {@code Contacts}.
   */
  public ProcurementPortalPreference contacts(List<Contact> value) {
    return set("Contacts", Value.listOf(value));
  }

  /** Sets {@code Contacts} to this value; see {@link #contacts(List)}. */
  public ProcurementPortalPreference contacts(Value<List<Contact>> value) {
    return set("Contacts", value);
  }

  /** Sets {@code Contacts} to a list of these; see {@link #contacts(List)}. */
  public ProcurementPortalPreference contacts(Contact... values) {
    return set("Contacts", Value.list(values));
  }

  /**
   * Indicates whether e-invoice delivery is enabled for this procurement portal preference.
   *
   * <p>Required. CloudFormation property {@code EinvoiceDeliveryEnabled}.
   */
  public ProcurementPortalPreference einvoiceDeliveryEnabled(boolean value) {
    return set("EinvoiceDeliveryEnabled", Value.of(value));
  }

  /**
   * Sets {@code EinvoiceDeliveryEnabled} to this value; see {@link
   * #einvoiceDeliveryEnabled(boolean)}.
   */
  public ProcurementPortalPreference einvoiceDeliveryEnabled(Value<Boolean> value) {
    return set("EinvoiceDeliveryEnabled", value);
  }

  /**
   * Specifies the preferences for e-invoice delivery.
   *
   * <p>CloudFormation property {@code EinvoiceDeliveryPreference}.
   */
  public ProcurementPortalPreference einvoiceDeliveryPreference(Value<EinvoiceDeliveryPreference> value) {
    return set("EinvoiceDeliveryPreference", value);
  }

  /**
   * The endpoint URL where e-invoices are delivered to the procurement portal.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
   * ProcurementPortalInstanceEndpoint}.
   */
  public ProcurementPortalPreference procurementPortalInstanceEndpoint(String value) {
    return set("ProcurementPortalInstanceEndpoint", Value.of(value));
  }

  /**
   * Sets {@code ProcurementPortalInstanceEndpoint} to this value; see {@link
   * #procurementPortalInstanceEndpoint(String)}.
   */
  public ProcurementPortalPreference procurementPortalInstanceEndpoint(Value<String> value) {
    return set("ProcurementPortalInstanceEndpoint", value);
  }

  /**
   * The name of the procurement portal.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SAP_BUSINESS_NETWORK},
   * {@code COUPA}. CloudFormation property {@code ProcurementPortalName}.
   */
  public ProcurementPortalPreference procurementPortalName(String value) {
    return set("ProcurementPortalName", Value.of(value));
  }

  /**
   * Sets {@code ProcurementPortalName} to this value; see {@link #procurementPortalName(String)}.
   */
  public ProcurementPortalPreference procurementPortalName(Value<String> value) {
    return set("ProcurementPortalName", value);
  }

  /**
   * The shared secret or authentication credential used for secure communication with the
   * procurement portal.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
   * ProcurementPortalSharedSecret}.
   */
  public ProcurementPortalPreference procurementPortalSharedSecret(String value) {
    return set("ProcurementPortalSharedSecret", Value.of(value));
  }

  /**
   * Sets {@code ProcurementPortalSharedSecret} to this value; see {@link
   * #procurementPortalSharedSecret(String)}.
   */
  public ProcurementPortalPreference procurementPortalSharedSecret(Value<String> value) {
    return set("ProcurementPortalSharedSecret", value);
  }

  /**
   * Indicates whether purchase order retrieval is enabled for this procurement portal preference.
   *
   * <p>Required. CloudFormation property {@code PurchaseOrderRetrievalEnabled}.
   */
  public ProcurementPortalPreference purchaseOrderRetrievalEnabled(boolean value) {
    return set("PurchaseOrderRetrievalEnabled", Value.of(value));
  }

  /**
   * Sets {@code PurchaseOrderRetrievalEnabled} to this value; see {@link
   * #purchaseOrderRetrievalEnabled(boolean)}.
   */
  public ProcurementPortalPreference purchaseOrderRetrievalEnabled(Value<Boolean> value) {
    return set("PurchaseOrderRetrievalEnabled", value);
  }

  /**
   * Specifies criteria for selecting which invoices should be processed.
   *
   * <p>CloudFormation property {@code Selector}.
   */
  public ProcurementPortalPreference selector(Value<ProcurementPortalPreferenceSelector> value) {
    return set("Selector", value);
  }

  /**
   * The domain identifier for the supplier in the procurement portal.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code NetworkID}.
   * CloudFormation property {@code SupplierDomain}.
   */
  public ProcurementPortalPreference supplierDomain(String value) {
    return set("SupplierDomain", Value.of(value));
  }

  /** Sets {@code SupplierDomain} to this value; see {@link #supplierDomain(String)}. */
  public ProcurementPortalPreference supplierDomain(Value<String> value) {
    return set("SupplierDomain", value);
  }

  /**
   * The unique identifier for the supplier in the procurement portal.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * ^&#92;S+$}. CloudFormation property {@code SupplierIdentifier}.
   */
  public ProcurementPortalPreference supplierIdentifier(String value) {
    return set("SupplierIdentifier", Value.of(value));
  }

  /** Sets {@code SupplierIdentifier} to this value; see {@link #supplierIdentifier(String)}. */
  public ProcurementPortalPreference supplierIdentifier(Value<String> value) {
    return set("SupplierIdentifier", value);
  }

  /**
   * The tags associated with this procurement portal preference.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ProcurementPortalPreference tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ProcurementPortalPreference tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ProcurementPortalPreference tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Configuration settings for the test environment of the procurement portal.
   *
   * <p>CloudFormation property {@code TestEnvPreference}.
   */
  public ProcurementPortalPreference testEnvPreference(Value<TestEnvPreference> value) {
    return set("TestEnvPreference", value);
  }

  /**
   * The AWS account ID associated with this procurement portal preference.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountId}.
   */
  public Value<String> awsAccountId() {
    return getAtt("AwsAccountId");
  }

  /**
   * The date and time when the procurement portal preference was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateDate}.
   */
  public Value<String> createDate() {
    return getAtt("CreateDate");
  }

  /**
   * The current status of the e-invoice delivery preference.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EinvoiceDeliveryPreferenceStatus}.
   */
  public Value<String> einvoiceDeliveryPreferenceStatus() {
    return getAtt("EinvoiceDeliveryPreferenceStatus");
  }

  /**
   * The date and time when the procurement portal preference was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateDate}.
   */
  public Value<String> lastUpdateDate() {
    return getAtt("LastUpdateDate");
  }

  /**
   * The Amazon Resource Name (ARN) of the procurement portal preference.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProcurementPortalPreferenceArn}.
   */
  public Value<String> procurementPortalPreferenceArn() {
    return getAtt("ProcurementPortalPreferenceArn");
  }

  /**
   * The endpoint URL used for retrieving purchase orders from the procurement portal.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PurchaseOrderRetrievalEndpoint}.
   */
  public Value<String> purchaseOrderRetrievalEndpoint() {
    return getAtt("PurchaseOrderRetrievalEndpoint");
  }

  /**
   * The current status of the purchase order retrieval preference.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PurchaseOrderRetrievalPreferenceStatus}.
   */
  public Value<String> purchaseOrderRetrievalPreferenceStatus() {
    return getAtt("PurchaseOrderRetrievalPreferenceStatus");
  }

  /**
   * The version number of the procurement portal preference configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<Integer> version() {
    return getAtt("Version");
  }

  /**
   * Contact information for a person or role associated with the procurement portal preference.
   *
   * <p>Property type {@code AWS::Invoicing::ProcurementPortalPreference.Contact}.
   */
  public static final class Contact extends Struct<Contact> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::ProcurementPortalPreference.Contact")
        .constrain("Email", Constraint.of().pattern("^[a-zA-Z0-9._%+\\-]+@[a-zA-Z0-9.\\-]+\\.[a-zA-Z]{2,}$").minLength(1).maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(1024))
        .build();

    public Contact() {
      super(SCHEMA);
    }

    /**
     * The email address of the contact person or role.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code
     * ^[a-zA-Z0-9._%+&#92;-]+&#64;[a-zA-Z0-9.&#92;-]+&#92;.[a-zA-Z]{2,}$}. CloudFormation property
     * {@code Email}.
     */
    public Contact email(String value) {
      return set("Email", Value.of(value));
    }

    /** Sets {@code Email} to this value; see {@link #email(String)}. */
    public Contact email(Value<String> value) {
      return set("Email", value);
    }

    /**
     * The name of the contact person or role.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
     * {@code Name}.
     */
    public Contact name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Contact name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Specifies the preferences for e-invoice delivery.
   *
   * <p>Property type {@code
   * AWS::Invoicing::ProcurementPortalPreference.EinvoiceDeliveryPreference}.
   */
  public static final class EinvoiceDeliveryPreference extends Struct<EinvoiceDeliveryPreference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::ProcurementPortalPreference.EinvoiceDeliveryPreference")
        .allowed("ConnectionTestingMethod", "PROD_ENV_DOLLAR_TEST", "TEST_ENV_REPLAY_TEST")
        .constrain("EinvoiceDeliveryActivationDate", Constraint.of().format("date-time"))
        .allowed("EinvoiceDeliveryAttachmentTypes", "INVOICE_PDF", "RFP_PDF")
        .allowed("EinvoiceDeliveryDocumentTypes", "AWS_CLOUD_INVOICE", "AWS_CLOUD_CREDIT_MEMO",
            "AWS_MARKETPLACE_INVOICE", "AWS_MARKETPLACE_CREDIT_MEMO", "AWS_REQUEST_FOR_PAYMENT")
        .allowed("Protocol", "CXML")
        .build();

    public EinvoiceDeliveryPreference() {
      super(SCHEMA);
    }

    /**
     * The method to use for testing the connection to the procurement portal.
     *
     * <p>Allowed values: {@code PROD_ENV_DOLLAR_TEST}, {@code TEST_ENV_REPLAY_TEST}. CloudFormation
     * property {@code ConnectionTestingMethod}.
     */
    public EinvoiceDeliveryPreference connectionTestingMethod(String value) {
      return set("ConnectionTestingMethod", Value.of(value));
    }

    /**
     * Sets {@code ConnectionTestingMethod} to this value; see {@link
     * #connectionTestingMethod(String)}.
     */
    public EinvoiceDeliveryPreference connectionTestingMethod(Value<String> value) {
      return set("ConnectionTestingMethod", value);
    }

    /**
     * The ISO 8601 date-time when e-invoice delivery should be activated.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code EinvoiceDeliveryActivationDate}.
     */
    public EinvoiceDeliveryPreference einvoiceDeliveryActivationDate(String value) {
      return set("EinvoiceDeliveryActivationDate", Value.of(value));
    }

    /**
     * Sets {@code EinvoiceDeliveryActivationDate} to this value; see {@link
     * #einvoiceDeliveryActivationDate(String)}.
     */
    public EinvoiceDeliveryPreference einvoiceDeliveryActivationDate(Value<String> value) {
      return set("EinvoiceDeliveryActivationDate", value);
    }

    /**
     * The types of attachments to include with the e-invoice delivery.
     *
     * <p>Allowed values: {@code INVOICE_PDF}, {@code RFP_PDF}. CloudFormation property {@code
     * EinvoiceDeliveryAttachmentTypes}.
     */
    public EinvoiceDeliveryPreference einvoiceDeliveryAttachmentTypes(List<String> value) {
      return set("EinvoiceDeliveryAttachmentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code EinvoiceDeliveryAttachmentTypes} to this value; see {@link
     * #einvoiceDeliveryAttachmentTypes(List)}.
     */
    public EinvoiceDeliveryPreference einvoiceDeliveryAttachmentTypes(Value<List<String>> value) {
      return set("EinvoiceDeliveryAttachmentTypes", value);
    }

    /**
     * The types of e-invoice documents to be delivered.
     *
     * <p>Allowed values: {@code AWS_CLOUD_INVOICE}, {@code AWS_CLOUD_CREDIT_MEMO}, {@code
     * AWS_MARKETPLACE_INVOICE}, {@code AWS_MARKETPLACE_CREDIT_MEMO}, {@code
     * AWS_REQUEST_FOR_PAYMENT}. CloudFormation property {@code EinvoiceDeliveryDocumentTypes}.
     */
    public EinvoiceDeliveryPreference einvoiceDeliveryDocumentTypes(List<String> value) {
      return set("EinvoiceDeliveryDocumentTypes", Value.listOf(value));
    }

    /**
     * Sets {@code EinvoiceDeliveryDocumentTypes} to this value; see {@link
     * #einvoiceDeliveryDocumentTypes(List)}.
     */
    public EinvoiceDeliveryPreference einvoiceDeliveryDocumentTypes(Value<List<String>> value) {
      return set("EinvoiceDeliveryDocumentTypes", value);
    }

    /**
     * The communication protocol to use for e-invoice delivery.
     *
     * <p>Allowed values: {@code CXML}. CloudFormation property {@code Protocol}.
     */
    public EinvoiceDeliveryPreference protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public EinvoiceDeliveryPreference protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The sources of purchase order data.
     *
     * <p>CloudFormation property {@code PurchaseOrderDataSources}.
     */
    public EinvoiceDeliveryPreference purchaseOrderDataSources(List<PurchaseOrderDataSource> value) {
      return set("PurchaseOrderDataSources", Value.listOf(value));
    }

    /**
     * Sets {@code PurchaseOrderDataSources} to this value; see {@link
     * #purchaseOrderDataSources(List)}.
     */
    public EinvoiceDeliveryPreference purchaseOrderDataSources(Value<List<PurchaseOrderDataSource>> value) {
      return set("PurchaseOrderDataSources", value);
    }

    /**
     * Sets {@code PurchaseOrderDataSources} to a list of these; see {@link
     * #purchaseOrderDataSources(List)}.
     */
    public EinvoiceDeliveryPreference purchaseOrderDataSources(PurchaseOrderDataSource... values) {
      return set("PurchaseOrderDataSources", Value.list(values));
    }
  }

  /**
   * Specifies criteria for selecting which invoices should be processed.
   *
   * <p>Property type {@code
   * AWS::Invoicing::ProcurementPortalPreference.ProcurementPortalPreferenceSelector}.
   */
  public static final class ProcurementPortalPreferenceSelector extends Struct<ProcurementPortalPreferenceSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::ProcurementPortalPreference.ProcurementPortalPreferenceSelector")
        .constrain("InvoiceUnitArns", Constraint.of().pattern("^arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$").minLength(1).maxLength(256))
        .build();

    public ProcurementPortalPreferenceSelector() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of invoice unit identifiers to which this preference applies.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:[-a-zA-Z0-9/:_]+$}. CloudFormation property
     * {@code InvoiceUnitArns}.
     */
    public ProcurementPortalPreferenceSelector invoiceUnitArns(List<String> value) {
      return set("InvoiceUnitArns", Value.listOf(value));
    }

    /** Sets {@code InvoiceUnitArns} to this value; see {@link #invoiceUnitArns(List)}. */
    public ProcurementPortalPreferenceSelector invoiceUnitArns(Value<List<String>> value) {
      return set("InvoiceUnitArns", value);
    }
  }

  /**
   * Specifies the source configuration for retrieving purchase order data.
   *
   * <p>Property type {@code AWS::Invoicing::ProcurementPortalPreference.PurchaseOrderDataSource}.
   */
  public static final class PurchaseOrderDataSource extends Struct<PurchaseOrderDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::ProcurementPortalPreference.PurchaseOrderDataSource")
        .allowed("EinvoiceDeliveryDocumentType", "AWS_CLOUD_INVOICE", "AWS_CLOUD_CREDIT_MEMO",
            "AWS_MARKETPLACE_INVOICE", "AWS_MARKETPLACE_CREDIT_MEMO", "AWS_REQUEST_FOR_PAYMENT")
        .allowed("PurchaseOrderDataSourceType", "ASSOCIATED_PURCHASE_ORDER_REQUIRED",
            "PURCHASE_ORDER_NOT_REQUIRED")
        .build();

    public PurchaseOrderDataSource() {
      super(SCHEMA);
    }

    /**
     * The type of e-invoice document that requires purchase order data.
     *
     * <p>Allowed values: {@code AWS_CLOUD_INVOICE}, {@code AWS_CLOUD_CREDIT_MEMO}, {@code
     * AWS_MARKETPLACE_INVOICE}, {@code AWS_MARKETPLACE_CREDIT_MEMO}, {@code
     * AWS_REQUEST_FOR_PAYMENT}. CloudFormation property {@code EinvoiceDeliveryDocumentType}.
     */
    public PurchaseOrderDataSource einvoiceDeliveryDocumentType(String value) {
      return set("EinvoiceDeliveryDocumentType", Value.of(value));
    }

    /**
     * Sets {@code EinvoiceDeliveryDocumentType} to this value; see {@link
     * #einvoiceDeliveryDocumentType(String)}.
     */
    public PurchaseOrderDataSource einvoiceDeliveryDocumentType(Value<String> value) {
      return set("EinvoiceDeliveryDocumentType", value);
    }

    /**
     * The type of source for purchase order data.
     *
     * <p>Allowed values: {@code ASSOCIATED_PURCHASE_ORDER_REQUIRED}, {@code
     * PURCHASE_ORDER_NOT_REQUIRED}. CloudFormation property {@code PurchaseOrderDataSourceType}.
     */
    public PurchaseOrderDataSource purchaseOrderDataSourceType(String value) {
      return set("PurchaseOrderDataSourceType", Value.of(value));
    }

    /**
     * Sets {@code PurchaseOrderDataSourceType} to this value; see {@link
     * #purchaseOrderDataSourceType(String)}.
     */
    public PurchaseOrderDataSource purchaseOrderDataSourceType(Value<String> value) {
      return set("PurchaseOrderDataSourceType", value);
    }
  }

  /**
   * Configuration settings for the test environment of the procurement portal.
   *
   * <p>Property type {@code AWS::Invoicing::ProcurementPortalPreference.TestEnvPreference}.
   */
  public static final class TestEnvPreference extends Struct<TestEnvPreference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Invoicing::ProcurementPortalPreference.TestEnvPreference")
        .allowed("BuyerDomain", "NetworkID")
        .constrain("BuyerIdentifier", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
        .constrain("ProcurementPortalInstanceEndpoint", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
        .constrain("ProcurementPortalSharedSecret", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
        .allowed("SupplierDomain", "NetworkID")
        .constrain("SupplierIdentifier", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(1024))
        .build();

    public TestEnvPreference() {
      super(SCHEMA);
    }

    /**
     * The domain identifier for the buyer in the test environment.
     *
     * <p>Allowed values: {@code NetworkID}. CloudFormation property {@code BuyerDomain}.
     */
    public TestEnvPreference buyerDomain(String value) {
      return set("BuyerDomain", Value.of(value));
    }

    /** Sets {@code BuyerDomain} to this value; see {@link #buyerDomain(String)}. */
    public TestEnvPreference buyerDomain(Value<String> value) {
      return set("BuyerDomain", value);
    }

    /**
     * The unique identifier for the buyer in the test environment.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * BuyerIdentifier}.
     */
    public TestEnvPreference buyerIdentifier(String value) {
      return set("BuyerIdentifier", Value.of(value));
    }

    /** Sets {@code BuyerIdentifier} to this value; see {@link #buyerIdentifier(String)}. */
    public TestEnvPreference buyerIdentifier(Value<String> value) {
      return set("BuyerIdentifier", value);
    }

    /**
     * The endpoint URL for e-invoice delivery in the test environment.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * ProcurementPortalInstanceEndpoint}.
     */
    public TestEnvPreference procurementPortalInstanceEndpoint(String value) {
      return set("ProcurementPortalInstanceEndpoint", Value.of(value));
    }

    /**
     * Sets {@code ProcurementPortalInstanceEndpoint} to this value; see {@link
     * #procurementPortalInstanceEndpoint(String)}.
     */
    public TestEnvPreference procurementPortalInstanceEndpoint(Value<String> value) {
      return set("ProcurementPortalInstanceEndpoint", value);
    }

    /**
     * The shared secret for secure communication in the test environment.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * ProcurementPortalSharedSecret}.
     */
    public TestEnvPreference procurementPortalSharedSecret(String value) {
      return set("ProcurementPortalSharedSecret", Value.of(value));
    }

    /**
     * Sets {@code ProcurementPortalSharedSecret} to this value; see {@link
     * #procurementPortalSharedSecret(String)}.
     */
    public TestEnvPreference procurementPortalSharedSecret(Value<String> value) {
      return set("ProcurementPortalSharedSecret", value);
    }

    /**
     * The domain identifier for the supplier in the test environment.
     *
     * <p>Allowed values: {@code NetworkID}. CloudFormation property {@code SupplierDomain}.
     */
    public TestEnvPreference supplierDomain(String value) {
      return set("SupplierDomain", Value.of(value));
    }

    /** Sets {@code SupplierDomain} to this value; see {@link #supplierDomain(String)}. */
    public TestEnvPreference supplierDomain(Value<String> value) {
      return set("SupplierDomain", value);
    }

    /**
     * The unique identifier for the supplier in the test environment.
     *
     * <p>Length: 0 to 1024 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * SupplierIdentifier}.
     */
    public TestEnvPreference supplierIdentifier(String value) {
      return set("SupplierIdentifier", Value.of(value));
    }

    /** Sets {@code SupplierIdentifier} to this value; see {@link #supplierIdentifier(String)}. */
    public TestEnvPreference supplierIdentifier(Value<String> value) {
      return set("SupplierIdentifier", value);
    }
  }
}
