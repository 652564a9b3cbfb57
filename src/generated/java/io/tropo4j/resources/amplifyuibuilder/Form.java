// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplifyuibuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::AmplifyUIBuilder::Form resource specifies all of the information that is required to
 * create a form.
 *
 * <p>CloudFormation type {@code AWS::AmplifyUIBuilder::Form}.
 */
public final class Form extends Resource<Form> {
  private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form")
      .allowed("FormActionType", "create", "update")
      .allowed("LabelDecorator", "required", "optional", "none")
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .attributes("Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Form(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID of the Amplify app associated with the form.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AppId}.
   */
  public Form appId(String value) {
    return set("AppId", Value.of(value));
  }

  /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
  public Form appId(Value<String> value) {
    return set("AppId", value);
  }

  /**
   * The <code>FormCTA</code> object that stores the call to action configuration for the form.
   *
   * <p>CloudFormation property {@code Cta}.
   */
  public Form cta(Value<FormCTA> value) {
    return set("Cta", value);
  }

  /**
   * The type of data source to use to create the form.
   *
   * <p>CloudFormation property {@code DataType}.
   */
  public Form dataType(Value<FormDataTypeConfig> value) {
    return set("DataType", value);
  }

  /**
   * The name of the backend environment that is a part of the Amplify app.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentName}.
   */
  public Form environmentName(String value) {
    return set("EnvironmentName", Value.of(value));
  }

  /** Sets {@code EnvironmentName} to this value; see {@link #environmentName(String)}. */
  public Form environmentName(Value<String> value) {
    return set("EnvironmentName", value);
  }

  /**
   * The configuration information for the form's fields.
   *
   * <p>CloudFormation property {@code Fields}.
   */
  public Form fields(Map<String, FieldConfig> value) {
    return set("Fields", Value.mapOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(Map)}. */
  public Form fields(Value<Map<String, FieldConfig>> value) {
    return set("Fields", value);
  }

  /**
   * Specifies whether to perform a create or update action on the form.
   *
   * <p>Allowed values: {@code create}, {@code update}. CloudFormation property {@code
   * FormActionType}.
   */
  public Form formActionType(String value) {
    return set("FormActionType", Value.of(value));
  }

  /** Sets {@code FormActionType} to this value; see {@link #formActionType(String)}. */
  public Form formActionType(Value<String> value) {
    return set("FormActionType", value);
  }

  /**
   * Specifies an icon or decoration to display on the form.
   *
   * <p>Allowed values: {@code required}, {@code optional}, {@code none}. CloudFormation property
   * {@code LabelDecorator}.
   */
  public Form labelDecorator(String value) {
    return set("LabelDecorator", Value.of(value));
  }

  /** Sets {@code LabelDecorator} to this value; see {@link #labelDecorator(String)}. */
  public Form labelDecorator(Value<String> value) {
    return set("LabelDecorator", value);
  }

  /**
   * The name of the form.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
   */
  public Form name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Form name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The schema version of the form.
   *
   * <p>CloudFormation property {@code SchemaVersion}.
   */
  public Form schemaVersion(String value) {
    return set("SchemaVersion", Value.of(value));
  }

  /** Sets {@code SchemaVersion} to this value; see {@link #schemaVersion(String)}. */
  public Form schemaVersion(Value<String> value) {
    return set("SchemaVersion", value);
  }

  /**
   * The configuration information for the visual helper elements for the form. These elements are
   * not associated with any data.
   *
   * <p>CloudFormation property {@code SectionalElements}.
   */
  public Form sectionalElements(Map<String, SectionalElement> value) {
    return set("SectionalElements", Value.mapOf(value));
  }

  /** Sets {@code SectionalElements} to this value; see {@link #sectionalElements(Map)}. */
  public Form sectionalElements(Value<Map<String, SectionalElement>> value) {
    return set("SectionalElements", value);
  }

  /**
   * The configuration for the form's style.
   *
   * <p>CloudFormation property {@code Style}.
   */
  public Form style(Value<FormStyle> value) {
    return set("Style", value);
  }

  /**
   * One or more key-value pairs to use when tagging the form data.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Form tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Form tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Form tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The ID for the form.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>FieldConfig</code> property specifies the configuration information for a field in a
   * table.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FieldConfig}.
   */
  public static final class FieldConfig extends Struct<FieldConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FieldConfig");

    public FieldConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to hide a field.
     *
     * <p>CloudFormation property {@code Excluded}.
     */
    public FieldConfig excluded(boolean value) {
      return set("Excluded", Value.of(value));
    }

    /** Sets {@code Excluded} to this value; see {@link #excluded(boolean)}. */
    public FieldConfig excluded(Value<Boolean> value) {
      return set("Excluded", value);
    }

    /**
     * Describes the configuration for the default input value to display for a field.
     *
     * <p>CloudFormation property {@code InputType}.
     */
    public FieldConfig inputType(Value<FieldInputConfig> value) {
      return set("InputType", value);
    }

    /**
     * The label for the field.
     *
     * <p>CloudFormation property {@code Label}.
     */
    public FieldConfig label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public FieldConfig label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * Specifies the field position.
     *
     * <p>CloudFormation property {@code Position}.
     */
    public FieldConfig position(Value<FieldPosition> value) {
      return set("Position", value);
    }

    /**
     * The validations to perform on the value in the field.
     *
     * <p>CloudFormation property {@code Validations}.
     */
    public FieldConfig validations(List<FieldValidationConfiguration> value) {
      return set("Validations", Value.listOf(value));
    }

    /** Sets {@code Validations} to this value; see {@link #validations(List)}. */
    public FieldConfig validations(Value<List<FieldValidationConfiguration>> value) {
      return set("Validations", value);
    }

    /** Sets {@code Validations} to a list of these; see {@link #validations(List)}. */
    public FieldConfig validations(FieldValidationConfiguration... values) {
      return set("Validations", Value.list(values));
    }
  }

  /**
   * The <code>FieldInputConfig</code> property specifies the configuration for the default input
   * values to display for a field.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FieldInputConfig}.
   */
  public static final class FieldInputConfig extends Struct<FieldInputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FieldInputConfig")
        .required("Type")
        .build();

    public FieldInputConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies whether a field has a default value.
     *
     * <p>CloudFormation property {@code DefaultChecked}.
     */
    public FieldInputConfig defaultChecked(boolean value) {
      return set("DefaultChecked", Value.of(value));
    }

    /** Sets {@code DefaultChecked} to this value; see {@link #defaultChecked(boolean)}. */
    public FieldInputConfig defaultChecked(Value<Boolean> value) {
      return set("DefaultChecked", value);
    }

    /**
     * The default country code for a phone number.
     *
     * <p>CloudFormation property {@code DefaultCountryCode}.
     */
    public FieldInputConfig defaultCountryCode(String value) {
      return set("DefaultCountryCode", Value.of(value));
    }

    /** Sets {@code DefaultCountryCode} to this value; see {@link #defaultCountryCode(String)}. */
    public FieldInputConfig defaultCountryCode(Value<String> value) {
      return set("DefaultCountryCode", value);
    }

    /**
     * The default value for the field.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public FieldInputConfig defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public FieldInputConfig defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The text to display to describe the field.
     *
     * <p>CloudFormation property {@code DescriptiveText}.
     */
    public FieldInputConfig descriptiveText(String value) {
      return set("DescriptiveText", Value.of(value));
    }

    /** Sets {@code DescriptiveText} to this value; see {@link #descriptiveText(String)}. */
    public FieldInputConfig descriptiveText(Value<String> value) {
      return set("DescriptiveText", value);
    }

    /**
     * The configuration for the file uploader field.
     *
     * <p>CloudFormation property {@code FileUploaderConfig}.
     */
    public FieldInputConfig fileUploaderConfig(Value<FileUploaderFieldConfig> value) {
      return set("FileUploaderConfig", value);
    }

    /**
     * Specifies whether to render the field as an array. This property is ignored if the
     * <code>dataSourceType</code> for the form is a Data Store.
     *
     * <p>CloudFormation property {@code IsArray}.
     */
    public FieldInputConfig isArray(boolean value) {
      return set("IsArray", Value.of(value));
    }

    /** Sets {@code IsArray} to this value; see {@link #isArray(boolean)}. */
    public FieldInputConfig isArray(Value<Boolean> value) {
      return set("IsArray", value);
    }

    /**
     * The maximum value to display for the field.
     *
     * <p>CloudFormation property {@code MaxValue}.
     */
    public FieldInputConfig maxValue(double value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(double)}. */
    public FieldInputConfig maxValue(Value<Double> value) {
      return set("MaxValue", value);
    }

    /**
     * The minimum value to display for the field.
     *
     * <p>CloudFormation property {@code MinValue}.
     */
    public FieldInputConfig minValue(double value) {
      return set("MinValue", Value.of(value));
    }

    /** Sets {@code MinValue} to this value; see {@link #minValue(double)}. */
    public FieldInputConfig minValue(Value<Double> value) {
      return set("MinValue", value);
    }

    /**
     * The name of the field.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public FieldInputConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldInputConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The text to display as a placeholder for the field.
     *
     * <p>CloudFormation property {@code Placeholder}.
     */
    public FieldInputConfig placeholder(String value) {
      return set("Placeholder", Value.of(value));
    }

    /** Sets {@code Placeholder} to this value; see {@link #placeholder(String)}. */
    public FieldInputConfig placeholder(Value<String> value) {
      return set("Placeholder", value);
    }

    /**
     * Specifies a read only field.
     *
     * <p>CloudFormation property {@code ReadOnly}.
     */
    public FieldInputConfig readOnly(boolean value) {
      return set("ReadOnly", Value.of(value));
    }

    /** Sets {@code ReadOnly} to this value; see {@link #readOnly(boolean)}. */
    public FieldInputConfig readOnly(Value<Boolean> value) {
      return set("ReadOnly", value);
    }

    /**
     * Specifies a field that requires input.
     *
     * <p>CloudFormation property {@code Required}.
     */
    public FieldInputConfig required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public FieldInputConfig required(Value<Boolean> value) {
      return set("Required", value);
    }

    /**
     * The stepping increment for a numeric value in a field.
     *
     * <p>CloudFormation property {@code Step}.
     */
    public FieldInputConfig step(double value) {
      return set("Step", Value.of(value));
    }

    /** Sets {@code Step} to this value; see {@link #step(double)}. */
    public FieldInputConfig step(Value<Double> value) {
      return set("Step", value);
    }

    /**
     * The input type for the field.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public FieldInputConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FieldInputConfig type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The value for the field.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public FieldInputConfig value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FieldInputConfig value(Value<String> value) {
      return set("Value", value);
    }

    /**
     * The information to use to customize the input fields with data at runtime.
     *
     * <p>CloudFormation property {@code ValueMappings}.
     */
    public FieldInputConfig valueMappings(Value<ValueMappings> value) {
      return set("ValueMappings", value);
    }
  }

  /**
   * The <code>FieldPosition</code> property specifies the field position.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FieldPosition}.
   */
  public static final class FieldPosition extends Struct<FieldPosition> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FieldPosition")
        .allowed("Fixed", "first")
        .build();

    public FieldPosition() {
      super(SCHEMA);
    }

    /**
     * The field position is below the field specified by the string.
     *
     * <p>CloudFormation property {@code Below}.
     */
    public FieldPosition below(String value) {
      return set("Below", Value.of(value));
    }

    /** Sets {@code Below} to this value; see {@link #below(String)}. */
    public FieldPosition below(Value<String> value) {
      return set("Below", value);
    }

    /**
     * The field position is fixed and doesn't change in relation to other fields.
     *
     * <p>Allowed values: {@code first}. CloudFormation property {@code Fixed}.
     */
    public FieldPosition fixed(String value) {
      return set("Fixed", Value.of(value));
    }

    /** Sets {@code Fixed} to this value; see {@link #fixed(String)}. */
    public FieldPosition fixed(Value<String> value) {
      return set("Fixed", value);
    }

    /**
     * The field position is to the right of the field specified by the string.
     *
     * <p>CloudFormation property {@code RightOf}.
     */
    public FieldPosition rightOf(String value) {
      return set("RightOf", Value.of(value));
    }

    /** Sets {@code RightOf} to this value; see {@link #rightOf(String)}. */
    public FieldPosition rightOf(Value<String> value) {
      return set("RightOf", value);
    }
  }

  /**
   * The <code>FieldValidationConfiguration</code> property specifies the validation configuration
   * for a field.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FieldValidationConfiguration}.
   */
  public static final class FieldValidationConfiguration extends Struct<FieldValidationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FieldValidationConfiguration")
        .required("Type")
        .build();

    public FieldValidationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The validation to perform on a number value.
     *
     * <p>CloudFormation property {@code NumValues}.
     */
    public FieldValidationConfiguration numValues(List<Double> value) {
      return set("NumValues", Value.listOf(value));
    }

    /** Sets {@code NumValues} to this value; see {@link #numValues(List)}. */
    public FieldValidationConfiguration numValues(Value<List<Double>> value) {
      return set("NumValues", value);
    }

    /**
     * The validation to perform on a string value.
     *
     * <p>CloudFormation property {@code StrValues}.
     */
    public FieldValidationConfiguration strValues(List<String> value) {
      return set("StrValues", Value.listOf(value));
    }

    /** Sets {@code StrValues} to this value; see {@link #strValues(List)}. */
    public FieldValidationConfiguration strValues(Value<List<String>> value) {
      return set("StrValues", value);
    }

    /**
     * The validation to perform on an object type. ``
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public FieldValidationConfiguration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FieldValidationConfiguration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The validation message to display.
     *
     * <p>CloudFormation property {@code ValidationMessage}.
     */
    public FieldValidationConfiguration validationMessage(String value) {
      return set("ValidationMessage", Value.of(value));
    }

    /** Sets {@code ValidationMessage} to this value; see {@link #validationMessage(String)}. */
    public FieldValidationConfiguration validationMessage(Value<String> value) {
      return set("ValidationMessage", value);
    }
  }

  /**
   * Describes the configuration for the file uploader field.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FileUploaderFieldConfig}.
   */
  public static final class FileUploaderFieldConfig extends Struct<FileUploaderFieldConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FileUploaderFieldConfig")
        .required("AcceptedFileTypes", "AccessLevel")
        .allowed("AccessLevel", "public", "protected", "private")
        .build();

    public FileUploaderFieldConfig() {
      super(SCHEMA);
    }

    /**
     * The file types that are allowed to be uploaded by the file uploader. Provide this information
     * in an array of strings specifying the valid file extensions.
     *
     * <p>Required. CloudFormation property {@code AcceptedFileTypes}.
     */
    public FileUploaderFieldConfig acceptedFileTypes(List<String> value) {
      return set("AcceptedFileTypes", Value.listOf(value));
    }

    /** Sets {@code AcceptedFileTypes} to this value; see {@link #acceptedFileTypes(List)}. */
    public FileUploaderFieldConfig acceptedFileTypes(Value<List<String>> value) {
      return set("AcceptedFileTypes", value);
    }

    /**
     * The access level to assign to the uploaded files in the Amazon S3 bucket where they are
     * stored. The valid values for this property are <code>private</code> , <code>protected</code>
     * , or <code>public</code> . For detailed information about the permissions associated with
     * each access level, see <a
     * href="https://docs.aws.amazon.com/https://docs.amplify.aws/lib/storage/configureaccess/q/platform/js/">File
     * access levels</a> in the <em>Amplify documentation</em> .
     *
     * <p>Required. Allowed values: {@code public}, {@code protected}, {@code private}.
     * CloudFormation property {@code AccessLevel}.
     */
    public FileUploaderFieldConfig accessLevel(String value) {
      return set("AccessLevel", Value.of(value));
    }

    /** Sets {@code AccessLevel} to this value; see {@link #accessLevel(String)}. */
    public FileUploaderFieldConfig accessLevel(Value<String> value) {
      return set("AccessLevel", value);
    }

    /**
     * Allows the file upload operation to be paused and resumed. The default value is
     * <code>false</code> .
     *
     * <p>When <code>isResumable</code> is set to <code>true</code> , the file uploader uses a
     * multipart upload to break the files into chunks before upload. The progress of the upload
     * isn't continuous, because the file uploader uploads a chunk at a time.
     *
     * <p>CloudFormation property {@code IsResumable}.
     */
    public FileUploaderFieldConfig isResumable(boolean value) {
      return set("IsResumable", Value.of(value));
    }

    /** Sets {@code IsResumable} to this value; see {@link #isResumable(boolean)}. */
    public FileUploaderFieldConfig isResumable(Value<Boolean> value) {
      return set("IsResumable", value);
    }

    /**
     * Specifies the maximum number of files that can be selected to upload. The default value is an
     * unlimited number of files.
     *
     * <p>CloudFormation property {@code MaxFileCount}.
     */
    public FileUploaderFieldConfig maxFileCount(double value) {
      return set("MaxFileCount", Value.of(value));
    }

    /** Sets {@code MaxFileCount} to this value; see {@link #maxFileCount(double)}. */
    public FileUploaderFieldConfig maxFileCount(Value<Double> value) {
      return set("MaxFileCount", value);
    }

    /**
     * The maximum file size in bytes that the file uploader will accept. The default value is an
     * unlimited file size.
     *
     * <p>CloudFormation property {@code MaxSize}.
     */
    public FileUploaderFieldConfig maxSize(double value) {
      return set("MaxSize", Value.of(value));
    }

    /** Sets {@code MaxSize} to this value; see {@link #maxSize(double)}. */
    public FileUploaderFieldConfig maxSize(Value<Double> value) {
      return set("MaxSize", value);
    }

    /**
     * Specifies whether to display or hide the image preview after selecting a file for upload. The
     * default value is <code>true</code> to display the image preview.
     *
     * <p>CloudFormation property {@code ShowThumbnails}.
     */
    public FileUploaderFieldConfig showThumbnails(boolean value) {
      return set("ShowThumbnails", Value.of(value));
    }

    /** Sets {@code ShowThumbnails} to this value; see {@link #showThumbnails(boolean)}. */
    public FileUploaderFieldConfig showThumbnails(Value<Boolean> value) {
      return set("ShowThumbnails", value);
    }
  }

  /**
   * The <code>FormButton</code> property specifies the configuration for a button UI element that
   * is a part of a form.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormButton}.
   */
  public static final class FormButton extends Struct<FormButton> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FormButton");

    public FormButton() {
      super(SCHEMA);
    }

    /**
     * Describes the button's properties.
     *
     * <p>CloudFormation property {@code Children}.
     */
    public FormButton children(String value) {
      return set("Children", Value.of(value));
    }

    /** Sets {@code Children} to this value; see {@link #children(String)}. */
    public FormButton children(Value<String> value) {
      return set("Children", value);
    }

    /**
     * Specifies whether the button is visible on the form.
     *
     * <p>CloudFormation property {@code Excluded}.
     */
    public FormButton excluded(boolean value) {
      return set("Excluded", Value.of(value));
    }

    /** Sets {@code Excluded} to this value; see {@link #excluded(boolean)}. */
    public FormButton excluded(Value<Boolean> value) {
      return set("Excluded", value);
    }

    /**
     * The position of the button.
     *
     * <p>CloudFormation property {@code Position}.
     */
    public FormButton position(Value<FieldPosition> value) {
      return set("Position", value);
    }
  }

  /**
   * The <code>FormCTA</code> property specifies the call to action button configuration for the
   * form.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormCTA}.
   */
  public static final class FormCTA extends Struct<FormCTA> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FormCTA")
        .allowed("Position", "top", "bottom", "top_and_bottom")
        .build();

    public FormCTA() {
      super(SCHEMA);
    }

    /**
     * Displays a cancel button.
     *
     * <p>CloudFormation property {@code Cancel}.
     */
    public FormCTA cancel(Value<FormButton> value) {
      return set("Cancel", value);
    }

    /**
     * Displays a clear button.
     *
     * <p>CloudFormation property {@code Clear}.
     */
    public FormCTA clear(Value<FormButton> value) {
      return set("Clear", value);
    }

    /**
     * The position of the button.
     *
     * <p>Allowed values: {@code top}, {@code bottom}, {@code top_and_bottom}. CloudFormation
     * property {@code Position}.
     */
    public FormCTA position(String value) {
      return set("Position", Value.of(value));
    }

    /** Sets {@code Position} to this value; see {@link #position(String)}. */
    public FormCTA position(Value<String> value) {
      return set("Position", value);
    }

    /**
     * Displays a submit button.
     *
     * <p>CloudFormation property {@code Submit}.
     */
    public FormCTA submit(Value<FormButton> value) {
      return set("Submit", value);
    }
  }

  /**
   * The <code>FormDataTypeConfig</code> property specifies the data type configuration for the data
   * source associated with a form.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormDataTypeConfig}.
   */
  public static final class FormDataTypeConfig extends Struct<FormDataTypeConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FormDataTypeConfig")
        .required("DataSourceType", "DataTypeName")
        .allowed("DataSourceType", "DataStore", "Custom")
        .build();

    public FormDataTypeConfig() {
      super(SCHEMA);
    }

    /**
     * The data source type, either an Amplify DataStore model or a custom data type.
     *
     * <p>Required. Allowed values: {@code DataStore}, {@code Custom}. CloudFormation property
     * {@code DataSourceType}.
     */
    public FormDataTypeConfig dataSourceType(String value) {
      return set("DataSourceType", Value.of(value));
    }

    /** Sets {@code DataSourceType} to this value; see {@link #dataSourceType(String)}. */
    public FormDataTypeConfig dataSourceType(Value<String> value) {
      return set("DataSourceType", value);
    }

    /**
     * The unique name of the data type you are using as the data source for the form.
     *
     * <p>Required. CloudFormation property {@code DataTypeName}.
     */
    public FormDataTypeConfig dataTypeName(String value) {
      return set("DataTypeName", Value.of(value));
    }

    /** Sets {@code DataTypeName} to this value; see {@link #dataTypeName(String)}. */
    public FormDataTypeConfig dataTypeName(Value<String> value) {
      return set("DataTypeName", value);
    }
  }

  /**
   * Represents the data binding configuration for a form's input fields at runtime.You can use
   * <code>FormInputBindingPropertiesValue</code> to add exposed properties to a form to allow
   * different values to be entered when a form is reused in different places in an app.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormInputBindingPropertiesValue}.
   */
  public static final class FormInputBindingPropertiesValue extends Struct<FormInputBindingPropertiesValue> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FormInputBindingPropertiesValue");

    public FormInputBindingPropertiesValue() {
      super(SCHEMA);
    }

    /**
     * Describes the properties to customize with data at runtime.
     *
     * <p>CloudFormation property {@code BindingProperties}.
     */
    public FormInputBindingPropertiesValue bindingProperties(Value<FormInputBindingPropertiesValueProperties> value) {
      return set("BindingProperties", value);
    }

    /**
     * The property type.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public FormInputBindingPropertiesValue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public FormInputBindingPropertiesValue type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Represents the data binding configuration for a specific property using data stored in AWS .
   * For AWS connected properties, you can bind a property to data stored in an Amplify DataStore
   * model.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormInputBindingPropertiesValueProperties}.
   */
  public static final class FormInputBindingPropertiesValueProperties extends Struct<FormInputBindingPropertiesValueProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FormInputBindingPropertiesValueProperties");

    public FormInputBindingPropertiesValueProperties() {
      super(SCHEMA);
    }

    /**
     * An Amplify DataStore model.
     *
     * <p>CloudFormation property {@code Model}.
     */
    public FormInputBindingPropertiesValueProperties model(String value) {
      return set("Model", Value.of(value));
    }

    /** Sets {@code Model} to this value; see {@link #model(String)}. */
    public FormInputBindingPropertiesValueProperties model(Value<String> value) {
      return set("Model", value);
    }
  }

  /**
   * The <code>FormInputValueProperty</code> property specifies the configuration for an input field
   * on a form. Use <code>FormInputValueProperty</code> to specify the values to render or bind by
   * default.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormInputValueProperty}.
   */
  public static final class FormInputValueProperty extends Struct<FormInputValueProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FormInputValueProperty");

    public FormInputValueProperty() {
      super(SCHEMA);
    }

    /**
     * The information to bind fields to data at runtime.
     *
     * <p>CloudFormation property {@code BindingProperties}.
     */
    public FormInputValueProperty bindingProperties(Value<FormInputValuePropertyBindingProperties> value) {
      return set("BindingProperties", value);
    }

    /**
     * A list of form properties to concatenate to create the value to assign to this field
     * property.
     *
     * <p>CloudFormation property {@code Concat}.
     */
    public FormInputValueProperty concat(List<FormInputValueProperty> value) {
      return set("Concat", Value.listOf(value));
    }

    /** Sets {@code Concat} to this value; see {@link #concat(List)}. */
    public FormInputValueProperty concat(Value<List<FormInputValueProperty>> value) {
      return set("Concat", value);
    }

    /** Sets {@code Concat} to a list of these; see {@link #concat(List)}. */
    public FormInputValueProperty concat(FormInputValueProperty... values) {
      return set("Concat", Value.list(values));
    }

    /**
     * The value to assign to the input field.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public FormInputValueProperty value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FormInputValueProperty value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Associates a form property to a binding property. This enables exposed properties on the top
   * level form to propagate data to the form's property values.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormInputValuePropertyBindingProperties}.
   */
  public static final class FormInputValuePropertyBindingProperties extends Struct<FormInputValuePropertyBindingProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.FormInputValuePropertyBindingProperties")
        .required("Property")
        .build();

    public FormInputValuePropertyBindingProperties() {
      super(SCHEMA);
    }

    /**
     * The data field to bind the property to.
     *
     * <p>CloudFormation property {@code Field}.
     */
    public FormInputValuePropertyBindingProperties field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public FormInputValuePropertyBindingProperties field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The form property to bind to the data field.
     *
     * <p>Required. CloudFormation property {@code Property}.
     */
    public FormInputValuePropertyBindingProperties property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public FormInputValuePropertyBindingProperties property(Value<String> value) {
      return set("Property", value);
    }
  }

  /**
   * The <code>FormStyle</code> property specifies the configuration for the form's style.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormStyle}.
   */
  public static final class FormStyle extends Struct<FormStyle> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FormStyle");

    public FormStyle() {
      super(SCHEMA);
    }

    /**
     * The spacing for the horizontal gap.
     *
     * <p>CloudFormation property {@code HorizontalGap}.
     */
    public FormStyle horizontalGap(Value<FormStyleConfig> value) {
      return set("HorizontalGap", value);
    }

    /**
     * The size of the outer padding for the form.
     *
     * <p>CloudFormation property {@code OuterPadding}.
     */
    public FormStyle outerPadding(Value<FormStyleConfig> value) {
      return set("OuterPadding", value);
    }

    /**
     * The spacing for the vertical gap.
     *
     * <p>CloudFormation property {@code VerticalGap}.
     */
    public FormStyle verticalGap(Value<FormStyleConfig> value) {
      return set("VerticalGap", value);
    }
  }

  /**
   * The <code>FormStyleConfig</code> property specifies the configuration settings for the form's
   * style properties.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.FormStyleConfig}.
   */
  public static final class FormStyleConfig extends Struct<FormStyleConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Form.FormStyleConfig");

    public FormStyleConfig() {
      super(SCHEMA);
    }

    /**
     * A reference to a design token to use to bind the form's style properties to an existing
     * theme.
     *
     * <p>CloudFormation property {@code TokenReference}.
     */
    public FormStyleConfig tokenReference(String value) {
      return set("TokenReference", Value.of(value));
    }

    /** Sets {@code TokenReference} to this value; see {@link #tokenReference(String)}. */
    public FormStyleConfig tokenReference(Value<String> value) {
      return set("TokenReference", value);
    }

    /**
     * The value of the style setting.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public FormStyleConfig value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public FormStyleConfig value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>SectionalElement</code> property specifies the configuration information for a visual
   * helper element for a form. A sectional element can be a header, a text block, or a divider.
   * These elements are static and not associated with any data.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.SectionalElement}.
   */
  public static final class SectionalElement extends Struct<SectionalElement> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.SectionalElement")
        .required("Type")
        .build();

    public SectionalElement() {
      super(SCHEMA);
    }

    /**
     * Excludes a sectional element that was generated by default for a specified data model.
     *
     * <p>CloudFormation property {@code Excluded}.
     */
    public SectionalElement excluded(boolean value) {
      return set("Excluded", Value.of(value));
    }

    /** Sets {@code Excluded} to this value; see {@link #excluded(boolean)}. */
    public SectionalElement excluded(Value<Boolean> value) {
      return set("Excluded", value);
    }

    /**
     * Specifies the size of the font for a <code>Heading</code> sectional element. Valid values are
     * <code>1 | 2 | 3 | 4 | 5 | 6</code> .
     *
     * <p>CloudFormation property {@code Level}.
     */
    public SectionalElement level(double value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(double)}. */
    public SectionalElement level(Value<Double> value) {
      return set("Level", value);
    }

    /**
     * Specifies the orientation for a <code>Divider</code> sectional element. Valid values are
     * <code>horizontal</code> or <code>vertical</code> .
     *
     * <p>CloudFormation property {@code Orientation}.
     */
    public SectionalElement orientation(String value) {
      return set("Orientation", Value.of(value));
    }

    /** Sets {@code Orientation} to this value; see {@link #orientation(String)}. */
    public SectionalElement orientation(Value<String> value) {
      return set("Orientation", value);
    }

    /**
     * Specifies the position of the text in a field for a <code>Text</code> sectional element.
     *
     * <p>CloudFormation property {@code Position}.
     */
    public SectionalElement position(Value<FieldPosition> value) {
      return set("Position", value);
    }

    /**
     * The text for a <code>Text</code> sectional element.
     *
     * <p>CloudFormation property {@code Text}.
     */
    public SectionalElement text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public SectionalElement text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The type of sectional element. Valid values are <code>Heading</code> , <code>Text</code> ,
     * and <code>Divider</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public SectionalElement type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SectionalElement type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The <code>ValueMapping</code> property specifies the association between a complex object and a
   * display value. Use <code>ValueMapping</code> to store how to represent complex objects when
   * they are displayed.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.ValueMapping}.
   */
  public static final class ValueMapping extends Struct<ValueMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.ValueMapping")
        .required("Value")
        .build();

    public ValueMapping() {
      super(SCHEMA);
    }

    /**
     * The value to display for the complex object.
     *
     * <p>CloudFormation property {@code DisplayValue}.
     */
    public ValueMapping displayValue(Value<FormInputValueProperty> value) {
      return set("DisplayValue", value);
    }

    /**
     * The complex object.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public ValueMapping value(Value<FormInputValueProperty> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>ValueMappings</code> property specifies the data binding configuration for a value
   * map.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Form.ValueMappings}.
   */
  public static final class ValueMappings extends Struct<ValueMappings> {
    private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Form.ValueMappings")
        .required("Values")
        .build();

    public ValueMappings() {
      super(SCHEMA);
    }

    /**
     * The information to bind fields to data at runtime.
     *
     * <p>CloudFormation property {@code BindingProperties}.
     */
    public ValueMappings bindingProperties(Map<String, FormInputBindingPropertiesValue> value) {
      return set("BindingProperties", Value.mapOf(value));
    }

    /** Sets {@code BindingProperties} to this value; see {@link #bindingProperties(Map)}. */
    public ValueMappings bindingProperties(Value<Map<String, FormInputBindingPropertiesValue>> value) {
      return set("BindingProperties", value);
    }

    /**
     * The value and display value pairs.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public ValueMappings values(List<ValueMapping> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ValueMappings values(Value<List<ValueMapping>> value) {
      return set("Values", value);
    }

    /** Sets {@code Values} to a list of these; see {@link #values(List)}. */
    public ValueMappings values(ValueMapping... values) {
      return set("Values", Value.list(values));
    }
  }
}
