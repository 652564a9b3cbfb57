// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Glue::Classifier</code> resource creates an AWS Glue classifier that categorizes
 * data sources and specifies schemas. For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/add-classifier.html">Adding Classifiers to a
 * Crawler</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-classifiers.html#aws-glue-api-crawler-classifiers-Classifier">Classifier
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Classifier}.
 */
public final class Classifier extends Resource<Classifier> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Classifier")
      .refYields("Name")
      .attributes("Name")
      .build();

  public Classifier(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A classifier for comma-separated values (CSV).
   *
   * <p>CloudFormation property {@code CsvClassifier}.
   */
  public Classifier csvClassifier(Value<CsvClassifier> value) {
    return set("CsvClassifier", value);
  }

  /**
   * A classifier that uses <code>grok</code> .
   *
   * <p>CloudFormation property {@code GrokClassifier}.
   */
  public Classifier grokClassifier(Value<GrokClassifier> value) {
    return set("GrokClassifier", value);
  }

  /**
   * A classifier for JSON content.
   *
   * <p>CloudFormation property {@code JsonClassifier}.
   */
  public Classifier jsonClassifier(Value<JsonClassifier> value) {
    return set("JsonClassifier", value);
  }

  /**
   * A classifier for XML content.
   *
   * <p>CloudFormation property {@code XMLClassifier}.
   */
  public Classifier xmlClassifier(Value<XMLClassifier> value) {
    return set("XMLClassifier", value);
  }

  /**
   * One of XMLClassifier/Name, GrokClassifier/Name, JsonClassifier/Name or CsvClassifier/Name
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * A classifier for custom <code>CSV</code> content.
   *
   * <p>Property type {@code AWS::Glue::Classifier.CsvClassifier}.
   */
  public static final class CsvClassifier extends Struct<CsvClassifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Classifier.CsvClassifier")
        .allowed("ContainsHeader", "ABSENT", "PRESENT", "UNKNOWN")
        .constrain("Delimiter", Constraint.of().pattern("^[^\\r\\n]$").minLength(1).maxLength(1))
        .constrain("Header", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("QuoteSymbol", Constraint.of().pattern("^[^\\r\\n]$").minLength(1).maxLength(1))
        .build();

    public CsvClassifier() {
      super(SCHEMA);
    }

    /**
     * Enables the processing of files that contain only one column.
     *
     * <p>CloudFormation property {@code AllowSingleColumn}.
     */
    public CsvClassifier allowSingleColumn(boolean value) {
      return set("AllowSingleColumn", Value.of(value));
    }

    /** Sets {@code AllowSingleColumn} to this value; see {@link #allowSingleColumn(boolean)}. */
    public CsvClassifier allowSingleColumn(Value<Boolean> value) {
      return set("AllowSingleColumn", value);
    }

    /**
     * Indicates whether the CSV file contains custom data types.
     *
     * <p>CloudFormation property {@code ContainsCustomDatatype}.
     */
    public CsvClassifier containsCustomDatatype(List<String> value) {
      return set("ContainsCustomDatatype", Value.listOf(value));
    }

    /**
     * Sets {@code ContainsCustomDatatype} to this value; see {@link #containsCustomDatatype(List)}.
     */
    public CsvClassifier containsCustomDatatype(Value<List<String>> value) {
      return set("ContainsCustomDatatype", value);
    }

    /**
     * Indicates whether the CSV file contains a header.
     *
     * <p>A value of <code>UNKNOWN</code> specifies that the classifier will detect whether the CSV
     * file contains headings.
     *
     * <p>A value of <code>PRESENT</code> specifies that the CSV file contains headings.
     *
     * <p>A value of <code>ABSENT</code> specifies that the CSV file does not contain headings.
     *
     * <p>Allowed values: {@code ABSENT}, {@code PRESENT}, {@code UNKNOWN}. CloudFormation property
     * {@code ContainsHeader}.
     */
    public CsvClassifier containsHeader(String value) {
      return set("ContainsHeader", Value.of(value));
    }

    /** Sets {@code ContainsHeader} to this value; see {@link #containsHeader(String)}. */
    public CsvClassifier containsHeader(Value<String> value) {
      return set("ContainsHeader", value);
    }

    /**
     * Enables the configuration of custom data types.
     *
     * <p>CloudFormation property {@code CustomDatatypeConfigured}.
     */
    public CsvClassifier customDatatypeConfigured(boolean value) {
      return set("CustomDatatypeConfigured", Value.of(value));
    }

    /**
     * Sets {@code CustomDatatypeConfigured} to this value; see {@link
     * #customDatatypeConfigured(boolean)}.
     */
    public CsvClassifier customDatatypeConfigured(Value<Boolean> value) {
      return set("CustomDatatypeConfigured", value);
    }

    /**
     * A custom symbol to denote what separates each column entry in the row.
     *
     * <p>Length: 1 to 1 characters. Pattern: {@code ^[^&#92;r&#92;n]$}. CloudFormation property
     * {@code Delimiter}.
     */
    public CsvClassifier delimiter(String value) {
      return set("Delimiter", Value.of(value));
    }

    /** Sets {@code Delimiter} to this value; see {@link #delimiter(String)}. */
    public CsvClassifier delimiter(Value<String> value) {
      return set("Delimiter", value);
    }

    /**
     * Specifies not to trim values before identifying the type of column values. The default value
     * is <code>true</code> .
     *
     * <p>CloudFormation property {@code DisableValueTrimming}.
     */
    public CsvClassifier disableValueTrimming(boolean value) {
      return set("DisableValueTrimming", Value.of(value));
    }

    /**
     * Sets {@code DisableValueTrimming} to this value; see {@link #disableValueTrimming(boolean)}.
     */
    public CsvClassifier disableValueTrimming(Value<Boolean> value) {
      return set("DisableValueTrimming", value);
    }

    /**
     * A list of strings representing column names.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Header}.
     */
    public CsvClassifier header(List<String> value) {
      return set("Header", Value.listOf(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(List)}. */
    public CsvClassifier header(Value<List<String>> value) {
      return set("Header", value);
    }

    /**
     * The name of the classifier.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public CsvClassifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CsvClassifier name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A custom symbol to denote what combines content into a single column value. It must be
     * different from the column delimiter.
     *
     * <p>Length: 1 to 1 characters. Pattern: {@code ^[^&#92;r&#92;n]$}. CloudFormation property
     * {@code QuoteSymbol}.
     */
    public CsvClassifier quoteSymbol(String value) {
      return set("QuoteSymbol", Value.of(value));
    }

    /** Sets {@code QuoteSymbol} to this value; see {@link #quoteSymbol(String)}. */
    public CsvClassifier quoteSymbol(Value<String> value) {
      return set("QuoteSymbol", value);
    }
  }

  /**
   * A classifier that uses <code>grok</code> patterns.
   *
   * <p>Property type {@code AWS::Glue::Classifier.GrokClassifier}.
   */
  public static final class GrokClassifier extends Struct<GrokClassifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Classifier.GrokClassifier")
        .required("Classification", "GrokPattern")
        .constrain("CustomPatterns", Constraint.of().minLength(0).maxLength(16000))
        .constrain("GrokPattern", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public GrokClassifier() {
      super(SCHEMA);
    }

    /**
     * An identifier of the data format that the classifier matches, such as Twitter, JSON, Omniture
     * logs, and so on.
     *
     * <p>Required. CloudFormation property {@code Classification}.
     */
    public GrokClassifier classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public GrokClassifier classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * Optional custom grok patterns defined by this classifier. For more information, see custom
     * patterns in <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/custom-classifier.html">Writing Custom
     * Classifiers</a> .
     *
     * <p>Length: 0 to 16000 characters. CloudFormation property {@code CustomPatterns}.
     */
    public GrokClassifier customPatterns(String value) {
      return set("CustomPatterns", Value.of(value));
    }

    /** Sets {@code CustomPatterns} to this value; see {@link #customPatterns(String)}. */
    public GrokClassifier customPatterns(Value<String> value) {
      return set("CustomPatterns", value);
    }

    /**
     * The grok pattern applied to a data store by this classifier. For more information, see
     * built-in patterns in <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/custom-classifier.html">Writing Custom
     * Classifiers</a> .
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code GrokPattern}.
     */
    public GrokClassifier grokPattern(String value) {
      return set("GrokPattern", Value.of(value));
    }

    /** Sets {@code GrokPattern} to this value; see {@link #grokPattern(String)}. */
    public GrokClassifier grokPattern(Value<String> value) {
      return set("GrokPattern", value);
    }

    /**
     * The name of the classifier.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public GrokClassifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GrokClassifier name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A classifier for <code>JSON</code> content.
   *
   * <p>Property type {@code AWS::Glue::Classifier.JsonClassifier}.
   */
  public static final class JsonClassifier extends Struct<JsonClassifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Classifier.JsonClassifier")
        .required("JsonPath")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public JsonClassifier() {
      super(SCHEMA);
    }

    /**
     * A <code>JsonPath</code> string defining the JSON data for the classifier to classify. AWS
     * Glue supports a subset of <code>JsonPath</code> , as described in <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/custom-classifier.html#custom-classifier-json">Writing
     * JsonPath Custom Classifiers</a> .
     *
     * <p>Required. CloudFormation property {@code JsonPath}.
     */
    public JsonClassifier jsonPath(String value) {
      return set("JsonPath", Value.of(value));
    }

    /** Sets {@code JsonPath} to this value; see {@link #jsonPath(String)}. */
    public JsonClassifier jsonPath(Value<String> value) {
      return set("JsonPath", value);
    }

    /**
     * The name of the classifier.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public JsonClassifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public JsonClassifier name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A classifier for <code>XML</code> content.
   *
   * <p>Property type {@code AWS::Glue::Classifier.XMLClassifier}.
   */
  public static final class XMLClassifier extends Struct<XMLClassifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Classifier.XMLClassifier")
        .required("Classification", "RowTag")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .build();

    public XMLClassifier() {
      super(SCHEMA);
    }

    /**
     * An identifier of the data format that the classifier matches.
     *
     * <p>Required. CloudFormation property {@code Classification}.
     */
    public XMLClassifier classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public XMLClassifier classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * The name of the classifier.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public XMLClassifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public XMLClassifier name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The XML tag designating the element that contains each record in an XML document being
     * parsed. This can't identify a self-closing element (closed by <code>/&gt;</code> ). An empty
     * row element that contains only attributes can be parsed as long as it ends with a closing tag
     * (for example, <code>&lt;row item_a="A" item_b="B"&gt;&lt;/row&gt;</code> is okay, but
     * <code>&lt;row item_a="A" item_b="B" /&gt;</code> is not).
     *
     * <p>Required. CloudFormation property {@code RowTag}.
     */
    public XMLClassifier rowTag(String value) {
      return set("RowTag", Value.of(value));
    }

    /** Sets {@code RowTag} to this value; see {@link #rowTag(String)}. */
    public XMLClassifier rowTag(Value<String> value) {
      return set("RowTag", value);
    }
  }
}
