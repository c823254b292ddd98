package dev.wf.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Synchronization;

class LockKeyTest {
  private static Synchronization sync(String json) {
    return ModelJson.read(json, Synchronization.class);
  }

  @Test
  void namesAMutexByNamespaceAndName() {
    var keys = LockKey.of(sync("{\"mutexes\": [{\"name\": \"m\"}]}"), "default");

    assertThat(keys).extracting(LockKey::name).containsExactly("default/Mutex/m");
  }

  @Test
  void namesASemaphoreByItsConfigMapKey() {
    var keys =
        LockKey.of(
            sync("{\"semaphores\": [{\"configMapKeyRef\": {\"name\": \"cfg\", \"key\": \"k\"}}]}"),
            "default");

    assertThat(keys).extracting(LockKey::name).containsExactly("default/ConfigMap/cfg/k");
  }

  @Test
  void aLocksOwnNamespaceWins() {
    var keys = LockKey.of(sync("{\"mutexes\": [{\"name\": \"m\", \"namespace\": \"ops\"}]}"), "a");

    assertThat(keys).extracting(LockKey::name).containsExactly("ops/Mutex/m");
  }

  @Test
  void readsTheSingularFormsBeforeTheLists() {
    var keys =
        LockKey.of(
            sync(
                "{\"mutex\": {\"name\": \"one\"}, \"mutexes\": [{\"name\": \"two\"}],"
                    + " \"semaphore\": {\"configMapKeyRef\": {\"name\": \"c\", \"key\": \"k\"}}}"),
            "default");

    assertThat(keys)
        .extracting(LockKey::name)
        .containsExactly("default/ConfigMap/c/k", "default/Mutex/one", "default/Mutex/two");
  }

  @Test
  void refusesTheSameLockTwice() {
    assertThatThrownBy(
            () ->
                LockKey.of(
                    sync("{\"mutex\": {\"name\": \"m\"}, \"mutexes\": [{\"name\": \"m\"}]}"), "d"))
        .hasMessage("requested configuration is invalid: duplicate synchronization item found");
  }

  @Test
  void refusesDatabaseLocks() {
    assertThatThrownBy(
            () -> LockKey.of(sync("{\"mutexes\": [{\"name\": \"m\", \"database\": true}]}"), "d"))
        .hasMessageStartingWith("synchronization database session is not available");
  }

  @Test
  void refusesASemaphoreWithoutAKey() {
    var semaphore =
        new Synchronization.Semaphore(
            JsonNodeFactory.instance.objectNode().put("name", "cfg"), null, null);

    assertThatThrownBy(() -> LockKey.of(new Synchronization(null, semaphore, null, null), "d"))
        .hasMessage(
            "requested configuration is invalid: a semaphore's configMapKeyRef needs a name and a"
                + " key");
  }

  @Test
  void tellsMutexesFromSemaphoresByName() {
    assertThat(LockKey.kindOf("default/Mutex/m")).isEqualTo(LockKey.Kind.MUTEX);
    assertThat(LockKey.kindOf("default/ConfigMap/c/k")).isEqualTo(LockKey.Kind.SEMAPHORE);
  }
}
