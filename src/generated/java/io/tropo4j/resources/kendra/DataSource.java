// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kendra;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Creates a data source connector that you want to use with an Amazon Kendra index.
 *
 * <p>You specify a name, data source connector type and description for your data source. You also
 * specify configuration information for the data source connector.
 *
 * <p><code>CreateDataSource</code> does <em>not</em> support connectors which <a
 * href="https://docs.aws.amazon.com/kendra/latest/dg/ds-schemas.html">require a
 * <code>TemplateConfiguration</code> object</a> for connecting to Amazon Kendra .
 *
 * <p>CloudFormation type {@code AWS::Kendra::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource")
      .required("IndexId", "Name", "Type")
      .constrain("Description", Constraint.of().pattern("^\\P{C}*$").minLength(1).maxLength(1000))
      .constrain("IndexId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9-]*$").minLength(36).maxLength(36))
      .references("IndexId", "AWS::Kendra::Index.Ref")
      .constrain("LanguageCode", Constraint.of().pattern("[a-zA-Z-]*").minLength(2).maxLength(10))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*$").minLength(1).maxLength(1000))
      .constrain("RoleArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .constrain("Schedule", Constraint.of().maxLength(1000))
      .allowed("Type", "S3", "SHAREPOINT", "SALESFORCE", "ONEDRIVE", "SERVICENOW", "DATABASE",
          "CUSTOM", "CONFLUENCE", "GOOGLEDRIVE", "WEBCRAWLER", "WORKDOCS", "TEMPLATE")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration information for altering document metadata and content during the document
   * ingestion process.
   *
   * <p>CloudFormation property {@code CustomDocumentEnrichmentConfiguration}.
   */
  public DataSource customDocumentEnrichmentConfiguration(Value<CustomDocumentEnrichmentConfiguration> value) {
    return set("CustomDocumentEnrichmentConfiguration", value);
  }

  /**
   * Configuration information for an Amazon Kendra data source. The contents of the configuration
   * depend on the type of data source. You can only specify one type of data source in the
   * configuration.
   *
   * <p>You can't specify the <code>Configuration</code> parameter when the <code>Type</code>
   * parameter is set to <code>CUSTOM</code> .
   *
   * <p>The <code>Configuration</code> parameter is required for all other data sources.
   *
   * <p>CloudFormation property {@code DataSourceConfiguration}.
   */
  public DataSource dataSourceConfiguration(Value<DataSourceConfiguration> value) {
    return set("DataSourceConfiguration", value);
  }

  /**
   * A description for the data source connector.
   *
   * <p>Length: 1 to 1000 characters. Pattern: {@code ^&#92;P{C}*$}. CloudFormation property {@code
   * Description}.
   */
  public DataSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the index you want to use with the data source connector.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9-]*$}. CloudFormation property {@code IndexId}.
   */
  public DataSource indexId(String value) {
    return set("IndexId", Value.of(value));
  }

  /** Sets {@code IndexId} to this value; see {@link #indexId(String)}. */
  public DataSource indexId(Value<String> value) {
    return set("IndexId", value);
  }

  /**
   * Sets {@code IndexId} to the Ref of {@code AWS::Kendra::Index}; see {@link #indexId(String)}.
   */
  public DataSource indexId(Index resource) {
    return set("IndexId", resource.ref());
  }

  /**
   * The code for a language. This shows a supported language for all documents in the data source.
   * English is supported by default. For more information on supported languages, including their
   * codes, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/in-adding-languages.html">Adding documents
   * in languages other than English</a> .
   *
   * <p>Length: 2 to 10 characters. Pattern: {@code [a-zA-Z-]*}. CloudFormation property {@code
   * LanguageCode}.
   */
  public DataSource languageCode(String value) {
    return set("LanguageCode", Value.of(value));
  }

  /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
  public DataSource languageCode(Value<String> value) {
    return set("LanguageCode", value);
  }

  /**
   * The name of the data source.
   *
   * <p>Required. Length: 1 to 1000 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*$}.
   * CloudFormation property {@code Name}.
   */
  public DataSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a role with permission to access the data source.
   *
   * <p>You can't specify the <code>RoleArn</code> parameter when the <code>Type</code> parameter is
   * set to <code>CUSTOM</code> .
   *
   * <p>The <code>RoleArn</code> parameter is required for all other data sources.
   *
   * <p>Length: 1 to 1284 characters. Pattern: {@code
   * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public DataSource roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DataSource roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public DataSource roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * Sets the frequency that Amazon Kendra checks the documents in your data source and updates the
   * index. If you don't set a schedule, Amazon Kendra doesn't periodically update the index.
   *
   * <p>Length: at most 1000 characters. CloudFormation property {@code Schedule}.
   */
  public DataSource schedule(String value) {
    return set("Schedule", Value.of(value));
  }

  /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
  public DataSource schedule(Value<String> value) {
    return set("Schedule", value);
  }

  /**
   * An array of key-value pairs to apply to this resource
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the data source.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code S3}, {@code SHAREPOINT},
   * {@code SALESFORCE}, {@code ONEDRIVE}, {@code SERVICENOW}, {@code DATABASE}, {@code CUSTOM},
   * {@code CONFLUENCE}, {@code GOOGLEDRIVE}, {@code WEBCRAWLER}, {@code WORKDOCS}, {@code
   * TEMPLATE}. CloudFormation property {@code Type}.
   */
  public DataSource typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public DataSource typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the data source. For example:
   *
   * <p><code>arn:aws:kendra:us-west-2:111122223333:index/335c3741-41df-46a6-b5d3-61f85b787884/data-source/b8cae438-6787-4091-8897-684a652bbb0a</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The identifier for the data source. For example:
   *
   * <p><code>b8cae438-6787-4091-8897-684a652bbb0a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies access control list files for the documents in a data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.AccessControlListConfiguration}.
   */
  public static final class AccessControlListConfiguration extends Struct<AccessControlListConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.AccessControlListConfiguration")
        .constrain("KeyPath", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public AccessControlListConfiguration() {
      super(SCHEMA);
    }

    /**
     * Path to the AWS S3 bucket that contains the access control list files.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code KeyPath}.
     */
    public AccessControlListConfiguration keyPath(String value) {
      return set("KeyPath", Value.of(value));
    }

    /** Sets {@code KeyPath} to this value; see {@link #keyPath(String)}. */
    public AccessControlListConfiguration keyPath(Value<String> value) {
      return set("KeyPath", value);
    }
  }

  /**
   * Provides information about the column that should be used for filtering the query response by
   * groups.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.AclConfiguration}.
   */
  public static final class AclConfiguration extends Struct<AclConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.AclConfiguration")
        .required("AllowedGroupsColumnName")
        .constrain("AllowedGroupsColumnName", Constraint.of().minLength(1).maxLength(100))
        .build();

    public AclConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of groups, separated by semi-colons, that filters a query response based on user
     * context. The document is only returned to users that are in one of the groups specified in
     * the <code>UserContext</code> field of the <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/API_Query.html">Query</a> operation.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * AllowedGroupsColumnName}.
     */
    public AclConfiguration allowedGroupsColumnName(String value) {
      return set("AllowedGroupsColumnName", Value.of(value));
    }

    /**
     * Sets {@code AllowedGroupsColumnName} to this value; see {@link
     * #allowedGroupsColumnName(String)}.
     */
    public AclConfiguration allowedGroupsColumnName(Value<String> value) {
      return set("AllowedGroupsColumnName", value);
    }
  }

  /**
   * Provides information about how Amazon Kendra should use the columns of a database in an index.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ColumnConfiguration}.
   */
  public static final class ColumnConfiguration extends Struct<ColumnConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ColumnConfiguration")
        .required("ChangeDetectingColumns", "DocumentDataColumnName", "DocumentIdColumnName")
        .constrain("ChangeDetectingColumns", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentDataColumnName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentIdColumnName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleColumnName", Constraint.of().minLength(1).maxLength(100))
        .build();

    public ColumnConfiguration() {
      super(SCHEMA);
    }

    /**
     * One to five columns that indicate when a document in the database has changed.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * ChangeDetectingColumns}.
     */
    public ColumnConfiguration changeDetectingColumns(List<String> value) {
      return set("ChangeDetectingColumns", Value.listOf(value));
    }

    /**
     * Sets {@code ChangeDetectingColumns} to this value; see {@link #changeDetectingColumns(List)}.
     */
    public ColumnConfiguration changeDetectingColumns(Value<List<String>> value) {
      return set("ChangeDetectingColumns", value);
    }

    /**
     * The column that contains the contents of the document.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataColumnName}.
     */
    public ColumnConfiguration documentDataColumnName(String value) {
      return set("DocumentDataColumnName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataColumnName} to this value; see {@link
     * #documentDataColumnName(String)}.
     */
    public ColumnConfiguration documentDataColumnName(Value<String> value) {
      return set("DocumentDataColumnName", value);
    }

    /**
     * The column that provides the document's identifier.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentIdColumnName}.
     */
    public ColumnConfiguration documentIdColumnName(String value) {
      return set("DocumentIdColumnName", Value.of(value));
    }

    /**
     * Sets {@code DocumentIdColumnName} to this value; see {@link #documentIdColumnName(String)}.
     */
    public ColumnConfiguration documentIdColumnName(Value<String> value) {
      return set("DocumentIdColumnName", value);
    }

    /**
     * The column that contains the title of the document.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleColumnName}.
     */
    public ColumnConfiguration documentTitleColumnName(String value) {
      return set("DocumentTitleColumnName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleColumnName} to this value; see {@link
     * #documentTitleColumnName(String)}.
     */
    public ColumnConfiguration documentTitleColumnName(Value<String> value) {
      return set("DocumentTitleColumnName", value);
    }

    /**
     * An array of objects that map database column names to the corresponding fields in an index.
     * You must first create the fields in the index using the <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateIndex.html">UpdateIndex</a>
     * operation.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public ColumnConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public ColumnConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public ColumnConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }
  }

  /**
   * Configuration of attachment settings for the Confluence data source. Attachment settings are
   * optional, if you don't specify settings attachments, Amazon Kendra won't index them.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceAttachmentConfiguration}.
   */
  public static final class ConfluenceAttachmentConfiguration extends Struct<ConfluenceAttachmentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.ConfluenceAttachmentConfiguration");

    public ConfluenceAttachmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maps attributes or field names of Confluence attachments to Amazon Kendra index field names.
     * To create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Confluence data source field names must exist in your Confluence custom
     * metadata.
     *
     * <p>If you specify the <code>AttachentFieldMappings</code> parameter, you must specify at
     * least one field mapping.
     *
     * <p>CloudFormation property {@code AttachmentFieldMappings}.
     */
    public ConfluenceAttachmentConfiguration attachmentFieldMappings(List<ConfluenceAttachmentToIndexFieldMapping> value) {
      return set("AttachmentFieldMappings", Value.listOf(value));
    }

    /**
     * Sets {@code AttachmentFieldMappings} to this value; see {@link
     * #attachmentFieldMappings(List)}.
     */
    public ConfluenceAttachmentConfiguration attachmentFieldMappings(Value<List<ConfluenceAttachmentToIndexFieldMapping>> value) {
      return set("AttachmentFieldMappings", value);
    }

    /**
     * Sets {@code AttachmentFieldMappings} to a list of these; see {@link
     * #attachmentFieldMappings(List)}.
     */
    public ConfluenceAttachmentConfiguration attachmentFieldMappings(ConfluenceAttachmentToIndexFieldMapping... values) {
      return set("AttachmentFieldMappings", Value.list(values));
    }

    /**
     * <code>TRUE</code> to index attachments of pages and blogs in Confluence.
     *
     * <p>CloudFormation property {@code CrawlAttachments}.
     */
    public ConfluenceAttachmentConfiguration crawlAttachments(boolean value) {
      return set("CrawlAttachments", Value.of(value));
    }

    /** Sets {@code CrawlAttachments} to this value; see {@link #crawlAttachments(boolean)}. */
    public ConfluenceAttachmentConfiguration crawlAttachments(Value<Boolean> value) {
      return set("CrawlAttachments", value);
    }
  }

  /**
   * Maps attributes or field names of Confluence attachments to Amazon Kendra index field names. To
   * create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence fields.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
   * fields</a> . The Confuence data source field names must exist in your Confluence custom
   * metadata.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceAttachmentToIndexFieldMapping}.
   */
  public static final class ConfluenceAttachmentToIndexFieldMapping extends Struct<ConfluenceAttachmentToIndexFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConfluenceAttachmentToIndexFieldMapping")
        .required("DataSourceFieldName", "IndexFieldName")
        .allowed("DataSourceFieldName", "AUTHOR", "CONTENT_TYPE", "CREATED_DATE", "DISPLAY_URL",
            "FILE_SIZE", "ITEM_TYPE", "PARENT_ID", "SPACE_KEY", "SPACE_NAME", "URL", "VERSION")
        .constrain("DateFieldFormat", Constraint.of().minLength(4).maxLength(40))
        .constrain("IndexFieldName", Constraint.of().minLength(1).maxLength(30))
        .build();

    public ConfluenceAttachmentToIndexFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the data source.
     *
     * <p>You must first create the index field using the <code>UpdateIndex</code> API.
     *
     * <p>Required. Allowed values: {@code AUTHOR}, {@code CONTENT_TYPE}, {@code CREATED_DATE},
     * {@code DISPLAY_URL}, {@code FILE_SIZE}, {@code ITEM_TYPE}, {@code PARENT_ID}, {@code
     * SPACE_KEY}, {@code SPACE_NAME}, {@code URL}, {@code VERSION}. CloudFormation property {@code
     * DataSourceFieldName}.
     */
    public ConfluenceAttachmentToIndexFieldMapping dataSourceFieldName(String value) {
      return set("DataSourceFieldName", Value.of(value));
    }

    /** Sets {@code DataSourceFieldName} to this value; see {@link #dataSourceFieldName(String)}. */
    public ConfluenceAttachmentToIndexFieldMapping dataSourceFieldName(Value<String> value) {
      return set("DataSourceFieldName", value);
    }

    /**
     * The format for date fields in the data source. If the field specified in
     * <code>DataSourceFieldName</code> is a date field you must specify the date format. If the
     * field is not a date field, an exception is thrown.
     *
     * <p>Length: 4 to 40 characters. CloudFormation property {@code DateFieldFormat}.
     */
    public ConfluenceAttachmentToIndexFieldMapping dateFieldFormat(String value) {
      return set("DateFieldFormat", Value.of(value));
    }

    /** Sets {@code DateFieldFormat} to this value; see {@link #dateFieldFormat(String)}. */
    public ConfluenceAttachmentToIndexFieldMapping dateFieldFormat(Value<String> value) {
      return set("DateFieldFormat", value);
    }

    /**
     * The name of the index field to map to the Confluence data source field. The index field type
     * must match the Confluence field type.
     *
     * <p>Required. Length: 1 to 30 characters. CloudFormation property {@code IndexFieldName}.
     */
    public ConfluenceAttachmentToIndexFieldMapping indexFieldName(String value) {
      return set("IndexFieldName", Value.of(value));
    }

    /** Sets {@code IndexFieldName} to this value; see {@link #indexFieldName(String)}. */
    public ConfluenceAttachmentToIndexFieldMapping indexFieldName(Value<String> value) {
      return set("IndexFieldName", value);
    }
  }

  /**
   * Configuration of blog settings for the Confluence data source. Blogs are always indexed unless
   * filtered from the index by the <code>ExclusionPatterns</code> or <code>InclusionPatterns</code>
   * fields in the <code>ConfluenceConfiguration</code> object.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceBlogConfiguration}.
   */
  public static final class ConfluenceBlogConfiguration extends Struct<ConfluenceBlogConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.ConfluenceBlogConfiguration");

    public ConfluenceBlogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maps attributes or field names of Confluence blogs to Amazon Kendra index field names. To
     * create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Confluence data source field names must exist in your Confluence custom
     * metadata.
     *
     * <p>If you specify the <code>BlogFieldMappings</code> parameter, you must specify at least one
     * field mapping.
     *
     * <p>CloudFormation property {@code BlogFieldMappings}.
     */
    public ConfluenceBlogConfiguration blogFieldMappings(List<ConfluenceBlogToIndexFieldMapping> value) {
      return set("BlogFieldMappings", Value.listOf(value));
    }

    /** Sets {@code BlogFieldMappings} to this value; see {@link #blogFieldMappings(List)}. */
    public ConfluenceBlogConfiguration blogFieldMappings(Value<List<ConfluenceBlogToIndexFieldMapping>> value) {
      return set("BlogFieldMappings", value);
    }

    /** Sets {@code BlogFieldMappings} to a list of these; see {@link #blogFieldMappings(List)}. */
    public ConfluenceBlogConfiguration blogFieldMappings(ConfluenceBlogToIndexFieldMapping... values) {
      return set("BlogFieldMappings", Value.list(values));
    }
  }

  /**
   * Maps attributes or field names of Confluence blog to Amazon Kendra index field names. To create
   * custom fields, use the <code>UpdateIndex</code> API before you map to Confluence fields. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
   * fields</a> . The Confluence data source field names must exist in your Confluence custom
   * metadata.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceBlogToIndexFieldMapping}.
   */
  public static final class ConfluenceBlogToIndexFieldMapping extends Struct<ConfluenceBlogToIndexFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConfluenceBlogToIndexFieldMapping")
        .required("DataSourceFieldName", "IndexFieldName")
        .allowed("DataSourceFieldName", "AUTHOR", "DISPLAY_URL", "ITEM_TYPE", "LABELS",
            "PUBLISH_DATE", "SPACE_KEY", "SPACE_NAME", "URL", "VERSION")
        .constrain("DateFieldFormat", Constraint.of().minLength(4).maxLength(40))
        .constrain("IndexFieldName", Constraint.of().minLength(1).maxLength(30))
        .build();

    public ConfluenceBlogToIndexFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the data source.
     *
     * <p>Required. Allowed values: {@code AUTHOR}, {@code DISPLAY_URL}, {@code ITEM_TYPE}, {@code
     * LABELS}, {@code PUBLISH_DATE}, {@code SPACE_KEY}, {@code SPACE_NAME}, {@code URL}, {@code
     * VERSION}. CloudFormation property {@code DataSourceFieldName}.
     */
    public ConfluenceBlogToIndexFieldMapping dataSourceFieldName(String value) {
      return set("DataSourceFieldName", Value.of(value));
    }

    /** Sets {@code DataSourceFieldName} to this value; see {@link #dataSourceFieldName(String)}. */
    public ConfluenceBlogToIndexFieldMapping dataSourceFieldName(Value<String> value) {
      return set("DataSourceFieldName", value);
    }

    /**
     * The format for date fields in the data source. If the field specified in
     * <code>DataSourceFieldName</code> is a date field you must specify the date format. If the
     * field is not a date field, an exception is thrown.
     *
     * <p>Length: 4 to 40 characters. CloudFormation property {@code DateFieldFormat}.
     */
    public ConfluenceBlogToIndexFieldMapping dateFieldFormat(String value) {
      return set("DateFieldFormat", Value.of(value));
    }

    /** Sets {@code DateFieldFormat} to this value; see {@link #dateFieldFormat(String)}. */
    public ConfluenceBlogToIndexFieldMapping dateFieldFormat(Value<String> value) {
      return set("DateFieldFormat", value);
    }

    /**
     * The name of the index field to map to the Confluence data source field. The index field type
     * must match the Confluence field type.
     *
     * <p>Required. Length: 1 to 30 characters. CloudFormation property {@code IndexFieldName}.
     */
    public ConfluenceBlogToIndexFieldMapping indexFieldName(String value) {
      return set("IndexFieldName", Value.of(value));
    }

    /** Sets {@code IndexFieldName} to this value; see {@link #indexFieldName(String)}. */
    public ConfluenceBlogToIndexFieldMapping indexFieldName(Value<String> value) {
      return set("IndexFieldName", value);
    }
  }

  /**
   * Provides the configuration information to connect to Confluence as your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceConfiguration}.
   */
  public static final class ConfluenceConfiguration extends Struct<ConfluenceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConfluenceConfiguration")
        .required("SecretArn", "ServerUrl", "Version")
        .constrain("ExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("ServerUrl", Constraint.of().pattern("^(https?|ftp|file)://([^\\s]*)").minLength(1).maxLength(2048))
        .allowed("Version", "CLOUD", "SERVER")
        .build();

    public ConfluenceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information for indexing attachments to Confluence blogs and pages.
     *
     * <p>CloudFormation property {@code AttachmentConfiguration}.
     */
    public ConfluenceConfiguration attachmentConfiguration(Value<ConfluenceAttachmentConfiguration> value) {
      return set("AttachmentConfiguration", value);
    }

    /**
     * Configuration information for indexing Confluence blogs.
     *
     * <p>CloudFormation property {@code BlogConfiguration}.
     */
    public ConfluenceConfiguration blogConfiguration(Value<ConfluenceBlogConfiguration> value) {
      return set("BlogConfiguration", value);
    }

    /**
     * A list of regular expression patterns to exclude certain blog posts, pages, spaces, or
     * attachments in your Confluence. Content that matches the patterns are excluded from the
     * index. Content that doesn't match the patterns is included in the index. If content matches
     * both an inclusion and exclusion pattern, the exclusion pattern takes precedence and the
     * content isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExclusionPatterns}.
     */
    public ConfluenceConfiguration exclusionPatterns(List<String> value) {
      return set("ExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code ExclusionPatterns} to this value; see {@link #exclusionPatterns(List)}. */
    public ConfluenceConfiguration exclusionPatterns(Value<List<String>> value) {
      return set("ExclusionPatterns", value);
    }

    /**
     * A list of regular expression patterns to include certain blog posts, pages, spaces, or
     * attachments in your Confluence. Content that matches the patterns are included in the index.
     * Content that doesn't match the patterns is excluded from the index. If content matches both
     * an inclusion and exclusion pattern, the exclusion pattern takes precedence and the content
     * isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPatterns}.
     */
    public ConfluenceConfiguration inclusionPatterns(List<String> value) {
      return set("InclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code InclusionPatterns} to this value; see {@link #inclusionPatterns(List)}. */
    public ConfluenceConfiguration inclusionPatterns(Value<List<String>> value) {
      return set("InclusionPatterns", value);
    }

    /**
     * Configuration information for indexing Confluence pages.
     *
     * <p>CloudFormation property {@code PageConfiguration}.
     */
    public ConfluenceConfiguration pageConfiguration(Value<ConfluencePageConfiguration> value) {
      return set("PageConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret that contains the user name
     * and password required to connect to the Confluence instance. If you use Confluence Cloud, you
     * use a generated API token as the password.
     *
     * <p>You can also provide authentication credentials in the form of a personal access token.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-confluence.html">Using a
     * Confluence data source</a> .
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public ConfluenceConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ConfluenceConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The URL of your Confluence instance. Use the full URL of the server. For example,
     * <em>https://server.example.com:port/</em> . You can also use an IP address, for example,
     * <em>https://192.168.1.113/</em> .
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(https?|ftp|file)://([^&#92;s]*)}. CloudFormation property {@code ServerUrl}.
     */
    public ConfluenceConfiguration serverUrl(String value) {
      return set("ServerUrl", Value.of(value));
    }

    /** Sets {@code ServerUrl} to this value; see {@link #serverUrl(String)}. */
    public ConfluenceConfiguration serverUrl(Value<String> value) {
      return set("ServerUrl", value);
    }

    /**
     * Configuration information for indexing Confluence spaces.
     *
     * <p>CloudFormation property {@code SpaceConfiguration}.
     */
    public ConfluenceConfiguration spaceConfiguration(Value<ConfluenceSpaceConfiguration> value) {
      return set("SpaceConfiguration", value);
    }

    /**
     * The version or the type of Confluence installation to connect to.
     *
     * <p>Required. Allowed values: {@code CLOUD}, {@code SERVER}. CloudFormation property {@code
     * Version}.
     */
    public ConfluenceConfiguration version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public ConfluenceConfiguration version(Value<String> value) {
      return set("Version", value);
    }

    /**
     * Configuration information for an Amazon Virtual Private Cloud to connect to your Confluence.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/vpc-configuration.html">Configuring a
     * VPC</a> .
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public ConfluenceConfiguration vpcConfiguration(Value<DataSourceVpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Configuration of the page settings for the Confluence data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluencePageConfiguration}.
   */
  public static final class ConfluencePageConfiguration extends Struct<ConfluencePageConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.ConfluencePageConfiguration");

    public ConfluencePageConfiguration() {
      super(SCHEMA);
    }

    /**
     * Maps attributes or field names of Confluence pages to Amazon Kendra index field names. To
     * create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Confluence data source field names must exist in your Confluence custom
     * metadata.
     *
     * <p>If you specify the <code>PageFieldMappings</code> parameter, you must specify at least one
     * field mapping.
     *
     * <p>CloudFormation property {@code PageFieldMappings}.
     */
    public ConfluencePageConfiguration pageFieldMappings(List<ConfluencePageToIndexFieldMapping> value) {
      return set("PageFieldMappings", Value.listOf(value));
    }

    /** Sets {@code PageFieldMappings} to this value; see {@link #pageFieldMappings(List)}. */
    public ConfluencePageConfiguration pageFieldMappings(Value<List<ConfluencePageToIndexFieldMapping>> value) {
      return set("PageFieldMappings", value);
    }

    /** Sets {@code PageFieldMappings} to a list of these; see {@link #pageFieldMappings(List)}. */
    public ConfluencePageConfiguration pageFieldMappings(ConfluencePageToIndexFieldMapping... values) {
      return set("PageFieldMappings", Value.list(values));
    }
  }

  /**
   * Maps attributes or field names of Confluence pages to Amazon Kendra index field names. To
   * create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence fields.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
   * fields</a> . The Confluence data source field names must exist in your Confluence custom
   * metadata.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluencePageToIndexFieldMapping}.
   */
  public static final class ConfluencePageToIndexFieldMapping extends Struct<ConfluencePageToIndexFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConfluencePageToIndexFieldMapping")
        .required("DataSourceFieldName", "IndexFieldName")
        .allowed("DataSourceFieldName", "AUTHOR", "CONTENT_STATUS", "CREATED_DATE", "DISPLAY_URL",
            "ITEM_TYPE", "LABELS", "MODIFIED_DATE", "PARENT_ID", "SPACE_KEY", "SPACE_NAME", "URL",
            "VERSION")
        .constrain("DateFieldFormat", Constraint.of().minLength(4).maxLength(40))
        .constrain("IndexFieldName", Constraint.of().minLength(1).maxLength(30))
        .build();

    public ConfluencePageToIndexFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the data source.
     *
     * <p>Required. Allowed values: {@code AUTHOR}, {@code CONTENT_STATUS}, {@code CREATED_DATE},
     * {@code DISPLAY_URL}, {@code ITEM_TYPE}, {@code LABELS}, {@code MODIFIED_DATE}, {@code
     * PARENT_ID}, {@code SPACE_KEY}, {@code SPACE_NAME}, {@code URL}, {@code VERSION}.
     * CloudFormation property {@code DataSourceFieldName}.
     */
    public ConfluencePageToIndexFieldMapping dataSourceFieldName(String value) {
      return set("DataSourceFieldName", Value.of(value));
    }

    /** Sets {@code DataSourceFieldName} to this value; see {@link #dataSourceFieldName(String)}. */
    public ConfluencePageToIndexFieldMapping dataSourceFieldName(Value<String> value) {
      return set("DataSourceFieldName", value);
    }

    /**
     * The format for date fields in the data source. If the field specified in
     * <code>DataSourceFieldName</code> is a date field you must specify the date format. If the
     * field is not a date field, an exception is thrown.
     *
     * <p>Length: 4 to 40 characters. CloudFormation property {@code DateFieldFormat}.
     */
    public ConfluencePageToIndexFieldMapping dateFieldFormat(String value) {
      return set("DateFieldFormat", Value.of(value));
    }

    /** Sets {@code DateFieldFormat} to this value; see {@link #dateFieldFormat(String)}. */
    public ConfluencePageToIndexFieldMapping dateFieldFormat(Value<String> value) {
      return set("DateFieldFormat", value);
    }

    /**
     * The name of the index field to map to the Confluence data source field. The index field type
     * must match the Confluence field type.
     *
     * <p>Required. Length: 1 to 30 characters. CloudFormation property {@code IndexFieldName}.
     */
    public ConfluencePageToIndexFieldMapping indexFieldName(String value) {
      return set("IndexFieldName", Value.of(value));
    }

    /** Sets {@code IndexFieldName} to this value; see {@link #indexFieldName(String)}. */
    public ConfluencePageToIndexFieldMapping indexFieldName(Value<String> value) {
      return set("IndexFieldName", value);
    }
  }

  /**
   * Configuration information for indexing Confluence spaces.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceSpaceConfiguration}.
   */
  public static final class ConfluenceSpaceConfiguration extends Struct<ConfluenceSpaceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConfluenceSpaceConfiguration")
        .constrain("ExcludeSpaces", Constraint.of().minLength(1).maxLength(255))
        .constrain("IncludeSpaces", Constraint.of().minLength(1).maxLength(255))
        .build();

    public ConfluenceSpaceConfiguration() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to index archived spaces.
     *
     * <p>CloudFormation property {@code CrawlArchivedSpaces}.
     */
    public ConfluenceSpaceConfiguration crawlArchivedSpaces(boolean value) {
      return set("CrawlArchivedSpaces", Value.of(value));
    }

    /**
     * Sets {@code CrawlArchivedSpaces} to this value; see {@link #crawlArchivedSpaces(boolean)}.
     */
    public ConfluenceSpaceConfiguration crawlArchivedSpaces(Value<Boolean> value) {
      return set("CrawlArchivedSpaces", value);
    }

    /**
     * <code>TRUE</code> to index personal spaces. You can add restrictions to items in personal
     * spaces. If personal spaces are indexed, queries without user context information may return
     * restricted items from a personal space in their results. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/user-context-filter.html">Filtering on
     * user context</a> .
     *
     * <p>CloudFormation property {@code CrawlPersonalSpaces}.
     */
    public ConfluenceSpaceConfiguration crawlPersonalSpaces(boolean value) {
      return set("CrawlPersonalSpaces", Value.of(value));
    }

    /**
     * Sets {@code CrawlPersonalSpaces} to this value; see {@link #crawlPersonalSpaces(boolean)}.
     */
    public ConfluenceSpaceConfiguration crawlPersonalSpaces(Value<Boolean> value) {
      return set("CrawlPersonalSpaces", value);
    }

    /**
     * A list of space keys of Confluence spaces. If you include a key, the blogs, documents, and
     * attachments in the space are not indexed. If a space is in both the
     * <code>ExcludeSpaces</code> and the <code>IncludeSpaces</code> list, the space is excluded.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code ExcludeSpaces}.
     */
    public ConfluenceSpaceConfiguration excludeSpaces(List<String> value) {
      return set("ExcludeSpaces", Value.listOf(value));
    }

    /** Sets {@code ExcludeSpaces} to this value; see {@link #excludeSpaces(List)}. */
    public ConfluenceSpaceConfiguration excludeSpaces(Value<List<String>> value) {
      return set("ExcludeSpaces", value);
    }

    /**
     * A list of space keys for Confluence spaces. If you include a key, the blogs, documents, and
     * attachments in the space are indexed. Spaces that aren't in the list aren't indexed. A space
     * in the list must exist. Otherwise, Amazon Kendra logs an error when the data source is
     * synchronized. If a space is in both the <code>IncludeSpaces</code> and the
     * <code>ExcludeSpaces</code> list, the space is excluded.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code IncludeSpaces}.
     */
    public ConfluenceSpaceConfiguration includeSpaces(List<String> value) {
      return set("IncludeSpaces", Value.listOf(value));
    }

    /** Sets {@code IncludeSpaces} to this value; see {@link #includeSpaces(List)}. */
    public ConfluenceSpaceConfiguration includeSpaces(Value<List<String>> value) {
      return set("IncludeSpaces", value);
    }

    /**
     * Maps attributes or field names of Confluence spaces to Amazon Kendra index field names. To
     * create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Confluence data source field names must exist in your Confluence custom
     * metadata.
     *
     * <p>If you specify the <code>SpaceFieldMappings</code> parameter, you must specify at least
     * one field mapping.
     *
     * <p>CloudFormation property {@code SpaceFieldMappings}.
     */
    public ConfluenceSpaceConfiguration spaceFieldMappings(List<ConfluenceSpaceToIndexFieldMapping> value) {
      return set("SpaceFieldMappings", Value.listOf(value));
    }

    /** Sets {@code SpaceFieldMappings} to this value; see {@link #spaceFieldMappings(List)}. */
    public ConfluenceSpaceConfiguration spaceFieldMappings(Value<List<ConfluenceSpaceToIndexFieldMapping>> value) {
      return set("SpaceFieldMappings", value);
    }

    /**
     * Sets {@code SpaceFieldMappings} to a list of these; see {@link #spaceFieldMappings(List)}.
     */
    public ConfluenceSpaceConfiguration spaceFieldMappings(ConfluenceSpaceToIndexFieldMapping... values) {
      return set("SpaceFieldMappings", Value.list(values));
    }
  }

  /**
   * Maps attributes or field names of Confluence spaces to Amazon Kendra index field names. To
   * create custom fields, use the <code>UpdateIndex</code> API before you map to Confluence fields.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
   * fields</a> . The Confluence data source field names must exist in your Confluence custom
   * metadata.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConfluenceSpaceToIndexFieldMapping}.
   */
  public static final class ConfluenceSpaceToIndexFieldMapping extends Struct<ConfluenceSpaceToIndexFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConfluenceSpaceToIndexFieldMapping")
        .required("DataSourceFieldName", "IndexFieldName")
        .allowed("DataSourceFieldName", "DISPLAY_URL", "ITEM_TYPE", "SPACE_KEY", "URL")
        .constrain("DateFieldFormat", Constraint.of().minLength(4).maxLength(40))
        .constrain("IndexFieldName", Constraint.of().minLength(1).maxLength(30))
        .build();

    public ConfluenceSpaceToIndexFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the data source.
     *
     * <p>Required. Allowed values: {@code DISPLAY_URL}, {@code ITEM_TYPE}, {@code SPACE_KEY},
     * {@code URL}. CloudFormation property {@code DataSourceFieldName}.
     */
    public ConfluenceSpaceToIndexFieldMapping dataSourceFieldName(String value) {
      return set("DataSourceFieldName", Value.of(value));
    }

    /** Sets {@code DataSourceFieldName} to this value; see {@link #dataSourceFieldName(String)}. */
    public ConfluenceSpaceToIndexFieldMapping dataSourceFieldName(Value<String> value) {
      return set("DataSourceFieldName", value);
    }

    /**
     * The format for date fields in the data source. If the field specified in
     * <code>DataSourceFieldName</code> is a date field you must specify the date format. If the
     * field is not a date field, an exception is thrown.
     *
     * <p>Length: 4 to 40 characters. CloudFormation property {@code DateFieldFormat}.
     */
    public ConfluenceSpaceToIndexFieldMapping dateFieldFormat(String value) {
      return set("DateFieldFormat", Value.of(value));
    }

    /** Sets {@code DateFieldFormat} to this value; see {@link #dateFieldFormat(String)}. */
    public ConfluenceSpaceToIndexFieldMapping dateFieldFormat(Value<String> value) {
      return set("DateFieldFormat", value);
    }

    /**
     * The name of the index field to map to the Confluence data source field. The index field type
     * must match the Confluence field type.
     *
     * <p>Required. Length: 1 to 30 characters. CloudFormation property {@code IndexFieldName}.
     */
    public ConfluenceSpaceToIndexFieldMapping indexFieldName(String value) {
      return set("IndexFieldName", Value.of(value));
    }

    /** Sets {@code IndexFieldName} to this value; see {@link #indexFieldName(String)}. */
    public ConfluenceSpaceToIndexFieldMapping indexFieldName(Value<String> value) {
      return set("IndexFieldName", value);
    }
  }

  /**
   * Provides the configuration information that's required to connect to a database.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ConnectionConfiguration}.
   */
  public static final class ConnectionConfiguration extends Struct<ConnectionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ConnectionConfiguration")
        .required("DatabaseHost", "DatabaseName", "DatabasePort", "SecretArn", "TableName")
        .constrain("DatabaseHost", Constraint.of().minLength(1).maxLength(253))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DatabasePort", Constraint.of().minimum(1).maximum(65535))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("TableName", Constraint.of().minLength(1).maxLength(100))
        .build();

    public ConnectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the host for the database. Can be either a string (host.subdomain.domain.tld) or
     * an IPv4 or IPv6 address.
     *
     * <p>Required. Length: 1 to 253 characters. CloudFormation property {@code DatabaseHost}.
     */
    public ConnectionConfiguration databaseHost(String value) {
      return set("DatabaseHost", Value.of(value));
    }

    /** Sets {@code DatabaseHost} to this value; see {@link #databaseHost(String)}. */
    public ConnectionConfiguration databaseHost(Value<String> value) {
      return set("DatabaseHost", value);
    }

    /**
     * The name of the database containing the document data.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DatabaseName}.
     */
    public ConnectionConfiguration databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public ConnectionConfiguration databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The port that the database uses for connections.
     *
     * <p>Required. Range: 1 to 65535. CloudFormation property {@code DatabasePort}.
     */
    public ConnectionConfiguration databasePort(int value) {
      return set("DatabasePort", Value.of(value));
    }

    /** Sets {@code DatabasePort} to this value; see {@link #databasePort(int)}. */
    public ConnectionConfiguration databasePort(Value<Integer> value) {
      return set("DatabasePort", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret that stores the credentials.
     * The credentials should be a user-password pair. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-database.html">Using a
     * Database Data Source</a> . For more information about AWS Secrets Manager , see <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html">What Is AWS
     * Secrets Manager</a> in the <em>AWS Secrets Manager</em> user guide.
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public ConnectionConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ConnectionConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The name of the table that contains the document data.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code TableName}.
     */
    public ConnectionConfiguration tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public ConnectionConfiguration tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /**
   * Provides the configuration information for altering document metadata and content during the
   * document ingestion process.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/custom-document-enrichment.html">Customizing
   * document metadata during the ingestion process</a> .
   *
   * <p>Property type {@code AWS::Kendra::DataSource.CustomDocumentEnrichmentConfiguration}.
   */
  public static final class CustomDocumentEnrichmentConfiguration extends Struct<CustomDocumentEnrichmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.CustomDocumentEnrichmentConfiguration")
        .constrain("RoleArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284).format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public CustomDocumentEnrichmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information to alter document attributes or metadata fields and content when
     * ingesting documents into Amazon Kendra.
     *
     * <p>CloudFormation property {@code InlineConfigurations}.
     */
    public CustomDocumentEnrichmentConfiguration inlineConfigurations(List<InlineCustomDocumentEnrichmentConfiguration> value) {
      return set("InlineConfigurations", Value.listOf(value));
    }

    /** Sets {@code InlineConfigurations} to this value; see {@link #inlineConfigurations(List)}. */
    public CustomDocumentEnrichmentConfiguration inlineConfigurations(Value<List<InlineCustomDocumentEnrichmentConfiguration>> value) {
      return set("InlineConfigurations", value);
    }

    /**
     * Sets {@code InlineConfigurations} to a list of these; see {@link
     * #inlineConfigurations(List)}.
     */
    public CustomDocumentEnrichmentConfiguration inlineConfigurations(InlineCustomDocumentEnrichmentConfiguration... values) {
      return set("InlineConfigurations", Value.list(values));
    }

    /**
     * Configuration information for invoking a Lambda function in AWS Lambda on the structured
     * documents with their metadata and text extracted. You can use a Lambda function to apply
     * advanced logic for creating, modifying, or deleting document metadata and content. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/custom-document-enrichment.html#advanced-data-manipulation">Advanced
     * data manipulation</a> .
     *
     * <p>CloudFormation property {@code PostExtractionHookConfiguration}.
     */
    public CustomDocumentEnrichmentConfiguration postExtractionHookConfiguration(Value<HookConfiguration> value) {
      return set("PostExtractionHookConfiguration", value);
    }

    /**
     * Configuration information for invoking a Lambda function in AWS Lambda on the original or raw
     * documents before extracting their metadata and text. You can use a Lambda function to apply
     * advanced logic for creating, modifying, or deleting document metadata and content. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/custom-document-enrichment.html#advanced-data-manipulation">Advanced
     * data manipulation</a> .
     *
     * <p>CloudFormation property {@code PreExtractionHookConfiguration}.
     */
    public CustomDocumentEnrichmentConfiguration preExtractionHookConfiguration(Value<HookConfiguration> value) {
      return set("PreExtractionHookConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role with permission to run
     * <code>PreExtractionHookConfiguration</code> and <code>PostExtractionHookConfiguration</code>
     * for altering document metadata and content during the document ingestion process. For more
     * information, see <a href="https://docs.aws.amazon.com/kendra/latest/dg/iam-roles.html">an IAM
     * roles for Amazon Kendra</a> .
     *
     * <p>Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public CustomDocumentEnrichmentConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CustomDocumentEnrichmentConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public CustomDocumentEnrichmentConfiguration roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Provides the configuration information for an Amazon Kendra data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DataSourceConfiguration}.
   */
  public static final class DataSourceConfiguration extends Struct<DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.DataSourceConfiguration");

    public DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Provides the configuration information to connect to Confluence as your data source.
     *
     * <p>CloudFormation property {@code ConfluenceConfiguration}.
     */
    public DataSourceConfiguration confluenceConfiguration(Value<ConfluenceConfiguration> value) {
      return set("ConfluenceConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to a database as your data source.
     *
     * <p>CloudFormation property {@code DatabaseConfiguration}.
     */
    public DataSourceConfiguration databaseConfiguration(Value<DatabaseConfiguration> value) {
      return set("DatabaseConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to Google Drive as your data source.
     *
     * <p>CloudFormation property {@code GoogleDriveConfiguration}.
     */
    public DataSourceConfiguration googleDriveConfiguration(Value<GoogleDriveConfiguration> value) {
      return set("GoogleDriveConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to Microsoft OneDrive as your data source.
     *
     * <p>CloudFormation property {@code OneDriveConfiguration}.
     */
    public DataSourceConfiguration oneDriveConfiguration(Value<OneDriveConfiguration> value) {
      return set("OneDriveConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to an Amazon S3 bucket as your data source.
     *
     * <p>Amazon Kendra now supports an upgraded Amazon S3 connector. You must now use the <a
     * href="https://docs.aws.amazon.com/kendra/latest/APIReference/API_TemplateConfiguration.html">TemplateConfiguration</a>
     * object instead of the <code>S3DataSourceConfiguration</code> object to configure your
     * connector. Connectors configured using the older console and API architecture will continue
     * to function as configured. However, you won't be able to edit or update them. If you want to
     * edit or update your connector configuration, you must create a new connector. We recommended
     * migrating your connector workflow to the upgraded version. Support for connectors configured
     * using the older architecture is scheduled to end by June 2024.
     *
     * <p>CloudFormation property {@code S3Configuration}.
     */
    public DataSourceConfiguration s3Configuration(Value<S3DataSourceConfiguration> value) {
      return set("S3Configuration", value);
    }

    /**
     * Provides the configuration information to connect to Salesforce as your data source.
     *
     * <p>CloudFormation property {@code SalesforceConfiguration}.
     */
    public DataSourceConfiguration salesforceConfiguration(Value<SalesforceConfiguration> value) {
      return set("SalesforceConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to ServiceNow as your data source.
     *
     * <p>CloudFormation property {@code ServiceNowConfiguration}.
     */
    public DataSourceConfiguration serviceNowConfiguration(Value<ServiceNowConfiguration> value) {
      return set("ServiceNowConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to Microsoft SharePoint as your data
     * source.
     *
     * <p>CloudFormation property {@code SharePointConfiguration}.
     */
    public DataSourceConfiguration sharePointConfiguration(Value<SharePointConfiguration> value) {
      return set("SharePointConfiguration", value);
    }

    /**
     * Provides a template for the configuration information to connect to your data source.
     *
     * <p>CloudFormation property {@code TemplateConfiguration}.
     */
    public DataSourceConfiguration templateConfiguration(Value<TemplateConfiguration> value) {
      return set("TemplateConfiguration", value);
    }

    /**
     * Provides the configuration information required for Amazon Kendra Web Crawler.
     *
     * <p>CloudFormation property {@code WebCrawlerConfiguration}.
     */
    public DataSourceConfiguration webCrawlerConfiguration(Value<WebCrawlerConfiguration> value) {
      return set("WebCrawlerConfiguration", value);
    }

    /**
     * Provides the configuration information to connect to WorkDocs as your data source.
     *
     * <p>CloudFormation property {@code WorkDocsConfiguration}.
     */
    public DataSourceConfiguration workDocsConfiguration(Value<WorkDocsConfiguration> value) {
      return set("WorkDocsConfiguration", value);
    }
  }

  /**
   * Maps a column or attribute in the data source to an index field. You must first create the
   * fields in the index using the <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateIndex.html">UpdateIndex</a>
   * operation.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DataSourceToIndexFieldMapping}.
   */
  public static final class DataSourceToIndexFieldMapping extends Struct<DataSourceToIndexFieldMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DataSourceToIndexFieldMapping")
        .required("DataSourceFieldName", "IndexFieldName")
        .constrain("DataSourceFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DateFieldFormat", Constraint.of().minLength(4).maxLength(40))
        .constrain("IndexFieldName", Constraint.of().minLength(1).maxLength(30))
        .build();

    public DataSourceToIndexFieldMapping() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the data source. You must first create the index field using the
     * <code>UpdateIndex</code> API.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DataSourceFieldName}.
     */
    public DataSourceToIndexFieldMapping dataSourceFieldName(String value) {
      return set("DataSourceFieldName", Value.of(value));
    }

    /** Sets {@code DataSourceFieldName} to this value; see {@link #dataSourceFieldName(String)}. */
    public DataSourceToIndexFieldMapping dataSourceFieldName(Value<String> value) {
      return set("DataSourceFieldName", value);
    }

    /**
     * The format for date fields in the data source. If the field specified in
     * <code>DataSourceFieldName</code> is a date field, you must specify the date format. If the
     * field is not a date field, an exception is thrown.
     *
     * <p>Length: 4 to 40 characters. CloudFormation property {@code DateFieldFormat}.
     */
    public DataSourceToIndexFieldMapping dateFieldFormat(String value) {
      return set("DateFieldFormat", Value.of(value));
    }

    /** Sets {@code DateFieldFormat} to this value; see {@link #dateFieldFormat(String)}. */
    public DataSourceToIndexFieldMapping dateFieldFormat(Value<String> value) {
      return set("DateFieldFormat", value);
    }

    /**
     * The name of the index field to map to the data source field. The index field type must match
     * the data source field type.
     *
     * <p>Required. Length: 1 to 30 characters. CloudFormation property {@code IndexFieldName}.
     */
    public DataSourceToIndexFieldMapping indexFieldName(String value) {
      return set("IndexFieldName", Value.of(value));
    }

    /** Sets {@code IndexFieldName} to this value; see {@link #indexFieldName(String)}. */
    public DataSourceToIndexFieldMapping indexFieldName(Value<String> value) {
      return set("IndexFieldName", value);
    }
  }

  /**
   * Provides the configuration information to connect to an Amazon VPC.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DataSourceVpcConfiguration}.
   */
  public static final class DataSourceVpcConfiguration extends Struct<DataSourceVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DataSourceVpcConfiguration")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().pattern("[\\-0-9a-zA-Z]+").minLength(1).maxLength(200).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetIds", Constraint.of().pattern("[\\-0-9a-zA-Z]+").minLength(1).maxLength(200))
        .build();

    public DataSourceVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of identifiers of security groups within your Amazon VPC. The security groups should
     * enable Amazon Kendra to connect to the data source.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code [&#92;-0-9a-zA-Z]+}. Format: {@code
     * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
     */
    public DataSourceVpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public DataSourceVpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of identifiers for subnets within your Amazon VPC. The subnets should be able to
     * connect to each other in the VPC, and they should have outgoing access to the Internet
     * through a NAT device.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code [&#92;-0-9a-zA-Z]+}. CloudFormation
     * property {@code SubnetIds}.
     */
    public DataSourceVpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public DataSourceVpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * Provides the configuration information to an <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-database.html">Amazon Kendra
   * supported database</a> .
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DatabaseConfiguration}.
   */
  public static final class DatabaseConfiguration extends Struct<DatabaseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DatabaseConfiguration")
        .required("ColumnConfiguration", "ConnectionConfiguration", "DatabaseEngineType")
        .allowed("DatabaseEngineType", "RDS_AURORA_MYSQL", "RDS_AURORA_POSTGRESQL", "RDS_MYSQL",
            "RDS_POSTGRESQL")
        .build();

    public DatabaseConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information about the database column that provides information for user context filtering.
     *
     * <p>CloudFormation property {@code AclConfiguration}.
     */
    public DatabaseConfiguration aclConfiguration(Value<AclConfiguration> value) {
      return set("AclConfiguration", value);
    }

    /**
     * Information about where the index should get the document information from the database.
     *
     * <p>Required. CloudFormation property {@code ColumnConfiguration}.
     */
    public DatabaseConfiguration columnConfiguration(Value<ColumnConfiguration> value) {
      return set("ColumnConfiguration", value);
    }

    /**
     * Configuration information that's required to connect to a database.
     *
     * <p>Required. CloudFormation property {@code ConnectionConfiguration}.
     */
    public DatabaseConfiguration connectionConfiguration(Value<ConnectionConfiguration> value) {
      return set("ConnectionConfiguration", value);
    }

    /**
     * The type of database engine that runs the database.
     *
     * <p>Required. Allowed values: {@code RDS_AURORA_MYSQL}, {@code RDS_AURORA_POSTGRESQL}, {@code
     * RDS_MYSQL}, {@code RDS_POSTGRESQL}. CloudFormation property {@code DatabaseEngineType}.
     */
    public DatabaseConfiguration databaseEngineType(String value) {
      return set("DatabaseEngineType", Value.of(value));
    }

    /** Sets {@code DatabaseEngineType} to this value; see {@link #databaseEngineType(String)}. */
    public DatabaseConfiguration databaseEngineType(Value<String> value) {
      return set("DatabaseEngineType", value);
    }

    /**
     * Provides information about how Amazon Kendra uses quote marks around SQL identifiers when
     * querying a database data source.
     *
     * <p>CloudFormation property {@code SqlConfiguration}.
     */
    public DatabaseConfiguration sqlConfiguration(Value<SqlConfiguration> value) {
      return set("SqlConfiguration", value);
    }

    /**
     * Provides information for connecting to an Amazon VPC.
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public DatabaseConfiguration vpcConfiguration(Value<DataSourceVpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * The condition used for the target document attribute or metadata field when ingesting documents
   * into Amazon Kendra. You use this with <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/API_DocumentAttributeTarget.html">DocumentAttributeTarget
   * to apply the condition</a> .
   *
   * <p>For example, you can create the 'Department' target field and have it prefill department
   * names associated with the documents based on information in the 'Source_URI' field. Set the
   * condition that if the 'Source_URI' field contains 'financial' in its URI value, then prefill
   * the target field 'Department' with the target value 'Finance' for the document.
   *
   * <p>Amazon Kendra cannot create a target field if it has not already been created as an index
   * field. After you create your index field, you can create a document metadata field using
   * <code>DocumentAttributeTarget</code> . Amazon Kendra then will map your newly created metadata
   * field to your index field.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DocumentAttributeCondition}.
   */
  public static final class DocumentAttributeCondition extends Struct<DocumentAttributeCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DocumentAttributeCondition")
        .required("ConditionDocumentAttributeKey", "Operator")
        .constrain("ConditionDocumentAttributeKey", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z0-9_-]*").minLength(1).maxLength(200))
        .allowed("Operator", "GreaterThan", "GreaterThanOrEquals", "LessThan", "LessThanOrEquals",
            "Equals", "NotEquals", "Contains", "NotContains", "Exists", "NotExists", "BeginsWith")
        .build();

    public DocumentAttributeCondition() {
      super(SCHEMA);
    }

    /**
     * The identifier of the document attribute used for the condition.
     *
     * <p>For example, 'Source_URI' could be an identifier for the attribute or metadata field that
     * contains source URIs associated with the documents.
     *
     * <p>Amazon Kendra currently does not support <code>_document_body</code> as an attribute key
     * used for the condition.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code [a-zA-Z0-9_][a-zA-Z0-9_-]*}.
     * CloudFormation property {@code ConditionDocumentAttributeKey}.
     */
    public DocumentAttributeCondition conditionDocumentAttributeKey(String value) {
      return set("ConditionDocumentAttributeKey", Value.of(value));
    }

    /**
     * Sets {@code ConditionDocumentAttributeKey} to this value; see {@link
     * #conditionDocumentAttributeKey(String)}.
     */
    public DocumentAttributeCondition conditionDocumentAttributeKey(Value<String> value) {
      return set("ConditionDocumentAttributeKey", value);
    }

    /**
     * The value used by the operator.
     *
     * <p>For example, you can specify the value 'financial' for strings in the 'Source_URI' field
     * that partially match or contain this value.
     *
     * <p>CloudFormation property {@code ConditionOnValue}.
     */
    public DocumentAttributeCondition conditionOnValue(Value<DocumentAttributeValue> value) {
      return set("ConditionOnValue", value);
    }

    /**
     * The condition operator.
     *
     * <p>For example, you can use 'Contains' to partially match a string.
     *
     * <p>Required. Allowed values: {@code GreaterThan}, {@code GreaterThanOrEquals}, {@code
     * LessThan}, {@code LessThanOrEquals}, {@code Equals}, {@code NotEquals}, {@code Contains},
     * {@code NotContains}, {@code Exists}, {@code NotExists}, {@code BeginsWith}. CloudFormation
     * property {@code Operator}.
     */
    public DocumentAttributeCondition operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public DocumentAttributeCondition operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /**
   * The target document attribute or metadata field you want to alter when ingesting documents into
   * Amazon Kendra.
   *
   * <p>For example, you can delete customer identification numbers associated with the documents,
   * stored in the document metadata field called 'Customer_ID'. You set the target key as
   * 'Customer_ID' and the deletion flag to <code>TRUE</code> . This removes all customer ID values
   * in the field 'Customer_ID'. This would scrub personally identifiable information from each
   * document's metadata.
   *
   * <p>Amazon Kendra cannot create a target field if it has not already been created as an index
   * field. After you create your index field, you can create a document metadata field using
   * <code>DocumentAttributeTarget</code> . Amazon Kendra then will map your newly created metadata
   * field to your index field.
   *
   * <p>You can also use this with <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/API_DocumentAttributeCondition.html">DocumentAttributeCondition</a>
   * .
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DocumentAttributeTarget}.
   */
  public static final class DocumentAttributeTarget extends Struct<DocumentAttributeTarget> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DocumentAttributeTarget")
        .required("TargetDocumentAttributeKey")
        .constrain("TargetDocumentAttributeKey", Constraint.of().pattern("[a-zA-Z0-9_][a-zA-Z0-9_-]*").minLength(1).maxLength(200))
        .build();

    public DocumentAttributeTarget() {
      super(SCHEMA);
    }

    /**
     * The identifier of the target document attribute or metadata field.
     *
     * <p>For example, 'Department' could be an identifier for the target attribute or metadata
     * field that includes the department names associated with the documents.
     *
     * <p>Required. Length: 1 to 200 characters. Pattern: {@code [a-zA-Z0-9_][a-zA-Z0-9_-]*}.
     * CloudFormation property {@code TargetDocumentAttributeKey}.
     */
    public DocumentAttributeTarget targetDocumentAttributeKey(String value) {
      return set("TargetDocumentAttributeKey", Value.of(value));
    }

    /**
     * Sets {@code TargetDocumentAttributeKey} to this value; see {@link
     * #targetDocumentAttributeKey(String)}.
     */
    public DocumentAttributeTarget targetDocumentAttributeKey(Value<String> value) {
      return set("TargetDocumentAttributeKey", value);
    }

    /**
     * The target value you want to create for the target attribute.
     *
     * <p>For example, 'Finance' could be the target value for the target attribute key
     * 'Department'.
     *
     * <p>CloudFormation property {@code TargetDocumentAttributeValue}.
     */
    public DocumentAttributeTarget targetDocumentAttributeValue(Value<DocumentAttributeValue> value) {
      return set("TargetDocumentAttributeValue", value);
    }

    /**
     * <code>TRUE</code> to delete the existing target value for your specified target attribute
     * key. You cannot create a target value and set this to <code>TRUE</code> . To create a target
     * value ( <code>TargetDocumentAttributeValue</code> ), set this to <code>FALSE</code> .
     *
     * <p>CloudFormation property {@code TargetDocumentAttributeValueDeletion}.
     */
    public DocumentAttributeTarget targetDocumentAttributeValueDeletion(boolean value) {
      return set("TargetDocumentAttributeValueDeletion", Value.of(value));
    }

    /**
     * Sets {@code TargetDocumentAttributeValueDeletion} to this value; see {@link
     * #targetDocumentAttributeValueDeletion(boolean)}.
     */
    public DocumentAttributeTarget targetDocumentAttributeValueDeletion(Value<Boolean> value) {
      return set("TargetDocumentAttributeValueDeletion", value);
    }
  }

  /**
   * The value of a document attribute. You can only provide one value for a document attribute.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DocumentAttributeValue}.
   */
  public static final class DocumentAttributeValue extends Struct<DocumentAttributeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DocumentAttributeValue")
        .constrain("LongValue", Constraint.of().format("int64"))
        .constrain("StringListValue", Constraint.of().minLength(1).maxLength(2048))
        .constrain("StringValue", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public DocumentAttributeValue() {
      super(SCHEMA);
    }

    /**
     * A date expressed as an ISO 8601 string.
     *
     * <p>It is important for the time zone to be included in the ISO 8601 date-time format. For
     * example, 2012-03-25T12:30:10+01:00 is the ISO 8601 date-time format for March 25th 2012 at
     * 12:30PM (plus 10 seconds) in Central European Time.
     *
     * <p>CloudFormation property {@code DateValue}.
     */
    public DocumentAttributeValue dateValue(String value) {
      return set("DateValue", Value.of(value));
    }

    /** Sets {@code DateValue} to this value; see {@link #dateValue(String)}. */
    public DocumentAttributeValue dateValue(Value<String> value) {
      return set("DateValue", value);
    }

    /**
     * A long integer value.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code LongValue}.
     */
    public DocumentAttributeValue longValue(int value) {
      return set("LongValue", Value.of(value));
    }

    /** Sets {@code LongValue} to this value; see {@link #longValue(int)}. */
    public DocumentAttributeValue longValue(Value<Integer> value) {
      return set("LongValue", value);
    }

    /**
     * A list of strings. The default maximum length or number of strings is 10.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code StringListValue}.
     */
    public DocumentAttributeValue stringListValue(List<String> value) {
      return set("StringListValue", Value.listOf(value));
    }

    /** Sets {@code StringListValue} to this value; see {@link #stringListValue(List)}. */
    public DocumentAttributeValue stringListValue(Value<List<String>> value) {
      return set("StringListValue", value);
    }

    /**
     * A string, such as "department".
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code StringValue}.
     */
    public DocumentAttributeValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public DocumentAttributeValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * Document metadata files that contain information such as the document access control
   * information, source URI, document author, and custom attributes. Each metadata file contains
   * metadata about a single document.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.DocumentsMetadataConfiguration}.
   */
  public static final class DocumentsMetadataConfiguration extends Struct<DocumentsMetadataConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.DocumentsMetadataConfiguration")
        .constrain("S3Prefix", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public DocumentsMetadataConfiguration() {
      super(SCHEMA);
    }

    /**
     * A prefix used to filter metadata configuration files in the AWS S3 bucket. The S3 bucket
     * might contain multiple metadata files. Use <code>S3Prefix</code> to include only the desired
     * metadata files.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code S3Prefix}.
     */
    public DocumentsMetadataConfiguration s3Prefix(String value) {
      return set("S3Prefix", Value.of(value));
    }

    /** Sets {@code S3Prefix} to this value; see {@link #s3Prefix(String)}. */
    public DocumentsMetadataConfiguration s3Prefix(Value<String> value) {
      return set("S3Prefix", value);
    }
  }

  /**
   * Provides the configuration information to connect to Google Drive as your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.GoogleDriveConfiguration}.
   */
  public static final class GoogleDriveConfiguration extends Struct<GoogleDriveConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.GoogleDriveConfiguration")
        .required("SecretArn")
        .constrain("ExcludeMimeTypes", Constraint.of().minLength(1).maxLength(256))
        .constrain("ExcludeSharedDrives", Constraint.of().minLength(1).maxLength(256))
        .constrain("ExcludeUserAccounts", Constraint.of().minLength(1).maxLength(256))
        .constrain("ExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .build();

    public GoogleDriveConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of MIME types to exclude from the index. All documents matching the specified MIME
     * type are excluded.
     *
     * <p>For a list of MIME types, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-google-drive.html">Using a
     * Google Workspace Drive data source</a> .
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ExcludeMimeTypes}.
     */
    public GoogleDriveConfiguration excludeMimeTypes(List<String> value) {
      return set("ExcludeMimeTypes", Value.listOf(value));
    }

    /** Sets {@code ExcludeMimeTypes} to this value; see {@link #excludeMimeTypes(List)}. */
    public GoogleDriveConfiguration excludeMimeTypes(Value<List<String>> value) {
      return set("ExcludeMimeTypes", value);
    }

    /**
     * A list of identifiers or shared drives to exclude from the index. All files and folders
     * stored on the shared drive are excluded.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ExcludeSharedDrives}.
     */
    public GoogleDriveConfiguration excludeSharedDrives(List<String> value) {
      return set("ExcludeSharedDrives", Value.listOf(value));
    }

    /** Sets {@code ExcludeSharedDrives} to this value; see {@link #excludeSharedDrives(List)}. */
    public GoogleDriveConfiguration excludeSharedDrives(Value<List<String>> value) {
      return set("ExcludeSharedDrives", value);
    }

    /**
     * A list of email addresses of the users. Documents owned by these users are excluded from the
     * index. Documents shared with excluded users are indexed unless they are excluded in another
     * way.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code ExcludeUserAccounts}.
     */
    public GoogleDriveConfiguration excludeUserAccounts(List<String> value) {
      return set("ExcludeUserAccounts", Value.listOf(value));
    }

    /** Sets {@code ExcludeUserAccounts} to this value; see {@link #excludeUserAccounts(List)}. */
    public GoogleDriveConfiguration excludeUserAccounts(Value<List<String>> value) {
      return set("ExcludeUserAccounts", value);
    }

    /**
     * A list of regular expression patterns to exclude certain items in your Google Drive,
     * including shared drives and users' My Drives. Items that match the patterns are excluded from
     * the index. Items that don't match the patterns are included in the index. If an item matches
     * both an inclusion and exclusion pattern, the exclusion pattern takes precedence and the item
     * isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExclusionPatterns}.
     */
    public GoogleDriveConfiguration exclusionPatterns(List<String> value) {
      return set("ExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code ExclusionPatterns} to this value; see {@link #exclusionPatterns(List)}. */
    public GoogleDriveConfiguration exclusionPatterns(Value<List<String>> value) {
      return set("ExclusionPatterns", value);
    }

    /**
     * Maps Google Drive data source attributes or field names to Amazon Kendra index field names.
     * To create custom fields, use the <code>UpdateIndex</code> API before you map to Google Drive
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Google Drive data source field names must exist in your Google Drive custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public GoogleDriveConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public GoogleDriveConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public GoogleDriveConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * A list of regular expression patterns to include certain items in your Google Drive,
     * including shared drives and users' My Drives. Items that match the patterns are included in
     * the index. Items that don't match the patterns are excluded from the index. If an item
     * matches both an inclusion and exclusion pattern, the exclusion pattern takes precedence and
     * the item isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPatterns}.
     */
    public GoogleDriveConfiguration inclusionPatterns(List<String> value) {
      return set("InclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code InclusionPatterns} to this value; see {@link #inclusionPatterns(List)}. */
    public GoogleDriveConfiguration inclusionPatterns(Value<List<String>> value) {
      return set("InclusionPatterns", value);
    }

    /**
     * The Amazon Resource Name (ARN) of a AWS Secrets Manager secret that contains the credentials
     * required to connect to Google Drive. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-google-drive.html">Using a
     * Google Workspace Drive data source</a> .
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public GoogleDriveConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public GoogleDriveConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Provides the configuration information for invoking a Lambda function in AWS Lambda to alter
   * document metadata and content when ingesting documents into Amazon Kendra. You can configure
   * your Lambda function using <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/API_CustomDocumentEnrichmentConfiguration.html">PreExtractionHookConfiguration</a>
   * if you want to apply advanced alterations on the original or raw documents. If you want to
   * apply advanced alterations on the Amazon Kendra structured documents, you must configure your
   * Lambda function using <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/API_CustomDocumentEnrichmentConfiguration.html">PostExtractionHookConfiguration</a>
   * . You can only invoke one Lambda function. However, this function can invoke other functions it
   * requires.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/custom-document-enrichment.html">Customizing
   * document metadata during the ingestion process</a> .
   *
   * <p>Property type {@code AWS::Kendra::DataSource.HookConfiguration}.
   */
  public static final class HookConfiguration extends Struct<HookConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.HookConfiguration")
        .required("LambdaArn", "S3Bucket")
        .constrain("LambdaArn", Constraint.of().pattern("^/arn:aws[a-zA-Z-]*:lambda:[a-z]+-[a-z]+-[0-9]:[0-9]{12}:function:[a-zA-Z0-9-_]+(\\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?(:[a-zA-Z0-9-_]+)?/$").minLength(1).maxLength(2048).format("AWS::Lambda::Function.Arn"))
        .constrain("S3Bucket", Constraint.of().pattern("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("S3Bucket", "AWS::S3::Bucket.Ref")
        .build();

    public HookConfiguration() {
      super(SCHEMA);
    }

    /**
     * The condition used for when a Lambda function should be invoked.
     *
     * <p>For example, you can specify a condition that if there are empty date-time values, then
     * Amazon Kendra should invoke a function that inserts the current date-time.
     *
     * <p>CloudFormation property {@code InvocationCondition}.
     */
    public HookConfiguration invocationCondition(Value<DocumentAttributeCondition> value) {
      return set("InvocationCondition", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role with permission to run a Lambda function during
     * ingestion. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/iam-roles.html">an IAM roles for Amazon
     * Kendra</a> .
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^/arn:aws[a-zA-Z-]*:lambda:[a-z]+-[a-z]+-[0-9]:[0-9]{12}:function:[a-zA-Z0-9-_]+(&#92;/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?(:[a-zA-Z0-9-_]+)?/$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public HookConfiguration lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public HookConfiguration lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * Stores the original, raw documents or the structured, parsed documents before and after
     * altering them. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/custom-document-enrichment.html#cde-data-contracts-lambda">Data
     * contracts for Lambda functions</a> .
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * [a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code S3Bucket}.
     */
    public HookConfiguration s3Bucket(String value) {
      return set("S3Bucket", Value.of(value));
    }

    /** Sets {@code S3Bucket} to this value; see {@link #s3Bucket(String)}. */
    public HookConfiguration s3Bucket(Value<String> value) {
      return set("S3Bucket", value);
    }

    /**
     * Sets {@code S3Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #s3Bucket(String)}.
     */
    public HookConfiguration s3Bucket(Bucket resource) {
      return set("S3Bucket", resource.ref());
    }
  }

  /**
   * Provides the configuration information for applying basic logic to alter document metadata and
   * content when ingesting documents into Amazon Kendra. To apply advanced logic, to go beyond what
   * you can do with basic logic, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/API_HookConfiguration.html">HookConfiguration</a>
   * .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kendra/latest/dg/custom-document-enrichment.html">Customizing
   * document metadata during the ingestion process</a> .
   *
   * <p>Property type {@code AWS::Kendra::DataSource.InlineCustomDocumentEnrichmentConfiguration}.
   */
  public static final class InlineCustomDocumentEnrichmentConfiguration extends Struct<InlineCustomDocumentEnrichmentConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.InlineCustomDocumentEnrichmentConfiguration");

    public InlineCustomDocumentEnrichmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration of the condition used for the target document attribute or metadata field when
     * ingesting documents into Amazon Kendra.
     *
     * <p>CloudFormation property {@code Condition}.
     */
    public InlineCustomDocumentEnrichmentConfiguration condition(Value<DocumentAttributeCondition> value) {
      return set("Condition", value);
    }

    /**
     * <code>TRUE</code> to delete content if the condition used for the target attribute is met.
     *
     * <p>CloudFormation property {@code DocumentContentDeletion}.
     */
    public InlineCustomDocumentEnrichmentConfiguration documentContentDeletion(boolean value) {
      return set("DocumentContentDeletion", Value.of(value));
    }

    /**
     * Sets {@code DocumentContentDeletion} to this value; see {@link
     * #documentContentDeletion(boolean)}.
     */
    public InlineCustomDocumentEnrichmentConfiguration documentContentDeletion(Value<Boolean> value) {
      return set("DocumentContentDeletion", value);
    }

    /**
     * Configuration of the target document attribute or metadata field when ingesting documents
     * into Amazon Kendra. You can also include a value.
     *
     * <p>CloudFormation property {@code Target}.
     */
    public InlineCustomDocumentEnrichmentConfiguration target(Value<DocumentAttributeTarget> value) {
      return set("Target", value);
    }
  }

  /**
   * Provides the configuration information to connect to OneDrive as your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.OneDriveConfiguration}.
   */
  public static final class OneDriveConfiguration extends Struct<OneDriveConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.OneDriveConfiguration")
        .required("OneDriveUsers", "SecretArn", "TenantDomain")
        .constrain("ExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("TenantDomain", Constraint.of().pattern("^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*\\.)+[a-z]{2,}$").minLength(1).maxLength(256))
        .build();

    public OneDriveConfiguration() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to disable local groups information.
     *
     * <p>CloudFormation property {@code DisableLocalGroups}.
     */
    public OneDriveConfiguration disableLocalGroups(boolean value) {
      return set("DisableLocalGroups", Value.of(value));
    }

    /** Sets {@code DisableLocalGroups} to this value; see {@link #disableLocalGroups(boolean)}. */
    public OneDriveConfiguration disableLocalGroups(Value<Boolean> value) {
      return set("DisableLocalGroups", value);
    }

    /**
     * A list of regular expression patterns to exclude certain documents in your OneDrive.
     * Documents that match the patterns are excluded from the index. Documents that don't match the
     * patterns are included in the index. If a document matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the document isn't included in the index.
     *
     * <p>The pattern is applied to the file name.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExclusionPatterns}.
     */
    public OneDriveConfiguration exclusionPatterns(List<String> value) {
      return set("ExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code ExclusionPatterns} to this value; see {@link #exclusionPatterns(List)}. */
    public OneDriveConfiguration exclusionPatterns(Value<List<String>> value) {
      return set("ExclusionPatterns", value);
    }

    /**
     * A list of <code>DataSourceToIndexFieldMapping</code> objects that map OneDrive data source
     * attributes or field names to Amazon Kendra index field names. To create custom fields, use
     * the <code>UpdateIndex</code> API before you map to OneDrive fields. For more information, see
     * <a href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The OneDrive data source field names must exist in your OneDrive custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public OneDriveConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public OneDriveConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public OneDriveConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * A list of regular expression patterns to include certain documents in your OneDrive.
     * Documents that match the patterns are included in the index. Documents that don't match the
     * patterns are excluded from the index. If a document matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the document isn't included in the index.
     *
     * <p>The pattern is applied to the file name.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPatterns}.
     */
    public OneDriveConfiguration inclusionPatterns(List<String> value) {
      return set("InclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code InclusionPatterns} to this value; see {@link #inclusionPatterns(List)}. */
    public OneDriveConfiguration inclusionPatterns(Value<List<String>> value) {
      return set("InclusionPatterns", value);
    }

    /**
     * A list of user accounts whose documents should be indexed.
     *
     * <p>Required. CloudFormation property {@code OneDriveUsers}.
     */
    public OneDriveConfiguration oneDriveUsers(Value<OneDriveUsers> value) {
      return set("OneDriveUsers", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret that contains the user name
     * and password to connect to OneDrive. The user name should be the application ID for the
     * OneDrive application, and the password is the application key for the OneDrive application.
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public OneDriveConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public OneDriveConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The Azure Active Directory domain of the organization.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*&#92;.)+[a-z]{2,}$}. CloudFormation property {@code
     * TenantDomain}.
     */
    public OneDriveConfiguration tenantDomain(String value) {
      return set("TenantDomain", Value.of(value));
    }

    /** Sets {@code TenantDomain} to this value; see {@link #tenantDomain(String)}. */
    public OneDriveConfiguration tenantDomain(Value<String> value) {
      return set("TenantDomain", value);
    }
  }

  /**
   * User accounts whose documents should be indexed.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.OneDriveUsers}.
   */
  public static final class OneDriveUsers extends Struct<OneDriveUsers> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.OneDriveUsers")
        .constrain("OneDriveUserList", Constraint.of().pattern("^(?!\\s).+@([a-zA-Z0-9_\\-\\.]+)\\.([a-zA-Z]{2,5})$").minLength(1).maxLength(256))
        .build();

    public OneDriveUsers() {
      super(SCHEMA);
    }

    /**
     * A list of users whose documents should be indexed. Specify the user names in email format,
     * for example, <code>username&#64;tenantdomain</code> . If you need to index the documents of
     * more than 10 users, use the <code>OneDriveUserS3Path</code> field to specify the location of
     * a file containing a list of users.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code
     * ^(?!&#92;s).+&#64;([a-zA-Z0-9_&#92;-&#92;.]+)&#92;.([a-zA-Z]{2,5})$}. CloudFormation property
     * {@code OneDriveUserList}.
     */
    public OneDriveUsers oneDriveUserList(List<String> value) {
      return set("OneDriveUserList", Value.listOf(value));
    }

    /** Sets {@code OneDriveUserList} to this value; see {@link #oneDriveUserList(List)}. */
    public OneDriveUsers oneDriveUserList(Value<List<String>> value) {
      return set("OneDriveUserList", value);
    }

    /**
     * The S3 bucket location of a file containing a list of users whose documents should be
     * indexed.
     *
     * <p>CloudFormation property {@code OneDriveUserS3Path}.
     */
    public OneDriveUsers oneDriveUserS3Path(Value<S3Path> value) {
      return set("OneDriveUserS3Path", value);
    }

    /**
     * Sets {@code OneDriveUserS3Path} to the asset's bucket and key, where the deployer uploads it;
     * see {@link #oneDriveUserS3Path(Value)}.
     */
    public OneDriveUsers oneDriveUserS3Path(Asset asset) {
      return set("OneDriveUserS3Path", new S3Path().bucket(asset.bucket()).key(asset.key()));
    }
  }

  /**
   * Provides the configuration information for a web proxy to connect to website hosts.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ProxyConfiguration}.
   */
  public static final class ProxyConfiguration extends Struct<ProxyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ProxyConfiguration")
        .required("Host", "Port")
        .constrain("Credentials", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("Host", Constraint.of().pattern("([^\\s]*)").minLength(1).maxLength(253))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public ProxyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret. You create a secret to store
     * your credentials in <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html">AWS Secrets
     * Manager</a>
     *
     * <p>The credentials are optional. You use a secret if web proxy credentials are required to
     * connect to a website host. Amazon Kendra currently support basic authentication to connect to
     * a web proxy server. The secret stores your credentials.
     *
     * <p>Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code Credentials}.
     */
    public ProxyConfiguration credentials(String value) {
      return set("Credentials", Value.of(value));
    }

    /** Sets {@code Credentials} to this value; see {@link #credentials(String)}. */
    public ProxyConfiguration credentials(Value<String> value) {
      return set("Credentials", value);
    }

    /**
     * The name of the website host you want to connect to via a web proxy server.
     *
     * <p>For example, the host name of https://a.example.com/page1.html is "a.example.com".
     *
     * <p>Required. Length: 1 to 253 characters. Pattern: {@code ([^&#92;s]*)}. CloudFormation
     * property {@code Host}.
     */
    public ProxyConfiguration host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public ProxyConfiguration host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The port number of the website host you want to connect to via a web proxy server.
     *
     * <p>For example, the port for https://a.example.com/page1.html is 443, the standard port for
     * HTTPS.
     *
     * <p>Required. Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public ProxyConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public ProxyConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * Provides the configuration information to connect to an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.S3DataSourceConfiguration}.
   */
  public static final class S3DataSourceConfiguration extends Struct<S3DataSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.S3DataSourceConfiguration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .constrain("ExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPrefixes", Constraint.of().minLength(1).maxLength(50))
        .build();

    public S3DataSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Provides the path to the S3 bucket that contains the user context filtering files for the
     * data source. For the format of the file, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/s3-acl.html">Access control for S3 data
     * sources</a> .
     *
     * <p>CloudFormation property {@code AccessControlListConfiguration}.
     */
    public S3DataSourceConfiguration accessControlListConfiguration(Value<AccessControlListConfiguration> value) {
      return set("AccessControlListConfiguration", value);
    }

    /**
     * The name of the bucket that contains the documents.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * [a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code BucketName}.
     */
    public S3DataSourceConfiguration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3DataSourceConfiguration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3DataSourceConfiguration bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * Specifies document metadata files that contain information such as the document access
     * control information, source URI, document author, and custom attributes. Each metadata file
     * contains metadata about a single document.
     *
     * <p>CloudFormation property {@code DocumentsMetadataConfiguration}.
     */
    public S3DataSourceConfiguration documentsMetadataConfiguration(Value<DocumentsMetadataConfiguration> value) {
      return set("DocumentsMetadataConfiguration", value);
    }

    /**
     * A list of glob patterns (patterns that can expand a wildcard pattern into a list of path
     * names that match the given pattern) for certain file names and file types to exclude from
     * your index. If a document matches both an inclusion and exclusion prefix or pattern, the
     * exclusion prefix takes precendence and the document is not indexed. Examples of glob patterns
     * include:
     *
     * <ul> <li>*&#47;myapp/config/** —All files inside config directory. <li>***&#47;<em>.png</em>
     * —All .png files in all directories. <li>***&#47;<em>.{png, ico, md}</em> —All .png, .ico or
     * .md files in all directories. <li>*&#47;myapp/src/**&#47;<em>.ts</em> —All .ts files inside
     * src directory (and all its subdirectories). <li>***&#47;!(<em>.module).ts</em> —All .ts files
     * but not .module.ts <li>**.png , <em>.jpg</em> —All PNG and JPEG image files in a directory
     * (files with the extensions .png and .jpg). <li><b>internal</b> —All files in a directory that
     * contain 'internal' in the file name, such as 'internal', 'internal_only', 'company_internal'.
     * <li>***&#47;*internal** —All internal-related files in a directory and its subdirectories.
     * </ul>
     *
     * <p>For more examples, see <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/s3/#use-of-exclude-and-include-filters">Use
     * of Exclude and Include Filters</a> in the AWS CLI Command Reference.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExclusionPatterns}.
     */
    public S3DataSourceConfiguration exclusionPatterns(List<String> value) {
      return set("ExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code ExclusionPatterns} to this value; see {@link #exclusionPatterns(List)}. */
    public S3DataSourceConfiguration exclusionPatterns(Value<List<String>> value) {
      return set("ExclusionPatterns", value);
    }

    /**
     * A list of glob patterns (patterns that can expand a wildcard pattern into a list of path
     * names that match the given pattern) for certain file names and file types to include in your
     * index. If a document matches both an inclusion and exclusion prefix or pattern, the exclusion
     * prefix takes precendence and the document is not indexed. Examples of glob patterns include:
     *
     * <ul> <li>*&#47;myapp/config/** —All files inside config directory. <li>***&#47;<em>.png</em>
     * —All .png files in all directories. <li>***&#47;<em>.{png, ico, md}</em> —All .png, .ico or
     * .md files in all directories. <li>*&#47;myapp/src/**&#47;<em>.ts</em> —All .ts files inside
     * src directory (and all its subdirectories). <li>***&#47;!(<em>.module).ts</em> —All .ts files
     * but not .module.ts <li>**.png , <em>.jpg</em> —All PNG and JPEG image files in a directory
     * (files with the extensions .png and .jpg). <li><b>internal</b> —All files in a directory that
     * contain 'internal' in the file name, such as 'internal', 'internal_only', 'company_internal'.
     * <li>***&#47;*internal** —All internal-related files in a directory and its subdirectories.
     * </ul>
     *
     * <p>For more examples, see <a
     * href="https://docs.aws.amazon.com/cli/latest/reference/s3/#use-of-exclude-and-include-filters">Use
     * of Exclude and Include Filters</a> in the AWS CLI Command Reference.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPatterns}.
     */
    public S3DataSourceConfiguration inclusionPatterns(List<String> value) {
      return set("InclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code InclusionPatterns} to this value; see {@link #inclusionPatterns(List)}. */
    public S3DataSourceConfiguration inclusionPatterns(Value<List<String>> value) {
      return set("InclusionPatterns", value);
    }

    /**
     * A list of S3 prefixes for the documents that should be included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPrefixes}.
     */
    public S3DataSourceConfiguration inclusionPrefixes(List<String> value) {
      return set("InclusionPrefixes", Value.listOf(value));
    }

    /** Sets {@code InclusionPrefixes} to this value; see {@link #inclusionPrefixes(List)}. */
    public S3DataSourceConfiguration inclusionPrefixes(Value<List<String>> value) {
      return set("InclusionPrefixes", value);
    }
  }

  /**
   * Information required to find a specific file in an Amazon S3 bucket.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.S3Path}.
   */
  public static final class S3Path extends Struct<S3Path> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.S3Path")
        .required("Bucket", "Key")
        .constrain("Bucket", Constraint.of().pattern("[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("Bucket", "AWS::S3::Bucket.Ref")
        .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Path() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket that contains the file.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code
     * [a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9]}. Format: {@code AWS::S3::Bucket.Name}.
     * CloudFormation property {@code Bucket}.
     */
    public S3Path bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Path bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Sets {@code Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #bucket(String)}. */
    public S3Path bucket(Bucket resource) {
      return set("Bucket", resource.ref());
    }

    /**
     * The name of the file.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Key}.
     */
    public S3Path key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Path key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * The configuration information for syncing a Salesforce chatter feed. The contents of the object
   * comes from the Salesforce FeedItem table.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.SalesforceChatterFeedConfiguration}.
   */
  public static final class SalesforceChatterFeedConfiguration extends Struct<SalesforceChatterFeedConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceChatterFeedConfiguration")
        .required("DocumentDataFieldName")
        .constrain("DocumentDataFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .allowed("IncludeFilterTypes", "ACTIVE_USER", "STANDARD_USER")
        .build();

    public SalesforceChatterFeedConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the column in the Salesforce FeedItem table that contains the content to index.
     * Typically this is the <code>Body</code> column.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataFieldName}.
     */
    public SalesforceChatterFeedConfiguration documentDataFieldName(String value) {
      return set("DocumentDataFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataFieldName} to this value; see {@link #documentDataFieldName(String)}.
     */
    public SalesforceChatterFeedConfiguration documentDataFieldName(Value<String> value) {
      return set("DocumentDataFieldName", value);
    }

    /**
     * The name of the column in the Salesforce FeedItem table that contains the title of the
     * document. This is typically the <code>Title</code> column.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public SalesforceChatterFeedConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public SalesforceChatterFeedConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * Maps fields from a Salesforce chatter feed into Amazon Kendra index fields.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public SalesforceChatterFeedConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public SalesforceChatterFeedConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public SalesforceChatterFeedConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * Filters the documents in the feed based on status of the user. When you specify
     * <code>ACTIVE_USERS</code> only documents from users who have an active account are indexed.
     * When you specify <code>STANDARD_USER</code> only documents for Salesforce standard users are
     * documented. You can specify both.
     *
     * <p>Allowed values: {@code ACTIVE_USER}, {@code STANDARD_USER}. CloudFormation property {@code
     * IncludeFilterTypes}.
     */
    public SalesforceChatterFeedConfiguration includeFilterTypes(List<String> value) {
      return set("IncludeFilterTypes", Value.listOf(value));
    }

    /** Sets {@code IncludeFilterTypes} to this value; see {@link #includeFilterTypes(List)}. */
    public SalesforceChatterFeedConfiguration includeFilterTypes(Value<List<String>> value) {
      return set("IncludeFilterTypes", value);
    }
  }

  /**
   * Provides the configuration information to connect to Salesforce as your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.SalesforceConfiguration}.
   */
  public static final class SalesforceConfiguration extends Struct<SalesforceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceConfiguration")
        .required("SecretArn", "ServerUrl")
        .constrain("ExcludeAttachmentFilePatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("IncludeAttachmentFilePatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("ServerUrl", Constraint.of().pattern("^(https?|ftp|file)://([^\\s]*)").minLength(1).maxLength(2048))
        .build();

    public SalesforceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information for Salesforce chatter feeds.
     *
     * <p>CloudFormation property {@code ChatterFeedConfiguration}.
     */
    public SalesforceConfiguration chatterFeedConfiguration(Value<SalesforceChatterFeedConfiguration> value) {
      return set("ChatterFeedConfiguration", value);
    }

    /**
     * Indicates whether Amazon Kendra should index attachments to Salesforce objects.
     *
     * <p>CloudFormation property {@code CrawlAttachments}.
     */
    public SalesforceConfiguration crawlAttachments(boolean value) {
      return set("CrawlAttachments", Value.of(value));
    }

    /** Sets {@code CrawlAttachments} to this value; see {@link #crawlAttachments(boolean)}. */
    public SalesforceConfiguration crawlAttachments(Value<Boolean> value) {
      return set("CrawlAttachments", value);
    }

    /**
     * A list of regular expression patterns to exclude certain documents in your Salesforce.
     * Documents that match the patterns are excluded from the index. Documents that don't match the
     * patterns are included in the index. If a document matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the document isn't included in the index.
     *
     * <p>The pattern is applied to the name of the attached file.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExcludeAttachmentFilePatterns}.
     */
    public SalesforceConfiguration excludeAttachmentFilePatterns(List<String> value) {
      return set("ExcludeAttachmentFilePatterns", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludeAttachmentFilePatterns} to this value; see {@link
     * #excludeAttachmentFilePatterns(List)}.
     */
    public SalesforceConfiguration excludeAttachmentFilePatterns(Value<List<String>> value) {
      return set("ExcludeAttachmentFilePatterns", value);
    }

    /**
     * A list of regular expression patterns to include certain documents in your Salesforce.
     * Documents that match the patterns are included in the index. Documents that don't match the
     * patterns are excluded from the index. If a document matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the document isn't included in the index.
     *
     * <p>The pattern is applied to the name of the attached file.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code IncludeAttachmentFilePatterns}.
     */
    public SalesforceConfiguration includeAttachmentFilePatterns(List<String> value) {
      return set("IncludeAttachmentFilePatterns", Value.listOf(value));
    }

    /**
     * Sets {@code IncludeAttachmentFilePatterns} to this value; see {@link
     * #includeAttachmentFilePatterns(List)}.
     */
    public SalesforceConfiguration includeAttachmentFilePatterns(Value<List<String>> value) {
      return set("IncludeAttachmentFilePatterns", value);
    }

    /**
     * Configuration information for the knowledge article types that Amazon Kendra indexes. Amazon
     * Kendra indexes standard knowledge articles and the standard fields of knowledge articles, or
     * the custom fields of custom knowledge articles, but not both.
     *
     * <p>CloudFormation property {@code KnowledgeArticleConfiguration}.
     */
    public SalesforceConfiguration knowledgeArticleConfiguration(Value<SalesforceKnowledgeArticleConfiguration> value) {
      return set("KnowledgeArticleConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret that contains the key/value
     * pairs required to connect to your Salesforce instance. The secret must contain a JSON
     * structure with the following keys:
     *
     * <ul> <li>authenticationUrl - The OAUTH endpoint that Amazon Kendra connects to get an OAUTH
     * token. <li>consumerKey - The application public key generated when you created your
     * Salesforce application. <li>consumerSecret - The application private key generated when you
     * created your Salesforce application. <li>password - The password associated with the user
     * logging in to the Salesforce instance. <li>securityToken - The token associated with the user
     * logging in to the Salesforce instance. <li>username - The user name of the user logging in to
     * the Salesforce instance. </ul>
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public SalesforceConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SalesforceConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The instance URL for the Salesforce site that you want to index.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(https?|ftp|file)://([^&#92;s]*)}. CloudFormation property {@code ServerUrl}.
     */
    public SalesforceConfiguration serverUrl(String value) {
      return set("ServerUrl", Value.of(value));
    }

    /** Sets {@code ServerUrl} to this value; see {@link #serverUrl(String)}. */
    public SalesforceConfiguration serverUrl(Value<String> value) {
      return set("ServerUrl", value);
    }

    /**
     * Configuration information for processing attachments to Salesforce standard objects.
     *
     * <p>CloudFormation property {@code StandardObjectAttachmentConfiguration}.
     */
    public SalesforceConfiguration standardObjectAttachmentConfiguration(Value<SalesforceStandardObjectAttachmentConfiguration> value) {
      return set("StandardObjectAttachmentConfiguration", value);
    }

    /**
     * Configuration of the Salesforce standard objects that Amazon Kendra indexes.
     *
     * <p>CloudFormation property {@code StandardObjectConfigurations}.
     */
    public SalesforceConfiguration standardObjectConfigurations(List<SalesforceStandardObjectConfiguration> value) {
      return set("StandardObjectConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code StandardObjectConfigurations} to this value; see {@link
     * #standardObjectConfigurations(List)}.
     */
    public SalesforceConfiguration standardObjectConfigurations(Value<List<SalesforceStandardObjectConfiguration>> value) {
      return set("StandardObjectConfigurations", value);
    }

    /**
     * Sets {@code StandardObjectConfigurations} to a list of these; see {@link
     * #standardObjectConfigurations(List)}.
     */
    public SalesforceConfiguration standardObjectConfigurations(SalesforceStandardObjectConfiguration... values) {
      return set("StandardObjectConfigurations", Value.list(values));
    }
  }

  /**
   * Provides the configuration information for indexing Salesforce custom articles.
   *
   * <p>Property type {@code
   * AWS::Kendra::DataSource.SalesforceCustomKnowledgeArticleTypeConfiguration}.
   */
  public static final class SalesforceCustomKnowledgeArticleTypeConfiguration extends Struct<SalesforceCustomKnowledgeArticleTypeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceCustomKnowledgeArticleTypeConfiguration")
        .required("DocumentDataFieldName", "Name")
        .constrain("DocumentDataFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("Name", Constraint.of().minLength(1).maxLength(100))
        .build();

    public SalesforceCustomKnowledgeArticleTypeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the custom knowledge article that contains the document data to
     * index.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataFieldName}.
     */
    public SalesforceCustomKnowledgeArticleTypeConfiguration documentDataFieldName(String value) {
      return set("DocumentDataFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataFieldName} to this value; see {@link #documentDataFieldName(String)}.
     */
    public SalesforceCustomKnowledgeArticleTypeConfiguration documentDataFieldName(Value<String> value) {
      return set("DocumentDataFieldName", value);
    }

    /**
     * The name of the field in the custom knowledge article that contains the document title.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public SalesforceCustomKnowledgeArticleTypeConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public SalesforceCustomKnowledgeArticleTypeConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * Maps attributes or field names of the custom knowledge article to Amazon Kendra index field
     * names. To create custom fields, use the <code>UpdateIndex</code> API before you map to
     * Salesforce fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Salesforce data source field names must exist in your Salesforce custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public SalesforceCustomKnowledgeArticleTypeConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public SalesforceCustomKnowledgeArticleTypeConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public SalesforceCustomKnowledgeArticleTypeConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * The name of the configuration.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Name}.
     */
    public SalesforceCustomKnowledgeArticleTypeConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SalesforceCustomKnowledgeArticleTypeConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Provides the configuration information for the knowledge article types that Amazon Kendra
   * indexes. Amazon Kendra indexes standard knowledge articles and the standard fields of knowledge
   * articles, or the custom fields of custom knowledge articles, but not both
   *
   * <p>Property type {@code AWS::Kendra::DataSource.SalesforceKnowledgeArticleConfiguration}.
   */
  public static final class SalesforceKnowledgeArticleConfiguration extends Struct<SalesforceKnowledgeArticleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceKnowledgeArticleConfiguration")
        .required("IncludedStates")
        .allowed("IncludedStates", "DRAFT", "PUBLISHED", "ARCHIVED")
        .build();

    public SalesforceKnowledgeArticleConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information for custom Salesforce knowledge articles.
     *
     * <p>CloudFormation property {@code CustomKnowledgeArticleTypeConfigurations}.
     */
    public SalesforceKnowledgeArticleConfiguration customKnowledgeArticleTypeConfigurations(List<SalesforceCustomKnowledgeArticleTypeConfiguration> value) {
      return set("CustomKnowledgeArticleTypeConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code CustomKnowledgeArticleTypeConfigurations} to this value; see {@link
     * #customKnowledgeArticleTypeConfigurations(List)}.
     */
    public SalesforceKnowledgeArticleConfiguration customKnowledgeArticleTypeConfigurations(Value<List<SalesforceCustomKnowledgeArticleTypeConfiguration>> value) {
      return set("CustomKnowledgeArticleTypeConfigurations", value);
    }

    /**
     * Sets {@code CustomKnowledgeArticleTypeConfigurations} to a list of these; see {@link
     * #customKnowledgeArticleTypeConfigurations(List)}.
     */
    public SalesforceKnowledgeArticleConfiguration customKnowledgeArticleTypeConfigurations(SalesforceCustomKnowledgeArticleTypeConfiguration... values) {
      return set("CustomKnowledgeArticleTypeConfigurations", Value.list(values));
    }

    /**
     * Specifies the document states that should be included when Amazon Kendra indexes knowledge
     * articles. You must specify at least one state.
     *
     * <p>Required. Allowed values: {@code DRAFT}, {@code PUBLISHED}, {@code ARCHIVED}.
     * CloudFormation property {@code IncludedStates}.
     */
    public SalesforceKnowledgeArticleConfiguration includedStates(List<String> value) {
      return set("IncludedStates", Value.listOf(value));
    }

    /** Sets {@code IncludedStates} to this value; see {@link #includedStates(List)}. */
    public SalesforceKnowledgeArticleConfiguration includedStates(Value<List<String>> value) {
      return set("IncludedStates", value);
    }

    /**
     * Configuration information for standard Salesforce knowledge articles.
     *
     * <p>CloudFormation property {@code StandardKnowledgeArticleTypeConfiguration}.
     */
    public SalesforceKnowledgeArticleConfiguration standardKnowledgeArticleTypeConfiguration(Value<SalesforceStandardKnowledgeArticleTypeConfiguration> value) {
      return set("StandardKnowledgeArticleTypeConfiguration", value);
    }
  }

  /**
   * Provides the configuration information for standard Salesforce knowledge articles.
   *
   * <p>Property type {@code
   * AWS::Kendra::DataSource.SalesforceStandardKnowledgeArticleTypeConfiguration}.
   */
  public static final class SalesforceStandardKnowledgeArticleTypeConfiguration extends Struct<SalesforceStandardKnowledgeArticleTypeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceStandardKnowledgeArticleTypeConfiguration")
        .required("DocumentDataFieldName")
        .constrain("DocumentDataFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .build();

    public SalesforceStandardKnowledgeArticleTypeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the field that contains the document data to index.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataFieldName}.
     */
    public SalesforceStandardKnowledgeArticleTypeConfiguration documentDataFieldName(String value) {
      return set("DocumentDataFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataFieldName} to this value; see {@link #documentDataFieldName(String)}.
     */
    public SalesforceStandardKnowledgeArticleTypeConfiguration documentDataFieldName(Value<String> value) {
      return set("DocumentDataFieldName", value);
    }

    /**
     * The name of the field that contains the document title.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public SalesforceStandardKnowledgeArticleTypeConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public SalesforceStandardKnowledgeArticleTypeConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * Maps attributes or field names of the knowledge article to Amazon Kendra index field names.
     * To create custom fields, use the <code>UpdateIndex</code> API before you map to Salesforce
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Salesforce data source field names must exist in your Salesforce custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public SalesforceStandardKnowledgeArticleTypeConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public SalesforceStandardKnowledgeArticleTypeConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public SalesforceStandardKnowledgeArticleTypeConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }
  }

  /**
   * Provides the configuration information for processing attachments to Salesforce standard
   * objects.
   *
   * <p>Property type {@code
   * AWS::Kendra::DataSource.SalesforceStandardObjectAttachmentConfiguration}.
   */
  public static final class SalesforceStandardObjectAttachmentConfiguration extends Struct<SalesforceStandardObjectAttachmentConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceStandardObjectAttachmentConfiguration")
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .build();

    public SalesforceStandardObjectAttachmentConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the field used for the document title.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public SalesforceStandardObjectAttachmentConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public SalesforceStandardObjectAttachmentConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * One or more objects that map fields in attachments to Amazon Kendra index fields.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public SalesforceStandardObjectAttachmentConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public SalesforceStandardObjectAttachmentConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public SalesforceStandardObjectAttachmentConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }
  }

  /**
   * Specifies configuration information for indexing a single standard object.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.SalesforceStandardObjectConfiguration}.
   */
  public static final class SalesforceStandardObjectConfiguration extends Struct<SalesforceStandardObjectConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SalesforceStandardObjectConfiguration")
        .required("DocumentDataFieldName", "Name")
        .constrain("DocumentDataFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .allowed("Name", "ACCOUNT", "CAMPAIGN", "CASE", "CONTACT", "CONTRACT", "DOCUMENT", "GROUP",
            "IDEA", "LEAD", "OPPORTUNITY", "PARTNER", "PRICEBOOK", "PRODUCT", "PROFILE", "SOLUTION",
            "TASK", "USER")
        .build();

    public SalesforceStandardObjectConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the field in the standard object table that contains the document contents.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataFieldName}.
     */
    public SalesforceStandardObjectConfiguration documentDataFieldName(String value) {
      return set("DocumentDataFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataFieldName} to this value; see {@link #documentDataFieldName(String)}.
     */
    public SalesforceStandardObjectConfiguration documentDataFieldName(Value<String> value) {
      return set("DocumentDataFieldName", value);
    }

    /**
     * The name of the field in the standard object table that contains the document title.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public SalesforceStandardObjectConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public SalesforceStandardObjectConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * Maps attributes or field names of the standard object to Amazon Kendra index field names. To
     * create custom fields, use the <code>UpdateIndex</code> API before you map to Salesforce
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The Salesforce data source field names must exist in your Salesforce custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public SalesforceStandardObjectConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public SalesforceStandardObjectConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public SalesforceStandardObjectConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * The name of the standard object.
     *
     * <p>Required. Allowed values: {@code ACCOUNT}, {@code CAMPAIGN}, {@code CASE}, {@code
     * CONTACT}, {@code CONTRACT}, {@code DOCUMENT}, {@code GROUP}, {@code IDEA}, {@code LEAD},
     * {@code OPPORTUNITY}, {@code PARTNER}, {@code PRICEBOOK}, {@code PRODUCT}, {@code PROFILE},
     * {@code SOLUTION}, {@code TASK}, {@code USER}. CloudFormation property {@code Name}.
     */
    public SalesforceStandardObjectConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SalesforceStandardObjectConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Provides the configuration information to connect to ServiceNow as your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ServiceNowConfiguration}.
   */
  public static final class ServiceNowConfiguration extends Struct<ServiceNowConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ServiceNowConfiguration")
        .required("HostUrl", "SecretArn", "ServiceNowBuildVersion")
        .allowed("AuthenticationType", "HTTP_BASIC", "OAUTH2")
        .constrain("HostUrl", Constraint.of().pattern("^(?!(^(https?|ftp|file):\\/\\/))[a-z0-9-]+(\\.service-now\\.com)$").minLength(1).maxLength(2048))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .allowed("ServiceNowBuildVersion", "LONDON", "OTHERS")
        .build();

    public ServiceNowConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of authentication used to connect to the ServiceNow instance. If you choose
     * <code>HTTP_BASIC</code> , Amazon Kendra is authenticated using the user name and password
     * provided in the AWS Secrets Manager secret in the <code>SecretArn</code> field. If you choose
     * <code>OAUTH2</code> , Amazon Kendra is authenticated using the credentials of client ID,
     * client secret, user name and password.
     *
     * <p>When you use <code>OAUTH2</code> authentication, you must generate a token and a client
     * secret using the ServiceNow console. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-servicenow.html">Using a
     * ServiceNow data source</a> .
     *
     * <p>Allowed values: {@code HTTP_BASIC}, {@code OAUTH2}. CloudFormation property {@code
     * AuthenticationType}.
     */
    public ServiceNowConfiguration authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public ServiceNowConfiguration authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * The ServiceNow instance that the data source connects to. The host endpoint should look like
     * the following: <em>{instance}.service-now.com.</em>
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(?!(^(https?|ftp|file):&#92;/&#92;/))[a-z0-9-]+(&#92;.service-now&#92;.com)$}.
     * CloudFormation property {@code HostUrl}.
     */
    public ServiceNowConfiguration hostUrl(String value) {
      return set("HostUrl", Value.of(value));
    }

    /** Sets {@code HostUrl} to this value; see {@link #hostUrl(String)}. */
    public ServiceNowConfiguration hostUrl(Value<String> value) {
      return set("HostUrl", value);
    }

    /**
     * Configuration information for crawling knowledge articles in the ServiceNow site.
     *
     * <p>CloudFormation property {@code KnowledgeArticleConfiguration}.
     */
    public ServiceNowConfiguration knowledgeArticleConfiguration(Value<ServiceNowKnowledgeArticleConfiguration> value) {
      return set("KnowledgeArticleConfiguration", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the user name
     * and password required to connect to the ServiceNow instance. You can also provide OAuth
     * authentication credentials of user name, password, client ID, and client secret. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-servicenow.html">Using a
     * ServiceNow data source</a> .
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public ServiceNowConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ServiceNowConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * Configuration information for crawling service catalogs in the ServiceNow site.
     *
     * <p>CloudFormation property {@code ServiceCatalogConfiguration}.
     */
    public ServiceNowConfiguration serviceCatalogConfiguration(Value<ServiceNowServiceCatalogConfiguration> value) {
      return set("ServiceCatalogConfiguration", value);
    }

    /**
     * The identifier of the release that the ServiceNow host is running. If the host is not running
     * the <code>LONDON</code> release, use <code>OTHERS</code> .
     *
     * <p>Required. Allowed values: {@code LONDON}, {@code OTHERS}. CloudFormation property {@code
     * ServiceNowBuildVersion}.
     */
    public ServiceNowConfiguration serviceNowBuildVersion(String value) {
      return set("ServiceNowBuildVersion", Value.of(value));
    }

    /**
     * Sets {@code ServiceNowBuildVersion} to this value; see {@link
     * #serviceNowBuildVersion(String)}.
     */
    public ServiceNowConfiguration serviceNowBuildVersion(Value<String> value) {
      return set("ServiceNowBuildVersion", value);
    }
  }

  /**
   * Provides the configuration information for crawling knowledge articles in the ServiceNow site.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ServiceNowKnowledgeArticleConfiguration}.
   */
  public static final class ServiceNowKnowledgeArticleConfiguration extends Struct<ServiceNowKnowledgeArticleConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ServiceNowKnowledgeArticleConfiguration")
        .required("DocumentDataFieldName")
        .constrain("DocumentDataFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("ExcludeAttachmentFilePatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("FilterQuery", Constraint.of().minLength(1).maxLength(2048))
        .constrain("IncludeAttachmentFilePatterns", Constraint.of().minLength(1).maxLength(50))
        .build();

    public ServiceNowKnowledgeArticleConfiguration() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to index attachments to knowledge articles.
     *
     * <p>CloudFormation property {@code CrawlAttachments}.
     */
    public ServiceNowKnowledgeArticleConfiguration crawlAttachments(boolean value) {
      return set("CrawlAttachments", Value.of(value));
    }

    /** Sets {@code CrawlAttachments} to this value; see {@link #crawlAttachments(boolean)}. */
    public ServiceNowKnowledgeArticleConfiguration crawlAttachments(Value<Boolean> value) {
      return set("CrawlAttachments", value);
    }

    /**
     * The name of the ServiceNow field that is mapped to the index document contents field in the
     * Amazon Kendra index.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataFieldName}.
     */
    public ServiceNowKnowledgeArticleConfiguration documentDataFieldName(String value) {
      return set("DocumentDataFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataFieldName} to this value; see {@link #documentDataFieldName(String)}.
     */
    public ServiceNowKnowledgeArticleConfiguration documentDataFieldName(Value<String> value) {
      return set("DocumentDataFieldName", value);
    }

    /**
     * The name of the ServiceNow field that is mapped to the index document title field.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public ServiceNowKnowledgeArticleConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public ServiceNowKnowledgeArticleConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * A list of regular expression patterns applied to exclude certain knowledge article
     * attachments. Attachments that match the patterns are excluded from the index. Items that
     * don't match the patterns are included in the index. If an item matches both an inclusion and
     * exclusion pattern, the exclusion pattern takes precedence and the item isn't included in the
     * index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExcludeAttachmentFilePatterns}.
     */
    public ServiceNowKnowledgeArticleConfiguration excludeAttachmentFilePatterns(List<String> value) {
      return set("ExcludeAttachmentFilePatterns", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludeAttachmentFilePatterns} to this value; see {@link
     * #excludeAttachmentFilePatterns(List)}.
     */
    public ServiceNowKnowledgeArticleConfiguration excludeAttachmentFilePatterns(Value<List<String>> value) {
      return set("ExcludeAttachmentFilePatterns", value);
    }

    /**
     * Maps attributes or field names of knoweldge articles to Amazon Kendra index field names. To
     * create custom fields, use the <code>UpdateIndex</code> API before you map to ServiceNow
     * fields. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The ServiceNow data source field names must exist in your ServiceNow custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public ServiceNowKnowledgeArticleConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public ServiceNowKnowledgeArticleConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public ServiceNowKnowledgeArticleConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * A query that selects the knowledge articles to index. The query can return articles from
     * multiple knowledge bases, and the knowledge bases can be public or private.
     *
     * <p>The query string must be one generated by the ServiceNow console. For more information,
     * see <a href="https://docs.aws.amazon.com/kendra/latest/dg/servicenow-query.html">Specifying
     * documents to index with a query</a> .
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code FilterQuery}.
     */
    public ServiceNowKnowledgeArticleConfiguration filterQuery(String value) {
      return set("FilterQuery", Value.of(value));
    }

    /** Sets {@code FilterQuery} to this value; see {@link #filterQuery(String)}. */
    public ServiceNowKnowledgeArticleConfiguration filterQuery(Value<String> value) {
      return set("FilterQuery", value);
    }

    /**
     * A list of regular expression patterns applied to include knowledge article attachments.
     * Attachments that match the patterns are included in the index. Items that don't match the
     * patterns are excluded from the index. If an item matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the item isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code IncludeAttachmentFilePatterns}.
     */
    public ServiceNowKnowledgeArticleConfiguration includeAttachmentFilePatterns(List<String> value) {
      return set("IncludeAttachmentFilePatterns", Value.listOf(value));
    }

    /**
     * Sets {@code IncludeAttachmentFilePatterns} to this value; see {@link
     * #includeAttachmentFilePatterns(List)}.
     */
    public ServiceNowKnowledgeArticleConfiguration includeAttachmentFilePatterns(Value<List<String>> value) {
      return set("IncludeAttachmentFilePatterns", value);
    }
  }

  /**
   * Provides the configuration information for crawling service catalog items in the ServiceNow
   * site
   *
   * <p>Property type {@code AWS::Kendra::DataSource.ServiceNowServiceCatalogConfiguration}.
   */
  public static final class ServiceNowServiceCatalogConfiguration extends Struct<ServiceNowServiceCatalogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.ServiceNowServiceCatalogConfiguration")
        .required("DocumentDataFieldName")
        .constrain("DocumentDataFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("ExcludeAttachmentFilePatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("IncludeAttachmentFilePatterns", Constraint.of().minLength(1).maxLength(50))
        .build();

    public ServiceNowServiceCatalogConfiguration() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to index attachments to service catalog items.
     *
     * <p>CloudFormation property {@code CrawlAttachments}.
     */
    public ServiceNowServiceCatalogConfiguration crawlAttachments(boolean value) {
      return set("CrawlAttachments", Value.of(value));
    }

    /** Sets {@code CrawlAttachments} to this value; see {@link #crawlAttachments(boolean)}. */
    public ServiceNowServiceCatalogConfiguration crawlAttachments(Value<Boolean> value) {
      return set("CrawlAttachments", value);
    }

    /**
     * The name of the ServiceNow field that is mapped to the index document contents field in the
     * Amazon Kendra index.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code
     * DocumentDataFieldName}.
     */
    public ServiceNowServiceCatalogConfiguration documentDataFieldName(String value) {
      return set("DocumentDataFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentDataFieldName} to this value; see {@link #documentDataFieldName(String)}.
     */
    public ServiceNowServiceCatalogConfiguration documentDataFieldName(Value<String> value) {
      return set("DocumentDataFieldName", value);
    }

    /**
     * The name of the ServiceNow field that is mapped to the index document title field.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public ServiceNowServiceCatalogConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public ServiceNowServiceCatalogConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * A list of regular expression patterns to exclude certain attachments of catalogs in your
     * ServiceNow. Item that match the patterns are excluded from the index. Items that don't match
     * the patterns are included in the index. If an item matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the item isn't included in the index.
     *
     * <p>The regex is applied to the file name of the attachment.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExcludeAttachmentFilePatterns}.
     */
    public ServiceNowServiceCatalogConfiguration excludeAttachmentFilePatterns(List<String> value) {
      return set("ExcludeAttachmentFilePatterns", Value.listOf(value));
    }

    /**
     * Sets {@code ExcludeAttachmentFilePatterns} to this value; see {@link
     * #excludeAttachmentFilePatterns(List)}.
     */
    public ServiceNowServiceCatalogConfiguration excludeAttachmentFilePatterns(Value<List<String>> value) {
      return set("ExcludeAttachmentFilePatterns", value);
    }

    /**
     * Maps attributes or field names of catalogs to Amazon Kendra index field names. To create
     * custom fields, use the <code>UpdateIndex</code> API before you map to ServiceNow fields. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The ServiceNow data source field names must exist in your ServiceNow custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public ServiceNowServiceCatalogConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public ServiceNowServiceCatalogConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public ServiceNowServiceCatalogConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * A list of regular expression patterns to include certain attachments of catalogs in your
     * ServiceNow. Item that match the patterns are included in the index. Items that don't match
     * the patterns are excluded from the index. If an item matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the item isn't included in the index.
     *
     * <p>The regex is applied to the file name of the attachment.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code IncludeAttachmentFilePatterns}.
     */
    public ServiceNowServiceCatalogConfiguration includeAttachmentFilePatterns(List<String> value) {
      return set("IncludeAttachmentFilePatterns", Value.listOf(value));
    }

    /**
     * Sets {@code IncludeAttachmentFilePatterns} to this value; see {@link
     * #includeAttachmentFilePatterns(List)}.
     */
    public ServiceNowServiceCatalogConfiguration includeAttachmentFilePatterns(Value<List<String>> value) {
      return set("IncludeAttachmentFilePatterns", value);
    }
  }

  /**
   * Provides the configuration information to connect to Microsoft SharePoint as your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.SharePointConfiguration}.
   */
  public static final class SharePointConfiguration extends Struct<SharePointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SharePointConfiguration")
        .required("SecretArn", "SharePointVersion", "Urls")
        .constrain("DocumentTitleFieldName", Constraint.of().minLength(1).maxLength(100))
        .constrain("ExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("SecretArn", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .allowed("SharePointVersion", "SHAREPOINT_ONLINE", "SHAREPOINT_2013", "SHAREPOINT_2016")
        .constrain("Urls", Constraint.of().pattern("^(https?|ftp|file)://([^\\s]*)").minLength(1).maxLength(2048))
        .build();

    public SharePointConfiguration() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to index document attachments.
     *
     * <p>CloudFormation property {@code CrawlAttachments}.
     */
    public SharePointConfiguration crawlAttachments(boolean value) {
      return set("CrawlAttachments", Value.of(value));
    }

    /** Sets {@code CrawlAttachments} to this value; see {@link #crawlAttachments(boolean)}. */
    public SharePointConfiguration crawlAttachments(Value<Boolean> value) {
      return set("CrawlAttachments", value);
    }

    /**
     * <code>TRUE</code> to disable local groups information.
     *
     * <p>CloudFormation property {@code DisableLocalGroups}.
     */
    public SharePointConfiguration disableLocalGroups(boolean value) {
      return set("DisableLocalGroups", Value.of(value));
    }

    /** Sets {@code DisableLocalGroups} to this value; see {@link #disableLocalGroups(boolean)}. */
    public SharePointConfiguration disableLocalGroups(Value<Boolean> value) {
      return set("DisableLocalGroups", value);
    }

    /**
     * The Microsoft SharePoint attribute field that contains the title of the document.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code DocumentTitleFieldName}.
     */
    public SharePointConfiguration documentTitleFieldName(String value) {
      return set("DocumentTitleFieldName", Value.of(value));
    }

    /**
     * Sets {@code DocumentTitleFieldName} to this value; see {@link
     * #documentTitleFieldName(String)}.
     */
    public SharePointConfiguration documentTitleFieldName(Value<String> value) {
      return set("DocumentTitleFieldName", value);
    }

    /**
     * A list of regular expression patterns. Documents that match the patterns are excluded from
     * the index. Documents that don't match the patterns are included in the index. If a document
     * matches both an exclusion pattern and an inclusion pattern, the document is not included in
     * the index.
     *
     * <p>The regex is applied to the display URL of the SharePoint document.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExclusionPatterns}.
     */
    public SharePointConfiguration exclusionPatterns(List<String> value) {
      return set("ExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code ExclusionPatterns} to this value; see {@link #exclusionPatterns(List)}. */
    public SharePointConfiguration exclusionPatterns(Value<List<String>> value) {
      return set("ExclusionPatterns", value);
    }

    /**
     * A list of <code>DataSourceToIndexFieldMapping</code> objects that map Microsoft SharePoint
     * attributes or fields to Amazon Kendra index fields. You must first create the index fields
     * using the <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/API_UpdateIndex.html">UpdateIndex</a>
     * operation before you map SharePoint attributes. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping Data Source
     * Fields</a> .
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public SharePointConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public SharePointConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public SharePointConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * A list of regular expression patterns to include certain documents in your SharePoint.
     * Documents that match the patterns are included in the index. Documents that don't match the
     * patterns are excluded from the index. If a document matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the document isn't included in the index.
     *
     * <p>The regex applies to the display URL of the SharePoint document.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPatterns}.
     */
    public SharePointConfiguration inclusionPatterns(List<String> value) {
      return set("InclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code InclusionPatterns} to this value; see {@link #inclusionPatterns(List)}. */
    public SharePointConfiguration inclusionPatterns(Value<List<String>> value) {
      return set("InclusionPatterns", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret that contains the user name
     * and password required to connect to the SharePoint instance. For more information, see <a
     * href="https://docs.aws.amazon.com/kendra/latest/dg/data-source-sharepoint.html">Microsoft
     * SharePoint</a> .
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code SecretArn}.
     */
    public SharePointConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SharePointConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The version of Microsoft SharePoint that you use.
     *
     * <p>Required. Allowed values: {@code SHAREPOINT_ONLINE}, {@code SHAREPOINT_2013}, {@code
     * SHAREPOINT_2016}. CloudFormation property {@code SharePointVersion}.
     */
    public SharePointConfiguration sharePointVersion(String value) {
      return set("SharePointVersion", Value.of(value));
    }

    /** Sets {@code SharePointVersion} to this value; see {@link #sharePointVersion(String)}. */
    public SharePointConfiguration sharePointVersion(Value<String> value) {
      return set("SharePointVersion", value);
    }

    /**
     * Information required to find a specific file in an Amazon S3 bucket.
     *
     * <p>CloudFormation property {@code SslCertificateS3Path}.
     */
    public SharePointConfiguration sslCertificateS3Path(Value<S3Path> value) {
      return set("SslCertificateS3Path", value);
    }

    /**
     * Sets {@code SslCertificateS3Path} to the asset's bucket and key, where the deployer uploads
     * it; see {@link #sslCertificateS3Path(Value)}.
     */
    public SharePointConfiguration sslCertificateS3Path(Asset asset) {
      return set("SslCertificateS3Path", new S3Path().bucket(asset.bucket()).key(asset.key()));
    }

    /**
     * The Microsoft SharePoint site URLs for the documents you want to index.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(https?|ftp|file)://([^&#92;s]*)}. CloudFormation property {@code Urls}.
     */
    public SharePointConfiguration urls(List<String> value) {
      return set("Urls", Value.listOf(value));
    }

    /** Sets {@code Urls} to this value; see {@link #urls(List)}. */
    public SharePointConfiguration urls(Value<List<String>> value) {
      return set("Urls", value);
    }

    /**
     * <code>TRUE</code> to use the SharePoint change log to determine which documents require
     * updating in the index. Depending on the change log's size, it may take longer for Amazon
     * Kendra to use the change log than to scan all of your documents in SharePoint.
     *
     * <p>CloudFormation property {@code UseChangeLog}.
     */
    public SharePointConfiguration useChangeLog(boolean value) {
      return set("UseChangeLog", Value.of(value));
    }

    /** Sets {@code UseChangeLog} to this value; see {@link #useChangeLog(boolean)}. */
    public SharePointConfiguration useChangeLog(Value<Boolean> value) {
      return set("UseChangeLog", value);
    }

    /**
     * Provides information for connecting to an Amazon VPC.
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public SharePointConfiguration vpcConfiguration(Value<DataSourceVpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * Provides information that configures Amazon Kendra to use a SQL database.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.SqlConfiguration}.
   */
  public static final class SqlConfiguration extends Struct<SqlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.SqlConfiguration")
        .allowed("QueryIdentifiersEnclosingOption", "DOUBLE_QUOTES", "NONE")
        .build();

    public SqlConfiguration() {
      super(SCHEMA);
    }

    /**
     * Determines whether Amazon Kendra encloses SQL identifiers for tables and column names in
     * double quotes (") when making a database query. You can set the value to
     * <code>DOUBLE_QUOTES</code> or <code>NONE</code> .
     *
     * <p>By default, Amazon Kendra passes SQL identifiers the way that they are entered into the
     * data source configuration. It does not change the case of identifiers or enclose them in
     * quotes.
     *
     * <p>PostgreSQL internally converts uppercase characters to lower case characters in
     * identifiers unless they are quoted. Choosing this option encloses identifiers in quotes so
     * that PostgreSQL does not convert the character's case.
     *
     * <p>For MySQL databases, you must enable the ansi_quotes option when you set this field to
     * <code>DOUBLE_QUOTES</code> .
     *
     * <p>Allowed values: {@code DOUBLE_QUOTES}, {@code NONE}. CloudFormation property {@code
     * QueryIdentifiersEnclosingOption}.
     */
    public SqlConfiguration queryIdentifiersEnclosingOption(String value) {
      return set("QueryIdentifiersEnclosingOption", Value.of(value));
    }

    /**
     * Sets {@code QueryIdentifiersEnclosingOption} to this value; see {@link
     * #queryIdentifiersEnclosingOption(String)}.
     */
    public SqlConfiguration queryIdentifiersEnclosingOption(Value<String> value) {
      return set("QueryIdentifiersEnclosingOption", value);
    }
  }

  /**
   * Provides a template for the configuration information to connect to your data source.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.TemplateConfiguration}.
   */
  public static final class TemplateConfiguration extends Struct<TemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.TemplateConfiguration")
        .required("Template")
        .build();

    public TemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The template schema used for the data source, where templates schemas are supported.
     *
     * <p>See <a href="https://docs.aws.amazon.com/kendra/latest/dg/ds-schemas.html">Data source
     * template schemas</a> .
     *
     * <p>Required. CloudFormation property {@code Template}.
     */
    public TemplateConfiguration template(Value<Json> value) {
      return set("Template", value);
    }
  }

  /**
   * Provides the configuration information to connect to websites that require user authentication.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WebCrawlerAuthenticationConfiguration}.
   */
  public static final class WebCrawlerAuthenticationConfiguration extends Struct<WebCrawlerAuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.WebCrawlerAuthenticationConfiguration");

    public WebCrawlerAuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of configuration information that's required to connect to and crawl a website host
     * using basic authentication credentials.
     *
     * <p>The list includes the name and port number of the website host.
     *
     * <p>CloudFormation property {@code BasicAuthentication}.
     */
    public WebCrawlerAuthenticationConfiguration basicAuthentication(List<WebCrawlerBasicAuthentication> value) {
      return set("BasicAuthentication", Value.listOf(value));
    }

    /** Sets {@code BasicAuthentication} to this value; see {@link #basicAuthentication(List)}. */
    public WebCrawlerAuthenticationConfiguration basicAuthentication(Value<List<WebCrawlerBasicAuthentication>> value) {
      return set("BasicAuthentication", value);
    }

    /**
     * Sets {@code BasicAuthentication} to a list of these; see {@link #basicAuthentication(List)}.
     */
    public WebCrawlerAuthenticationConfiguration basicAuthentication(WebCrawlerBasicAuthentication... values) {
      return set("BasicAuthentication", Value.list(values));
    }
  }

  /**
   * Provides the configuration information to connect to websites that require basic user
   * authentication.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WebCrawlerBasicAuthentication}.
   */
  public static final class WebCrawlerBasicAuthentication extends Struct<WebCrawlerBasicAuthentication> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.WebCrawlerBasicAuthentication")
        .required("Credentials", "Host", "Port")
        .constrain("Credentials", Constraint.of().pattern("arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}").minLength(1).maxLength(1284))
        .constrain("Host", Constraint.of().pattern("([^\\s]*)").minLength(1).maxLength(253))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public WebCrawlerBasicAuthentication() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an AWS Secrets Manager secret. You create a secret to store
     * your credentials in <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html">AWS Secrets
     * Manager</a>
     *
     * <p>You use a secret if basic authentication credentials are required to connect to a website.
     * The secret stores your credentials of user name and password.
     *
     * <p>Required. Length: 1 to 1284 characters. Pattern: {@code
     * arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}}.
     * CloudFormation property {@code Credentials}.
     */
    public WebCrawlerBasicAuthentication credentials(String value) {
      return set("Credentials", Value.of(value));
    }

    /** Sets {@code Credentials} to this value; see {@link #credentials(String)}. */
    public WebCrawlerBasicAuthentication credentials(Value<String> value) {
      return set("Credentials", value);
    }

    /**
     * The name of the website host you want to connect to using authentication credentials.
     *
     * <p>For example, the host name of https://a.example.com/page1.html is "a.example.com".
     *
     * <p>Required. Length: 1 to 253 characters. Pattern: {@code ([^&#92;s]*)}. CloudFormation
     * property {@code Host}.
     */
    public WebCrawlerBasicAuthentication host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public WebCrawlerBasicAuthentication host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The port number of the website host you want to connect to using authentication credentials.
     *
     * <p>For example, the port for https://a.example.com/page1.html is 443, the standard port for
     * HTTPS.
     *
     * <p>Required. Range: 1 to 65535. CloudFormation property {@code Port}.
     */
    public WebCrawlerBasicAuthentication port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public WebCrawlerBasicAuthentication port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * Provides the configuration information required for Amazon Kendra Web Crawler.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WebCrawlerConfiguration}.
   */
  public static final class WebCrawlerConfiguration extends Struct<WebCrawlerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.WebCrawlerConfiguration")
        .required("Urls")
        .constrain("CrawlDepth", Constraint.of().minimum(1).maximum(10))
        .constrain("MaxContentSizePerPageInMegaBytes", Constraint.of().minimum(0).maximum(50))
        .constrain("MaxLinksPerPage", Constraint.of().minimum(1).maximum(1000))
        .constrain("MaxUrlsPerMinuteCrawlRate", Constraint.of().minimum(1).maximum(300))
        .constrain("UrlExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("UrlInclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .build();

    public WebCrawlerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration information required to connect to websites using authentication.
     *
     * <p>You can connect to websites using basic authentication of user name and password. You use
     * a secret in <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html">AWS Secrets
     * Manager</a> to store your authentication credentials.
     *
     * <p>You must provide the website host name and port number. For example, the host name of
     * https://a.example.com/page1.html is "a.example.com" and the port is 443, the standard port
     * for HTTPS.
     *
     * <p>CloudFormation property {@code AuthenticationConfiguration}.
     */
    public WebCrawlerConfiguration authenticationConfiguration(Value<WebCrawlerAuthenticationConfiguration> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * The 'depth' or number of levels from the seed level to crawl. For example, the seed URL page
     * is depth 1 and any hyperlinks on this page that are also crawled are depth 2.
     *
     * <p>Range: 1 to 10. CloudFormation property {@code CrawlDepth}.
     */
    public WebCrawlerConfiguration crawlDepth(int value) {
      return set("CrawlDepth", Value.of(value));
    }

    /** Sets {@code CrawlDepth} to this value; see {@link #crawlDepth(int)}. */
    public WebCrawlerConfiguration crawlDepth(Value<Integer> value) {
      return set("CrawlDepth", value);
    }

    /**
     * The maximum size (in MB) of a web page or attachment to crawl.
     *
     * <p>Files larger than this size (in MB) are skipped/not crawled.
     *
     * <p>The default maximum size of a web page or attachment is set to 50 MB.
     *
     * <p>Range: 0 to 50. CloudFormation property {@code MaxContentSizePerPageInMegaBytes}.
     */
    public WebCrawlerConfiguration maxContentSizePerPageInMegaBytes(double value) {
      return set("MaxContentSizePerPageInMegaBytes", Value.of(value));
    }

    /**
     * Sets {@code MaxContentSizePerPageInMegaBytes} to this value; see {@link
     * #maxContentSizePerPageInMegaBytes(double)}.
     */
    public WebCrawlerConfiguration maxContentSizePerPageInMegaBytes(Value<Double> value) {
      return set("MaxContentSizePerPageInMegaBytes", value);
    }

    /**
     * The maximum number of URLs on a web page to include when crawling a website. This number is
     * per web page.
     *
     * <p>As a website’s web pages are crawled, any URLs the web pages link to are also crawled.
     * URLs on a web page are crawled in order of appearance.
     *
     * <p>The default maximum links per page is 100.
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code MaxLinksPerPage}.
     */
    public WebCrawlerConfiguration maxLinksPerPage(int value) {
      return set("MaxLinksPerPage", Value.of(value));
    }

    /** Sets {@code MaxLinksPerPage} to this value; see {@link #maxLinksPerPage(int)}. */
    public WebCrawlerConfiguration maxLinksPerPage(Value<Integer> value) {
      return set("MaxLinksPerPage", value);
    }

    /**
     * The maximum number of URLs crawled per website host per minute.
     *
     * <p>A minimum of one URL is required.
     *
     * <p>The default maximum number of URLs crawled per website host per minute is 300.
     *
     * <p>Range: 1 to 300. CloudFormation property {@code MaxUrlsPerMinuteCrawlRate}.
     */
    public WebCrawlerConfiguration maxUrlsPerMinuteCrawlRate(int value) {
      return set("MaxUrlsPerMinuteCrawlRate", Value.of(value));
    }

    /**
     * Sets {@code MaxUrlsPerMinuteCrawlRate} to this value; see {@link
     * #maxUrlsPerMinuteCrawlRate(int)}.
     */
    public WebCrawlerConfiguration maxUrlsPerMinuteCrawlRate(Value<Integer> value) {
      return set("MaxUrlsPerMinuteCrawlRate", value);
    }

    /**
     * Configuration information required to connect to your internal websites via a web proxy.
     *
     * <p>You must provide the website host name and port number. For example, the host name of
     * https://a.example.com/page1.html is "a.example.com" and the port is 443, the standard port
     * for HTTPS.
     *
     * <p>Web proxy credentials are optional and you can use them to connect to a web proxy server
     * that requires basic authentication. To store web proxy credentials, you use a secret in <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html">AWS Secrets
     * Manager</a> .
     *
     * <p>CloudFormation property {@code ProxyConfiguration}.
     */
    public WebCrawlerConfiguration proxyConfiguration(Value<ProxyConfiguration> value) {
      return set("ProxyConfiguration", value);
    }

    /**
     * A list of regular expression patterns to exclude certain URLs to crawl. URLs that match the
     * patterns are excluded from the index. URLs that don't match the patterns are included in the
     * index. If a URL matches both an inclusion and exclusion pattern, the exclusion pattern takes
     * precedence and the URL file isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code UrlExclusionPatterns}.
     */
    public WebCrawlerConfiguration urlExclusionPatterns(List<String> value) {
      return set("UrlExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code UrlExclusionPatterns} to this value; see {@link #urlExclusionPatterns(List)}. */
    public WebCrawlerConfiguration urlExclusionPatterns(Value<List<String>> value) {
      return set("UrlExclusionPatterns", value);
    }

    /**
     * A list of regular expression patterns to include certain URLs to crawl. URLs that match the
     * patterns are included in the index. URLs that don't match the patterns are excluded from the
     * index. If a URL matches both an inclusion and exclusion pattern, the exclusion pattern takes
     * precedence and the URL file isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code UrlInclusionPatterns}.
     */
    public WebCrawlerConfiguration urlInclusionPatterns(List<String> value) {
      return set("UrlInclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code UrlInclusionPatterns} to this value; see {@link #urlInclusionPatterns(List)}. */
    public WebCrawlerConfiguration urlInclusionPatterns(Value<List<String>> value) {
      return set("UrlInclusionPatterns", value);
    }

    /**
     * Specifies the seed or starting point URLs of the websites or the sitemap URLs of the websites
     * you want to crawl.
     *
     * <p>You can include website subdomains. You can list up to 100 seed URLs and up to three
     * sitemap URLs.
     *
     * <p>You can only crawl websites that use the secure communication protocol, Hypertext Transfer
     * Protocol Secure (HTTPS). If you receive an error when crawling a website, it could be that
     * the website is blocked from crawling.
     *
     * <p><em>When selecting websites to index, you must adhere to the <a
     * href="https://docs.aws.amazon.com/aup/">Amazon Acceptable Use Policy</a> and all other Amazon
     * terms. Remember that you must only use Amazon Kendra Web Crawler to index your own webpages,
     * or webpages that you have authorization to index.</em>
     *
     * <p>Required. CloudFormation property {@code Urls}.
     */
    public WebCrawlerConfiguration urls(Value<WebCrawlerUrls> value) {
      return set("Urls", value);
    }
  }

  /**
   * Provides the configuration information of the seed or starting point URLs to crawl.
   *
   * <p><em>When selecting websites to index, you must adhere to the <a
   * href="https://docs.aws.amazon.com/aup/">Amazon Acceptable Use Policy</a> and all other Amazon
   * terms. Remember that you must only use the Amazon Kendra web crawler to index your own
   * webpages, or webpages that you have authorization to index.</em>
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WebCrawlerSeedUrlConfiguration}.
   */
  public static final class WebCrawlerSeedUrlConfiguration extends Struct<WebCrawlerSeedUrlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.WebCrawlerSeedUrlConfiguration")
        .required("SeedUrls")
        .constrain("SeedUrls", Constraint.of().pattern("^(https?)://([^\\s]*)").minLength(1).maxLength(2048))
        .allowed("WebCrawlerMode", "HOST_ONLY", "SUBDOMAINS", "EVERYTHING")
        .build();

    public WebCrawlerSeedUrlConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of seed or starting point URLs of the websites you want to crawl.
     *
     * <p>The list can include a maximum of 100 seed URLs.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^(https?)://([^&#92;s]*)}.
     * CloudFormation property {@code SeedUrls}.
     */
    public WebCrawlerSeedUrlConfiguration seedUrls(List<String> value) {
      return set("SeedUrls", Value.listOf(value));
    }

    /** Sets {@code SeedUrls} to this value; see {@link #seedUrls(List)}. */
    public WebCrawlerSeedUrlConfiguration seedUrls(Value<List<String>> value) {
      return set("SeedUrls", value);
    }

    /**
     * You can choose one of the following modes:
     *
     * <ul> <li><code>HOST_ONLY</code> —crawl only the website host names. For example, if the seed
     * URL is "abc.example.com", then only URLs with host name "abc.example.com" are crawled.
     * <li><code>SUBDOMAINS</code> —crawl the website host names with subdomains. For example, if
     * the seed URL is "abc.example.com", then "a.abc.example.com" and "b.abc.example.com" are also
     * crawled. <li><code>EVERYTHING</code> —crawl the website host names with subdomains and other
     * domains that the web pages link to. </ul>
     *
     * <p>The default mode is set to <code>HOST_ONLY</code> .
     *
     * <p>Allowed values: {@code HOST_ONLY}, {@code SUBDOMAINS}, {@code EVERYTHING}. CloudFormation
     * property {@code WebCrawlerMode}.
     */
    public WebCrawlerSeedUrlConfiguration webCrawlerMode(String value) {
      return set("WebCrawlerMode", Value.of(value));
    }

    /** Sets {@code WebCrawlerMode} to this value; see {@link #webCrawlerMode(String)}. */
    public WebCrawlerSeedUrlConfiguration webCrawlerMode(Value<String> value) {
      return set("WebCrawlerMode", value);
    }
  }

  /**
   * Provides the configuration information of the sitemap URLs to crawl.
   *
   * <p><em>When selecting websites to index, you must adhere to the <a
   * href="https://docs.aws.amazon.com/aup/">Amazon Acceptable Use Policy</a> and all other Amazon
   * terms. Remember that you must only use the Amazon Kendra web crawler to index your own
   * webpages, or webpages that you have authorization to index.</em>
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WebCrawlerSiteMapsConfiguration}.
   */
  public static final class WebCrawlerSiteMapsConfiguration extends Struct<WebCrawlerSiteMapsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.WebCrawlerSiteMapsConfiguration")
        .required("SiteMaps")
        .constrain("SiteMaps", Constraint.of().pattern("^(https?):\\/\\/([^\\s]*)").minLength(1).maxLength(2048))
        .build();

    public WebCrawlerSiteMapsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The list of sitemap URLs of the websites you want to crawl.
     *
     * <p>The list can include a maximum of three sitemap URLs.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^(https?):&#92;/&#92;/([^&#92;s]*)}. CloudFormation property {@code SiteMaps}.
     */
    public WebCrawlerSiteMapsConfiguration siteMaps(List<String> value) {
      return set("SiteMaps", Value.listOf(value));
    }

    /** Sets {@code SiteMaps} to this value; see {@link #siteMaps(List)}. */
    public WebCrawlerSiteMapsConfiguration siteMaps(Value<List<String>> value) {
      return set("SiteMaps", value);
    }
  }

  /**
   * Specifies the seed or starting point URLs of the websites or the sitemap URLs of the websites
   * you want to crawl.
   *
   * <p>You can include website subdomains. You can list up to 100 seed URLs and up to three sitemap
   * URLs.
   *
   * <p>You can only crawl websites that use the secure communication protocol, Hypertext Transfer
   * Protocol Secure (HTTPS). If you receive an error when crawling a website, it could be that the
   * website is blocked from crawling.
   *
   * <p><em>When selecting websites to index, you must adhere to the <a
   * href="https://docs.aws.amazon.com/aup/">Amazon Acceptable Use Policy</a> and all other Amazon
   * terms. Remember that you must only use the Amazon Kendra web crawler to index your own
   * webpages, or webpages that you have authorization to index.</em>
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WebCrawlerUrls}.
   */
  public static final class WebCrawlerUrls extends Struct<WebCrawlerUrls> {
    private static final Schema SCHEMA = Schema.of("AWS::Kendra::DataSource.WebCrawlerUrls");

    public WebCrawlerUrls() {
      super(SCHEMA);
    }

    /**
     * Configuration of the seed or starting point URLs of the websites you want to crawl.
     *
     * <p>You can choose to crawl only the website host names, or the website host names with
     * subdomains, or the website host names with subdomains and other domains that the web pages
     * link to.
     *
     * <p>You can list up to 100 seed URLs.
     *
     * <p>CloudFormation property {@code SeedUrlConfiguration}.
     */
    public WebCrawlerUrls seedUrlConfiguration(Value<WebCrawlerSeedUrlConfiguration> value) {
      return set("SeedUrlConfiguration", value);
    }

    /**
     * Configuration of the sitemap URLs of the websites you want to crawl.
     *
     * <p>Only URLs belonging to the same website host names are crawled. You can list up to three
     * sitemap URLs.
     *
     * <p>CloudFormation property {@code SiteMapsConfiguration}.
     */
    public WebCrawlerUrls siteMapsConfiguration(Value<WebCrawlerSiteMapsConfiguration> value) {
      return set("SiteMapsConfiguration", value);
    }
  }

  /**
   * Provides the configuration information to connect to WorkDocs as your data source.
   *
   * <p>WorkDocs connector is available in Oregon, North Virginia, Sydney, Singapore and Ireland
   * regions.
   *
   * <p>Property type {@code AWS::Kendra::DataSource.WorkDocsConfiguration}.
   */
  public static final class WorkDocsConfiguration extends Struct<WorkDocsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Kendra::DataSource.WorkDocsConfiguration")
        .required("OrganizationId")
        .constrain("ExclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("InclusionPatterns", Constraint.of().minLength(1).maxLength(50))
        .constrain("OrganizationId", Constraint.of().pattern("d-[0-9a-fA-F]{10}").minLength(12).maxLength(12))
        .build();

    public WorkDocsConfiguration() {
      super(SCHEMA);
    }

    /**
     * <code>TRUE</code> to include comments on documents in your index. Including comments in your
     * index means each comment is a document that can be searched on.
     *
     * <p>The default is set to <code>FALSE</code> .
     *
     * <p>CloudFormation property {@code CrawlComments}.
     */
    public WorkDocsConfiguration crawlComments(boolean value) {
      return set("CrawlComments", Value.of(value));
    }

    /** Sets {@code CrawlComments} to this value; see {@link #crawlComments(boolean)}. */
    public WorkDocsConfiguration crawlComments(Value<Boolean> value) {
      return set("CrawlComments", value);
    }

    /**
     * A list of regular expression patterns to exclude certain files in your WorkDocs site
     * repository. Files that match the patterns are excluded from the index. Files that don’t match
     * the patterns are included in the index. If a file matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the file isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code ExclusionPatterns}.
     */
    public WorkDocsConfiguration exclusionPatterns(List<String> value) {
      return set("ExclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code ExclusionPatterns} to this value; see {@link #exclusionPatterns(List)}. */
    public WorkDocsConfiguration exclusionPatterns(Value<List<String>> value) {
      return set("ExclusionPatterns", value);
    }

    /**
     * A list of <code>DataSourceToIndexFieldMapping</code> objects that map WorkDocs data source
     * attributes or field names to Amazon Kendra index field names. To create custom fields, use
     * the <code>UpdateIndex</code> API before you map to WorkDocs fields. For more information, see
     * <a href="https://docs.aws.amazon.com/kendra/latest/dg/field-mapping.html">Mapping data source
     * fields</a> . The WorkDocs data source field names must exist in your WorkDocs custom
     * metadata.
     *
     * <p>CloudFormation property {@code FieldMappings}.
     */
    public WorkDocsConfiguration fieldMappings(List<DataSourceToIndexFieldMapping> value) {
      return set("FieldMappings", Value.listOf(value));
    }

    /** Sets {@code FieldMappings} to this value; see {@link #fieldMappings(List)}. */
    public WorkDocsConfiguration fieldMappings(Value<List<DataSourceToIndexFieldMapping>> value) {
      return set("FieldMappings", value);
    }

    /** Sets {@code FieldMappings} to a list of these; see {@link #fieldMappings(List)}. */
    public WorkDocsConfiguration fieldMappings(DataSourceToIndexFieldMapping... values) {
      return set("FieldMappings", Value.list(values));
    }

    /**
     * A list of regular expression patterns to include certain files in your WorkDocs site
     * repository. Files that match the patterns are included in the index. Files that don't match
     * the patterns are excluded from the index. If a file matches both an inclusion and exclusion
     * pattern, the exclusion pattern takes precedence and the file isn't included in the index.
     *
     * <p>Length: 1 to 50 characters. CloudFormation property {@code InclusionPatterns}.
     */
    public WorkDocsConfiguration inclusionPatterns(List<String> value) {
      return set("InclusionPatterns", Value.listOf(value));
    }

    /** Sets {@code InclusionPatterns} to this value; see {@link #inclusionPatterns(List)}. */
    public WorkDocsConfiguration inclusionPatterns(Value<List<String>> value) {
      return set("InclusionPatterns", value);
    }

    /**
     * The identifier of the directory corresponding to your WorkDocs site repository.
     *
     * <p>You can find the organization ID in the <a
     * href="https://docs.aws.amazon.com/directoryservicev2/">Directory Service</a> by going to
     * <em>Active Directory</em> , then <em>Directories</em> . Your WorkDocs site directory has an
     * ID, which is the organization ID. You can also set up a new WorkDocs directory in the
     * Directory Service console and enable a WorkDocs site for the directory in the WorkDocs
     * console.
     *
     * <p>Required. Length: 12 to 12 characters. Pattern: {@code d-[0-9a-fA-F]{10}}. CloudFormation
     * property {@code OrganizationId}.
     */
    public WorkDocsConfiguration organizationId(String value) {
      return set("OrganizationId", Value.of(value));
    }

    /** Sets {@code OrganizationId} to this value; see {@link #organizationId(String)}. */
    public WorkDocsConfiguration organizationId(Value<String> value) {
      return set("OrganizationId", value);
    }

    /**
     * <code>TRUE</code> to use the WorkDocs change log to determine which documents require
     * updating in the index. Depending on the change log's size, it may take longer for Amazon
     * Kendra to use the change log than to scan all of your documents in WorkDocs.
     *
     * <p>CloudFormation property {@code UseChangeLog}.
     */
    public WorkDocsConfiguration useChangeLog(boolean value) {
      return set("UseChangeLog", Value.of(value));
    }

    /** Sets {@code UseChangeLog} to this value; see {@link #useChangeLog(boolean)}. */
    public WorkDocsConfiguration useChangeLog(Value<Boolean> value) {
      return set("UseChangeLog", value);
    }
  }
}
