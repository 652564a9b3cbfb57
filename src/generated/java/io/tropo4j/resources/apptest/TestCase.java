// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apptest;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a test case for an application.
 *
 * <p>For more information about test cases, see <a
 * href="https://docs.aws.amazon.com/m2/latest/userguide/testing-test-cases.html">Test cases</a> and
 * <a href="https://docs.aws.amazon.com/m2/latest/userguide/concepts-apptest.html">Application
 * Testing concepts</a> in the <em>AWS Mainframe Modernization User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppTest::TestCase}.
 */
public final class TestCase extends Resource<TestCase> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase")
      .required("Name", "Steps")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_\\-]{1,59}$"))
      .refYields("TestCaseId")
      .attributes("CreationTime", "LastUpdateTime", "LatestVersion", "Status", "TestCaseArn",
          "TestCaseId", "TestCaseVersion")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public TestCase(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the test case.
   *
   * <p>Length: 0 to 1000 characters. CloudFormation property {@code Description}.
   */
  public TestCase description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TestCase description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the test case.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[A-Za-z][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property {@code Name}.
   */
  public TestCase name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TestCase name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The steps in the test case.
   *
   * <p>Required. CloudFormation property {@code Steps}.
   */
  public TestCase steps(List<Step> value) {
    return set("Steps", Value.listOf(value));
  }

  /** Sets {@code Steps} to this value; see {@link #steps(List)}. */
  public TestCase steps(Value<List<Step>> value) {
    return set("Steps", value);
  }

  /** Sets {@code Steps} to a list of these; see {@link #steps(List)}. */
  public TestCase steps(Step... values) {
    return set("Steps", Value.list(values));
  }

  /**
   * The specified tags of the test case.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TestCase tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public TestCase tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public TestCase tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The creation time of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The last update time of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateTime}.
   */
  public Value<String> lastUpdateTime() {
    return getAtt("LastUpdateTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LatestVersion}. */
  public Value<TestCaseLatestVersion> latestVersion() {
    return getAtt("LatestVersion");
  }

  /**
   * The status of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TestCaseArn}.
   */
  public Value<String> testCaseArn() {
    return getAtt("TestCaseArn");
  }

  /**
   * The response test case ID of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TestCaseId}.
   */
  public Value<String> testCaseId() {
    return getAtt("TestCaseId");
  }

  /**
   * The version of the test case.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TestCaseVersion}.
   */
  public Value<Double> testCaseVersion() {
    return getAtt("TestCaseVersion");
  }

  /**
   * Defines a batch.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.Batch}.
   */
  public static final class Batch extends Struct<Batch> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.Batch")
        .required("BatchJobName")
        .build();

    public Batch() {
      super(SCHEMA);
    }

    /**
     * The job name of the batch.
     *
     * <p>Required. CloudFormation property {@code BatchJobName}.
     */
    public Batch batchJobName(String value) {
      return set("BatchJobName", Value.of(value));
    }

    /** Sets {@code BatchJobName} to this value; see {@link #batchJobName(String)}. */
    public Batch batchJobName(Value<String> value) {
      return set("BatchJobName", value);
    }

    /**
     * The batch job parameters of the batch.
     *
     * <p>CloudFormation property {@code BatchJobParameters}.
     */
    public Batch batchJobParameters(Map<String, String> value) {
      return set("BatchJobParameters", Value.mapOf(value));
    }

    /** Sets {@code BatchJobParameters} to this value; see {@link #batchJobParameters(Map)}. */
    public Batch batchJobParameters(Value<Map<String, String>> value) {
      return set("BatchJobParameters", value);
    }

    /**
     * The export data set names of the batch.
     *
     * <p>CloudFormation property {@code ExportDataSetNames}.
     */
    public Batch exportDataSetNames(List<String> value) {
      return set("ExportDataSetNames", Value.listOf(value));
    }

    /** Sets {@code ExportDataSetNames} to this value; see {@link #exportDataSetNames(List)}. */
    public Batch exportDataSetNames(Value<List<String>> value) {
      return set("ExportDataSetNames", value);
    }
  }

  /**
   * Specifies the CloudFormation action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.CloudFormationAction}.
   */
  public static final class CloudFormationAction extends Struct<CloudFormationAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.CloudFormationAction")
        .required("Resource")
        .allowed("ActionType", "Create", "Delete")
        .build();

    public CloudFormationAction() {
      super(SCHEMA);
    }

    /**
     * The action type of the CloudFormation action.
     *
     * <p>Allowed values: {@code Create}, {@code Delete}. CloudFormation property {@code
     * ActionType}.
     */
    public CloudFormationAction actionType(String value) {
      return set("ActionType", Value.of(value));
    }

    /** Sets {@code ActionType} to this value; see {@link #actionType(String)}. */
    public CloudFormationAction actionType(Value<String> value) {
      return set("ActionType", value);
    }

    /**
     * The resource of the CloudFormation action.
     *
     * <p>Required. CloudFormation property {@code Resource}.
     */
    public CloudFormationAction resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public CloudFormationAction resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /**
   * Compares the action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.CompareAction}.
   */
  public static final class CompareAction extends Struct<CompareAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.CompareAction")
        .required("Input")
        .build();

    public CompareAction() {
      super(SCHEMA);
    }

    /**
     * The input of the compare action.
     *
     * <p>Required. CloudFormation property {@code Input}.
     */
    public CompareAction input(Value<Input> value) {
      return set("Input", value);
    }

    /**
     * The output of the compare action.
     *
     * <p>CloudFormation property {@code Output}.
     */
    public CompareAction output(Value<Output> value) {
      return set("Output", value);
    }
  }

  /**
   * Defines a data set.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.DataSet}.
   */
  public static final class DataSet extends Struct<DataSet> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.DataSet")
        .required("Ccsid", "Format", "Length", "Name", "Type")
        .allowed("Format", "FIXED", "VARIABLE", "LINE_SEQUENTIAL")
        .allowed("Type", "PS")
        .build();

    public DataSet() {
      super(SCHEMA);
    }

    /**
     * The CCSID of the data set.
     *
     * <p>Required. CloudFormation property {@code Ccsid}.
     */
    public DataSet ccsid(String value) {
      return set("Ccsid", Value.of(value));
    }

    /** Sets {@code Ccsid} to this value; see {@link #ccsid(String)}. */
    public DataSet ccsid(Value<String> value) {
      return set("Ccsid", value);
    }

    /**
     * The format of the data set.
     *
     * <p>Required. Allowed values: {@code FIXED}, {@code VARIABLE}, {@code LINE_SEQUENTIAL}.
     * CloudFormation property {@code Format}.
     */
    public DataSet format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public DataSet format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * The length of the data set.
     *
     * <p>Required. CloudFormation property {@code Length}.
     */
    public DataSet length(double value) {
      return set("Length", Value.of(value));
    }

    /** Sets {@code Length} to this value; see {@link #length(double)}. */
    public DataSet length(Value<Double> value) {
      return set("Length", value);
    }

    /**
     * The name of the data set.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public DataSet name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DataSet name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of the data set.
     *
     * <p>Required. Allowed values: {@code PS}. CloudFormation property {@code Type}.
     */
    public DataSet type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataSet type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines the Change Data Capture (CDC) of the database.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.DatabaseCDC}.
   */
  public static final class DatabaseCDC extends Struct<DatabaseCDC> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.DatabaseCDC")
        .required("SourceMetadata", "TargetMetadata")
        .build();

    public DatabaseCDC() {
      super(SCHEMA);
    }

    /**
     * The source metadata of the database CDC.
     *
     * <p>Required. CloudFormation property {@code SourceMetadata}.
     */
    public DatabaseCDC sourceMetadata(Value<SourceDatabaseMetadata> value) {
      return set("SourceMetadata", value);
    }

    /**
     * The target metadata of the database CDC.
     *
     * <p>Required. CloudFormation property {@code TargetMetadata}.
     */
    public DatabaseCDC targetMetadata(Value<TargetDatabaseMetadata> value) {
      return set("TargetMetadata", value);
    }
  }

  /**
   * Specifies a file metadata.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.FileMetadata}.
   */
  public static final class FileMetadata extends Struct<FileMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.FileMetadata");

    public FileMetadata() {
      super(SCHEMA);
    }

    /**
     * The data sets of the file metadata.
     *
     * <p>CloudFormation property {@code DataSets}.
     */
    public FileMetadata dataSets(List<DataSet> value) {
      return set("DataSets", Value.listOf(value));
    }

    /** Sets {@code DataSets} to this value; see {@link #dataSets(List)}. */
    public FileMetadata dataSets(Value<List<DataSet>> value) {
      return set("DataSets", value);
    }

    /** Sets {@code DataSets} to a list of these; see {@link #dataSets(List)}. */
    public FileMetadata dataSets(DataSet... values) {
      return set("DataSets", Value.list(values));
    }

    /**
     * The database CDC of the file metadata.
     *
     * <p>CloudFormation property {@code DatabaseCDC}.
     */
    public FileMetadata databaseCDC(Value<DatabaseCDC> value) {
      return set("DatabaseCDC", value);
    }
  }

  /**
   * Specifies the input.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.Input}.
   */
  public static final class Input extends Struct<Input> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.Input")
        .required("File")
        .build();

    public Input() {
      super(SCHEMA);
    }

    /**
     * The file in the input.
     *
     * <p>Required. CloudFormation property {@code File}.
     */
    public Input file(Value<InputFile> value) {
      return set("File", value);
    }
  }

  /**
   * Specifies the input file.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.InputFile}.
   */
  public static final class InputFile extends Struct<InputFile> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.InputFile")
        .required("FileMetadata", "SourceLocation", "TargetLocation")
        .build();

    public InputFile() {
      super(SCHEMA);
    }

    /**
     * The file metadata of the input file.
     *
     * <p>Required. CloudFormation property {@code FileMetadata}.
     */
    public InputFile fileMetadata(Value<FileMetadata> value) {
      return set("FileMetadata", value);
    }

    /**
     * The source location of the input file.
     *
     * <p>Required. CloudFormation property {@code SourceLocation}.
     */
    public InputFile sourceLocation(String value) {
      return set("SourceLocation", Value.of(value));
    }

    /** Sets {@code SourceLocation} to this value; see {@link #sourceLocation(String)}. */
    public InputFile sourceLocation(Value<String> value) {
      return set("SourceLocation", value);
    }

    /**
     * The target location of the input file.
     *
     * <p>Required. CloudFormation property {@code TargetLocation}.
     */
    public InputFile targetLocation(String value) {
      return set("TargetLocation", Value.of(value));
    }

    /** Sets {@code TargetLocation} to this value; see {@link #targetLocation(String)}. */
    public InputFile targetLocation(Value<String> value) {
      return set("TargetLocation", value);
    }
  }

  /**
   * Specifies the Mainframe Modernization managed action properties.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.M2ManagedActionProperties}.
   */
  public static final class M2ManagedActionProperties extends Struct<M2ManagedActionProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.M2ManagedActionProperties");

    public M2ManagedActionProperties() {
      super(SCHEMA);
    }

    /**
     * Force stops the Mainframe Modernization managed action properties.
     *
     * <p>CloudFormation property {@code ForceStop}.
     */
    public M2ManagedActionProperties forceStop(boolean value) {
      return set("ForceStop", Value.of(value));
    }

    /** Sets {@code ForceStop} to this value; see {@link #forceStop(boolean)}. */
    public M2ManagedActionProperties forceStop(Value<Boolean> value) {
      return set("ForceStop", value);
    }

    /**
     * The import data set location of the Mainframe Modernization managed action properties.
     *
     * <p>CloudFormation property {@code ImportDataSetLocation}.
     */
    public M2ManagedActionProperties importDataSetLocation(String value) {
      return set("ImportDataSetLocation", Value.of(value));
    }

    /**
     * Sets {@code ImportDataSetLocation} to this value; see {@link #importDataSetLocation(String)}.
     */
    public M2ManagedActionProperties importDataSetLocation(Value<String> value) {
      return set("ImportDataSetLocation", value);
    }
  }

  /**
   * Specifies the Mainframe Modernization managed application action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.M2ManagedApplicationAction}.
   */
  public static final class M2ManagedApplicationAction extends Struct<M2ManagedApplicationAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.M2ManagedApplicationAction")
        .required("ActionType", "Resource")
        .allowed("ActionType", "Configure", "Deconfigure")
        .build();

    public M2ManagedApplicationAction() {
      super(SCHEMA);
    }

    /**
     * The action type of the Mainframe Modernization managed application action.
     *
     * <p>Required. Allowed values: {@code Configure}, {@code Deconfigure}. CloudFormation property
     * {@code ActionType}.
     */
    public M2ManagedApplicationAction actionType(String value) {
      return set("ActionType", Value.of(value));
    }

    /** Sets {@code ActionType} to this value; see {@link #actionType(String)}. */
    public M2ManagedApplicationAction actionType(Value<String> value) {
      return set("ActionType", value);
    }

    /**
     * The properties of the Mainframe Modernization managed application action.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public M2ManagedApplicationAction propertiesProperty(Value<M2ManagedActionProperties> value) {
      return set("Properties", value);
    }

    /**
     * The resource of the Mainframe Modernization managed application action.
     *
     * <p>Required. CloudFormation property {@code Resource}.
     */
    public M2ManagedApplicationAction resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public M2ManagedApplicationAction resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /**
   * Specifies the Mainframe Modernization non-managed application action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.M2NonManagedApplicationAction}.
   */
  public static final class M2NonManagedApplicationAction extends Struct<M2NonManagedApplicationAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.M2NonManagedApplicationAction")
        .required("ActionType", "Resource")
        .allowed("ActionType", "Configure", "Deconfigure")
        .build();

    public M2NonManagedApplicationAction() {
      super(SCHEMA);
    }

    /**
     * The action type of the Mainframe Modernization non-managed application action.
     *
     * <p>Required. Allowed values: {@code Configure}, {@code Deconfigure}. CloudFormation property
     * {@code ActionType}.
     */
    public M2NonManagedApplicationAction actionType(String value) {
      return set("ActionType", Value.of(value));
    }

    /** Sets {@code ActionType} to this value; see {@link #actionType(String)}. */
    public M2NonManagedApplicationAction actionType(Value<String> value) {
      return set("ActionType", value);
    }

    /**
     * The resource of the Mainframe Modernization non-managed application action.
     *
     * <p>Required. CloudFormation property {@code Resource}.
     */
    public M2NonManagedApplicationAction resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public M2NonManagedApplicationAction resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /**
   * Specifies the mainframe action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.MainframeAction}.
   */
  public static final class MainframeAction extends Struct<MainframeAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.MainframeAction")
        .required("ActionType", "Resource")
        .build();

    public MainframeAction() {
      super(SCHEMA);
    }

    /**
     * The action type of the mainframe action.
     *
     * <p>Required. CloudFormation property {@code ActionType}.
     */
    public MainframeAction actionType(Value<MainframeActionType> value) {
      return set("ActionType", value);
    }

    /**
     * The properties of the mainframe action.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public MainframeAction propertiesProperty(Value<MainframeActionProperties> value) {
      return set("Properties", value);
    }

    /**
     * The resource of the mainframe action.
     *
     * <p>Required. CloudFormation property {@code Resource}.
     */
    public MainframeAction resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public MainframeAction resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /**
   * Specifies the mainframe action properties.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.MainframeActionProperties}.
   */
  public static final class MainframeActionProperties extends Struct<MainframeActionProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.MainframeActionProperties");

    public MainframeActionProperties() {
      super(SCHEMA);
    }

    /**
     * The DMS task ARN of the mainframe action properties.
     *
     * <p>CloudFormation property {@code DmsTaskArn}.
     */
    public MainframeActionProperties dmsTaskArn(String value) {
      return set("DmsTaskArn", Value.of(value));
    }

    /** Sets {@code DmsTaskArn} to this value; see {@link #dmsTaskArn(String)}. */
    public MainframeActionProperties dmsTaskArn(Value<String> value) {
      return set("DmsTaskArn", value);
    }
  }

  /**
   * Specifies the mainframe action type.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.MainframeActionType}.
   */
  public static final class MainframeActionType extends Struct<MainframeActionType> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.MainframeActionType");

    public MainframeActionType() {
      super(SCHEMA);
    }

    /**
     * The batch of the mainframe action type.
     *
     * <p>CloudFormation property {@code Batch}.
     */
    public MainframeActionType batch(Value<Batch> value) {
      return set("Batch", value);
    }

    /**
     * The tn3270 port of the mainframe action type.
     *
     * <p>CloudFormation property {@code Tn3270}.
     */
    public MainframeActionType tn3270(Value<TN3270> value) {
      return set("Tn3270", value);
    }
  }

  /**
   * Specifies an output.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.Output}.
   */
  public static final class Output extends Struct<Output> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.Output")
        .required("File")
        .build();

    public Output() {
      super(SCHEMA);
    }

    /**
     * The file of the output.
     *
     * <p>Required. CloudFormation property {@code File}.
     */
    public Output file(Value<OutputFile> value) {
      return set("File", value);
    }
  }

  /**
   * Specifies an output file.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.OutputFile}.
   */
  public static final class OutputFile extends Struct<OutputFile> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.OutputFile");

    public OutputFile() {
      super(SCHEMA);
    }

    /**
     * The file location of the output file.
     *
     * <p>CloudFormation property {@code FileLocation}.
     */
    public OutputFile fileLocation(String value) {
      return set("FileLocation", Value.of(value));
    }

    /** Sets {@code FileLocation} to this value; see {@link #fileLocation(String)}. */
    public OutputFile fileLocation(Value<String> value) {
      return set("FileLocation", value);
    }
  }

  /**
   * Specifies a resource action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.ResourceAction}.
   */
  public static final class ResourceAction extends Struct<ResourceAction> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.ResourceAction");

    public ResourceAction() {
      super(SCHEMA);
    }

    /**
     * The CloudFormation action of the resource action.
     *
     * <p>CloudFormation property {@code CloudFormationAction}.
     */
    public ResourceAction cloudFormationAction(Value<CloudFormationAction> value) {
      return set("CloudFormationAction", value);
    }

    /**
     * The Mainframe Modernization managed application action of the resource action.
     *
     * <p>CloudFormation property {@code M2ManagedApplicationAction}.
     */
    public ResourceAction m2ManagedApplicationAction(Value<M2ManagedApplicationAction> value) {
      return set("M2ManagedApplicationAction", value);
    }

    /**
     * The Mainframe Modernization non-managed application action of the resource action.
     *
     * <p>CloudFormation property {@code M2NonManagedApplicationAction}.
     */
    public ResourceAction m2NonManagedApplicationAction(Value<M2NonManagedApplicationAction> value) {
      return set("M2NonManagedApplicationAction", value);
    }
  }

  /**
   * Specifies the script.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.Script}.
   */
  public static final class Script extends Struct<Script> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.Script")
        .required("ScriptLocation", "Type")
        .allowed("Type", "Selenium")
        .build();

    public Script() {
      super(SCHEMA);
    }

    /**
     * The script location of the scripts.
     *
     * <p>Required. CloudFormation property {@code ScriptLocation}.
     */
    public Script scriptLocation(String value) {
      return set("ScriptLocation", Value.of(value));
    }

    /** Sets {@code ScriptLocation} to this value; see {@link #scriptLocation(String)}. */
    public Script scriptLocation(Value<String> value) {
      return set("ScriptLocation", value);
    }

    /**
     * The type of the scripts.
     *
     * <p>Required. Allowed values: {@code Selenium}. CloudFormation property {@code Type}.
     */
    public Script type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Script type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies the source database metadata.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.SourceDatabaseMetadata}.
   */
  public static final class SourceDatabaseMetadata extends Struct<SourceDatabaseMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.SourceDatabaseMetadata")
        .required("CaptureTool", "Type")
        .allowed("CaptureTool", "Precisely", "AWS DMS")
        .allowed("Type", "z/OS-DB2")
        .build();

    public SourceDatabaseMetadata() {
      super(SCHEMA);
    }

    /**
     * The capture tool of the source database metadata.
     *
     * <p>Required. Allowed values: {@code Precisely}, {@code AWS DMS}. CloudFormation property
     * {@code CaptureTool}.
     */
    public SourceDatabaseMetadata captureTool(String value) {
      return set("CaptureTool", Value.of(value));
    }

    /** Sets {@code CaptureTool} to this value; see {@link #captureTool(String)}. */
    public SourceDatabaseMetadata captureTool(Value<String> value) {
      return set("CaptureTool", value);
    }

    /**
     * The type of the source database metadata.
     *
     * <p>Required. Allowed values: {@code z/OS-DB2}. CloudFormation property {@code Type}.
     */
    public SourceDatabaseMetadata type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SourceDatabaseMetadata type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines a step.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.Step}.
   */
  public static final class Step extends Struct<Step> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.Step")
        .required("Action", "Name")
        .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
        .constrain("Name", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_\\-]{1,59}$"))
        .build();

    public Step() {
      super(SCHEMA);
    }

    /**
     * The action of the step.
     *
     * <p>Required. CloudFormation property {@code Action}.
     */
    public Step action(Value<StepAction> value) {
      return set("Action", value);
    }

    /**
     * The description of the step.
     *
     * <p>Length: 0 to 1000 characters. CloudFormation property {@code Description}.
     */
    public Step description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Step description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the step.
     *
     * <p>Required. Pattern: {@code ^[A-Za-z][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property
     * {@code Name}.
     */
    public Step name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Step name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Specifies a step action.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.StepAction}.
   */
  public static final class StepAction extends Struct<StepAction> {
    private static final Schema SCHEMA = Schema.of("AWS::AppTest::TestCase.StepAction");

    public StepAction() {
      super(SCHEMA);
    }

    /**
     * The compare action of the step action.
     *
     * <p>CloudFormation property {@code CompareAction}.
     */
    public StepAction compareAction(Value<CompareAction> value) {
      return set("CompareAction", value);
    }

    /**
     * The mainframe action of the step action.
     *
     * <p>CloudFormation property {@code MainframeAction}.
     */
    public StepAction mainframeAction(Value<MainframeAction> value) {
      return set("MainframeAction", value);
    }

    /**
     * The resource action of the step action.
     *
     * <p>CloudFormation property {@code ResourceAction}.
     */
    public StepAction resourceAction(Value<ResourceAction> value) {
      return set("ResourceAction", value);
    }
  }

  /**
   * Specifies the TN3270 protocol.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.TN3270}.
   */
  public static final class TN3270 extends Struct<TN3270> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.TN3270")
        .required("Script")
        .build();

    public TN3270() {
      super(SCHEMA);
    }

    /**
     * The data set names of the TN3270 protocol.
     *
     * <p>CloudFormation property {@code ExportDataSetNames}.
     */
    public TN3270 exportDataSetNames(List<String> value) {
      return set("ExportDataSetNames", Value.listOf(value));
    }

    /** Sets {@code ExportDataSetNames} to this value; see {@link #exportDataSetNames(List)}. */
    public TN3270 exportDataSetNames(Value<List<String>> value) {
      return set("ExportDataSetNames", value);
    }

    /**
     * The script of the TN3270 protocol.
     *
     * <p>Required. CloudFormation property {@code Script}.
     */
    public TN3270 script(Value<Script> value) {
      return set("Script", value);
    }
  }

  /**
   * Specifies a target database metadata.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.TargetDatabaseMetadata}.
   */
  public static final class TargetDatabaseMetadata extends Struct<TargetDatabaseMetadata> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.TargetDatabaseMetadata")
        .required("CaptureTool", "Type")
        .allowed("CaptureTool", "Precisely", "AWS DMS")
        .allowed("Type", "PostgreSQL")
        .build();

    public TargetDatabaseMetadata() {
      super(SCHEMA);
    }

    /**
     * The capture tool of the target database metadata.
     *
     * <p>Required. Allowed values: {@code Precisely}, {@code AWS DMS}. CloudFormation property
     * {@code CaptureTool}.
     */
    public TargetDatabaseMetadata captureTool(String value) {
      return set("CaptureTool", Value.of(value));
    }

    /** Sets {@code CaptureTool} to this value; see {@link #captureTool(String)}. */
    public TargetDatabaseMetadata captureTool(Value<String> value) {
      return set("CaptureTool", value);
    }

    /**
     * The type of the target database metadata.
     *
     * <p>Required. Allowed values: {@code PostgreSQL}. CloudFormation property {@code Type}.
     */
    public TargetDatabaseMetadata type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TargetDatabaseMetadata type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies the latest version of a test case.
   *
   * <p>Property type {@code AWS::AppTest::TestCase.TestCaseLatestVersion}.
   */
  public static final class TestCaseLatestVersion extends Struct<TestCaseLatestVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppTest::TestCase.TestCaseLatestVersion")
        .required("Status", "Version")
        .allowed("Status", "Active", "Deleting")
        .build();

    public TestCaseLatestVersion() {
      super(SCHEMA);
    }

    /**
     * The status of the test case latest version.
     *
     * <p>Required. Allowed values: {@code Active}, {@code Deleting}. CloudFormation property {@code
     * Status}.
     */
    public TestCaseLatestVersion status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public TestCaseLatestVersion status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The version of the test case latest version.
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public TestCaseLatestVersion version(double value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(double)}. */
    public TestCaseLatestVersion version(Value<Double> value) {
      return set("Version", value);
    }
  }
}
