// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qbusiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Q Business index.
 *
 * <p>To determine if index creation has completed, check the <code>Status</code> field returned
 * from a call to <code>DescribeIndex</code> . The <code>Status</code> field is set to
 * <code>ACTIVE</code> when the index is ready to use.
 *
 * <p>Once the index is active, you can index your documents using the <a
 * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_BatchPutDocument.html"><code>BatchPutDocument</code></a>
 * API or the <a
 * href="https://docs.aws.amazon.com/amazonq/latest/api-reference/API_CreateDataSource.html"><code>CreateDataSource</code></a>
 * API.
 *
 * <p>CloudFormation type {@code AWS::QBusiness::Index}.
 */
public final class Index extends Resource<Index> {
  private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Index")
      .required("ApplicationId", "DisplayName")
      .constrain("ApplicationId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$").minLength(36).maxLength(36))
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(1000))
      .constrain("DisplayName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .allowed("Type", "ENTERPRISE", "STARTER")
      .attributes("CreatedAt", "IndexArn", "IndexId", "IndexStatistics", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Index(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the Amazon Q Business application using the index.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]{35}$}. CloudFormation property {@code ApplicationId}.
   */
  public Index applicationId(String value) {
    return set("ApplicationId", Value.of(value));
  }

  /** Sets {@code ApplicationId} to this value; see {@link #applicationId(String)}. */
  public Index applicationId(Value<String> value) {
    return set("ApplicationId", value);
  }

  /**
   * The capacity units you want to provision for your index. You can add and remove capacity to fit
   * your usage needs.
   *
   * <p>CloudFormation property {@code CapacityConfiguration}.
   */
  public Index capacityConfiguration(Value<IndexCapacityConfiguration> value) {
    return set("CapacityConfiguration", value);
  }

  /**
   * A description for the Amazon Q Business index.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public Index description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Index description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the index.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code DisplayName}.
   */
  public Index displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Index displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * Configuration information for document attributes. Document attributes are metadata or fields
   * associated with your documents. For example, the company department name associated with each
   * document.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/doc-attributes.html">Understanding
   * document attributes</a> .
   *
   * <p>CloudFormation property {@code DocumentAttributeConfigurations}.
   */
  public Index documentAttributeConfigurations(List<DocumentAttributeConfiguration> value) {
    return set("DocumentAttributeConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code DocumentAttributeConfigurations} to this value; see {@link
   * #documentAttributeConfigurations(List)}.
   */
  public Index documentAttributeConfigurations(Value<List<DocumentAttributeConfiguration>> value) {
    return set("DocumentAttributeConfigurations", value);
  }

  /**
   * Sets {@code DocumentAttributeConfigurations} to a list of these; see {@link
   * #documentAttributeConfigurations(List)}.
   */
  public Index documentAttributeConfigurations(DocumentAttributeConfiguration... values) {
    return set("DocumentAttributeConfigurations", Value.list(values));
  }

  /**
   * A list of key-value pairs that identify or categorize the index. You can also use tags to help
   * control access to the index. Tag keys and values can consist of Unicode letters, digits, white
   * space, and any of the following symbols: _ . : / = + - &#64;.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Index tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Index tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Index tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The index type that's suitable for your needs. For more information on what's included in each
   * type of index, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/qbusiness-ug/tiers.html#index-tiers">Amazon Q
   * Business tiers</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ENTERPRISE}, {@code STARTER}.
   * CloudFormation property {@code Type}.
   */
  public Index typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Index typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Unix timestamp when the index was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of an Amazon Q Business index.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IndexArn}.
   */
  public Value<String> indexArn() {
    return getAtt("IndexArn");
  }

  /**
   * The identifier for the index.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IndexId}.
   */
  public Value<String> indexId() {
    return getAtt("IndexId");
  }

  /** {@code Fn::GetAtt} attribute {@code IndexStatistics}. */
  public Value<IndexStatistics> indexStatistics() {
    return getAtt("IndexStatistics");
  }

  /**
   * The current status of the index. When the status is <code>ACTIVE</code> , the index is ready.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Unix timestamp when the index was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Configuration information for document attributes. Document attributes are metadata or fields
   * associated with your documents. For example, the company department name associated with each
   * document.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amazonq/latest/business-use-dg/doc-attributes.html">Understanding
   * document attributes</a> .
   *
   * <p>Property type {@code AWS::QBusiness::Index.DocumentAttributeConfiguration}.
   */
  public static final class DocumentAttributeConfiguration extends Struct<DocumentAttributeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Index.DocumentAttributeConfiguration")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$").minLength(1).maxLength(30))
        .allowed("Search", "ENABLED", "DISABLED")
        .allowed("Type", "STRING", "STRING_LIST", "NUMBER", "DATE")
        .build();

    public DocumentAttributeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the document attribute.
     *
     * <p>Length: 1 to 30 characters. Pattern: {@code ^[a-zA-Z0-9_][a-zA-Z0-9_-]*$}. CloudFormation
     * property {@code Name}.
     */
    public DocumentAttributeConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DocumentAttributeConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Information about whether the document attribute can be used by an end user to search for
     * information on their web experience.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code Search}.
     */
    public DocumentAttributeConfiguration search(String value) {
      return set("Search", Value.of(value));
    }

    /** Sets {@code Search} to this value; see {@link #search(String)}. */
    public DocumentAttributeConfiguration search(Value<String> value) {
      return set("Search", value);
    }

    /**
     * The type of document attribute.
     *
     * <p>Allowed values: {@code STRING}, {@code STRING_LIST}, {@code NUMBER}, {@code DATE}.
     * CloudFormation property {@code Type}.
     */
    public DocumentAttributeConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DocumentAttributeConfiguration type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Provides information about index capacity configuration.
   *
   * <p>Property type {@code AWS::QBusiness::Index.IndexCapacityConfiguration}.
   */
  public static final class IndexCapacityConfiguration extends Struct<IndexCapacityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::QBusiness::Index.IndexCapacityConfiguration")
        .constrain("Units", Constraint.of().minimum(1))
        .build();

    public IndexCapacityConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of storage units configured for an Amazon Q Business index.
     *
     * <p>Range: at least 1. CloudFormation property {@code Units}.
     */
    public IndexCapacityConfiguration units(double value) {
      return set("Units", Value.of(value));
    }

    /** Sets {@code Units} to this value; see {@link #units(double)}. */
    public IndexCapacityConfiguration units(Value<Double> value) {
      return set("Units", value);
    }
  }

  /**
   * Provides information about the number of documents in an index.
   *
   * <p>Property type {@code AWS::QBusiness::Index.IndexStatistics}.
   */
  public static final class IndexStatistics extends Struct<IndexStatistics> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::Index.IndexStatistics");

    public IndexStatistics() {
      super(SCHEMA);
    }

    /**
     * The number of documents indexed.
     *
     * <p>CloudFormation property {@code TextDocumentStatistics}.
     */
    public IndexStatistics textDocumentStatistics(Value<TextDocumentStatistics> value) {
      return set("TextDocumentStatistics", value);
    }
  }

  /**
   * Provides information about text documents in an index.
   *
   * <p>Property type {@code AWS::QBusiness::Index.TextDocumentStatistics}.
   */
  public static final class TextDocumentStatistics extends Struct<TextDocumentStatistics> {
    private static final Schema SCHEMA = Schema.of("AWS::QBusiness::Index.TextDocumentStatistics");

    public TextDocumentStatistics() {
      super(SCHEMA);
    }

    /**
     * The total size, in bytes, of the indexed documents.
     *
     * <p>CloudFormation property {@code IndexedTextBytes}.
     */
    public TextDocumentStatistics indexedTextBytes(double value) {
      return set("IndexedTextBytes", Value.of(value));
    }

    /** Sets {@code IndexedTextBytes} to this value; see {@link #indexedTextBytes(double)}. */
    public TextDocumentStatistics indexedTextBytes(Value<Double> value) {
      return set("IndexedTextBytes", value);
    }

    /**
     * The number of text documents indexed.
     *
     * <p>CloudFormation property {@code IndexedTextDocumentCount}.
     */
    public TextDocumentStatistics indexedTextDocumentCount(double value) {
      return set("IndexedTextDocumentCount", Value.of(value));
    }

    /**
     * Sets {@code IndexedTextDocumentCount} to this value; see {@link
     * #indexedTextDocumentCount(double)}.
     */
    public TextDocumentStatistics indexedTextDocumentCount(Value<Double> value) {
      return set("IndexedTextDocumentCount", value);
    }
  }
}
