package io.tropo4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values as the user gives them: {@code Key=Value} items (on the command line, or in
 * PARAMS, split as a shell splits words, so a value may hold spaces in quotes), or a CloudFormation
 * parameters file. A value is never repeated in an error: it may be a secret.
 */
final class ParameterInput {
  private ParameterInput() {}

  /**
   * The values a deploy command was given: a parameters file, then PARAMS from the environment, then
   * each {@code --param}, each over the last.
   */
  static Map<String, String> given(Path parametersFile, Environment environment, List<String> params) {
    Map<String, String> values = new LinkedHashMap<>();
    if (parametersFile != null) {
      values.putAll(file(parametersFile));
    }
    String fromEnvironment = environment.variable(Environment.PARAMS);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      values.putAll(pairs(words(fromEnvironment, "PARAMS"), "PARAMS"));
    }
    values.putAll(pairs(params, "--param"));
    return values;
  }

  /**
   * {@code Key=Value} items; a value may hold further '=' and commas.
   *
   * @param where where they came from, for errors ("PARAMS", "--param")
   */
  static Map<String, String> pairs(List<String> items, String where) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      int equals = item.indexOf('=');
      if (equals < 0) {
        // Not repeated: what was meant as Key=Value may be a secret split off its key.
        throw new BadInput(where + ": item " + (i + 1) + " of " + items.size() + " is not Key=Value (its text is not "
            + "shown, as it may be a secret)");
      }
      if (equals == 0) {
        throw new BadInput(where + ": item " + (i + 1) + " of " + items.size() + " has no key before its '='");
      }
      values.put(item.substring(0, equals), item.substring(equals + 1));
    }
    return values;
  }

  /**
   * Splits a line into words as a POSIX shell does, without expanding anything: blanks separate
   * words; 'single quotes' keep everything; "double quotes" keep everything but a backslash before
   * {@code " \ $ `}; a backslash elsewhere keeps the next character.
   */
  static List<String> words(String line, String where) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          throw unterminated(where, "'", word.toString(), words.size());
        }
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        String beforeQuote = word.toString();
        i++;
        while (true) {
          if (i >= line.length()) {
            throw unterminated(where, "\"", beforeQuote, words.size());
          }
          char d = line.charAt(i);
          if (d == '"') {
            i++;
            break;
          }
          if (d == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
            word.append(line.charAt(i + 1));
            i += 2;
          } else {
            word.append(d);
            i++;
          }
        }
        inWord = true;
      } else if (c == '\\') {
        if (i + 1 < line.length()) {
          word.append(line.charAt(i + 1));
        }
        inWord = true;
        i += 2;
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * An open quote, named by the key of its item when the item's '=' comes before the quote; nothing
   * inside the quote is shown (an '=' there is the value's, which may be a secret).
   *
   * @param beforeQuote the item's text before the quote opened
   */
  private static BadInput unterminated(String where, String quote, String beforeQuote, int before) {
    int equals = beforeQuote.indexOf('=');
    return new BadInput(where + ": " + (equals > 0 ? "the value of " + beforeQuote.substring(0, equals)
        : "item " + (before + 1)) + " opens a " + quote + " quote that is never closed");
  }

  /** A CloudFormation parameters file: {@code [{"ParameterKey": "K", "ParameterValue": "V"}, ...]}. */
  static Map<String, String> file(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInput("parameters file " + file + " does not exist");
    } catch (IOException e) {
      throw new BadInput("cannot read parameters file " + file + ": " + IoErrors.reason(e));
    }
    String shape = "; it must be a JSON array of {\"ParameterKey\": ..., \"ParameterValue\": ...}";
    Map<String, String> values = new LinkedHashMap<>();
    try (JsonParser json = new JsonFactory().createParser(bytes)) {
      if (json.nextToken() != JsonToken.START_ARRAY) {
        throw new BadInput("parameters file " + file + " is not a JSON array" + shape);
      }
      int item = 0;
      while (json.nextToken() != JsonToken.END_ARRAY) {
        String key = null;
        String value = null;
        JsonLocation at = json.currentTokenLocation();
        if (json.currentToken() == JsonToken.START_OBJECT) {
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken token = json.nextToken();
            if (field.equals("ParameterKey") && token == JsonToken.VALUE_STRING) {
              key = json.getText();
            } else if (field.equals("ParameterValue") && (token == JsonToken.VALUE_STRING
                || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)) {
              value = json.getText();
            } else {
              json.skipChildren();
            }
          }
        } else {
          json.skipChildren();
        }
        if (key == null || value == null) {
          throw new BadInput("parameters file " + file + ", item " + item + " (line " + at.getLineNr() + "): needs a "
              + "string ParameterKey and a ParameterValue");
        }
        values.put(key, value);
        item++;
      }
      if (json.nextToken() != null) {
        throw new BadInput("parameters file " + file + " has more after its array, at line "
            + json.currentTokenLocation().getLineNr() + shape);
      }
    } catch (JsonParseException e) {
      // Jackson's own words name its classes and quote the text, which may be a secret: only the place.
      throw new BadInput("parameters file " + file + " is not JSON (it goes wrong at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")" + shape);
    } catch (IOException e) {
      throw new BadInput("cannot read parameters file " + file + ": " + IoErrors.reason(e));
    }
    return values;
  }
}
