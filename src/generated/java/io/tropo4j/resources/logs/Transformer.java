// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.logs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a <em>log transformer</em> for a single log group. You use log transformers to
 * transform log events into a different format, making them easier for you to process and analyze.
 * You can also transform logs from different sources into standardized formats that contains
 * relevant, source-specific information.
 *
 * <p>After you have created a transformer, CloudWatch Logs performs the transformations at the time
 * of log ingestion. You can then refer to the transformed versions of the logs during operations
 * such as querying with CloudWatch Logs Insights or creating metric filters or subscription filers.
 *
 * <p>You can also use a transformer to copy metadata from metadata keys into the log events
 * themselves. This metadata can include log group name, log stream name, account ID and Region.
 *
 * <p>A transformer for a log group is a series of processors, where each processor applies one type
 * of transformation to the log events ingested into this log group. The processors work one after
 * another, in the order that you list them, like a pipeline. For more information about the
 * available processors to use in a transformer, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-Processors">Processors
 * that you can use</a> .
 *
 * <p>Having log events in standardized format enables visibility across your applications for your
 * log analysis, reporting, and alarming needs. CloudWatch Logs provides transformation for common
 * log types with out-of-the-box transformation templates for major AWS log sources such as VPC flow
 * logs, Lambda, and Amazon RDS. You can use pre-built transformation templates or create custom
 * transformation policies.
 *
 * <p>You can create transformers only for the log groups in the Standard log class.
 *
 * <p>You can also set up a transformer at the account level. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutAccountPolicy.html">PutAccountPolicy</a>
 * . If there is both a log-group level transformer created with <code>PutTransformer</code> and an
 * account-level transformer that could apply to the same log group, the log group uses only the
 * log-group level transformer. It ignores the account-level transformer.
 *
 * <p>CloudFormation type {@code AWS::Logs::Transformer}.
 */
public final class Transformer extends Resource<Transformer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer")
      .required("LogGroupIdentifier", "TransformerConfig")
      .constrain("LogGroupIdentifier", Constraint.of().pattern("[\\w#+=/:,.@-]*").minLength(1).maxLength(2048))
      .refYields("LogGroupIdentifier")
      .build();

  public Transformer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify either the name or ARN of the log group to create the transformer for.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * [&#92;w#+=/:,.&#64;-]*}. CloudFormation property {@code LogGroupIdentifier}.
   */
  public Transformer logGroupIdentifier(String value) {
    return set("LogGroupIdentifier", Value.of(value));
  }

  /** Sets {@code LogGroupIdentifier} to this value; see {@link #logGroupIdentifier(String)}. */
  public Transformer logGroupIdentifier(Value<String> value) {
    return set("LogGroupIdentifier", value);
  }

  /**
   * This structure is an array that contains the configuration of this log transformer. A log
   * transformer is an array of processors, where each processor applies one type of transformation
   * to the log events that are ingested.
   *
   * <p>Required. CloudFormation property {@code TransformerConfig}.
   */
  public Transformer transformerConfig(List<Processor> value) {
    return set("TransformerConfig", Value.listOf(value));
  }

  /** Sets {@code TransformerConfig} to this value; see {@link #transformerConfig(List)}. */
  public Transformer transformerConfig(Value<List<Processor>> value) {
    return set("TransformerConfig", value);
  }

  /** Sets {@code TransformerConfig} to a list of these; see {@link #transformerConfig(List)}. */
  public Transformer transformerConfig(Processor... values) {
    return set("TransformerConfig", Value.list(values));
  }

  /**
   * This object defines one key that will be added with the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-addKey">addKeys</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.AddKeyEntry}.
   */
  public static final class AddKeyEntry extends Struct<AddKeyEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.AddKeyEntry")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(1).maxLength(256))
        .build();

    public AddKeyEntry() {
      super(SCHEMA);
    }

    /**
     * The key of the new entry to be added to the log event
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Key}.
     */
    public AddKeyEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AddKeyEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Specifies whether to overwrite the value if the key already exists in the log event. If you
     * omit this, the default is <code>false</code> .
     *
     * <p>CloudFormation property {@code OverwriteIfExists}.
     */
    public AddKeyEntry overwriteIfExists(boolean value) {
      return set("OverwriteIfExists", Value.of(value));
    }

    /** Sets {@code OverwriteIfExists} to this value; see {@link #overwriteIfExists(boolean)}. */
    public AddKeyEntry overwriteIfExists(Value<Boolean> value) {
      return set("OverwriteIfExists", value);
    }

    /**
     * The value of the new entry to be added to the log event
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Value}.
     */
    public AddKeyEntry value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AddKeyEntry value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * This processor adds new key-value pairs to the log event.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-addKeys">addKeys</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.AddKeys}.
   */
  public static final class AddKeys extends Struct<AddKeys> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.AddKeys")
        .required("Entries")
        .build();

    public AddKeys() {
      super(SCHEMA);
    }

    /**
     * An array of objects, where each object contains the information about one key to add to the
     * log event.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public AddKeys entries(List<AddKeyEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public AddKeys entries(Value<List<AddKeyEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public AddKeys entries(AddKeyEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * This processor copies values within a log event. You can also use this processor to add
   * metadata to log events by copying the values of the following metadata keys into the log
   * events: <code>&#64;logGroupName</code> , <code>&#64;logGroupStream</code> ,
   * <code>&#64;accountId</code> , <code>&#64;regionName</code> .
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-copyValue">copyValue</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.CopyValue}.
   */
  public static final class CopyValue extends Struct<CopyValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.CopyValue")
        .required("Entries")
        .build();

    public CopyValue() {
      super(SCHEMA);
    }

    /**
     * An array of <code>CopyValueEntry</code> objects, where each object contains the information
     * about one field value to copy.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public CopyValue entries(List<CopyValueEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public CopyValue entries(Value<List<CopyValueEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public CopyValue entries(CopyValueEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * This object defines one value to be copied with the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-copyValue">copyValue</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.CopyValueEntry}.
   */
  public static final class CopyValueEntry extends Struct<CopyValueEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.CopyValueEntry")
        .required("Source", "Target")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Target", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public CopyValueEntry() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to overwrite the value if the destination key already exists. If you omit
     * this, the default is <code>false</code> .
     *
     * <p>CloudFormation property {@code OverwriteIfExists}.
     */
    public CopyValueEntry overwriteIfExists(boolean value) {
      return set("OverwriteIfExists", Value.of(value));
    }

    /** Sets {@code OverwriteIfExists} to this value; see {@link #overwriteIfExists(boolean)}. */
    public CopyValueEntry overwriteIfExists(Value<Boolean> value) {
      return set("OverwriteIfExists", value);
    }

    /**
     * The key to copy.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Source}.
     */
    public CopyValueEntry source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public CopyValueEntry source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The key of the field to copy the value to.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Target}.
     */
    public CopyValueEntry target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public CopyValueEntry target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * The <code>CSV</code> processor parses comma-separated values (CSV) from the log events into
   * columns.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-csv">csv</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.Csv}.
   */
  public static final class Csv extends Struct<Csv> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.Csv")
        .constrain("Columns", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Delimiter", Constraint.of().minLength(1).maxLength(2))
        .constrain("QuoteCharacter", Constraint.of().minLength(1).maxLength(1))
        .constrain("Source", Constraint.of().minLength(1).maxLength(128))
        .build();

    public Csv() {
      super(SCHEMA);
    }

    /**
     * An array of names to use for the columns in the transformed log event.
     *
     * <p>If you omit this, default column names ( <code>[column_1, column_2 ...]</code> ) are used.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Columns}.
     */
    public Csv columns(List<String> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public Csv columns(Value<List<String>> value) {
      return set("Columns", value);
    }

    /**
     * The character used to separate each column in the original comma-separated value log event.
     * If you omit this, the processor looks for the comma <code>,</code> character as the
     * delimiter.
     *
     * <p>Length: 1 to 2 characters. CloudFormation property {@code Delimiter}.
     */
    public Csv delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public Csv delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * The character used used as a text qualifier for a single column of data. If you omit this,
     * the double quotation mark <code>"</code> character is used.
     *
     * <p>Length: 1 to 1 characters. CloudFormation property {@code QuoteCharacter}.
     */
    public Csv quoteCharacter(String value) {
      return set("QuoteCharacter", Value.of(value));
    }

    /** Sets {@code QuoteCharacter} to this value; see {@link #quoteCharacter(String)}. */
    public Csv quoteCharacter(Value<String> value) {
      return set("QuoteCharacter", value);
    }

    /**
     * The path to the field in the log event that has the comma separated values to be parsed. If
     * you omit this value, the whole log message is processed.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Source}.
     */
    public Csv source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public Csv source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This processor converts a datetime string into a format that you specify.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-datetimeConverter">datetimeConverter</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.DateTimeConverter}.
   */
  public static final class DateTimeConverter extends Struct<DateTimeConverter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.DateTimeConverter")
        .required("MatchPatterns", "Source", "Target")
        .constrain("Locale", Constraint.of().minLength(1))
        .constrain("MatchPatterns", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("SourceTimezone", Constraint.of().minLength(1))
        .constrain("Target", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("TargetFormat", Constraint.of().minLength(1).maxLength(64))
        .constrain("TargetTimezone", Constraint.of().minLength(1))
        .build();

    public DateTimeConverter() {
      super(SCHEMA);
    }

    /**
     * The locale of the source field. If you omit this, the default of <code>locale.ROOT</code> is
     * used.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Locale}.
     */
    public DateTimeConverter locale(String value) {
      return set("Locale", Value.of(value));
    }

    /** Sets {@code Locale} to this value; see {@link #locale(String)}. */
    public DateTimeConverter locale(Value<String> value) {
      return set("Locale", value);
    }

    /**
     * A list of patterns to match against the <code>source</code> field.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code MatchPatterns}.
     */
    public DateTimeConverter matchPatterns(List<String> value) {
      return set("MatchPatterns", Value.listOf(value));
    }

    /** Sets {@code MatchPatterns} to this value; see {@link #matchPatterns(List)}. */
    public DateTimeConverter matchPatterns(Value<List<String>> value) {
      return set("MatchPatterns", value);
    }

    /**
     * The key to apply the date conversion to.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Source}.
     */
    public DateTimeConverter source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public DateTimeConverter source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The time zone of the source field. If you omit this, the default used is the UTC zone.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code SourceTimezone}.
     */
    public DateTimeConverter sourceTimezone(String value) {
      return set("SourceTimezone", Value.of(value));
    }

    /** Sets {@code SourceTimezone} to this value; see {@link #sourceTimezone(String)}. */
    public DateTimeConverter sourceTimezone(Value<String> value) {
      return set("SourceTimezone", value);
    }

    /**
     * The JSON field to store the result in.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Target}.
     */
    public DateTimeConverter target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public DateTimeConverter target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * The datetime format to use for the converted data in the target field.
     *
     * <p>If you omit this, the default of <code>yyyy-MM-dd'T'HH:mm:ss.SSS'Z</code> is used.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code TargetFormat}.
     */
    public DateTimeConverter targetFormat(String value) {
      return set("TargetFormat", Value.of(value));
    }

    /** Sets {@code TargetFormat} to this value; see {@link #targetFormat(String)}. */
    public DateTimeConverter targetFormat(Value<String> value) {
      return set("TargetFormat", value);
    }

    /**
     * The time zone of the target field. If you omit this, the default used is the UTC zone.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code TargetTimezone}.
     */
    public DateTimeConverter targetTimezone(String value) {
      return set("TargetTimezone", Value.of(value));
    }

    /** Sets {@code TargetTimezone} to this value; see {@link #targetTimezone(String)}. */
    public DateTimeConverter targetTimezone(Value<String> value) {
      return set("TargetTimezone", value);
    }
  }

  /**
   * This processor deletes entries from a log event. These entries are key-value pairs.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-deleteKeys">deleteKeys</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.DeleteKeys}.
   */
  public static final class DeleteKeys extends Struct<DeleteKeys> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.DeleteKeys")
        .required("WithKeys")
        .constrain("WithKeys", Constraint.of().minLength(1).maxLength(128))
        .build();

    public DeleteKeys() {
      super(SCHEMA);
    }

    /**
     * The list of keys to delete.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code WithKeys}.
     */
    public DeleteKeys withKeys(List<String> value) {
      return set("WithKeys", Value.listOf(value));
    }

    /** Sets {@code WithKeys} to this value; see {@link #withKeys(List)}. */
    public DeleteKeys withKeys(Value<List<String>> value) {
      return set("WithKeys", value);
    }
  }

  /**
   * This processor uses pattern matching to parse and structure unstructured data. This processor
   * can also extract fields from log messages.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-Grok">grok</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.Grok}.
   */
  public static final class Grok extends Struct<Grok> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.Grok")
        .required("Match")
        .constrain("Match", Constraint.of().minLength(1).maxLength(512))
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public Grok() {
      super(SCHEMA);
    }

    /**
     * The grok pattern to match against the log event. For a list of supported grok patterns, see
     * <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#Grok-Patterns">Supported
     * grok patterns</a> .
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code Match}.
     */
    public Grok match(String value) {
      return set("Match", Value.of(value));
    }

    /** Sets {@code Match} to this value; see {@link #match(String)}. */
    public Grok match(Value<String> value) {
      return set("Match", value);
    }

    /**
     * The path to the field in the log event that you want to parse. If you omit this value, the
     * whole log message is parsed.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public Grok source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public Grok source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This processor takes a list of objects that contain key fields, and converts them into a map of
   * target keys.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-listToMap">listToMap</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.ListToMap}.
   */
  public static final class ListToMap extends Struct<ListToMap> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ListToMap")
        .required("Key", "Source")
        .allowed("FlattenedElement", "first", "last")
        .constrain("Key", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Target", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("ValueKey", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ListToMap() {
      super(SCHEMA);
    }

    /**
     * A Boolean value to indicate whether the list will be flattened into single items. Specify
     * <code>true</code> to flatten the list. The default is <code>false</code>
     *
     * <p>CloudFormation property {@code Flatten}.
     */
    public ListToMap flatten(boolean value) {
      return set("Flatten", Value.of(value));
    }

    /** Sets {@code Flatten} to this value; see {@link #flatten(boolean)}. */
    public ListToMap flatten(Value<Boolean> value) {
      return set("Flatten", value);
    }

    /**
     * If you set <code>flatten</code> to <code>true</code> , use <code>flattenedElement</code> to
     * specify which element, <code>first</code> or <code>last</code> , to keep.
     *
     * <p>You must specify this parameter if <code>flatten</code> is <code>true</code>
     *
     * <p>Allowed values: {@code first}, {@code last}. CloudFormation property {@code
     * FlattenedElement}.
     */
    public ListToMap flattenedElement(String value) {
      return set("FlattenedElement", Value.of(value));
    }

    /** Sets {@code FlattenedElement} to this value; see {@link #flattenedElement(String)}. */
    public ListToMap flattenedElement(Value<String> value) {
      return set("FlattenedElement", value);
    }

    /**
     * The key of the field to be extracted as keys in the generated map
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Key}.
     */
    public ListToMap key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ListToMap key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The key in the log event that has a list of objects that will be converted to a map.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Source}.
     */
    public ListToMap source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ListToMap source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The key of the field that will hold the generated map
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Target}.
     */
    public ListToMap target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public ListToMap target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * If this is specified, the values that you specify in this parameter will be extracted from
     * the <code>source</code> objects and put into the values of the generated map. Otherwise,
     * original objects in the source list will be put into the values of the generated map.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code ValueKey}.
     */
    public ListToMap valueKey(String value) {
      return set("ValueKey", Value.of(value));
    }

    /** Sets {@code ValueKey} to this value; see {@link #valueKey(String)}. */
    public ListToMap valueKey(Value<String> value) {
      return set("ValueKey", value);
    }
  }

  /**
   * This processor converts a string to lowercase.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-lowerCaseString">lowerCaseString</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.LowerCaseString}.
   */
  public static final class LowerCaseString extends Struct<LowerCaseString> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.LowerCaseString")
        .required("WithKeys")
        .constrain("WithKeys", Constraint.of().minLength(1).maxLength(128))
        .build();

    public LowerCaseString() {
      super(SCHEMA);
    }

    /**
     * The array caontaining the keys of the fields to convert to lowercase.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code WithKeys}.
     */
    public LowerCaseString withKeys(List<String> value) {
      return set("WithKeys", Value.listOf(value));
    }

    /** Sets {@code WithKeys} to this value; see {@link #withKeys(List)}. */
    public LowerCaseString withKeys(Value<List<String>> value) {
      return set("WithKeys", value);
    }
  }

  /**
   * This object defines one key that will be moved with the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKey">moveKey</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.MoveKeyEntry}.
   */
  public static final class MoveKeyEntry extends Struct<MoveKeyEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.MoveKeyEntry")
        .required("Source", "Target")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Target", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public MoveKeyEntry() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to overwrite the value if the destination key already exists. If you omit
     * this, the default is <code>false</code> .
     *
     * <p>CloudFormation property {@code OverwriteIfExists}.
     */
    public MoveKeyEntry overwriteIfExists(boolean value) {
      return set("OverwriteIfExists", Value.of(value));
    }

    /** Sets {@code OverwriteIfExists} to this value; see {@link #overwriteIfExists(boolean)}. */
    public MoveKeyEntry overwriteIfExists(Value<Boolean> value) {
      return set("OverwriteIfExists", value);
    }

    /**
     * The key to move.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Source}.
     */
    public MoveKeyEntry source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public MoveKeyEntry source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The key to move to.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Target}.
     */
    public MoveKeyEntry target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public MoveKeyEntry target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * This processor moves a key from one field to another. The original key is deleted.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-moveKeys">moveKeys</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.MoveKeys}.
   */
  public static final class MoveKeys extends Struct<MoveKeys> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.MoveKeys")
        .required("Entries")
        .build();

    public MoveKeys() {
      super(SCHEMA);
    }

    /**
     * An array of objects, where each object contains the information about one key to move.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public MoveKeys entries(List<MoveKeyEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public MoveKeys entries(Value<List<MoveKeyEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public MoveKeys entries(MoveKeyEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * This processor parses CloudFront vended logs, extract fields, and convert them into JSON
   * format. Encoded field values are decoded. Values that are integers and doubles are treated as
   * such. For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseCloudfront">parseCloudfront</a>
   *
   * <p>For more information about CloudFront log format, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html">Configure
   * and use standard logs (access logs)</a> .
   *
   * <p>If you use this processor, it must be the first processor in your transformer.
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseCloudfront}.
   */
  public static final class ParseCloudfront extends Struct<ParseCloudfront> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseCloudfront")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParseCloudfront() {
      super(SCHEMA);
    }

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than <code>&#64;message</code> is allowed for <code>source</code> .
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParseCloudfront source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseCloudfront source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This processor parses log events that are in JSON format. It can extract JSON key-value pairs
   * and place them under a destination that you specify.
   *
   * <p>Additionally, because you must have at least one parse-type processor in a transformer, you
   * can use <code>ParseJSON</code> as that processor for JSON-format logs, so that you can also
   * apply other processors, such as mutate processors, to these logs.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseJSON">parseJSON</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseJSON}.
   */
  public static final class ParseJSON extends Struct<ParseJSON> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseJSON")
        .constrain("Destination", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().minLength(1).maxLength(128))
        .build();

    public ParseJSON() {
      super(SCHEMA);
    }

    /**
     * The location to put the parsed key value pair into. If you omit this parameter, it is placed
     * under the root node.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Destination}.
     */
    public ParseJSON destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public ParseJSON destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Path to the field in the log event that will be parsed. Use dot notation to access child
     * fields. For example, <code>store.book</code>
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Source}.
     */
    public ParseJSON source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseJSON source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This processor parses a specified field in the original log event into key-value pairs.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseKeyValue">parseKeyValue</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseKeyValue}.
   */
  public static final class ParseKeyValue extends Struct<ParseKeyValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseKeyValue")
        .constrain("Destination", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("FieldDelimiter", Constraint.of().minLength(1).maxLength(128))
        .constrain("KeyPrefix", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("KeyValueDelimiter", Constraint.of().minLength(1).maxLength(128))
        .constrain("NonMatchValue", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParseKeyValue() {
      super(SCHEMA);
    }

    /**
     * The destination field to put the extracted key-value pairs into
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Destination}.
     */
    public ParseKeyValue destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public ParseKeyValue destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * The field delimiter string that is used between key-value pairs in the original log events.
     * If you omit this, the ampersand <code>&amp;</code> character is used.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code FieldDelimiter}.
     */
    public ParseKeyValue fieldDelimiter(String value) {
      return set("FieldDelimiter", Value.of(value));
    }

    /** Sets {@code FieldDelimiter} to this value; see {@link #fieldDelimiter(String)}. */
    public ParseKeyValue fieldDelimiter(Value<String> value) {
      return set("FieldDelimiter", value);
    }

    /**
     * If you want to add a prefix to all transformed keys, specify it here.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code KeyPrefix}.
     */
    public ParseKeyValue keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public ParseKeyValue keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }

    /**
     * The delimiter string to use between the key and value in each pair in the transformed log
     * event.
     *
     * <p>If you omit this, the equal <code>=</code> character is used.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code KeyValueDelimiter}.
     */
    public ParseKeyValue keyValueDelimiter(String value) {
      return set("KeyValueDelimiter", Value.of(value));
    }

    /** Sets {@code KeyValueDelimiter} to this value; see {@link #keyValueDelimiter(String)}. */
    public ParseKeyValue keyValueDelimiter(Value<String> value) {
      return set("KeyValueDelimiter", value);
    }

    /**
     * A value to insert into the value field in the result, when a key-value pair is not
     * successfully split.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code NonMatchValue}.
     */
    public ParseKeyValue nonMatchValue(String value) {
      return set("NonMatchValue", Value.of(value));
    }

    /** Sets {@code NonMatchValue} to this value; see {@link #nonMatchValue(String)}. */
    public ParseKeyValue nonMatchValue(Value<String> value) {
      return set("NonMatchValue", value);
    }

    /**
     * Specifies whether to overwrite the value if the destination key already exists. If you omit
     * this, the default is <code>false</code> .
     *
     * <p>CloudFormation property {@code OverwriteIfExists}.
     */
    public ParseKeyValue overwriteIfExists(boolean value) {
      return set("OverwriteIfExists", Value.of(value));
    }

    /** Sets {@code OverwriteIfExists} to this value; see {@link #overwriteIfExists(boolean)}. */
    public ParseKeyValue overwriteIfExists(Value<Boolean> value) {
      return set("OverwriteIfExists", value);
    }

    /**
     * Path to the field in the log event that will be parsed. Use dot notation to access child
     * fields. For example, <code>store.book</code>
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParseKeyValue source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseKeyValue source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * Use this processor to parse RDS for PostgreSQL vended logs, extract fields, and and convert
   * them into a JSON format. This processor always processes the entire log event message. For more
   * information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parsePostGres">parsePostGres</a>
   * .
   *
   * <p>For more information about RDS for PostgreSQL log format, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html#USER_LogAccess.Concepts.PostgreSQL.Log_Format.log-line-prefix">RDS
   * for PostgreSQL database log filesTCP flag sequence</a> .
   *
   * <p>If you use this processor, it must be the first processor in your transformer.
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParsePostgres}.
   */
  public static final class ParsePostgres extends Struct<ParsePostgres> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParsePostgres")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParsePostgres() {
      super(SCHEMA);
    }

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than <code>&#64;message</code> is allowed for <code>source</code> .
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParsePostgres source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParsePostgres source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * Use this processor to parse Route 53 vended logs, extract fields, and and convert them into a
   * JSON format. This processor always processes the entire log event message. For more information
   * about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseRoute53">parseRoute53</a>
   * .
   *
   * <p>If you use this processor, it must be the first processor in your transformer.
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseRoute53}.
   */
  public static final class ParseRoute53 extends Struct<ParseRoute53> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseRoute53")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParseRoute53() {
      super(SCHEMA);
    }

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than <code>&#64;message</code> is allowed for <code>source</code> .
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParseRoute53 source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseRoute53 source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This processor converts logs into <a href="https://docs.aws.amazon.com/https://ocsf.io">Open
   * Cybersecurity Schema Framework (OCSF)</a> events.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseToOCSF">parseToOCSF</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseToOCSF}.
   */
  public static final class ParseToOCSF extends Struct<ParseToOCSF> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseToOCSF")
        .required("EventSource", "OcsfVersion")
        .allowed("EventSource", "CloudTrail", "Route53Resolver", "VPCFlow", "EKSAudit", "AWSWAF")
        .constrain("MappingVersion", Constraint.of().pattern("^v\\d+\\.\\d+(\\.\\d+)?$").minLength(1).maxLength(10))
        .allowed("OcsfVersion", "V1.1", "V1.5")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParseToOCSF() {
      super(SCHEMA);
    }

    /**
     * Specify the service or process that produces the log events that will be converted with this
     * processor.
     *
     * <p>Required. Allowed values: {@code CloudTrail}, {@code Route53Resolver}, {@code VPCFlow},
     * {@code EKSAudit}, {@code AWSWAF}. CloudFormation property {@code EventSource}.
     */
    public ParseToOCSF eventSource(String value) {
      return set("EventSource", Value.of(value));
    }

    /** Sets {@code EventSource} to this value; see {@link #eventSource(String)}. */
    public ParseToOCSF eventSource(Value<String> value) {
      return set("EventSource", value);
    }

    /**
     * The version of the OCSF mapping to use for parsing log data.
     *
     * <p>Length: 1 to 10 characters. Pattern: {@code ^v&#92;d+&#92;.&#92;d+(&#92;.&#92;d+)?$}.
     * CloudFormation property {@code MappingVersion}.
     */
    public ParseToOCSF mappingVersion(String value) {
      return set("MappingVersion", Value.of(value));
    }

    /** Sets {@code MappingVersion} to this value; see {@link #mappingVersion(String)}. */
    public ParseToOCSF mappingVersion(Value<String> value) {
      return set("MappingVersion", value);
    }

    /**
     * Specify which version of the OCSF schema to use for the transformed log events.
     *
     * <p>Required. Allowed values: {@code V1.1}, {@code V1.5}. CloudFormation property {@code
     * OcsfVersion}.
     */
    public ParseToOCSF ocsfVersion(String value) {
      return set("OcsfVersion", Value.of(value));
    }

    /** Sets {@code OcsfVersion} to this value; see {@link #ocsfVersion(String)}. */
    public ParseToOCSF ocsfVersion(Value<String> value) {
      return set("OcsfVersion", value);
    }

    /**
     * The path to the field in the log event that you want to parse. If you omit this value, the
     * whole log message is parsed.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParseToOCSF source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseToOCSF source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * Use this processor to parse Amazon VPC vended logs, extract fields, and and convert them into a
   * JSON format. This processor always processes the entire log event message.
   *
   * <p>This processor doesn't support custom log formats, such as NAT gateway logs. For more
   * information about custom log formats in Amazon VPC, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html#flow-log-example-tcp-flag">parseVPC</a>
   * For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseVPC">parseVPC</a>
   * .
   *
   * <p>If you use this processor, it must be the first processor in your transformer.
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseVPC}.
   */
  public static final class ParseVPC extends Struct<ParseVPC> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseVPC")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParseVPC() {
      super(SCHEMA);
    }

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than <code>&#64;message</code> is allowed for <code>source</code> .
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParseVPC source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseVPC source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * Use this processor to parse AWS WAF vended logs, extract fields, and and convert them into a
   * JSON format. This processor always processes the entire log event message. For more information
   * about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parsePostGres">parseWAF</a>
   * .
   *
   * <p>For more information about AWS WAF log format, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging-examples.html">Log examples
   * for web ACL traffic</a> .
   *
   * <p>If you use this processor, it must be the first processor in your transformer.
   *
   * <p>Property type {@code AWS::Logs::Transformer.ParseWAF}.
   */
  public static final class ParseWAF extends Struct<ParseWAF> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.ParseWAF")
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public ParseWAF() {
      super(SCHEMA);
    }

    /**
     * Omit this parameter and the whole log message will be processed by this processor. No other
     * value than <code>&#64;message</code> is allowed for <code>source</code> .
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation property
     * {@code Source}.
     */
    public ParseWAF source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ParseWAF source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This structure contains the information about one processor in a log transformer.
   *
   * <p>Property type {@code AWS::Logs::Transformer.Processor}.
   */
  public static final class Processor extends Struct<Processor> {
    private static final Schema SCHEMA = Schema.of("AWS::Logs::Transformer.Processor");

    public Processor() {
      super(SCHEMA);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKeys">addKeys</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code AddKeys}.
     */
    public Processor addKeys(Value<AddKeys> value) {
      return set("AddKeys", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-copyValue">copyValue</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code CopyValue}.
     */
    public Processor copyValue(Value<CopyValue> value) {
      return set("CopyValue", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-CSV">CSV</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code Csv}.
     */
    public Processor csv(Value<Csv> value) {
      return set("Csv", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-datetimeConverter">datetimeConverter</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code DateTimeConverter}.
     */
    public Processor dateTimeConverter(Value<DateTimeConverter> value) {
      return set("DateTimeConverter", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-deleteKeys">deleteKeys</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code DeleteKeys}.
     */
    public Processor deleteKeys(Value<DeleteKeys> value) {
      return set("DeleteKeys", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-grok">grok</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code Grok}.
     */
    public Processor grok(Value<Grok> value) {
      return set("Grok", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-listToMap">listToMap</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code ListToMap}.
     */
    public Processor listToMap(Value<ListToMap> value) {
      return set("ListToMap", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-lowerCaseString">lowerCaseString</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code LowerCaseString}.
     */
    public Processor lowerCaseString(Value<LowerCaseString> value) {
      return set("LowerCaseString", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-moveKeys">moveKeys</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code MoveKeys}.
     */
    public Processor moveKeys(Value<MoveKeys> value) {
      return set("MoveKeys", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseCloudfront">parseCloudfront</a>
     * processor in your transformer.
     *
     * <p>If you use this processor, it must be the first processor in your transformer.
     *
     * <p>CloudFormation property {@code ParseCloudfront}.
     */
    public Processor parseCloudfront(Value<ParseCloudfront> value) {
      return set("ParseCloudfront", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseJSON">parseJSON</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code ParseJSON}.
     */
    public Processor parseJSON(Value<ParseJSON> value) {
      return set("ParseJSON", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseKeyValue">parseKeyValue</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code ParseKeyValue}.
     */
    public Processor parseKeyValue(Value<ParseKeyValue> value) {
      return set("ParseKeyValue", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres">parsePostGres</a>
     * processor in your transformer.
     *
     * <p>If you use this processor, it must be the first processor in your transformer.
     *
     * <p>CloudFormation property {@code ParsePostgres}.
     */
    public Processor parsePostgres(Value<ParsePostgres> value) {
      return set("ParsePostgres", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseRoute53">parseRoute53</a>
     * processor in your transformer.
     *
     * <p>If you use this processor, it must be the first processor in your transformer.
     *
     * <p>CloudFormation property {@code ParseRoute53}.
     */
    public Processor parseRoute53(Value<ParseRoute53> value) {
      return set("ParseRoute53", value);
    }

    /**
     * Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format.
     *
     * <p>CloudFormation property {@code ParseToOCSF}.
     */
    public Processor parseToOCSF(Value<ParseToOCSF> value) {
      return set("ParseToOCSF", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-parseVPC">parseVPC</a>
     * processor in your transformer.
     *
     * <p>If you use this processor, it must be the first processor in your transformer.
     *
     * <p>CloudFormation property {@code ParseVPC}.
     */
    public Processor parseVPC(Value<ParseVPC> value) {
      return set("ParseVPC", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseWAF">parseWAF</a>
     * processor in your transformer.
     *
     * <p>If you use this processor, it must be the first processor in your transformer.
     *
     * <p>CloudFormation property {@code ParseWAF}.
     */
    public Processor parseWAF(Value<ParseWAF> value) {
      return set("ParseWAF", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKeys">renameKeys</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code RenameKeys}.
     */
    public Processor renameKeys(Value<RenameKeys> value) {
      return set("RenameKeys", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-splitString">splitString</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code SplitString}.
     */
    public Processor splitString(Value<SplitString> value) {
      return set("SplitString", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-substituteString">substituteString</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code SubstituteString}.
     */
    public Processor substituteString(Value<SubstituteString> value) {
      return set("SubstituteString", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-trimString">trimString</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code TrimString}.
     */
    public Processor trimString(Value<TrimString> value) {
      return set("TrimString", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-typeConverter">typeConverter</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code TypeConverter}.
     */
    public Processor typeConverter(Value<TypeConverter> value) {
      return set("TypeConverter", value);
    }

    /**
     * Use this parameter to include the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-upperCaseString">upperCaseString</a>
     * processor in your transformer.
     *
     * <p>CloudFormation property {@code UpperCaseString}.
     */
    public Processor upperCaseString(Value<UpperCaseString> value) {
      return set("UpperCaseString", value);
    }
  }

  /**
   * This object defines one key that will be renamed with the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-renameKey">renameKey</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.RenameKeyEntry}.
   */
  public static final class RenameKeyEntry extends Struct<RenameKeyEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.RenameKeyEntry")
        .required("Key", "RenameTo")
        .constrain("Key", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("RenameTo", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public RenameKeyEntry() {
      super(SCHEMA);
    }

    /**
     * The key to rename
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Key}.
     */
    public RenameKeyEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public RenameKeyEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Specifies whether to overwrite the existing value if the destination key already exists. The
     * default is <code>false</code>
     *
     * <p>CloudFormation property {@code OverwriteIfExists}.
     */
    public RenameKeyEntry overwriteIfExists(boolean value) {
      return set("OverwriteIfExists", Value.of(value));
    }

    /** Sets {@code OverwriteIfExists} to this value; see {@link #overwriteIfExists(boolean)}. */
    public RenameKeyEntry overwriteIfExists(Value<Boolean> value) {
      return set("OverwriteIfExists", value);
    }

    /**
     * The string to use for the new key name
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code RenameTo}.
     */
    public RenameKeyEntry renameTo(String value) {
      return set("RenameTo", Value.of(value));
    }

    /** Sets {@code RenameTo} to this value; see {@link #renameTo(String)}. */
    public RenameKeyEntry renameTo(Value<String> value) {
      return set("RenameTo", value);
    }
  }

  /**
   * Use this processor to rename keys in a log event.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-renameKeys">renameKeys</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.RenameKeys}.
   */
  public static final class RenameKeys extends Struct<RenameKeys> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.RenameKeys")
        .required("Entries")
        .build();

    public RenameKeys() {
      super(SCHEMA);
    }

    /**
     * An array of <code>RenameKeyEntry</code> objects, where each object contains the information
     * about a single key to rename.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public RenameKeys entries(List<RenameKeyEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public RenameKeys entries(Value<List<RenameKeyEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public RenameKeys entries(RenameKeyEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * Use this processor to split a field into an array of strings using a delimiting character.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-splitString">splitString</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.SplitString}.
   */
  public static final class SplitString extends Struct<SplitString> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.SplitString")
        .required("Entries")
        .build();

    public SplitString() {
      super(SCHEMA);
    }

    /**
     * An array of <code>SplitStringEntry</code> objects, where each object contains the information
     * about one field to split.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public SplitString entries(List<SplitStringEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public SplitString entries(Value<List<SplitStringEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public SplitString entries(SplitStringEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * This object defines one log field that will be split with the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-splitString">splitString</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.SplitStringEntry}.
   */
  public static final class SplitStringEntry extends Struct<SplitStringEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.SplitStringEntry")
        .required("Delimiter", "Source")
        .constrain("Delimiter", Constraint.of().minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .build();

    public SplitStringEntry() {
      super(SCHEMA);
    }

    /**
     * The separator characters to split the string entry on.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Delimiter}.
     */
    public SplitStringEntry delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public SplitStringEntry delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * The key of the field to split.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Source}.
     */
    public SplitStringEntry source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public SplitStringEntry source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * This processor matches a key’s value against a regular expression and replaces all matches with
   * a replacement string.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-substituteString">substituteString</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.SubstituteString}.
   */
  public static final class SubstituteString extends Struct<SubstituteString> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.SubstituteString")
        .required("Entries")
        .build();

    public SubstituteString() {
      super(SCHEMA);
    }

    /**
     * An array of objects, where each object contains the information about one key to match and
     * replace.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public SubstituteString entries(List<SubstituteStringEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public SubstituteString entries(Value<List<SubstituteStringEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public SubstituteString entries(SubstituteStringEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * This object defines one log field key that will be replaced using the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-substituteString">substituteString</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.SubstituteStringEntry}.
   */
  public static final class SubstituteStringEntry extends Struct<SubstituteStringEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.SubstituteStringEntry")
        .required("From", "Source", "To")
        .constrain("From", Constraint.of().minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .constrain("To", Constraint.of().minLength(1).maxLength(128))
        .build();

    public SubstituteStringEntry() {
      super(SCHEMA);
    }

    /**
     * The regular expression string to be replaced. Special regex characters such as [ and ] must
     * be escaped using &#92;&#92; when using double quotes and with &#92; when using single quotes.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html">Class
     * Pattern</a> on the Oracle web site.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code From}.
     */
    public SubstituteStringEntry from(String value) {
      return set("From", Value.of(value));
    }

    /** Sets {@code From} to this value; see {@link #from(String)}. */
    public SubstituteStringEntry from(Value<String> value) {
      return set("From", value);
    }

    /**
     * The key to modify
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Source}.
     */
    public SubstituteStringEntry source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public SubstituteStringEntry source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The string to be substituted for each match of <code>from</code>
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code To}.
     */
    public SubstituteStringEntry to(String value) {
      return set("To", Value.of(value));
    }

    /** Sets {@code To} to this value; see {@link #to(String)}. */
    public SubstituteStringEntry to(Value<String> value) {
      return set("To", value);
    }
  }

  /**
   * Use this processor to remove leading and trailing whitespace.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-trimString">trimString</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.TrimString}.
   */
  public static final class TrimString extends Struct<TrimString> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.TrimString")
        .required("WithKeys")
        .constrain("WithKeys", Constraint.of().minLength(1).maxLength(128))
        .build();

    public TrimString() {
      super(SCHEMA);
    }

    /**
     * The array containing the keys of the fields to trim.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code WithKeys}.
     */
    public TrimString withKeys(List<String> value) {
      return set("WithKeys", Value.listOf(value));
    }

    /** Sets {@code WithKeys} to this value; see {@link #withKeys(List)}. */
    public TrimString withKeys(Value<List<String>> value) {
      return set("WithKeys", value);
    }
  }

  /**
   * Use this processor to convert a value type associated with the specified key to the specified
   * type. It's a casting processor that changes the types of the specified fields. Values can be
   * converted into one of the following datatypes: <code>integer</code> , <code>double</code> ,
   * <code>string</code> and <code>boolean</code> .
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-trimString">trimString</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.TypeConverter}.
   */
  public static final class TypeConverter extends Struct<TypeConverter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.TypeConverter")
        .required("Entries")
        .build();

    public TypeConverter() {
      super(SCHEMA);
    }

    /**
     * An array of <code>TypeConverterEntry</code> objects, where each object contains the
     * information about one field to change the type of.
     *
     * <p>Required. CloudFormation property {@code Entries}.
     */
    public TypeConverter entries(List<TypeConverterEntry> value) {
      return set("Entries", Value.listOf(value));
    }

    /** Sets {@code Entries} to this value; see {@link #entries(List)}. */
    public TypeConverter entries(Value<List<TypeConverterEntry>> value) {
      return set("Entries", value);
    }

    /** Sets {@code Entries} to a list of these; see {@link #entries(List)}. */
    public TypeConverter entries(TypeConverterEntry... values) {
      return set("Entries", Value.list(values));
    }
  }

  /**
   * This object defines one value type that will be converted using the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-typeConverter">typeConverter</a>
   * processor.
   *
   * <p>Property type {@code AWS::Logs::Transformer.TypeConverterEntry}.
   */
  public static final class TypeConverterEntry extends Struct<TypeConverterEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.TypeConverterEntry")
        .required("Key", "Type")
        .constrain("Key", Constraint.of().pattern("^.*[a-zA-Z0-9]+.*$").minLength(1).maxLength(128))
        .allowed("Type", "boolean", "integer", "double", "string")
        .build();

    public TypeConverterEntry() {
      super(SCHEMA);
    }

    /**
     * The key with the value that is to be converted to a different type.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^.*[a-zA-Z0-9]+.*$}. CloudFormation
     * property {@code Key}.
     */
    public TypeConverterEntry key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TypeConverterEntry key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The type to convert the field value to. Valid values are <code>integer</code> ,
     * <code>double</code> , <code>string</code> and <code>boolean</code> .
     *
     * <p>Required. Allowed values: {@code boolean}, {@code integer}, {@code double}, {@code
     * string}. CloudFormation property {@code Type}.
     */
    public TypeConverterEntry type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TypeConverterEntry type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * This processor converts a string field to uppercase.
   *
   * <p>For more information about this processor including examples, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Processors.html#CloudWatch-Logs-Transformation-upperCaseString">upperCaseString</a>
   * in the <em>CloudWatch Logs User Guide</em> .
   *
   * <p>Property type {@code AWS::Logs::Transformer.UpperCaseString}.
   */
  public static final class UpperCaseString extends Struct<UpperCaseString> {
    private static final Schema SCHEMA = Schema.builder("AWS::Logs::Transformer.UpperCaseString")
        .required("WithKeys")
        .constrain("WithKeys", Constraint.of().minLength(1).maxLength(128))
        .build();

    public UpperCaseString() {
      super(SCHEMA);
    }

    /**
     * The array of containing the keys of the field to convert to uppercase.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code WithKeys}.
     */
    public UpperCaseString withKeys(List<String> value) {
      return set("WithKeys", Value.listOf(value));
    }

    /** Sets {@code WithKeys} to this value; see {@link #withKeys(List)}. */
    public UpperCaseString withKeys(Value<List<String>> value) {
      return set("WithKeys", value);
    }
  }
}
