package io.pokeapi.suite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pokeapi.suite.slo.SloRuleFile;
import io.pokeapi.suite.slo.TimeScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/suite slo-rules}: the rules of an slo.yml written where asked, or one line and exit code 2. */
class SloRulesCommandTest {

    @TempDir
    Path work;

    @Test
    void writesTheRulesOfTheObjectivesAndSaysWhere() throws Exception {
        Path slo = Files.copy(SloRuleFile.CONFIG, work.resolve("slo.yml"));
        Path rules = work.resolve("slo_rules.yml");

        SuiteProcess.Result result = SuiteProcess.run(Map.of(), work, "slo-rules", slo.toString(), rules.toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).isEqualTo("Wrote " + rules + " from " + slo + "\n");
        assertThat(Files.readString(rules)).isEqualTo(SloRuleFile.generate(slo, TimeScale.REAL))
                .contains("alert: PokeApiAvailabilityFastBurn");
    }

    @Test
    void aBrokenSloFileIsOneLineAndExitCodeTwoAndWritesNothing() throws Exception {
        Path slo = Files.writeString(work.resolve("slo.yml"),
                Files.readString(SloRuleFile.CONFIG).replace("target: 99.5%", "target: 100.5%"));
        Path rules = work.resolve("slo_rules.yml");

        SuiteProcess.Result result = SuiteProcess.run(Map.of(), work, "slo-rules", slo.toString(), rules.toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(slo + ": objectives[0].target: expected a percentage above 0% and below "
                + "100%, such as 99.5%, not '100.5%'\n");
        assertThat(rules).doesNotExist();
    }
}
